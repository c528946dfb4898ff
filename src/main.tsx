// The app, loaded by the page's first script (boot.ts), which creates the i18n instance first: `startApp`
// creates the query client and the import client, starts a data screen's read model and mounts the app.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import type { i18n as I18n } from 'i18next';
import { AppProviders, createQueryClient } from './app/providers';
import { createAppRouter } from './app/routes';
import { answerViewQuery } from './lib/answer-query';
import { opensDataScreen } from './lib/screen-url';
import { createImportClient } from './workers/import-client';
import { earlyReadStarted } from './workers/read-model-client';

/**
 * Mounts the app in `#root` with `i18n` (from `createI18n`). Throws when the page has no `#root`. The first
 * render is not a transition: one that suspends while another tab blocks the database upgrade would never
 * commit, and the banner that asks to close that tab would never show (test/e2e/storage-tabs.test.ts).
 */
export function startApp(i18n: I18n): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const importClient = createImportClient(); // lives as long as the page
  const router = createAppRouter();
  const queryClient = createQueryClient();
  // A data screen's read model is asked now, beside the first render and the screen's code (it waited for the
  // storage start and the screen's chunk: about 0.6 s at 100 entities); the query takes the reading boot.ts
  // started before this code had loaded. Only when boot.ts started one (the database needs no upgrade): an
  // upgrade is the page's to make, after the storage start, so that a tab blocking it gets its banner.
  if (opensDataScreen(window.location.hash)) {
    void earlyReadStarted().then((started) => {
      if (started) void queryClient.prefetchQuery(answerViewQuery);
    });
  }
  createRoot(container).render(
    <StrictMode>
      <AppProviders i18n={i18n} importClient={importClient} queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}
