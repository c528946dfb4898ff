// The result of reading one source file, and the typed error when it cannot be read (docs/architecture.md#data-flow).

import type { Platform } from './platform';
import type { Problem } from './problem';
import type { Basis, Observation, Period, Provenance } from './observation';
import type { ObservationColumns } from './observation-columns';

/** The bytes of one file as the user gave it. `lastModified` is epoch milliseconds when known. */
export interface SourceInput {
  name: string;
  bytes: Uint8Array;
  lastModified?: number;
}

/**
 * Options of reading one file (`parseSourceFile(input, options)`).
 * - `exportDate`: ISO `YYYY-MM-DD`, the day the file was downloaded from the platform. TikTok writes its
 *   daily dates without a year (`"August 19"`, docs/formats.md#tiktok); they are placed in the latest
 *   year that puts them on or before this day. A TikTok zip carries the export time in its name and
 *   needs no option. Without it, a loose TikTok daily file's rows are taken as a run of consecutive
 *   days ending the day before the export, and the export day as the latest such day on or before
 *   `today` (warning `export-date-assumed`, which the preview shows).
 * - `today`: ISO `YYYY-MM-DD` taken as the current day (tests fix it); absent means the machine's date.
 */
export interface ParseOptions {
  exportDate?: string;
  today?: string;
}

/** Text encodings the sniffer recognises (see `core/formats/sniff.ts`). */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | LegacyEncodingName;

/** Legacy single-byte code pages read when a file is not valid UTF-8 (Excel's "CSV" on Windows writes these). */
export type LegacyEncodingName = 'windows-1252' | 'windows-1250' | 'windows-1251' | 'windows-1254';

/**
 * Something the user should know about a file that still imports: e.g. rows skipped, a `Total` row
 * ignored, a sum of unique counts that is only an upper bound. `code` is stable (the interface translates
 * it with `params`); `message` is the English text, used by the CLI and as a fallback.
 */
export interface ImportWarning {
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

/**
 * One source file read and normalised by one format version.
 * - `format` / `formatVersion`: the format module that read it (e.g. `youtube-studio-viewer-age`, 1).
 * - `platform`: null when the file does not say (Meta's audience file, a page-level file titled `Views`):
 *   the preview then asks, offering `platformCandidates`.
 * - `accountName`: the page, channel or handle the file names, if it names one.
 * - `period`: the days the file covers (ISO, inclusive), or null when it does not say.
 * - `basis`: what the file's age split is a share of, or null when it has no age split.
 * - `observations`: every number, normalised (shares 0..1, counts, hours, seconds).
 * - `columns`: set (non-enumerable) only by formats that read large files column-wise (YouTube's chart
 *   data): the same numbers as columns; `observations` is then built from them on first access, which
 *   drops `columns` (so a changed array is never out of step with it). Storage packs from `columns` when
 *   present (`src/core/formats/observation-columns.ts`, docs/architecture.md#speed).
 * - `provenance`: `export` for a platform file, `manual` for audience data typed in from a platform's app
 *   (the Youth Reach audience template); absent means `export`.
 * - `manualEntry`: for `manual` data, where the numbers were read (`source`, e.g. "TikTok app ›
 *   Analytics › Followers") and the user's `note`.
 * - `exportDate`: ISO day that placed dates without a year (TikTok): the one given, or the one assumed
 *   (the day after the last row, with warning `export-date-assumed`). Kept with the import so reading it
 *   again later places the dates the same way. Absent for files with full dates.
 * - `parts`: set when one source file holds several platforms (Meta's 2024 audience file): one part per
 *   platform (see {@link ParsedFilePart}, {@link filesOfParts}). The top-level platform, account, period,
 *   basis and observations then mirror the FIRST part, so code unaware of parts never mixes platforms.
 */
export interface ParsedFile {
  fileName: string;
  format: string;
  formatVersion: number;
  formatLabel: string;
  platform: Platform | null;
  platformCandidates: Platform[];
  accountName: string | null;
  period: Period | null;
  basis: Basis | null;
  observations: Observation[];
  columns?: ObservationColumns;
  warnings: ImportWarning[];
  encoding: TextEncodingName | 'binary';
  delimiter: string | null;
  provenance?: Provenance;
  manualEntry?: ManualEntryNote;
  exportDate?: string;
  parts?: ParsedFilePart[];
}

/**
 * One platform's share of a source file that holds several (Meta's 2024 audience file holds Facebook and
 * Instagram): its platform, account, period, basis, observations and own warnings. Each part is stored as
 * its own import, for its own account, all pointing at the same stored source file.
 */
export interface ParsedFilePart {
  platform: Platform;
  accountName: string | null;
  period: Period | null;
  basis: Basis | null;
  observations: Observation[];
  warnings: ImportWarning[];
}

/**
 * The files a ParsedFile stands for: itself when it has no `parts`, else one ParsedFile per part (same
 * file name, format and encoding; that part's platform, account, period, basis and observations; the
 * file's warnings followed by the part's), none of them with `parts`.
 */
export function filesOfParts(parsed: ParsedFile): ParsedFile[] {
  if (parsed.parts === undefined || parsed.parts.length === 0) return [parsed];
  const { parts, columns: _columns, ...rest } = parsed;
  return parts.map((part) => ({
    ...rest,
    platform: part.platform,
    platformCandidates: [part.platform],
    accountName: part.accountName,
    period: part.period,
    basis: part.basis,
    observations: part.observations,
    warnings: [...parsed.warnings, ...part.warnings],
  }));
}

/** Where typed-in audience numbers were read and the user's note (both may be empty strings). */
export interface ManualEntryNote {
  source: string;
  note: string;
}

/**
 * Why a file cannot be imported. Codes are stable (`FILE_PROBLEM_CODES`, ./problem.ts) and translated by the interface:
 * `empty`, `binary`, `not-text`, `unknown-format`, `malformed`, `unsupported`, `too-large`,
 * `export-date-required` (a TikTok per-video file with dates without a year and no export date: the
 * interface asks for it; `params.example` is a date cell), `invalid-export-date` (the option is not an
 * ISO date), `template-unknown-band`, `template-unknown-basis`, `template-unknown-platform`,
 * `template-invalid-share` (the Youth Reach audience template), `mapping-invalid` (a generic-CSV mapping
 * that does not fit the file; `params.reason`).
 * `line` is the 1-based line of the decoded text where reading failed, when one is known.
 */
export class ImportError extends Error {
  readonly code: Problem['code'];
  readonly fileName: string;
  readonly line: number | null;
  readonly params: Record<string, string | number>;

  constructor(
    code: Problem['code'],
    fileName: string,
    message: string,
    options: { line?: number | null; params?: Record<string, string | number> } = {},
  ) {
    super(message);
    this.name = 'ImportError';
    this.code = code;
    this.fileName = fileName;
    this.line = options.line ?? null;
    this.params = options.params ?? {};
  }
}

/** Type guard usable across worker boundaries (structured clone drops the class). */
export function isImportError(e: unknown): e is ImportError {
  return e instanceof ImportError || (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'ImportError');
}
