// Sniffers: binary detection, encoding (BOM, UTF-8, Windows-1252), newline and delimiter, and
// tokenising with PapaParse into rows (docs/formats.md#traps, docs/formats.md#pipeline).

import { analyse } from 'chardet';
import Papa from 'papaparse';
import { ImportError } from '../model/parsed-file';
import type { ImportWarning, LegacyEncodingName, ParseOptions, SourceInput, TextEncodingName } from '../model/parsed-file';
import type { FormatContext } from './format-spec';

/** A recognised non-text file: `kind` for code, `description` for messages ("a PNG image"). */
export interface BinaryKind {
  kind: 'zip' | 'png' | 'jpeg' | 'gif' | 'pdf' | 'ole2' | 'gzip' | 'webp' | 'bmp' | 'sqlite';
  description: string;
}

function startsWith(bytes: Uint8Array, magic: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[offset + i] !== magic[i]) return false;
  return true;
}

/**
 * Recognises a binary file by its magic number: ZIP `PK\x03\x04` (or an empty zip `PK\x05\x06`; XLSX is a
 * zip too), PNG, JPEG, GIF, PDF, OLE2 `D0 CF 11 E0` (old Excel .xls, LinkedIn exports, docs/formats.md#linkedin), gzip, WebP, BMP, SQLite. Returns null when none matches.
 */
export function detectBinaryKind(bytes: Uint8Array): BinaryKind | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return { kind: 'zip', description: 'a ZIP archive' };
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return { kind: 'png', description: 'a PNG image' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'jpeg', description: 'a JPEG image' };
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return { kind: 'gif', description: 'a GIF image' };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { kind: 'pdf', description: 'a PDF document' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { kind: 'ole2', description: 'an old Excel workbook (.xls)' };
  }
  if (startsWith(bytes, [0x1f, 0x8b])) return { kind: 'gzip', description: 'a gzip-compressed file' };
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) {
    return { kind: 'webp', description: 'a WebP image' };
  }
  if (startsWith(bytes, [0x42, 0x4d]) && bytes.length > 26 && bytes[14] !== undefined && bytes[14] <= 124 && bytes[15] === 0) {
    return { kind: 'bmp', description: 'a BMP image' };
  }
  if (startsWith(bytes, [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66])) {
    return { kind: 'sqlite', description: 'an SQLite database' };
  }
  return null;
}

/**
 * Windows-1252 bytes 0x80-0x9F (the rest is Latin-1). Decoded by hand because Node 20.18.3+ decodes
 * `windows-1252` as Latin-1 (0x96 → U+0096 instead of EN DASH U+2013):
 * https://github.com/nodejs/node/issues/60888. Table: WHATWG Encoding Standard, index-windows-1252.
 */
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

/** Decodes Windows-1252 bytes (never fails; every byte maps to a character). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i] ?? 0;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** chardet's names (https://github.com/runk/node-chardet) of the code pages {@link legacyEncoding} picks. */
const CHARDET_LEGACY: Readonly<Record<string, LegacyEncodingName>> = {
  'windows-1252': 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'windows-1251': 'windows-1251',
  'iso-8859-5': 'windows-1251',
  'windows-1250': 'windows-1250',
  'iso-8859-2': 'windows-1250',
  'iso-8859-9': 'windows-1254',
};

/**
 * The legacy code page of bytes that are not UTF-8: the best guess of chardet (a port of ICU's
 * statistical detector, run on the first 64 KB) among the Windows code pages of Western (1252), Central
 * European (1250), Cyrillic (1251) and Turkish (1254) Excel, so that a message quoting the file shows
 * readable text. Windows-1252 when chardet names none of them.
 */
export function legacyEncoding(bytes: Uint8Array): LegacyEncodingName {
  for (const match of analyse(bytes.subarray(0, 65536))) {
    const name = CHARDET_LEGACY[match.name.toLowerCase()];
    if (name !== undefined && match.confidence > 0) return name;
  }
  return 'windows-1252';
}

/** Decodes legacy single-byte bytes: Windows-1252 by hand (see {@link decodeWindows1252}), the others by TextDecoder. */
function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncodingName): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}

/** The decoded text of a file: BOM stripped, with the encoding it was read in and any sniffing warnings. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  warnings: ImportWarning[];
}

/** Guesses BOM-less UTF-16 from where NUL bytes fall in the first 1 KB (ASCII-heavy text only). */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.6 && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenNul / pairs > 0.6 && oddNul / pairs < 0.05) return 'utf-16be';
  return null;
}

/**
 * Decodes the bytes of a text export.
 * - Binary first: a known magic number ({@link detectBinaryKind}) → `ImportError('binary')` whose message
 *   says what the file looks like ("looks like a PNG image, not a CSV export"); NUL bytes in a file that
 *   is not UTF-16 → `ImportError('binary')`.
 * - Empty (0 bytes, or only whitespace once decoded) → `ImportError('empty')`.
 * - BOM `FF FE` → utf-16le, `FE FF` → utf-16be, `EF BB BF` → utf-8 (BOM stripped). Without a BOM: valid
 *   UTF-8 (`TextDecoder` with `fatal: true`; a multi-byte character cut off at the very end is tolerated
 *   and dropped with warning `cut-off-character`, as is a lone last byte of UTF-16) → utf-8, else the
 *   legacy code page {@link legacyEncoding} picks (windows-1252, -1250, -1251 or -1254). BOM-less UTF-16
 *   of mostly ASCII text is recognised by its NUL pattern.
 */
export function decodeText(input: SourceInput): DecodedText {
  const { bytes, name } = input;
  const warnings: ImportWarning[] = [];
  if (bytes.length === 0) throw new ImportError('empty', name, `"${name}" is empty.`);
  const binary = detectBinaryKind(bytes);
  if (binary) {
    throw new ImportError('binary', name, `"${name}" looks like ${binary.description}, not a CSV export.`, {
      params: { kind: binary.kind },
    });
  }
  let text: string;
  let encoding: TextEncodingName;
  const cutOff = (): void => {
    warnings.push({ code: 'cut-off-character', message: 'The file ends in the middle of a character; it may be incomplete.' });
  };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    // An odd length means the last code unit was cut: drop its lone byte rather than decode U+FFFD.
    const end = 2 + ((bytes.length - 2) & ~1);
    if (end !== bytes.length) cutOff();
    text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(2, end));
  } else if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3));
  } else if (bytes.indexOf(0) !== -1) {
    const utf16 = guessBomlessUtf16(bytes);
    if (utf16 === null) {
      throw new ImportError('binary', name, `"${name}" contains binary data (NUL bytes): it does not look like a CSV export.`, {
        params: { kind: 'nul' },
      });
    }
    encoding = utf16;
    text = new TextDecoder(utf16, { ignoreBOM: true }).decode(bytes);
  } else {
    // First the fast decode: bytes that are not UTF-8 (or a character cut off at the end) become U+FFFD,
    // so a text without any is the file's exact UTF-8 (a strict decode is 2.4× slower in Node: 0.6 s for
    // 48 MB). Only a text with U+FFFD is decoded again strictly, to tell those cases apart.
    let utf8: string | null = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    let cut = false;
    if (utf8.includes('\uFFFD')) {
      // The strict decode streams: it keeps an incomplete last character back instead of failing, so only
      // bytes that are not UTF-8 throw here (→ Windows-1252) …
      const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
      try {
        utf8 = decoder.decode(bytes, { stream: true });
        // … and flushing the held-back bytes throws when the file was cut in the middle of a character.
        try {
          decoder.decode();
        } catch {
          cut = true;
        }
      } catch {
        utf8 = null;
      }
    }
    if (utf8 !== null) {
      text = utf8;
      encoding = 'utf-8';
      if (cut) cutOff();
    } else {
      encoding = legacyEncoding(bytes);
      text = decodeLegacy(bytes, encoding);
    }
  }
  if (text.trim() === '') throw new ImportError('empty', name, `"${name}" contains no data (only blank space).`);
  return { text, encoding, warnings };
}

/**
 * The newline of `text`: the most frequent of `\r\n`, lone `\n` and lone `\r` in the first 64 KB (ties
 * and no newline at all → `\n`). Passed to PapaParse explicitly (docs/formats.md#pipeline).
 */
export function sniffNewline(text: string): '\r\n' | '\n' | '\r' {
  const n = Math.min(text.length, 65536);
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf && cr > crlf) return '\r';
  return '\n';
}

/** Delimiters the sniffer chooses from, in order of preference on a tie. */
export const DELIMITER_CANDIDATES: readonly string[] = [',', ';', '\t'];

/** An Excel separator hint on the first line: `sep=,`, `sep=;`, `sep=<tab>`. */
const SEP_LINE = /^sep=(.)[ \t]*$/i;

/** The result of {@link sniffDelimiter}: the delimiter, and whether a leading `sep=X` line gave it. */
export interface SniffedDelimiter {
  delimiter: string;
  sepLine: boolean;
}

/**
 * Sniffs the delimiter of `text`. A leading `sep=X` line wins (Meta Business Suite files start with
 * `sep=,`, docs/formats.md#meta). Otherwise, over the first 30 non-blank records (quotes respected),
 * each candidate of {@link DELIMITER_CANDIDATES} is scored by the share of records whose count of it
 * (outside quotes) equals its most frequent non-zero count; the best score wins, ties by a larger count,
 * then by candidate order. No candidate at all (a one-column file) → `,`.
 */
export function sniffDelimiter(text: string, newline: string): SniffedDelimiter {
  const firstEnd = text.indexOf(newline);
  const firstLine = firstEnd === -1 ? text : text.slice(0, firstEnd);
  const sep = SEP_LINE.exec(firstLine);
  if (sep?.[1] !== undefined) return { delimiter: sep[1], sepLine: true };

  const counts: number[][] = DELIMITER_CANDIDATES.map(() => []);
  let current = DELIMITER_CANDIDATES.map(() => 0);
  let blank = true;
  let inQuotes = false;
  let fieldStart = true;
  const limit = Math.min(text.length, 65536);
  let records = 0;
  const endRecord = (): void => {
    if (!blank) {
      current.forEach((c, k) => counts[k]?.push(c));
      records++;
    }
    current = DELIMITER_CANDIDATES.map(() => 0);
    blank = true;
    fieldStart = true;
  };
  for (let i = 0; i < limit && records < 30; i++) {
    const ch = text[i] ?? '';
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (ch === '"' && fieldStart) {
      inQuotes = true;
      blank = false;
      fieldStart = false;
      continue;
    }
    if (text.startsWith(newline, i)) {
      endRecord();
      i += newline.length - 1;
      continue;
    }
    const k = DELIMITER_CANDIDATES.indexOf(ch);
    if (k >= 0) {
      current[k] = (current[k] ?? 0) + 1;
      fieldStart = true;
      blank = false;
      continue;
    }
    if (ch.trim() !== '') blank = false;
    fieldStart = false;
  }
  if (records < 30) endRecord();

  let best = { delimiter: ',', score: 0, mode: 0 };
  DELIMITER_CANDIDATES.forEach((candidate, k) => {
    const list = counts[k] ?? [];
    const frequency = new Map<number, number>();
    for (const c of list) if (c > 0) frequency.set(c, (frequency.get(c) ?? 0) + 1);
    let mode = 0;
    let modeFrequency = 0;
    for (const [c, f] of frequency) {
      if (f > modeFrequency || (f === modeFrequency && c > mode)) {
        mode = c;
        modeFrequency = f;
      }
    }
    if (mode === 0 || list.length === 0) return;
    const score = modeFrequency / list.length;
    if (score > best.score || (score === best.score && mode > best.mode)) best = { delimiter: candidate, score, mode };
  });
  return { delimiter: best.delimiter, sepLine: false };
}

/** True when every cell of `row` is empty or blank. */
export function isBlankRow(row: readonly string[]): boolean {
  for (let i = 0; i < row.length; i++) {
    const cell = row[i]!;
    if (cell.length === 0) continue;
    // Hot (every row of every file, in several detectors): a visible ASCII first character settles it
    // without trimming; anything else (blank space, non-ASCII) goes through trim() as before.
    const first = cell.charCodeAt(0);
    if ((first > 32 && first < 127) || cell.trim() !== '') return false;
  }
  return true;
}

/** What {@link scanRecords} finds: the line each record starts on, and the first stray quote's line. */
export interface RecordScan {
  starts: number[];
  strayQuoteLine: number | null;
}

/**
 * Scans `text` (LF line ends only) as PapaParse splits it with `delimiter`: for each record the 1-based
 * line where it starts, offset by `firstLine - 1` (line breaks inside quoted fields count as lines), and
 * the line of the first quote that stands inside an unquoted field (`12"3`, `Views (%")`), or null.
 * RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180) allows a quote only around a whole field or doubled
 * inside one; PapaParse keeps such a stray quote as a character, so a header cell would silently stop
 * matching (its column dropped) and a number would no longer parse.
 */
export function scanRecords(text: string, delimiter: string, firstLine = 1): RecordScan {
  const starts: number[] = [firstLine];
  let strayLine: number | null = null;
  let line = firstLine;
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      } else if (ch === '\n') line++;
      continue;
    }
    if (ch === '"') {
      if (fieldStart) inQuotes = true;
      else strayLine ??= line;
      fieldStart = false;
    } else if (ch === '\n') {
      line++;
      starts.push(line);
      fieldStart = true;
    } else if (text.startsWith(delimiter, i)) {
      fieldStart = true;
      i += delimiter.length - 1;
    } else {
      fieldStart = false;
    }
  }
  return { starts, strayQuoteLine: strayLine };
}

/**
 * The line of the first quote that stands inside an unquoted field, as {@link scanRecords} finds it
 * (same `text`, `delimiter` and `firstLine`), or null; it visits only the quotes, not every character
 * (a 48 MB export with quoted titles: a few milliseconds instead of most of a second). A quote outside a
 * quoted field opens one when it starts a field (at the start, after a line break or a delimiter) and is
 * stray otherwise; inside a quoted field a doubled quote is a quote and a single one closes the field.
 */
export function strayQuoteLine(text: string, delimiter: string, firstLine = 1): number | null {
  let inQuotes = false;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) {
    if (inQuotes) {
      if (text.charCodeAt(i + 1) === 34) i++;
      else inQuotes = false;
      continue;
    }
    const fieldStart = i === 0 || text.charCodeAt(i - 1) === 10 || (i >= delimiter.length && text.startsWith(delimiter, i - delimiter.length));
    if (!fieldStart) return firstLine + countLf(text.slice(0, i));
    inQuotes = true;
  }
  return null;
}

/**
 * Every line break of `text` (CRLF, lone LF or lone CR, decided per line, in any mix) made a single LF.
 * Line numbers are unchanged (each break stays one break). Deciding per line matters: a file whose header
 * ends in LF and whose rows end in CRLF (an editor or a concatenation leaves that) would otherwise be split
 * on the majority CRLF, and the header would swallow the first row.
 */
export function normaliseNewlines(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}

/** Number of LF characters in `text`. */
function countLf(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * A record that spans several lines: a quoted field holds a line break. `row` is its index among the
 * rows; `firstLine`/`lastLine` the 1-based lines where the record starts and ends (the quote opens on
 * `firstLine` and closes on `lastLine`); `columns` the indexes of its cells that hold a line break.
 */
export interface MultiLineRecord {
  row: number;
  firstLine: number;
  lastLine: number;
  columns: number[];
}

/**
 * Decodes and tokenises one text file into a {@link FormatContext}: {@link decodeText}, then every line
 * break made LF ({@link normaliseNewlines}, decided per line), {@link sniffDelimiter}, then PapaParse with
 * that delimiter and `\n` passed explicitly, `header: false`, no `dynamicTyping` (it corrupts IDs such as
 * `00501`, https://www.papaparse.com/docs#config), blank lines kept. The `sep=X` line is removed before
 * parsing. `ctx.newline` reports the most frequent line break of the original text.
 * Throws `ImportError` `empty` / `binary` (see {@link decodeText}). Keeps in `ctx.quoteProblem` (thrown by
 * the registry once a format recognises the file) a `malformed` error with the line when a quoted field
 * never closes (`kind: 'unclosed-quote'`, a cut-off file), when a quote closes a field and more text
 * follows in the same cell (PapaParse's `InvalidQuotes`: a stray quote that closes some lines later
 * swallows rows, and PapaParse reads on "as best as possible"; `kind: 'quote-spans-lines'` with
 * `endLine`, or `stray-quote`), or when a quote stands inside an unquoted field (`stray-quote`).
 * Records that span lines are listed in `ctx.multiLineRecords`; the registry refuses them unless the
 * format has multi-line text columns (post captions).
 */
export function readTextFile(input: SourceInput, options: ParseOptions = {}): FormatContext {
  const decoded = decodeText(input);
  const dominantNewline = sniffNewline(decoded.text);
  const text = normaliseNewlines(decoded.text);
  const newline = '\n';
  const { delimiter, sepLine } = sniffDelimiter(text, newline);
  let body = text;
  if (sepLine) {
    const end = body.indexOf(newline);
    body = end === -1 ? '' : body.slice(end + newline.length);
  }
  if (body.trim() === '') throw new ImportError('empty', input.name, `"${input.name}" contains no data.`);
  const firstLine = sepLine ? 2 : 1;
  const parsed = Papa.parse<string[]>(body, {
    delimiter,
    newline,
    quoteChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  const rows = parsed.data;
  // Every record on its own line ⇔ as many records as lines: then no quoted field spans lines and the
  // line of row i is firstLine + i, with no scan of the text.
  const lines = countLf(body) + 1;
  const singleLine = rows.length === lines;
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1] ?? [])) rows.pop();
  // Every record on its own line: no line table is needed unless a quote problem must name a line.
  let scan: RecordScan | null = singleLine ? null : scanRecords(body, delimiter, firstLine);
  const startsOf = (): number[] => (scan ??= scanRecords(body, delimiter, firstLine)).starts;
  const lineOfRow = (rowIndex: number): number => {
    if (singleLine) return firstLine + Math.max(rowIndex, 0);
    const s = startsOf();
    return s[Math.min(Math.max(rowIndex, 0), s.length - 1)] ?? firstLine;
  };
  const lastLineOf = (rowIndex: number): number => {
    const s = startsOf();
    const next = s[rowIndex + 1];
    return next === undefined ? firstLine + lines - 1 : next - 1;
  };
  const warnings = [...decoded.warnings];
  // Quote problems are kept, not thrown: the registry throws them once a format recognises the file, so
  // a notes file with quotes in its sentences is "not an export we know" (map its columns?), while a
  // known export with a quote out of place is refused with its lines.
  let quoteProblem: ImportError | null = null;
  for (const error of parsed.errors) {
    if (quoteProblem !== null) break;
    if (error.code === 'MissingQuotes') {
      const line = lineOfRow(error.row ?? 0);
      quoteProblem = new ImportError(
        'malformed',
        input.name,
        `"${input.name}" seems cut off or damaged: a quoted field that starts on line ${String(line)} never ends.`,
        { line, params: { kind: 'unclosed-quote', line } },
      );
    } else if (error.code === 'InvalidQuotes') {
      const row = error.row ?? 0;
      const line = lineOfRow(row);
      const endLine = lastLineOf(row);
      quoteProblem = new ImportError(
        'malformed',
        input.name,
        endLine > line
          ? `"${input.name}": line ${String(line)} opens a quote that only closes on line ${String(endLine)}, with more text after it; the rows in between cannot be read exactly.`
          : `"${input.name}": line ${String(line)} has a quote in a place where a CSV file cannot have one; the line cannot be read exactly.`,
        { line, params: { kind: endLine > line ? 'quote-spans-lines' : 'stray-quote', line, endLine } },
      );
    }
  }
  const strayLine = scan !== null ? scan.strayQuoteLine : strayQuoteLine(body, delimiter, firstLine);
  if (quoteProblem === null && strayLine !== null) {
    quoteProblem = new ImportError(
      'malformed',
      input.name,
      `"${input.name}": line ${String(strayLine)} has a quote inside a field, where a CSV file cannot have one; the line cannot be read exactly.`,
      { line: strayLine, params: { kind: 'stray-quote', line: strayLine } },
    );
  }
  const multiLineRecords: MultiLineRecord[] = [];
  if (!singleLine) {
    const s = startsOf();
    for (let r = 0; r < rows.length; r++) {
      const start = s[r] ?? firstLine;
      const end = lastLineOf(r);
      if (end <= start) continue;
      const row = rows[r] ?? [];
      const columns: number[] = [];
      row.forEach((cell, c) => {
        if (cell.includes('\n')) columns.push(c);
      });
      multiLineRecords.push({ row: r, firstLine: start, lastLine: end, columns });
    }
  }
  return {
    fileName: input.name,
    text,
    encoding: decoded.encoding,
    delimiter,
    newline: dominantNewline,
    sepLine,
    rows,
    lineOfRow,
    multiLineRecords,
    quoteProblem,
    warnings: [...warnings, ...cellContentWarnings(rows)],
    exportDate: options.exportDate ?? null,
    lastModified: input.lastModified ?? null,
    sheetName: null,
    ...(options.today !== undefined ? { today: options.today } : {}),
  };
}

/** A cell a spreadsheet would run as a formula: `=…`, or `+`/`-`/`@` followed by a function call `SUM(`. */
const FORMULA_LIKE = /^\s*(?:=|[+\-@]\s*[A-Za-z_][A-Za-z0-9_.]*\s*\()/;
/** A cell holding an HTML tag or entity-free markup: `<b>`, `<script …>`, `</a>`. */
const HTML_LIKE = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/;

/**
 * Warnings for cells that look like spreadsheet formulas (`formula-like-cells`) or HTML
 * (`html-like-cells`): they are kept as plain text and never evaluated or rendered, but the user should
 * know (docs/architecture.md#security, formula injection). Counts every such cell; `params.example` quotes the
 * first (cut to 40 characters). Scans at most the first 100,000 cells.
 */
export function cellContentWarnings(rows: readonly (readonly string[])[]): ImportWarning[] {
  let formulas = 0;
  let html = 0;
  let formulaExample = '';
  let htmlExample = '';
  let seen = 0;
  outer: for (const row of rows) {
    for (const cell of row) {
      if (++seen > 100_000) break outer;
      if (cell.length === 0) continue;
      // Cheap pre-checks before the regular expressions: a formula starts (after blank space) with one of
      // = + - @ (blank space is ASCII ≤ 32 or beyond 127), markup needs a `<`.
      const first = cell.charCodeAt(0);
      if ((first === 61 || first === 43 || first === 45 || first === 64 || first <= 32 || first >= 127) && FORMULA_LIKE.test(cell)) {
        if (formulas++ === 0) formulaExample = cell.trim().slice(0, 40);
      }
      if (cell.includes('<') && HTML_LIKE.test(cell)) {
        if (html++ === 0) htmlExample = cell.trim().slice(0, 40);
      }
    }
  }
  const out: ImportWarning[] = [];
  if (formulas > 0) {
    out.push({
      code: 'formula-like-cells',
      message: `${String(formulas)} cell(s) look like spreadsheet formulas (e.g. "${formulaExample}"); they are kept as plain text and never run.`,
      params: { count: formulas, example: formulaExample },
    });
  }
  if (html > 0) {
    out.push({
      code: 'html-like-cells',
      message: `${String(html)} cell(s) contain HTML (e.g. "${htmlExample}"); it is kept as plain text and never shown as markup.`,
      params: { count: html, example: htmlExample },
    });
  }
  return out;
}
