// Messages between the page's import client and the import worker (structured-clone safe, never rows).

/** The import service's methods the page can call in the worker (see `ImportService`). */
export type ServiceMethod = 'preview' | 'commit' | 'reparse' | 'inspect' | 'tryMapping' | 'reread' | 'applyReread';

/**
 * Page → worker: call `method` with `args` (the service method's arguments without its progress callback).
 * `requestId` pairs each request with its response.
 */
export type WorkerRequest = { type: 'call'; requestId: number; method: ServiceMethod; args: unknown[] };

/** Worker → page: progress (items done of total), the method's result value, or a failure of the whole call. */
export type WorkerResponse =
  | { type: 'progress'; requestId: number; done: number; total: number }
  | { type: 'result'; requestId: number; value: unknown }
  | { type: 'failure'; requestId: number; message: string };
