// Where a trace's ids lead, built on the page from the read model's view: each import and source file once,
// from the accounts' import lists (the view carries each file's facts once, not again in a lookup table).

import type { ScreenView } from '../db/answer-repo';
import type { TraceSources } from './trace-panel';

const built = new WeakMap<object, TraceSources>();

/**
 * The {@link TraceSources} of a view: `imports` and `files` from every account's imports (`ImportRef`:
 * file name, source file id, import time, format, period, number of values, and the account), `accounts`
 * and `reference` as the view has them. Built once per view object (views are never changed in place).
 */
export function traceSourcesOf(view: Pick<ScreenView, 'entities' | 'sources' | 'reference'>): TraceSources {
  const kept = built.get(view);
  if (kept) return kept;
  const imports: Record<string, TraceSources['imports'][string]> = {};
  const files: Record<string, TraceSources['files'][string]> = {};
  for (const entity of view.entities) {
    for (const account of entity.accounts) {
      for (const i of account.imports) {
        imports[i.importId] = { fileName: i.fileName, fileId: i.fileId, importedAt: i.importedAt, formatLabel: i.formatLabel, accountId: account.accountId, period: i.period, values: i.values };
        files[i.fileId] ??= { fileName: i.fileName, importedAt: i.importedAt };
      }
    }
  }
  const sources: TraceSources = { imports, files, accounts: view.sources.accounts, reference: view.reference };
  built.set(view, sources);
  return sources;
}
