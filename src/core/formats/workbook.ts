// Reading a spreadsheet file (XLSX or XLS) into a ParsedFile: workbook formats first (LinkedIn, legacy
// Facebook), else the first sheet with data through the text formats (TikTok's XLSX downloads).

import { ImportError } from '../model/parsed-file';
import type { ParsedFile, ParseOptions, SourceInput } from '../model/parsed-file';
import { facebookLegacyInsightsWorkbook } from './facebook-legacy-insights';
import type { WorkbookContext, WorkbookFormatSpec } from './format-spec';
import { LINKEDIN_WORKBOOK_FORMATS } from './linkedin-workbooks';
import { FORMATS, parseWithFormats } from './registry';
import type { FormatSpec } from './format-spec';
import { isBlankRow } from './sniff';
import { contextFromRows, readWorkbook } from './spreadsheet';

/** Workbook formats, in detection order. */
export const WORKBOOK_FORMATS: readonly WorkbookFormatSpec[] = [...LINKEDIN_WORKBOOK_FORMATS, facebookLegacyInsightsWorkbook];

/** Reads a workbook into a {@link WorkbookContext} (one context per sheet). Throws like `readWorkbook`. */
export function readWorkbookContext(input: SourceInput, options: ParseOptions = {}): WorkbookContext {
  const book = readWorkbook(input);
  return {
    fileName: input.name,
    sheets: book.sheets.map((s) =>
      contextFromRows(input.name, s.rows, { exportDate: options.exportDate, today: options.today, lastModified: input.lastModified, sheetName: s.name }),
    ),
    exportDate: options.exportDate ?? null,
    lastModified: input.lastModified ?? null,
  };
}

/**
 * Parses a spreadsheet: the first of {@link WORKBOOK_FORMATS} that detects the workbook, else the first
 * sheet with data read by `textFormats` (default: every text format) as if it were a CSV. Encoding
 * `binary`, delimiter null. Throws `ImportError`: `malformed` (damaged), `empty`, `unknown-format`
 * (naming the sheet), and the formats' own errors.
 */
export function parseWorkbook(input: SourceInput, options: ParseOptions = {}, textFormats: readonly FormatSpec[] = FORMATS): ParsedFile {
  const book = readWorkbookContext(input, options);
  for (const format of WORKBOOK_FORMATS) {
    let hit = false;
    try {
      hit = format.detect(book);
    } catch {
      hit = false;
    }
    if (!hit) continue;
    const result = format.parse(book);
    return {
      fileName: input.name,
      format: format.id,
      formatVersion: format.version,
      formatLabel: format.label,
      platform: result.platform,
      platformCandidates: result.platformCandidates,
      accountName: result.accountName,
      period: result.period,
      basis: result.basis,
      observations: result.observations,
      warnings: [...book.sheets.flatMap((s) => s.warnings), ...result.warnings],
      encoding: 'binary',
      delimiter: null,
    };
  }
  const sheet = book.sheets.find((s) => s.rows.some((r) => !isBlankRow(r)));
  if (sheet === undefined) throw new ImportError('empty', input.name, `"${input.name}" is a spreadsheet without any data.`);
  try {
    return { ...parseWithFormats(sheet, textFormats), encoding: 'binary', delimiter: null };
  } catch (e) {
    if (e instanceof ImportError && e.code === 'unknown-format') {
      throw new ImportError(
        'unknown-format',
        input.name,
        `"${input.name}" is a spreadsheet this version does not recognise (sheet "${sheet.sheetName ?? ''}"). ${e.message.replace(/^.*?Its first line/, 'Its first row')}`,
        { line: e.line, params: { ...e.params, sheet: sheet.sheetName ?? '' } },
      );
    }
    throw e;
  }
}
