// Why a file could not be read or stored, as a translatable problem; maps storage errors to it.

import { errorMessage, errorNames } from '../core/model/errors';

/**
 * Why a file could not be read or stored. `message` is English (CLI, fallback text); `code` and `params`
 * are for translation; `line` is the 1-based line of the decoded text where reading failed, when known.
 * Storage codes: `storage-full` (QuotaExceededError), `write-aborted` (AbortError; Chrome may report a full
 * disk this way, docs/architecture.md#storage), `entity-required`, `invalid-platform`, `internal`.
 */
export interface FileProblem {
  code: string;
  message: string;
  line: number | null;
  params: Record<string, string | number>;
}


/**
 * Turns an error thrown while storing `fileName` into a {@link FileProblem}: `QuotaExceededError` →
 * `storage-full`, `AbortError` → `write-aborted` (both mean nothing of the file was stored), anything else →
 * `internal` with the error's message in `params.detail`.
 */
export function storageProblem(fileName: string, e: unknown): FileProblem {
  const names = errorNames(e);
  const detail = errorMessage(e);
  if (names.includes('QuotaExceededError')) {
    return {
      code: 'storage-full',
      message: `${fileName}: the browser's storage for this site is full; nothing of this file was stored. Free up space or delete old imports, then try again.`,
      line: null,
      params: { fileName },
    };
  }
  if (names.includes('AbortError')) {
    return {
      code: 'write-aborted',
      message: `${fileName}: the browser aborted the write (often because its storage is full); nothing of this file was stored.`,
      line: null,
      params: { fileName },
    };
  }
  return {
    code: 'internal',
    message: `${fileName}: could not be stored (${detail}); nothing of this file was stored.`,
    line: null,
    params: { fileName, detail },
  };
}
