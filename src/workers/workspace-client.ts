// The page's workspace export and read, run in a module Web Worker so zipping, unzipping and the JSON
// of a large database never block the page (docs/architecture.md#workers).

import { isMemoryDatabase } from '../db/database';
import * as inThread from '../db/workspace';
import { WorkspaceError } from '../db/workspace';
import type { WorkspaceContents, WorkspaceProgress } from '../db/workspace';
import { mergeWorkspaceFiles as mergeInThread } from '../db/workspace-batch';
import type { WorkspaceBatchProgress, WorkspaceFileResult } from '../db/workspace-batch';
import type { WorkspaceWorkerRequest, WorkspaceWorkerResponse } from './workspace-protocol';

/** True when a worker can do the work: `Worker` exists and the page uses the browser's own database. */
function workerUsable(): boolean {
  return typeof Worker !== 'undefined' && !isMemoryDatabase();
}

/**
 * Runs one request in a fresh workspace worker and ends the worker afterwards (workspace files are rare;
 * a worker left open would hold a database connection). Rejects with a {@link WorkspaceError} (same code,
 * message and params) when the worker threw one, else with an `Error` bearing the worker's message and
 * name (e.g. `QuotaExceededError`).
 */
function inWorker<T, P = WorkspaceProgress>(
  request: WorkspaceWorkerRequest,
  onProgress: ((p: P) => void) | undefined,
  pick: (r: WorkspaceWorkerResponse) => T | undefined,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(new URL('./workspace.worker.ts', import.meta.url), { type: 'module', name: 'workspace' });
    const finish = (): void => worker.terminate();
    worker.onmessage = (ev: MessageEvent<WorkspaceWorkerResponse>) => {
      const msg = ev.data;
      if (msg.type === 'progress' || msg.type === 'batch-progress') {
        onProgress?.(msg.progress as P);
        return;
      }
      finish();
      if (msg.type === 'failure') {
        if (msg.workspaceError) reject(new WorkspaceError(msg.workspaceError.code, msg.message, msg.workspaceError.params));
        else {
          const error = new Error(msg.message);
          error.name = msg.name;
          reject(error);
        }
        return;
      }
      const value = pick(msg);
      if (value === undefined) reject(new Error(`workspace worker answered ${msg.type}`));
      else resolve(value);
    };
    worker.onerror = (ev: ErrorEvent) => {
      ev.preventDefault();
      finish();
      reject(new Error(`workspace worker failed: ${ev.message || 'unknown error'}`));
    };
    worker.onmessageerror = () => {
      finish();
      reject(new Error('workspace worker sent a message that could not be read'));
    };
    worker.postMessage(request);
  });
}

/**
 * `exportWorkspace` of `src/db/workspace.ts` (same options, same zip Blob) run in a workspace worker;
 * in the calling thread when there is no `Worker` (jsdom) or the page uses an in-memory database (a
 * worker cannot see it), or when `options.database` is given. Rejects as the in-thread version does.
 */
export function exportWorkspace(options: Parameters<typeof inThread.exportWorkspace>[0] = {}): Promise<Blob> {
  if (!workerUsable() || options.database) return inThread.exportWorkspace(options);
  const request: WorkspaceWorkerRequest = { type: 'export', ...(options.entityIds ? { entityIds: [...options.entityIds] } : {}) };
  return inWorker(request, options.onProgress, (r) => (r.type === 'exported' ? r.blob : undefined));
}

/**
 * `readWorkspace` of `src/db/workspace.ts` (unzip, manifest check, load and upgrade in a temporary
 * database, SHA-256 checks) run in a workspace worker, with the same result and errors; in the calling
 * thread where a worker cannot be used (see {@link exportWorkspace}). Writes nothing to the app's database.
 */
export function readWorkspace(file: Blob, onProgress?: (progress: WorkspaceProgress) => void): Promise<WorkspaceContents> {
  if (!workerUsable()) return inThread.readWorkspace(file, onProgress);
  return inWorker({ type: 'read', file }, onProgress, (r) => (r.type === 'read' ? r.contents : undefined));
}

/**
 * `mergeWorkspaceFiles` of `src/db/workspace-batch.ts` (each file read, checked and merged in turn, each
 * all-or-nothing; one result per file) run in a workspace worker, which also writes the database; in the
 * calling thread where a worker cannot be used (see {@link exportWorkspace}). Rejects only when the worker
 * itself fails; one file's error is in its result.
 */
export function mergeWorkspaceFiles(
  files: readonly File[],
  onProgress?: (progress: WorkspaceBatchProgress) => void,
): Promise<WorkspaceFileResult[]> {
  if (!workerUsable()) return mergeInThread(files, onProgress ? { onProgress } : {});
  return inWorker<WorkspaceFileResult[], WorkspaceBatchProgress>({ type: 'merge-many', files: [...files] }, onProgress, (r) =>
    r.type === 'merged-many' ? r.results : undefined,
  );
}
