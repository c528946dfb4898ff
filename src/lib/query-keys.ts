// React-query keys shared by the screens, and the refresh every write must trigger (here and in other tabs).
// The query options built on these keys live in ./queries.ts (one place for every query).

import type { QueryClient } from '@tanstack/react-query';
import { announceDataChanged } from './tab-sync';

/**
 * Every query key of the app: `['entities']` ({id,name}[]), `['import-count']` (number),
 * `['data-imports']` (ImportListRow[]), `['data-entities']` (EntityListRow[]), `['storage-estimate']`
 * (StorageState), `['answer']` (ScreenView: the one read model as the screens get it, src/lib/answer-query.ts; every data screen,
 * the report and the deck; the answers for other options, quarters and an entity's series are keys below it),
 * `['reference-set']` (ReferenceSet in use), `['import-context']` (ImportContext), `['saved-formats']` (SavedFormat[])
 * and `['inspect', key]` (the columns of one previewed file). Every query of stored data is refreshed by
 * {@link invalidateStoredData}.
 */
export const QUERY_KEYS = {
  entities: ['entities'],
  importCount: ['import-count'],
  dataImports: ['data-imports'],
  dataEntities: ['data-entities'],
  storageEstimate: ['storage-estimate'],
  answer: ['answer'],
  referenceSet: ['reference-set'],
  importContext: ['import-context'],
  savedFormats: ['saved-formats'],
  inspect: (previewKey: string) => ['inspect', previewKey] as const,
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
