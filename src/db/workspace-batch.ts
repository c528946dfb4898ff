// Many workspace files merged one after another (an advisor collects one from every entity): each file
// all-or-nothing, a file that fails is named and leaves the others in, and one summary at the end.

import { db as defaultDb } from './database';
import type { YouthReachDb } from './database';
import { readWorkspace, WorkspaceError } from './workspace';
import type { WorkspaceErrorCode, WorkspaceProgress } from './workspace';
import { applyWorkspace } from './workspace-merge';
import type { MergePlan } from './workspace-merge';
import { errorMessage, errorNames } from '../core/model/errors';

/**
 * Why one file of a batch failed, as plain data (it crosses from the worker to the page): `code` of a
 * {@link WorkspaceError} with its `params`, or null for any other error (a full disk: `names` then holds
 * `QuotaExceededError` …, the error's name and the names of the errors Dexie wrapped in it); `message` in
 * English.
 */
export interface WorkspaceFailure {
  code: WorkspaceErrorCode | null;
  params: Record<string, string | number>;
  message: string;
  names: string[];
}

/**
 * The outcome of one file of a batch: `merged` with the merge carried out (`plan.newImports` added,
 * `plan.skippedImports` already here, `plan.conflicts` kept as they are here), or `failed` with why
 * (nothing of that file was written).
 */
export type WorkspaceFileResult =
  | { fileName: string; status: 'merged'; plan: MergePlan }
  | { fileName: string; status: 'failed'; failure: WorkspaceFailure };

/** Progress of a batch: file `index` (1-based) of `total`, its name, and the progress within it. */
export interface WorkspaceBatchProgress {
  index: number;
  total: number;
  fileName: string;
  progress: WorkspaceProgress;
}

/** An error as a {@link WorkspaceFailure}. */
export function toFailure(e: unknown): WorkspaceFailure {
  return {
    code: e instanceof WorkspaceError ? e.code : null,
    params: e instanceof WorkspaceError ? { ...e.params } : {},
    message: errorMessage(e),
    names: errorNames(e),
  };
}

/**
 * Merges `files` into `database` one after another, in the order given: each is read and checked in full
 * (`readWorkspace`), then merged in one transaction (`applyWorkspace` in `merge` mode; a difference in
 * presence, settings, reference figures or saved formats keeps what is here). A file that fails leaves the
 * database as it was before that file and the batch goes on. Returns one result per file, in order. Never
 * rejects for one file's error.
 */
export async function mergeWorkspaceFiles(
  files: readonly File[],
  options: { database?: YouthReachDb; onProgress?: (progress: WorkspaceBatchProgress) => void } = {},
): Promise<WorkspaceFileResult[]> {
  const database = options.database ?? defaultDb;
  const results: WorkspaceFileResult[] = [];
  for (const [i, file] of files.entries()) {
    const report = (progress: WorkspaceProgress) =>
      options.onProgress?.({ index: i + 1, total: files.length, fileName: file.name, progress });
    try {
      const contents = await readWorkspace(file, report);
      const plan = await applyWorkspace(contents, 'merge', { database, onProgress: report });
      results.push({ fileName: file.name, status: 'merged', plan });
    } catch (e) {
      results.push({ fileName: file.name, status: 'failed', failure: toFailure(e) });
    }
  }
  return results;
}
