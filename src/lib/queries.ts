// Every react-query option of the app, on the keys of ./query-keys.ts: screens import their queries from
// here, so each query is defined once. The read model's query lives in ./answer-query.ts and is re-exported.

import { queryOptions } from '@tanstack/react-query';
import { referenceFromOverrides } from '../core/reference/reference-set';
import { listEntityRows, listImportRows } from '../db/data-repo';
import { listEntities } from '../db/entities-repo';
import { countImports } from '../db/imports-repo';
import { listReferenceOverrides } from '../db/reference-overrides-repo';
import { listSavedFormats } from '../db/saved-formats-repo';
import type { ImportClient } from '../workers/import-client';
import { QUERY_KEYS } from './query-keys';
import { readStorageState } from './storage';

export { answerViewQuery } from './answer-query';

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
  queryKey: QUERY_KEYS.referenceSet,
  queryFn: async () => referenceFromOverrides(await listReferenceOverrides()).set,
});

/** `['entities']`: every entity as `{ id, name }`, sorted by name. */
export const entitiesQuery = queryOptions({
  queryKey: QUERY_KEYS.entities,
  queryFn: () => listEntities(),
});

/**
 * `['import-context']`: every stored account (with entity name) and import span (`ImportContext`), read by
 * the import worker (`ImportService.importContext`: it grows with the imports, so not on the page's
 * thread); never stale.
 */
export function importContextQuery(client: ImportClient) {
  return queryOptions({
    queryKey: QUERY_KEYS.importContext,
    queryFn: () => client.importContext(),
    staleTime: 0,
  });
}

/** `['saved-formats']`: every saved generic CSV format, sorted by name. */
export const savedFormatsQuery = queryOptions({
  queryKey: QUERY_KEYS.savedFormats,
  queryFn: () => listSavedFormats(),
});

/** `['data-imports']`: every import, newest first (`ImportListRow[]`). */
export const importRowsQuery = queryOptions({ queryKey: QUERY_KEYS.dataImports, queryFn: () => listImportRows() });

/** `['data-entities']`: every entity with its account and import counts (`EntityListRow[]`). */
export const entityRowsQuery = queryOptions({ queryKey: QUERY_KEYS.dataEntities, queryFn: () => listEntityRows() });

/** `['storage-estimate']`: space used and left (bytes) and persistence (`StorageState`). */
export const storageStateQuery = queryOptions({ queryKey: QUERY_KEYS.storageEstimate, queryFn: () => readStorageState() });

/**
 * `['inspect', key]`: the columns and sample values of the previewed file `key` (`InspectResult`), read by the
 * import worker for the mapping dialog; kept while the dialog is open, dropped when it closes.
 */
export function inspectQuery(client: ImportClient, previewKey: string) {
  return queryOptions({
    queryKey: QUERY_KEYS.inspect(previewKey),
    queryFn: () => client.inspect(previewKey),
    staleTime: Infinity,
    gcTime: 0,
  });
}
