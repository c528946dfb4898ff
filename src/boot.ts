// The page's first script: on a data screen whose database needs no upgrade it starts the read model's
// reading in its worker, then it loads the app. The worker reads the database while the page fetches and evaluates the app's code; a
// worker created later waits for the page's first render before it can start (about 0.3-0.5 s at 100
// entities, docs/architecture.md#read-model).

import './styles.css';
import './shared.css';
import { databaseIsCurrent } from './db/database-state';
import { answerOptionsOfHash, opensDataScreen } from './lib/screen-url';
import { startEarlyRead } from './workers/read-model-client';

// Only when the database is already at this code's version: an upgrade is left to the page, which shows
// when another tab blocks it (src/app/storage-gate.tsx).
if (opensDataScreen(window.location.hash)) startEarlyRead(answerOptionsOfHash(window.location.hash), databaseIsCurrent());

/** Resolves in a task of its own: what comes after runs after the page could paint and answer input. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

// The app's start in three tasks, not one of about 130 ms (no task may take over 200 ms on a loaded
// 2-core machine, README "Speed"): the language catalogues and i18next, then the app's modules, then the
// first render.
void (async () => {
  const { createI18n } = await import('./i18n/i18n');
  const i18n = createI18n();
  await nextTask();
  const { startApp } = await import('./main');
  await nextTask();
  startApp(i18n);
})();
