// Import worker entry: runs the import service off the main thread and answers the page's client.

import type { WorkerRequest, WorkerResponse } from './import-protocol';
import { createImportService } from './import-service';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const service = createImportService();

function reply(message: WorkerResponse): void {
  scope.postMessage(message);
}

scope.onmessage = (ev: MessageEvent<WorkerRequest>) => {
  const msg = ev.data;
  const run = async (): Promise<void> => {
    if (msg.type === 'preview') {
      const previews = await service.preview(msg.files, (done, total) =>
        reply({ type: 'progress', requestId: msg.requestId, done, total }),
      );
      reply({ type: 'preview-result', requestId: msg.requestId, previews });
    } else {
      const results = await service.commit(msg.requests, (done, total) =>
        reply({ type: 'progress', requestId: msg.requestId, done, total }),
      );
      reply({ type: 'commit-result', requestId: msg.requestId, results });
    }
  };
  // The service turns bad input into per-file problems; this catches only its own bugs, so the worker lives on.
  run().catch((e: unknown) => {
    reply({ type: 'failure', requestId: msg.requestId, message: e instanceof Error ? e.message : String(e) });
  });
};
