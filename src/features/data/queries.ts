// React-query options of the data screen: imports, entities and the browser's storage state.

import { queryOptions } from '@tanstack/react-query';
import { listEntityRows, listImportRows } from '../../db/data-repo';
import { QUERY_KEYS } from '../../lib/query-keys';
import { readStorageState } from '../../lib/storage';

/** `['data-imports']`: every import, newest first (`ImportListRow[]`). */
export const importRowsQuery = queryOptions({ queryKey: QUERY_KEYS.dataImports, queryFn: () => listImportRows() });

/** `['data-entities']`: every entity with its account and import counts (`EntityListRow[]`). */
export const entityRowsQuery = queryOptions({ queryKey: QUERY_KEYS.dataEntities, queryFn: () => listEntityRows() });

/** `['storage-estimate']`: space used and left (bytes) and persistence (`StorageState`). */
export const storageStateQuery = queryOptions({ queryKey: QUERY_KEYS.storageEstimate, queryFn: () => readStorageState() });
