// Spreadsheets (XLSX and old binary XLS, via @e965/xlsx): reading every sheet into rows of text cells,
// and turning one sheet into the FormatContext the text formats read (docs/formats.md#tiktok, #linkedin, #facebook-legacy-insights).

import { read, SSF, utils } from '@e965/xlsx';
import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import { ImportError } from '../model/parsed-file';
import type { ParseOptions, SourceInput } from '../model/parsed-file';
import type { FormatContext } from './format-spec';
import { cellContentWarnings, isBlankRow } from './sniff';
import { errorMessage } from '../model/errors';

/** One worksheet as text: `rows[r][c]` is the cell at row r, column c (both 0-based) or `''`. */
export interface Sheet {
  name: string;
  rows: string[][];
}

/** A workbook read into text sheets, in workbook order. */
export interface Workbook {
  fileName: string;
  sheets: Sheet[];
}

/** At most this many rows × columns are read per sheet (LinkedIn and Facebook workbooks are far smaller). */
export const MAX_SHEET_CELLS = 2_000_000;

function isoOfSerial(serial: number): string | null {
  const d = SSF.parse_date_code(serial);
  if (d === null || d === undefined || !Number.isFinite(d.y)) return null;
  return `${String(d.y).padStart(4, '0')}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}

/**
 * The text of one cell: strings as they are (a formula's text is never evaluated: formulas are not even
 * read, `cellFormula: false`), numbers in plain JavaScript form (`1234.5`: no grouping, point decimal),
 * numbers formatted as dates as ISO `YYYY-MM-DD`, booleans `TRUE`/`FALSE`, errors and empty cells `''`.
 */
export function cellText(cell: CellObject | undefined): string {
  if (cell === undefined || cell.v === undefined || cell.v === null) return '';
  switch (cell.t) {
    case 's':
      return String(cell.v);
    case 'n': {
      const v = cell.v as number;
      if (typeof cell.z === 'string' && SSF.is_date(cell.z)) return isoOfSerial(v) ?? String(v);
      return String(v);
    }
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v);
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    default:
      return '';
  }
}

function sheetRows(ws: WorkSheet): string[][] {
  const ref = ws['!ref'];
  if (ref === undefined) return [];
  const range = utils.decode_range(ref);
  const rows: string[][] = [];
  const width = range.e.c - range.s.c + 1;
  const height = range.e.r - range.s.r + 1;
  if (width * height > MAX_SHEET_CELLS) return [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row: string[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) row.push(cellText(ws[utils.encode_cell({ r, c })] as CellObject | undefined));
    while (row.length > 0 && row[row.length - 1] === '') row.pop();
    rows.push(row);
  }
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1] ?? [])) rows.pop();
  return rows;
}

/**
 * Reads an XLSX (zip) or XLS (OLE2/BIFF) workbook into text sheets ({@link cellText}). Formulas, HTML and
 * styles are not read. Throws `ImportError('malformed')` when the workbook cannot be opened, and
 * `ImportError('empty')` when no sheet holds a cell.
 */
export function readWorkbook(input: SourceInput): Workbook {
  let wb: WorkBook;
  try {
    wb = read(input.bytes, { type: 'array', cellNF: true, cellFormula: false, cellHTML: false, cellText: false, cellStyles: false, bookVBA: false });
  } catch (e) {
    const detail = errorMessage(e);
    throw new ImportError('malformed', input.name, `"${input.name}" is a damaged or unsupported spreadsheet and cannot be opened.`, {
      params: { detail },
    });
  }
  const sheets = wb.SheetNames.map((name) => ({ name, rows: sheetRows(wb.Sheets[name] ?? {}) }));
  if (!sheets.some((s) => s.rows.some((r) => !isBlankRow(r)))) {
    throw new ImportError('empty', input.name, `"${input.name}" is a spreadsheet without any data.`);
  }
  return { fileName: input.name, sheets };
}

/**
 * A FormatContext over rows of a sheet (or any table of text cells), as if they were a CSV: delimiter
 * `,`, line of row i = i + 1 + `firstLine` offset (the spreadsheet row number), encoding `utf-8`.
 * Leading blank rows are dropped (their count is kept in the line numbers).
 */
export function contextFromRows(
  fileName: string,
  rows: readonly string[][],
  options: ParseOptions & { lastModified?: number; sheetName?: string | null } = {},
): FormatContext {
  let skip = 0;
  while (skip < rows.length && isBlankRow(rows[skip] ?? [])) skip++;
  const body = rows.slice(skip).map((r) => [...r]);
  return {
    fileName,
    text: '',
    encoding: 'utf-8',
    delimiter: ',',
    newline: '\n',
    sepLine: false,
    rows: body,
    lineOfRow: (i) => i + 1 + skip,
    warnings: cellContentWarnings(body),
    exportDate: options.exportDate ?? null,
    lastModified: options.lastModified ?? null,
    sheetName: options.sheetName ?? null,
    ...(options.today !== undefined ? { today: options.today } : {}),
  };
}

/**
 * Finds a sheet by name: exact after trimming and case folding, or, for names Excel cut to 31 characters
 * with `...`, by prefix (`Lifetime Likes by Gender and A...`). Null when none matches.
 */
export function findSheet(book: Workbook, names: readonly string[]): Sheet | null {
  const norm = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  for (const sheet of book.sheets) {
    const n = norm(sheet.name);
    const cut = n.endsWith('...') ? n.slice(0, -3).trim() : null;
    if (names.some((w) => norm(w) === n || (cut !== null && cut.length >= 10 && norm(w).startsWith(cut)))) return sheet;
  }
  return null;
}

/**
 * The index of the header row among the first 15 rows of `rows`: the first row that `isHeader` accepts.
 * LinkedIn sheets do not always start with their header (docs/formats.md#linkedin). -1 when none.
 */
export function findHeaderRow(rows: readonly (readonly string[])[], isHeader: (row: readonly string[]) => boolean): number {
  const limit = Math.min(rows.length, 15);
  for (let i = 0; i < limit; i++) if (isHeader(rows[i] ?? [])) return i;
  return -1;
}
