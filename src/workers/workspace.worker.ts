// Workspace worker entry: exports the database to a workspace zip, reads (unzips, checks, upgrades) a
// workspace file, or merges many workspace files into the database, off the main thread, serving
// `WorkspaceService` (workspace-service.ts) through `rpc.ts` (docs/architecture.md#workers). The page ends
// the worker after each job.

import { serve } from './rpc';
import type { RpcScope } from './rpc';
import { createWorkspaceService, workspaceServeOptions } from './workspace-service';

serve(self as unknown as RpcScope, createWorkspaceService(), workspaceServeOptions);
