// The contract every format module fulfils (detect + parse) and the context the sniffers hand it.

import type { Basis, Observation, Period, Provenance } from '../model/observation';
import type { ObservationColumns } from '../model/observation-columns';
import type { ImportError, ImportWarning, ManualEntryNote, ParsedFilePart, TextEncodingName } from '../model/parsed-file';
import type { Platform } from '../model/platform';
import type { MultiLineRecord } from './sniff';

/**
 * A decoded, sniffed and tokenised text file, as format modules see it.
 * - `text`: the decoded text, BOM stripped (the `sep=` line, if any, still included).
 * - `rows`: every record as `string[]`, parsed by PapaParse with the sniffed delimiter and newline, no
 *   header mode, no dynamic typing; blank lines are kept as `['']` (block files need them); the Excel
 *   `sep=X` hint line is *not* among the rows; trailing blank rows are dropped.
 * - `sepLine`: true when the file started with an Excel `sep=X` hint line (Meta Business Suite files,
 *   docs/formats.md#meta).
 * - `lineOfRow(i)`: the 1-based line of the decoded text where row `i` starts (counts the `sep=` line and
 *   newlines inside quoted fields).
 * - `warnings`: warnings raised while sniffing (e.g. a cut-off last character); formats add their own.
 * - `exportDate`: ISO day the file was exported (from `ParseOptions.exportDate` or a zip name), null when
 *   unknown; `lastModified`: the file's modification time in epoch ms, null when unknown. Only formats
 *   with dates lacking a year (TikTok) use them.
 * - `sheetName`: the worksheet the rows come from when the file is a spreadsheet, else null.
 * - `multiLineRecords`: the records in which a quoted field holds a line break (text files only; absent
 *   or empty when there is none).
 * - `quoteProblem`: the refusal for a quote out of place (text files; see `readTextFile`), thrown by the
 *   registry when a format recognises the file, null or absent when the quotes are in order.
 * - `today`: ISO day taken as "today" where a format needs one (the latest possible export day of a
 *   TikTok file); absent means the current day of the machine.
 */
export interface FormatContext {
  fileName: string;
  text: string;
  encoding: TextEncodingName;
  delimiter: string;
  newline: '\r\n' | '\n' | '\r';
  sepLine: boolean;
  rows: string[][];
  lineOfRow(rowIndex: number): number;
  warnings: ImportWarning[];
  exportDate: string | null;
  lastModified: number | null;
  sheetName: string | null;
  multiLineRecords?: readonly MultiLineRecord[];
  quoteProblem?: ImportError | null;
  today?: string;
}

/**
 * What a format module's `parse` returns; `parseSourceFile` adds file name, format and encoding.
 * `provenance` and `manualEntry` are set by the audience template only (see `ParsedFile`). `columns` is set
 * by formats that build their observations column-wise (`observation-columns.ts`); `observations` must then
 * be the lazy property of `withLazyObservations`, and the registry passes the columns on without reading it.
 * `exportDate` is the export day that placed dates without a year (given, or assumed: see `ParsedFile`).
 * `parts`: set when the file holds several platforms (see `ParsedFile.parts`).
 */
export interface FormatResult {
  platform: Platform | null;
  platformCandidates: Platform[];
  accountName: string | null;
  period: Period | null;
  basis: Basis | null;
  observations: Observation[];
  columns?: ObservationColumns;
  warnings: ImportWarning[];
  provenance?: Provenance;
  manualEntry?: ManualEntryNote;
  exportDate?: string;
  parts?: FormatPart[];
}

/** One platform's share of a file that holds several: see `ParsedFilePart`. */
export type FormatPart = ParsedFilePart;

/**
 * One known export layout (docs/architecture.md#vocabulary, "format").
 * - `id`: stable identifier stored with every import, e.g. `youtube-studio-viewer-age`.
 * - `version`: starts at 1 and is bumped whenever the same bytes would be read differently; stored imports
 *   keep the version that read them and are re-read on request (docs/adding-a-format.md#versions).
 * - `label`: short English name for the interface and the CLI.
 * - `platform`: the platform this format always belongs to, or null when the file may come from several
 *   (Meta Business Suite files, see `FormatResult.platformCandidates`).
 * - `detect(ctx)`: true when the file has this layout; decided from structure first, header names second.
 *   Never throws.
 * - `parse(ctx)`: reads the file; throws only `ImportError` (codes `malformed`, `unsupported`).
 * - `multiLineText(ctx, column)`: true when cells of `column` may hold line breaks (post captions). A
 *   format without it has single-line rows: any record spanning lines is refused before `parse`, naming
 *   the lines where the quote opens and closes. With it, a line break in any other column is refused.
 */
export interface FormatSpec {
  id: string;
  version: number;
  label: string;
  platform: Platform | null;
  detect(ctx: FormatContext): boolean;
  parse(ctx: FormatContext): FormatResult;
  multiLineText?(ctx: FormatContext, column: number): boolean;
}

/**
 * A spreadsheet layout read from several sheets at once (LinkedIn workbooks, the legacy Facebook XLSX).
 * Same contract as {@link FormatSpec}, over a whole workbook: `detect` never throws; `parse` throws only
 * `ImportError`. Single-sheet workbooks no workbook format claims are read by the text formats instead.
 */
export interface WorkbookFormatSpec {
  id: string;
  version: number;
  label: string;
  platform: Platform | null;
  detect(book: WorkbookContext): boolean;
  parse(book: WorkbookContext): FormatResult;
}

/** A workbook as workbook formats see it: one FormatContext per sheet (its rows as text), in order. */
export interface WorkbookContext {
  fileName: string;
  sheets: FormatContext[];
  exportDate: string | null;
  lastModified: number | null;
}
