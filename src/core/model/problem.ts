// One vocabulary for what went wrong: a coded, translatable Problem (a file that cannot be read or stored,
// a setting that cannot be saved) and the error that carries one. The interface translates codes in one
// place, src/i18n/problem.ts; the English `message` is for the CLI, logs and "technical details".

import { errorMessage, errorNames } from './errors';
import { isImportError } from './parsed-file';

/**
 * Codes of a file that cannot be read (`core/formats`, the import worker) or stored (`db`): `empty`,
 * `binary`, `not-text`, `unknown-format`, `unsupported`, `malformed`, `too-large`, `internal`, `quota`,
 * `storage-full` (QuotaExceededError), `write-aborted` (AbortError), `entity-required`, `invalid-platform`,
 * `unreadable`, `unknown-key`, `export-date-required`, `invalid-export-date`, the audience template's
 * `template-*`, `mapping-invalid`, `shares-incomplete` and `source-missing` (re-reading a stored file).
 */
export const FILE_PROBLEM_CODES = [
  'empty',
  'binary',
  'not-text',
  'unknown-format',
  'unsupported',
  'malformed',
  'too-large',
  'internal',
  'quota',
  'storage-full',
  'write-aborted',
  'entity-required',
  'invalid-platform',
  'unreadable',
  'unknown-key',
  'export-date-required',
  'invalid-export-date',
  'template-unknown-band',
  'template-unknown-basis',
  'template-unknown-platform',
  'template-invalid-share',
  'mapping-invalid',
  'shares-incomplete',
  'source-missing',
] as const;

/**
 * Codes of a setting that cannot be saved (the settings screen; checked by `validateThresholds`,
 * `applyOverrides` and the screen's own parsing). `params.field` names the refused field where there is one:
 * - `threshold-not-number` (`params.key`: a threshold that is not a number),
 * - `threshold-negative` (`params.key`: a threshold below 0),
 * - `threshold-order` (`underIndex` above `overIndex`),
 * - `threshold-share` (`params.key`: a share threshold above 1),
 * - `figure-id-required`, `figure-id-taken`, `figure-value-invalid`, `figure-year-invalid`,
 *   `figure-source-required` (a reference figure typed in),
 * - `figure-invalid` (a figure `applyOverrides` refuses; `params.detail` says why, in English).
 */
export const SETTING_PROBLEM_CODES = [
  'threshold-not-number',
  'threshold-negative',
  'threshold-order',
  'threshold-share',
  'figure-id-required',
  'figure-id-taken',
  'figure-value-invalid',
  'figure-year-invalid',
  'figure-source-required',
  'figure-invalid',
] as const;

/** Every problem code: {@link FILE_PROBLEM_CODES} and {@link SETTING_PROBLEM_CODES}. */
export type ProblemCode = (typeof FILE_PROBLEM_CODES)[number] | (typeof SETTING_PROBLEM_CODES)[number];

/**
 * What went wrong, in a form the interface translates: stable `code`, English `message` (CLI, fallback,
 * technical detail), the 1-based `line` of the decoded text where reading failed (null when none or not
 * known), and the specifics in `params` (file name, cell value, threshold key …). `code` is a
 * {@link ProblemCode}, or another string from an older stored record (the interface gives its generic reason).
 */
export interface Problem {
  code: ProblemCode | (string & {});
  message: string;
  line: number | null;
  params: Record<string, string | number>;
}

/** Why a file could not be read or stored: a {@link Problem} with a file code. */
export type FileProblem = Problem;

/**
 * The problem shown when a file failed without saying why (a result with status `error` and no problem):
 * `internal`, no message, no line; the interface gives its generic reason.
 */
export const UNKNOWN_PROBLEM: Problem = { code: 'internal', message: '', line: null, params: {} };

/** A {@link Problem} with the given code and params and no line. */
export function problem(code: ProblemCode, message: string, params: Record<string, string | number> = {}): Problem {
  return { code, message, line: null, params };
}

/** An error that carries a {@link Problem} (its `message` is the problem's English message). */
export class ProblemError extends Error {
  readonly problem: Problem;

  constructor(p: Problem) {
    super(p.message);
    this.name = 'ProblemError';
    this.problem = p;
  }
}

/** The {@link Problem} a thrown value carries, or null when it carries none. */
export function problemOfError(e: unknown): Problem | null {
  return e instanceof ProblemError ? e.problem : null;
}

/**
 * The problem of a value thrown while reading (parsing) `fileName`: an `ImportError` keeps its code,
 * message, line and params (with `params.fileName`); a {@link ProblemError} its problem; anything else is
 * `internal`, with the error's text in `params.detail`.
 */
export function readProblem(fileName: string, e: unknown): FileProblem {
  if (isImportError(e)) return { code: e.code, message: e.message, line: e.line ?? null, params: { fileName, ...(e.params ?? {}) } };
  const carried = problemOfError(e);
  if (carried) return { ...carried, params: { fileName, ...carried.params } };
  const detail = errorMessage(e);
  return problem('internal', `${fileName}: could not be read because of an internal error (${detail}).`, { fileName, detail });
}

/** The browser could not give the bytes of `fileName` (a `File` whose `arrayBuffer()` failed): `unreadable`, `params.detail` the reason. */
export function unreadableProblem(fileName: string, e: unknown): FileProblem {
  const detail = errorMessage(e);
  return problem('unreadable', `${fileName}: the browser could not read this file (${detail}).`, { fileName, detail });
}

/**
 * The problem of a value thrown while storing `fileName`: `QuotaExceededError` → `storage-full`,
 * `AbortError` → `write-aborted` (both mean nothing of the file was stored; Dexie's wrapped errors count,
 * see `errorNames`), anything else → `internal` with the error's message in `params.detail`.
 */
export function storageProblem(fileName: string, e: unknown): FileProblem {
  const names = errorNames(e);
  if (names.includes('QuotaExceededError')) {
    return problem(
      'storage-full',
      `${fileName}: the browser's storage for this site is full; nothing of this file was stored. Free up space or delete old imports, then try again.`,
      { fileName },
    );
  }
  if (names.includes('AbortError')) {
    return problem('write-aborted', `${fileName}: the browser aborted the write (often because its storage is full); nothing of this file was stored.`, { fileName });
  }
  const detail = errorMessage(e);
  return problem('internal', `${fileName}: could not be stored (${detail}); nothing of this file was stored.`, { fileName, detail });
}
