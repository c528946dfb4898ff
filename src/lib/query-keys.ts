// React-query keys shared by the screens, and the refresh every write must trigger (here and in other tabs).

import type { QueryClient } from '@tanstack/react-query';
import { announceDataChanged } from './tab-sync';

/**
 * Query keys: `['entities']` ({id,name}[]), `['import-count']` (number),
 * `['data-imports']` (ImportListRow[]), `['data-entities']` (EntityListRow[]), `['storage-estimate']`
 * (StorageState), `['answer']` (ScreenView: the one read model as the screens get it, src/lib/answer-query.ts; every data screen, the report and the deck; the answers for other options, quarters and an entity's series are keys below it). Every query of stored data is refreshed by {@link invalidateStoredData}, listed here or not.
 */
export const QUERY_KEYS = {
  entities: ['entities'],
  importCount: ['import-count'],
  dataImports: ['data-imports'],
  dataEntities: ['data-entities'],
  storageEstimate: ['storage-estimate'],
  answer: ['answer'],
} as const;

/** Refreshes every query of this tab (all of them read stored data); does not tell other tabs. */
export async function refreshStoredData(queryClient: QueryClient): Promise<void> {
  await queryClient.invalidateQueries();
}

/**
 * Call after each write to the database: refreshes every query of this tab and tells the other tabs
 * (BroadcastChannel `youth-reach-data`) to refresh theirs.
 */
export async function invalidateStoredData(queryClient: QueryClient): Promise<void> {
  announceDataChanged();
  await refreshStoredData(queryClient);
}
