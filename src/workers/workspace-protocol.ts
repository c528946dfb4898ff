// Messages between the page's workspace client and the workspace worker (structured-clone safe).

import type { WorkspaceContents, WorkspaceErrorCode, WorkspaceProgress } from '../db/workspace';

/** Page → worker: export the workspace (all, or `entityIds`), or read a workspace file. One request per worker. */
export type WorkspaceWorkerRequest = { type: 'export'; entityIds?: string[] } | { type: 'read'; file: Blob };

/**
 * Worker → page: progress, the result (the zip Blob of an export, the contents of a read), or a failure:
 * `workspaceError` carries a `WorkspaceError`'s code and params so the page can throw the same error.
 */
export type WorkspaceWorkerResponse =
  | { type: 'progress'; progress: WorkspaceProgress }
  | { type: 'exported'; blob: Blob }
  | { type: 'read'; contents: WorkspaceContents }
  | {
      type: 'failure';
      message: string;
      name: string;
      workspaceError?: { code: WorkspaceErrorCode; params: Record<string, string | number> };
    };
