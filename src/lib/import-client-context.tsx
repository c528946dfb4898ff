// Gives every screen the one import client of the page (a module Web Worker, or in-thread under jsdom).

import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { ImportClient } from '../workers/import-client';

const ImportClientContext = createContext<ImportClient | null>(null);

/**
 * Provides `client` to the screens. The caller owns it: `main.tsx` creates one for the page's lifetime
 * (so React's StrictMode double effects never dispose a live worker), tests create and dispose their own.
 */
export function ImportClientProvider({ client, children }: { client: ImportClient; children: ReactNode }) {
  return <ImportClientContext.Provider value={client}>{children}</ImportClientContext.Provider>;
}

/** The page's import client. Throws `Error` outside an {@link ImportClientProvider}. */
export function useImportClient(): ImportClient {
  const client = useContext(ImportClientContext);
  if (!client) throw new Error('useImportClient outside ImportClientProvider');
  return client;
}
