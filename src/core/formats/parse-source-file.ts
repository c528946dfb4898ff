// Entry point of the format layer: bytes in, one ParsedFile out (or an ImportError): size and shape
// checks, then zips (YouTube, TikTok, XLSX), old XLS workbooks, and text files (sniff → detect → parse).

import { ImportError } from '../model/parsed-file';
import type { ParsedFile, ParseOptions, SourceInput } from '../model/parsed-file';
import { parseWithFormats } from './registry';
import { detectBinaryKind, readTextFile } from './sniff';
import { isTikTokZip, parseTikTokZip } from './tiktok-studio-zip';
import { isIsoDate } from './values';
import { parseWorkbook } from './workbook';
import { parseYouTubeZip } from './youtube-studio-zip';
import { listZip } from './zip-archive';

/** Largest text file read: 50 MB (the largest real export seen is well under 1 MB; docs/architecture.md#speed). */
export const MAX_TEXT_BYTES = 50 * 1024 * 1024;
/** Largest spreadsheet read: 25 MB. */
export const MAX_WORKBOOK_BYTES = 25 * 1024 * 1024;
/** Largest zip read: 50 MB packed (its members are limited to 50 MB unpacked as well). */
export const MAX_ZIP_BYTES = 50 * 1024 * 1024;

function tooLarge(input: SourceInput, limit: number, what: string): ImportError {
  const mb = (n: number): string => String(Math.round(n / 1048576));
  return new ImportError('too-large', input.name, `"${input.name}" is ${mb(input.bytes.length)} MB; ${what} larger than ${mb(limit)} MB is not an export this app reads.`, {
    params: { bytes: input.bytes.length, limit },
  });
}

/**
 * Refuses, without decoding it all, a large text file whose first 64 KB hold many control characters:
 * noise, not a CSV (`binary`). There is no limit on the length of a line: the legacy Facebook export has
 * a header line of 90 KB (1,738 columns); the total size limit ({@link MAX_TEXT_BYTES}) bounds the work.
 */
function checkTextShape(input: SourceInput): void {
  const { bytes, name } = input;
  if (bytes.length <= 65536) return;
  const head = bytes.subarray(0, 65536);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (utf16) return;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i] ?? 0;
    if (b < 9 || (b > 13 && b < 32) || b === 127) control++;
  }
  if (control > head.length / 100) {
    throw new ImportError('binary', name, `"${name}" contains binary data: it does not look like a CSV export.`, { params: { kind: 'control-characters' } });
  }
}

/**
 * Reads one source file:
 * - a ZIP: an XLSX workbook → spreadsheet formats; TikTok members → the TikTok zip reader; else the
 *   YouTube Studio zip reader (which refuses any other zip);
 * - an old XLS (OLE2) workbook → spreadsheet formats (LinkedIn, legacy Facebook, TikTok XLSX);
 * - anything else is text: decoded (BOM, encoding), its newline and delimiter sniffed, tokenised, its
 *   format detected from structure and headers (`registry.ts`), parsed and normalised into observations
 *   (shares 0..1, counts, hours, seconds, ISO dates).
 * `options.exportDate` (ISO day) places TikTok's dates without a year (see `ParseOptions`).
 * Size limits are checked before anything is decoded: text 50 MB, spreadsheets 25 MB, zips 50 MB packed
 * and unpacked (`too-large`).
 * Throws {@link ImportError} and nothing else: codes `empty`, `binary`, `unknown-format`, `malformed`,
 * `unsupported`, `too-large`, `export-date-required`, `invalid-export-date`, `template-*`. An unexpected
 * failure inside a parser (a bug) is reported as `malformed` with `params.internal` set to the original
 * error, so it is visible in tests.
 */
export function parseSourceFile(input: SourceInput, options: ParseOptions = {}): ParsedFile {
  try {
    if (options.exportDate !== undefined && !isIsoDate(options.exportDate)) {
      throw new ImportError('invalid-export-date', input.name, `The export date "${options.exportDate}" is not a day of the form YYYY-MM-DD.`, {
        params: { exportDate: options.exportDate },
      });
    }
    const kind = detectBinaryKind(input.bytes)?.kind;
    if (kind === 'zip') {
      if (input.bytes.length > MAX_ZIP_BYTES) throw tooLarge(input, MAX_ZIP_BYTES, 'a zip');
      const names = listZip(input.bytes, input.name).map((e) => e.name.toLowerCase());
      if (names.some((n) => n === '[content_types].xml' || n.startsWith('xl/'))) {
        if (input.bytes.length > MAX_WORKBOOK_BYTES) throw tooLarge(input, MAX_WORKBOOK_BYTES, 'a spreadsheet');
        return parseWorkbook(input, options);
      }
      if (isTikTokZip(names)) return parseTikTokZip(input, options);
      return parseYouTubeZip(input);
    }
    if (kind === 'ole2') {
      if (input.bytes.length > MAX_WORKBOOK_BYTES) throw tooLarge(input, MAX_WORKBOOK_BYTES, 'a spreadsheet');
      return parseWorkbook(input, options);
    }
    if (kind === undefined) {
      if (input.bytes.length > MAX_TEXT_BYTES) throw tooLarge(input, MAX_TEXT_BYTES, 'a text file');
      checkTextShape(input);
    }
    return parseWithFormats(readTextFile(input, options));
  } catch (e) {
    if (e instanceof ImportError) throw e;
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    throw new ImportError('malformed', input.name, `"${input.name}" could not be read (${detail}).`, {
      params: { internal: detail },
    });
  }
}
