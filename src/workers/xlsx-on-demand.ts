// The spreadsheet reader (@e965/xlsx, about 400 kB of script) fetched only when a spreadsheet is read.
// In the app build `@e965/xlsx` resolves to this module (vite.config.ts `resolve.alias`), so the format
// code keeps its plain synchronous calls (`read`, `SSF`, `utils`) while the import worker fetches the real
// library with a dynamic import the first time a file looks like a spreadsheet (or a zip that may hold one):
// a CSV import never downloads or compiles it. Tests and the CLI use the library directly (no alias).

import type * as XlsxModule from '@e965/xlsx/xlsx.mjs';

type Xlsx = typeof XlsxModule;

let library: Xlsx | null = null;
let loading: Promise<Xlsx> | null = null;

/** Fetches and keeps the spreadsheet reader; resolves at once once it is there. Rejects when the chunk cannot be fetched. */
export async function loadSpreadsheetReader(): Promise<void> {
  loading ??= import('@e965/xlsx/xlsx.mjs').then(
    (m) => (library = m),
    (e: unknown) => {
      loading = null; // a failed fetch (offline, a new deploy) is tried again by the next spreadsheet
      throw e;
    },
  );
  await loading;
}

/** Whether {@link loadSpreadsheetReader} has finished (for tests and diagnostics). */
export function spreadsheetReaderLoaded(): boolean {
  return library !== null;
}

/**
 * Whether bytes need the spreadsheet reader: they start as a zip (`PK\x03\x04`: XLSX, or an export zip
 * whose members may be XLSX) or an OLE compound file (`D0 CF 11 E0`: old binary XLS), or the file's name
 * ends in `.xlsx`/`.xls` (so a damaged spreadsheet is refused by the reader with its own reason). Only the
 * first 4 bytes are looked at. ZIP and OLE signatures: https://en.wikipedia.org/wiki/List_of_file_signatures
 */
export function looksLikeSpreadsheet(head: Uint8Array, name?: string): boolean {
  if (name !== undefined && /\.xlsx?$/i.test(name)) return true;
  const zip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  const ole = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
  return zip || ole;
}

function need(): Xlsx {
  if (library === null) {
    // A bug of the caller, never silent: the format code turns a thrown error into a refused file.
    throw new Error('the spreadsheet reader was not loaded before a spreadsheet was read');
  }
  return library;
}

/** `XLSX.read` of the loaded library (see {@link loadSpreadsheetReader}). */
export const read: Xlsx['read'] = (data, options) => need().read(data, options);

/** `XLSX.SSF` of the loaded library (number formats, date codes). */
export const SSF = new Proxy({} as Xlsx['SSF'], { get: (_target, key) => need().SSF[key as keyof Xlsx['SSF']] });

/** `XLSX.utils` of the loaded library (cell and range addresses). */
export const utils = new Proxy({} as Xlsx['utils'], { get: (_target, key) => need().utils[key as keyof Xlsx['utils']] });

export type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx/xlsx.mjs';
