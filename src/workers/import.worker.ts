// Import worker entry: runs the import service (import-service.ts) off the main thread, serving it to the
// page's client through `rpc.ts`.

import { createImportService } from './import-service';
import type { ImportService } from './import-service';
import { serve } from './rpc';
import type { SourceInput } from '../core/model/parsed-file';
import type { MethodName, RpcScope } from './rpc';
import { loadSpreadsheetReader, looksLikeSpreadsheet } from './xlsx-on-demand';

/**
 * When each call needs the spreadsheet reader first (see `xlsx-on-demand.ts`): a preview only for a file
 * whose bytes look like a spreadsheet or a zip (`file`: loaded by the service itself, once it has read that
 * file's bytes, so a preview of CSV files never waits for a look at them first); a commit never (it stores
 * what its preview read), nor the import context (it reads no file), nor forgetting files; anything that
 * re-reads stored or kept files always (they are not looked at first). Every method is listed, so a new
 * one has to say.
 */
const READER_NEED: Record<MethodName<ImportService>, 'never' | 'file' | 'always'> = {
  preview: 'file',
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

/** Fetches the spreadsheet reader before a call that always may read a spreadsheet ({@link READER_NEED}). */
async function readerFor(method: MethodName<ImportService>): Promise<void> {
  if (READER_NEED[method] === 'always') await loadSpreadsheetReader();
}

/** Before a previewed file is parsed: fetches the spreadsheet reader when the file looks like one. */
async function readerForFile(source: SourceInput): Promise<void> {
  if (looksLikeSpreadsheet(source.bytes, source.name)) await loadSpreadsheetReader();
}

serve(self as unknown as RpcScope, createImportService({ beforeParse: readerForFile }), { before: readerFor });
