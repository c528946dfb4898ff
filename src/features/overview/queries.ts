// React-query options for the overview: the rows per account and the number of stored imports.

import { queryOptions } from '@tanstack/react-query';
import { QUERY_KEYS } from '../../lib/query-keys';
import { countImports } from '../../db/imports-repo';
import { referenceFromOverrides } from '../../core/reference/reference-set';
import { listReferenceOverrides } from '../../db/reference-overrides-repo';

/** `['import-count']`: number of stored imports; 0 means the start screen offers sample data. */
export const importCountQuery = queryOptions({
  queryKey: QUERY_KEYS.importCount,
  queryFn: () => countImports(),
});

/**
 * `['reference-set']`: the reference set in use — the shipped figures with the user's stored overrides
 * (Instellingen), invalid overrides left out as the answer does (`referenceFromOverrides`). Refreshed with
 * every other query by `invalidateStoredData` after a figure is saved or reset.
 */
export const referenceSetQuery = queryOptions({
  queryKey: ['reference-set'],
  queryFn: async () => referenceFromOverrides(await listReferenceOverrides()).set,
});
