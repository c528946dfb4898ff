// Import worker entry: runs the import service (import-service.ts) off the main thread, serving it to the
// page's client through `rpc.ts`.

import { createImportService } from './import-service';
import type { ImportService } from './import-service';
import { serve } from './rpc';
import type { MethodName, RpcScope } from './rpc';
import { loadSpreadsheetReader, mayBeSpreadsheet } from './xlsx-on-demand';

/**
 * Fetches the spreadsheet reader before a call that may read a spreadsheet (see `xlsx-on-demand.ts`): a
 * preview only when one of its files looks like a spreadsheet or a zip; a commit never (it stores what its
 * preview read), nor the import context (it reads no file); anything that re-reads stored or kept files
 * always (they are not looked at first).
 */
async function readerFor(method: MethodName<ImportService>, args: readonly unknown[]): Promise<void> {
  if (method === 'commit' || method === 'clear' || method === 'importContext') return;
  if (method === 'preview') {
    const files = args[0] as readonly Blob[];
    const needed = await Promise.all(files.map((f) => mayBeSpreadsheet(f)));
    if (!needed.includes(true)) return;
  }
  await loadSpreadsheetReader();
}

serve(self as unknown as RpcScope, createImportService(), { before: readerFor });
