// Maps an error thrown while storing a file to a coded FileProblem (the vocabulary: src/core/model/problem.ts).

import { errorMessage, errorNames } from '../core/model/errors';
import type { FileProblem } from '../core/model/problem';

export type { FileProblem } from '../core/model/problem';

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
