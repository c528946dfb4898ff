// The page's one handle on the read model: a module Web Worker (read-model.worker.ts), or the same service
// in the page where there is no worker (jsdom tests) or the database lives in the page's memory.

import { isMemoryDatabase } from '../db/memory-flag';
import { connect, local } from './rpc';
import type { Remote } from './rpc';
import type { ReadModelService } from './read-model-service';
import type { Answer } from '../core/answer/answer-types';
import type { AnswerOptions, ScreenView } from '../db/answer-repo';

let worker: Remote<ReadModelService> | null = null;
let inThread: Remote<ReadModelService> | null = null;

/**
 * The read model of the page ({@link ReadModelService}), the same object for every call: in a worker
 * started on the first call (or by `warm()`) when `Worker` exists and the page uses the browser's own
 * database; else in the page (`isMemoryDatabase()`: the worker cannot see that database; a worker started
 * before the switch is ended). Calls reject as the service does, or with an `Error` when the worker fails
 * to load or crashes.
 */
export function readModel(): Remote<ReadModelService> {
  if (typeof Worker === 'undefined' || isMemoryDatabase()) {
    if (worker) {
      worker.dispose(); // started early (boot.ts) before the page switched to memory: never used now
      worker = null;
    }
    // In the page the service's code is fetched on first use (the worker has its own copy).
    return (inThread ??= local(() => import('./read-model-service').then((m) => m.createReadModelService()), 'read model'));
  }
  return (worker ??= connect<ReadModelService>(() => new Worker(new URL('./read-model.worker.ts', import.meta.url), { type: 'module', name: 'read-model' }), 'read model'));
}

/**
 * A reading started by the page's first script (src/boot.ts) before the app's code has loaded: the view
 * (`load()`) and the answer for the URL's `options`, both running in the read model's worker.
 */
export interface EarlyRead {
  load: Promise<ScreenView>;
  answer: Promise<Answer>;
  options: AnswerOptions;
}

let early: Promise<EarlyRead | null> | null = null;

/**
 * Starts the worker's `load()` and `answer(options)` once `when` resolves true, for the first query to take
 * ({@link takeEarlyRead}): the worker then reads the database while the page fetches and evaluates the
 * app's code (a worker created later cannot start while the page's thread renders). The worker itself is
 * started at once (`warm`), so its script loads while `when` is pending. No call is made when `when` gives
 * false or rejects, and nothing is started where the read model would run in the page (no `Worker`, or an
 * in-memory database). Failures of the calls are left to the query that takes them.
 */
export function startEarlyRead(options: AnswerOptions, when: Promise<boolean> = Promise.resolve(true)): void {
  if (typeof Worker === 'undefined' || isMemoryDatabase()) return;
  // The worker's script is fetched and run while the browser lists its databases (`when`); the app's read
  // model is this same worker (`readModel()`, which ends it if the page switches to an in-memory database).
  readModel().warm();
  early = when.then(
    (go) => {
      if (!go || isMemoryDatabase()) return null;
      const model = readModel();
      const load = model.load();
      const answer = model.answer(options);
      load.catch(() => undefined);
      answer.catch(() => undefined);
      return { load, answer, options };
    },
    () => null,
  );
}

/**
 * Whether {@link startEarlyRead} started its calls (the database was current), without taking the reading:
 * false when it started none or it was taken already. The app asks the read model ahead of its first
 * render only then: before an upgrade the page must open the database first, or the worker's open would
 * wait on the tab that blocks the upgrade where no banner can say so (test/e2e/storage-tabs.test.ts).
 */
export function earlyReadStarted(): Promise<boolean> {
  return (early ?? Promise.resolve(null)).then((read) => read !== null);
}

/** The reading {@link startEarlyRead} started (null when none was), once: afterwards null. */
export function takeEarlyRead(): Promise<EarlyRead | null> {
  const taken = early ?? Promise.resolve(null);
  early = null;
  return taken;
}
