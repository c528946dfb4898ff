// The workspace jobs the page hands to the workspace worker (export, read, merge many), as one service for
// `rpc.ts`, with what crosses the boundary besides values: a `WorkspaceError`'s code and params, and the
// buffers of a read workspace (handed over without a copy).

import { exportWorkspace, readWorkspace, WorkspaceError } from '../db/workspace';
import type { WorkspaceContents, WorkspaceErrorCode, WorkspaceProgress } from '../db/workspace';
import { mergeWorkspaceFiles } from '../db/workspace-batch';
import type { WorkspaceBatchProgress, WorkspaceFileResult } from '../db/workspace-batch';
import type { ConnectOptions, MethodName, ServeOptions } from './rpc';

/** The workspace jobs over the page's database (`src/db/workspace.ts`, `src/db/workspace-batch.ts`). */
export interface WorkspaceService {
  /** `exportWorkspace`: everything, or only `entityIds` (with what belongs to them); a zip Blob. */
  exportWorkspace(entityIds: readonly string[] | null, onProgress?: (progress: WorkspaceProgress) => void): Promise<Blob>;
  /** `readWorkspace`: unzip, check, upgrade in a temporary database; writes nothing to the app's database. */
  readWorkspace(file: Blob, onProgress?: (progress: WorkspaceProgress) => void): Promise<WorkspaceContents>;
  /** `mergeWorkspaceFiles`: each file read, checked and merged in turn, each all-or-nothing; one result per file. */
  mergeWorkspaceFiles(files: readonly File[], onProgress?: (progress: WorkspaceBatchProgress) => void): Promise<WorkspaceFileResult[]>;
}

/** The {@link WorkspaceService} over the page's (or the worker's) default database. */
export function createWorkspaceService(): WorkspaceService {
  return {
    exportWorkspace: (entityIds, onProgress) => exportWorkspace({ ...(entityIds ? { entityIds } : {}), ...(onProgress ? { onProgress } : {}) }),
    readWorkspace: (file, onProgress) => readWorkspace(file, onProgress),
    mergeWorkspaceFiles: (files, onProgress) => mergeWorkspaceFiles(files, onProgress ? { onProgress } : {}),
  };
}

/** The whole buffers behind a read workspace's chunk columns, to hand them over without a copy (each once). */
function chunkBuffers(contents: WorkspaceContents): ArrayBuffer[] {
  const seen = new Set<ArrayBuffer>();
  for (const c of contents.observationChunks) {
    for (const column of [c.values, c.startDays, c.endDays, c.metric, c.unit, c.ageBand, c.gender, c.segment]) {
      const buffer = column.buffer;
      if (buffer instanceof ArrayBuffer && column.byteOffset === 0 && column.byteLength === buffer.byteLength) seen.add(buffer);
      else return []; // a shared or partial buffer: copy everything instead
    }
  }
  return [...seen];
}

/** How the worker serves the service: a read's chunk buffers are transferred; a `WorkspaceError` sends its code and params. */
export const workspaceServeOptions: ServeOptions<WorkspaceService> = {
  transfer: (method: MethodName<WorkspaceService>, value: unknown) => (method === 'readWorkspace' ? chunkBuffers(value as WorkspaceContents) : []),
  errorFields: (error) => (error instanceof WorkspaceError ? { code: error.code, params: error.params } : undefined),
};

/** How the page connects: a failure with a code and params becomes the same {@link WorkspaceError} again. */
export const workspaceConnectOptions: ConnectOptions = {
  reviveError: (error, fields) =>
    typeof fields.code === 'string'
      ? new WorkspaceError(fields.code as WorkspaceErrorCode, error.message, (fields.params ?? {}) as Record<string, string | number>)
      : error,
};
