// Import worker entry: runs the import service off the main thread and answers the page's client.

import type { GenericCsvMapping } from '../core/formats/generic-csv';
import type { WorkerRequest, WorkerResponse } from './import-protocol';
import { createImportService } from './import-service';
import type { CommitRequest, ReparseOptions } from './import-client';
import { loadSpreadsheetReader, mayBeSpreadsheet } from './xlsx-on-demand';
import { errorMessage } from '../core/model/errors';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const service = createImportService();

function reply(message: WorkerResponse): void {
  scope.postMessage(message);
}

/**
 * Fetches the spreadsheet reader before a call that may read a spreadsheet (see `xlsx-on-demand.ts`): a
 * preview only when one of its files looks like a spreadsheet or a zip; a commit never (it stores what its
 * preview read); anything that re-reads stored files always (the stored files are not looked at first).
 */
async function readerFor(msg: WorkerRequest): Promise<void> {
  if (msg.method === 'commit') return;
  if (msg.method === 'preview') {
    const files = msg.args[0] as File[];
    const needed = await Promise.all(files.map((f) => mayBeSpreadsheet(f)));
    if (!needed.includes(true)) return;
  }
  await loadSpreadsheetReader();
}

/** Runs one call of the page's client on the service; the args are what `import-client.ts` sends per method. */
async function dispatch(msg: WorkerRequest): Promise<unknown> {
  await readerFor(msg);
  const progress = (done: number, total: number): void => reply({ type: 'progress', requestId: msg.requestId, done, total });
  const a = msg.args;
  switch (msg.method) {
    case 'preview':
      return service.preview(a[0] as File[], progress);
    case 'commit':
      return service.commit(a[0] as CommitRequest[], progress);
    case 'reparse':
      return service.reparse(a[0] as string, a[1] as ReparseOptions);
    case 'inspect':
      return service.inspect(a[0] as string);
    case 'tryMapping':
      return service.tryMapping(a[0] as string, a[1] as GenericCsvMapping);
    case 'reread':
      return service.reread(progress);
    case 'applyReread':
      return service.applyReread(a[0] as string[], progress);
  }
}

scope.onmessage = (ev: MessageEvent<WorkerRequest>) => {
  const msg = ev.data;
  // The service turns bad input into per-file problems; this catches only its own bugs, so the worker lives on.
  dispatch(msg).then(
    (value) => reply({ type: 'result', requestId: msg.requestId, value }),
    (e: unknown) => reply({ type: 'failure', requestId: msg.requestId, message: errorMessage(e) }),
  );
};
