// Messages between the page's import client and the import worker (structured-clone safe, never rows).

import type { CommitRequest, CommitResult, FilePreview } from './import-client';

/** Page → worker. `requestId` pairs each request with its response. */
export type WorkerRequest =
  | { type: 'preview'; requestId: number; files: File[] }
  | { type: 'commit'; requestId: number; requests: CommitRequest[] };

/** Worker → page: progress (files done of total), a result, or a failure of the whole request. */
export type WorkerResponse =
  | { type: 'progress'; requestId: number; done: number; total: number }
  | { type: 'preview-result'; requestId: number; previews: FilePreview[] }
  | { type: 'commit-result'; requestId: number; results: CommitResult[] }
  | { type: 'failure'; requestId: number; message: string };
