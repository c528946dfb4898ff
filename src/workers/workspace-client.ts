// The page's workspace export and read, run in a module Web Worker so zipping, unzipping and the JSON
// of a large database never block the page (docs/architecture.md#workers).

import { isMemoryDatabase } from '../db/database';
import * as inThread from '../db/workspace';
import type { WorkspaceContents, WorkspaceProgress } from '../db/workspace';
import type { WorkspaceBatchProgress, WorkspaceFileResult } from '../db/workspace-batch';
import { connect } from './rpc';
import { createWorkspaceService, workspaceConnectOptions } from './workspace-service';
import type { WorkspaceService } from './workspace-service';

/**
 * Runs `job` on the workspace service: in a fresh workspace worker, ended afterwards (workspace files are
 * rare; a worker left open would hold a database connection), when `Worker` exists and the page uses the
 * browser's own database; else in the calling thread (jsdom, or an in-memory database a worker cannot see).
 * A worker's failure rejects with the same {@link inThread.WorkspaceError} (code, message, params), else
 * with an `Error` of the worker error's name and message (e.g. `QuotaExceededError`).
 */
async function run<T>(job: (service: WorkspaceService) => Promise<T>): Promise<T> {
  if (typeof Worker === 'undefined' || isMemoryDatabase()) return job(createWorkspaceService());
  const remote = connect<WorkspaceService>(
    () => new Worker(new URL('./workspace.worker.ts', import.meta.url), { type: 'module', name: 'workspace' }),
    'workspace',
    workspaceConnectOptions,
  );
  try {
    return await job(remote);
  } finally {
    remote.dispose();
  }
}

/**
 * `exportWorkspace` of `src/db/workspace.ts` (same options, same zip Blob) run in a workspace worker;
 * in the calling thread when there is no `Worker` (jsdom) or the page uses an in-memory database (a
 * worker cannot see it), or when `options.database` is given. Rejects as the in-thread version does.
 */
export function exportWorkspace(options: Parameters<typeof inThread.exportWorkspace>[0] = {}): Promise<Blob> {
  if (options.database) return inThread.exportWorkspace(options);
  return run((s) => s.exportWorkspace(options.entityIds ?? null, options.onProgress));
}

/**
 * `readWorkspace` of `src/db/workspace.ts` (unzip, manifest check, load and upgrade in a temporary
 * database, SHA-256 checks) run in a workspace worker, with the same result and errors; in the calling
 * thread where a worker cannot be used (see {@link exportWorkspace}). Writes nothing to the app's database.
 */
export function readWorkspace(file: Blob, onProgress?: (progress: WorkspaceProgress) => void): Promise<WorkspaceContents> {
  return run((s) => s.readWorkspace(file, onProgress));
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
  return run((s) => s.mergeWorkspaceFiles(files, onProgress));
}
