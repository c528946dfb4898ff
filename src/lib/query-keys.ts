// React-query keys shared by the screens, and the list every write must invalidate.

import type { QueryClient } from '@tanstack/react-query';

/** Query keys: `['overview']` (OverviewRow[]), `['entities']` ({id,name}[]), `['import-count']` (number). */
export const QUERY_KEYS = {
  overview: ['overview'],
  entities: ['entities'],
  importCount: ['import-count'],
} as const;

/** Invalidates every query that stored data feeds; call after each commit to the database. */
export async function invalidateStoredData(queryClient: QueryClient): Promise<void> {
  await Promise.all(Object.values(QUERY_KEYS).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}
