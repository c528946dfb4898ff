// Messages between the page's workspace client and the workspace worker (structured-clone safe).

import type { WorkspaceContents, WorkspaceErrorCode, WorkspaceProgress } from '../db/workspace';
import type { WorkspaceBatchProgress, WorkspaceFileResult } from '../db/workspace-batch';

/**
 * Page → worker: export the workspace (all, or `entityIds`), read a workspace file, or merge many workspace
 * files into the database one after another (`merge-many`). One request per worker.
 */
export type WorkspaceWorkerRequest =
  | { type: 'export'; entityIds?: string[] }
  | { type: 'read'; file: Blob }
  | { type: 'merge-many'; files: File[] };

/**
 * Worker → page: progress, the result (the zip Blob of an export, the contents of a read, one result per
 * file of a `merge-many`), or a failure:
 * `workspaceError` carries a `WorkspaceError`'s code and params so the page can throw the same error.
 */
export type WorkspaceWorkerResponse =
  | { type: 'progress'; progress: WorkspaceProgress }
  | { type: 'batch-progress'; progress: WorkspaceBatchProgress }
  | { type: 'merged-many'; results: WorkspaceFileResult[] }
  | { type: 'exported'; blob: Blob }
  | { type: 'read'; contents: WorkspaceContents }
  | {
      type: 'failure';
      message: string;
      name: string;
      workspaceError?: { code: WorkspaceErrorCode; params: Record<string, string | number> };
    };
