// Workspace worker entry: exports the database to a workspace zip, or reads (unzips, checks, upgrades) a
// workspace file, or merges many workspace files into the database, off the main thread
// (docs/architecture.md#workers). One request per worker; the page ends it.

import { exportWorkspace, readWorkspace, WorkspaceError } from '../db/workspace';
import { mergeWorkspaceFiles } from '../db/workspace-batch';
import type { WorkspaceContents, WorkspaceProgress } from '../db/workspace';
import type { WorkspaceWorkerRequest, WorkspaceWorkerResponse } from './workspace-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function reply(message: WorkspaceWorkerResponse, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

/** The whole buffers behind the chunks' columns, to hand them over without a copy (each only once). */
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

scope.onmessage = (ev: MessageEvent<WorkspaceWorkerRequest>) => {
  const msg = ev.data;
  const onProgress = (progress: WorkspaceProgress): void => reply({ type: 'progress', progress });
  const run = async (): Promise<void> => {
    if (msg.type === 'export') {
      const blob = await exportWorkspace({ ...(msg.entityIds ? { entityIds: msg.entityIds } : {}), onProgress });
      reply({ type: 'exported', blob });
    } else if (msg.type === 'merge-many') {
      const results = await mergeWorkspaceFiles(msg.files, { onProgress: (progress) => reply({ type: 'batch-progress', progress }) });
      reply({ type: 'merged-many', results });
    } else {
      const contents = await readWorkspace(msg.file, onProgress);
      reply({ type: 'read', contents }, chunkBuffers(contents));
    }
  };
  run().catch((e: unknown) => {
    const error = e instanceof Error ? e : new Error(String(e));
    reply({
      type: 'failure',
      message: error.message,
      name: error.name,
      ...(e instanceof WorkspaceError ? { workspaceError: { code: e.code, params: e.params } } : {}),
    });
  });
};

export {};
