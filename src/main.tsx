// Entry point of the page: creates the i18n instance, the query client and the import client, mounts the app.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AppProviders } from './app/providers';
import { createAppRouter } from './app/routes';
import { createI18n } from './i18n/i18n';
import { createImportClient } from './workers/import-client';
import './styles.css';
import './shared.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const i18n = createI18n();
const importClient = createImportClient(); // lives as long as the page
const router = createAppRouter();

createRoot(container).render(
  <StrictMode>
    <AppProviders i18n={i18n} importClient={importClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
