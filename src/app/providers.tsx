// The app's providers: react-query, i18next (Dutch by default) and the import client.

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { ImportClient } from '../workers/import-client';
import { ImportClientProvider } from '../lib/import-client-context';

/**
 * A QueryClient for stored data: no retries (IndexedDB errors do not heal by retrying), no refetch on focus,
 * and never paused while the browser is offline (nothing it does needs the network).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // networkMode 'always': every query and mutation reads or writes this browser's own storage, never the
      // network, so a lost connection (the browser's `offline` event) must not pause them: with React Query's
      // default ('online') an import or a screen would wait for the network to come back.
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity, networkMode: 'always' },
      mutations: { networkMode: 'always' },
    },
  });
}

/** Props of {@link AppProviders}: the i18next instance, the import client and optionally a QueryClient. */
export interface AppProvidersProps {
  i18n: I18n;
  importClient: ImportClient;
  queryClient?: QueryClient;
  children: ReactNode;
}

/** Wraps `children` in QueryClientProvider, I18nextProvider and ImportClientProvider. */
export function AppProviders({ i18n, importClient, queryClient, children }: AppProvidersProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <I18nextProvider i18n={i18n}>
        <ImportClientProvider client={importClient}>{children}</ImportClientProvider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
