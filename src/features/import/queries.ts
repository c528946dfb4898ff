// React-query options for the import screen: known entities (suggestions), the stored accounts and periods
// (recognition and overlaps), and the saved generic CSV formats.

import { queryOptions } from '@tanstack/react-query';
import { QUERY_KEYS } from '../../lib/query-keys';
import { listEntities } from '../../db/entities-repo';
import { loadImportContext } from '../../db/import-context-repo';
import { listSavedFormats } from '../../db/saved-formats-repo';

/** `['entities']`: every entity as `{ id, name }`, sorted by name. */
export const entitiesQuery = queryOptions({
  queryKey: QUERY_KEYS.entities,
  queryFn: () => listEntities(),
});

/** `['import-context']`: every stored account (with entity name) and import span (`ImportContext`). */
export const importContextQuery = queryOptions({
  queryKey: ['import-context'],
  queryFn: () => loadImportContext(),
  staleTime: 0,
});

/** `['saved-formats']`: every saved generic CSV format, sorted by name. */
export const savedFormatsQuery = queryOptions({
  queryKey: ['saved-formats'],
  queryFn: () => listSavedFormats(),
});
