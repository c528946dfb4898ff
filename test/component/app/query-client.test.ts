// The app's QueryClient (src/app/providers.tsx): its queries and mutations read and write this browser's
// own storage, so a lost connection must not pause them (React Query pauses by default while offline).

import { MutationObserver, onlineManager } from '@tanstack/react-query';
import { afterEach, expect, it } from 'vitest';
import { createQueryClient } from '../../../src/app/providers';

afterEach(() => {
  onlineManager.setOnline(true);
});

it('runs a query and a mutation while the browser is offline, instead of pausing them', async () => {
  onlineManager.setOnline(false);
  const client = createQueryClient();
  // A query that is running, not waiting for the network: its function is called at once.
  let queried = 0;
  const query = client.fetchQuery({ queryKey: ['offline-check'], queryFn: () => ++queried });
  expect(client.getQueryState(['offline-check'])?.fetchStatus).toBe('fetching');
  await expect(query).resolves.toBe(1);
  // A mutation (an import's confirm) runs too.
  const observer = new MutationObserver(client, { mutationFn: (n: number) => Promise.resolve(n * 2) });
  const mutation = observer.mutate(21);
  expect(observer.getCurrentResult().isPaused).toBe(false);
  await expect(mutation).resolves.toBe(42);
});
