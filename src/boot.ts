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
void import('./main');
