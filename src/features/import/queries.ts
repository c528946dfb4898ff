// React-query options for the import screen: the known entities, for the entity suggestions.

import { queryOptions } from '@tanstack/react-query';
import { QUERY_KEYS } from '../../lib/query-keys';
import { listEntities } from '../../db/entities-repo';

/** `['entities']`: every entity as `{ id, name }`, sorted by name. */
export const entitiesQuery = queryOptions({
  queryKey: QUERY_KEYS.entities,
  queryFn: () => listEntities(),
});
