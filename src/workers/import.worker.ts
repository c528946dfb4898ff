// Import worker entry: runs the import service (import-service.ts) off the main thread, serving it to the
// page's client through `rpc.ts`.

import { createImportService } from './import-service';
import type { ImportService } from './import-service';
import { serve } from './rpc';
import type { MethodName, RpcScope } from './rpc';
import { loadSpreadsheetReader, mayBeSpreadsheet } from './xlsx-on-demand';

/**
 * When each call needs the spreadsheet reader first (see `xlsx-on-demand.ts`): a preview only when one of
 * its files looks like a spreadsheet or a zip (`files`); a commit never (it stores what its preview read),
 * nor the import context (it reads no file), nor forgetting files; anything that re-reads stored or kept
 * files always (they are not looked at first). Every method is listed, so a new one has to say.
 */
const READER_NEED: Record<MethodName<ImportService>, 'never' | 'files' | 'always'> = {
  preview: 'files',
  commit: 'never',
  importContext: 'never',
  discard: 'never',
  clear: 'never',
  reparse: 'always',
  inspect: 'always',
  tryMapping: 'always',
  reread: 'always',
  applyReread: 'always',
};

/** Fetches the spreadsheet reader before a call that may read a spreadsheet ({@link READER_NEED}). */
async function readerFor(method: MethodName<ImportService>, args: readonly unknown[]): Promise<void> {
  const need = READER_NEED[method];
  if (need === 'never') return;
  if (need === 'files') {
    const files = args[0] as readonly Blob[];
    const needed = await Promise.all(files.map((f) => mayBeSpreadsheet(f)));
    if (!needed.includes(true)) return;
  }
  await loadSpreadsheetReader();
}

serve(self as unknown as RpcScope, createImportService(), { before: readerFor });
