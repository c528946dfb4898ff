// The result of reading one source file, and the typed error when it cannot be read (DESIGN.md §1).

import type { Platform } from './platform';
import type { Basis, Observation, Period, Provenance } from './observation';

/** The bytes of one file as the user gave it. `lastModified` is epoch milliseconds when known. */
export interface SourceInput {
  name: string;
  bytes: Uint8Array;
  lastModified?: number;
}

/** Text encodings the sniffer recognises (see `core/formats/sniff.ts`). */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

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
 * - `provenance`: `export` for a platform file, `manual` for audience data typed in from a platform's app
 *   (the Youth Reach audience template); absent means `export`.
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
  warnings: ImportWarning[];
  encoding: TextEncodingName | 'binary';
  delimiter: string | null;
  provenance?: Provenance;
}

/**
 * Why a file cannot be imported. Codes are stable and translated by the interface:
 * `empty`, `binary`, `not-text`, `unknown-format`, `malformed`, `unsupported`, `too-large`.
 * `line` is the 1-based line of the decoded text where reading failed, when one is known.
 */
export class ImportError extends Error {
  readonly code: string;
  readonly fileName: string;
  readonly line: number | null;
  readonly params: Record<string, string | number>;

  constructor(
    code: string,
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
