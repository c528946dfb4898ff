// The page's one handle on the read model: a module Web Worker (read-model.worker.ts), or the same service
// in the page where there is no worker (jsdom tests) or the database lives in the page's memory.

import { isMemoryDatabase } from '../db/database';
import { connect, local } from './rpc';
import type { Remote } from './rpc';
import type { ReadModelService } from './read-model-service';

let worker: Remote<ReadModelService> | null = null;
let inThread: Remote<ReadModelService> | null = null;

/**
 * The read model of the page ({@link ReadModelService}), the same object for every call: in a worker
 * started on the first call when `Worker` exists and the page uses the browser's own database; else in
 * the page (`isMemoryDatabase()`: the worker cannot see that database). Calls reject as the service does,
 * or with an `Error` when the worker fails to load or crashes.
 */
export function readModel(): Remote<ReadModelService> {
  if (typeof Worker === 'undefined' || isMemoryDatabase()) {
    // In the page the service's code is fetched on first use (the worker has its own copy).
    return (inThread ??= local(() => import('./read-model-service').then((m) => m.createReadModelService()), 'read model'));
  }
  return (worker ??= connect<ReadModelService>(() => new Worker(new URL('./read-model.worker.ts', import.meta.url), { type: 'module', name: 'read-model' }), 'read model'));
}
