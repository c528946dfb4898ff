// Pure assembly of the answer's input from stored imports: answer accounts (all periods and per period), thresholds and reference overrides read back from storage.

import { accountFromFiles } from '../core/answer/account-from-files';
import type { AccountFile } from '../core/answer/account-from-files';
import { answerQuestion3 } from '../core/answer/answer';
import type { Answer, AnswerAccount, AnswerEntity } from '../core/answer/answer-types';
import type { UserPresence } from '../core/metrics/presence';
import type { Basis, Observation, Period } from '../core/model/observation';
import type { ParsedFile } from '../core/model/parsed-file';
import type { Platform } from '../core/model/platform';
import { applyOverrides } from '../core/reference/reference-figure';
import type { ReferenceOverride, ReferenceSet } from '../core/reference/reference-figure';
import { DEFAULT_REFERENCE_FIGURES } from '../core/reference/default-figures';
import { DEFAULT_THRESHOLDS, validateThresholds } from '../core/reference/thresholds';
import type { Thresholds } from '../core/reference/thresholds';

/** The settings key the thresholds are stored under (`settings` table, a partial {@link Thresholds} object). */
export const THRESHOLDS_SETTING_KEY = 'thresholds';

/**
 * One stored import as the answer reads it: ids, the file name and import time (ISO) of the trace, the
 * format label, platform, period (ISO dates, inclusive, or null), basis of its age split (null = none),
 * provenance, and its observations (only the basis and headline-total metrics are needed).
 */
export interface StoredImport {
  importId: string;
  sourceFileId: string;
  accountId: string;
  fileName: string;
  formatLabel: string;
  platform: Platform;
  period: Period | null;
  basis: Basis | null;
  importedAt: string;
  provenance: 'export' | 'manual';
  observations: Observation[];
}

/** An account's answer input for one dated period: `key` is `start_end` (ISO dates), e.g. `2025-09-01_2025-09-30`. */
export interface PeriodAccount {
  key: string;
  period: Period;
  account: AnswerAccount;
}

/** The answer accounts of one stored account: over all its imports, and for each dated period of its imports. */
export interface StoredAccountInput {
  all: AnswerAccount;
  byPeriod: PeriodAccount[];
}

/** The key of a period in URLs and maps: `2025-09-01_2025-09-30`. */
export function periodKey(period: Period): string {
  return `${period.start}_${period.end}`;
}

/** The period of a key made by {@link periodKey}, or null when `key` is not two ISO dates joined by `_`. */
export function parsePeriodKey(key: string): Period | null {
  const m = /^(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})$/.exec(key);
  return m && m[1]! <= m[2]! ? { start: m[1]!, end: m[2]! } : null;
}

/** A stored import as the ParsedFile `accountFromFiles` reads (the fields it does not read are neutral). */
function asAccountFile(imp: StoredImport, accountName: string | null): AccountFile {
  const parsed: ParsedFile = {
    fileName: imp.fileName,
    format: imp.formatLabel,
    formatVersion: 1,
    formatLabel: imp.formatLabel,
    platform: imp.platform,
    platformCandidates: [imp.platform],
    accountName,
    period: imp.period,
    basis: imp.basis,
    observations: imp.observations,
    warnings: [],
    encoding: 'utf-8',
    delimiter: null,
    provenance: imp.provenance,
  };
  return { parsed, importId: imp.importId, fileId: imp.sourceFileId };
}

/**
 * The answer accounts of one stored account (`accountFromFiles`, src/core/answer/account-from-files.ts):
 * `all` over every import; `byPeriod` one per distinct dated period of its imports (each over the
 * imports of exactly that period), oldest first. Undated imports (a loose YouTube table) count in `all` only.
 */
export function storedAccountInput(args: { accountId: string; platform: Platform; name: string | null; imports: readonly StoredImport[] }): StoredAccountInput {
  const files = args.imports.map((imp) => asAccountFile(imp, args.name));
  const all = accountFromFiles({ accountId: args.accountId, platform: args.platform, name: args.name, files });
  const groups = new Map<string, { period: Period; files: AccountFile[] }>();
  args.imports.forEach((imp, i) => {
    if (!imp.period) return;
    const key = periodKey(imp.period);
    const group = groups.get(key) ?? { period: imp.period, files: [] };
    group.files.push(files[i]!);
    groups.set(key, group);
  });
  const byPeriod = [...groups.entries()]
    .sort((a, b) => a[1].period.start.localeCompare(b[1].period.start) || a[1].period.end.localeCompare(b[1].period.end))
    .map(([key, g]) => ({ key, period: g.period, account: accountFromFiles({ accountId: args.accountId, platform: args.platform, name: args.name, files: g.files }) }));
  return { all, byPeriod };
}

/**
 * Thresholds from a stored setting value: every known key holding a finite number replaces the default
 * (`DEFAULT_THRESHOLDS`); other keys are ignored. When the result fails `validateThresholds`, the defaults
 * are returned with `problem` set to the validation message. `undefined` (never set) gives the defaults.
 */
export function thresholdsFromSetting(value: unknown): { thresholds: Thresholds; problem: string | null } {
  const merged: Thresholds = { ...DEFAULT_THRESHOLDS };
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[]) {
      const v = (value as Record<string, unknown>)[key];
      if (typeof v === 'number' && Number.isFinite(v)) merged[key] = v;
    }
  }
  try {
    return { thresholds: validateThresholds(merged), problem: null };
  } catch (error) {
    return { thresholds: { ...DEFAULT_THRESHOLDS }, problem: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The reference set from stored override records (`referenceOverrides` table, each `{ id, value }` where
 * `value` is a {@link ReferenceOverride}): overrides are applied one by one on the shipped figures
 * (`DEFAULT_REFERENCE_FIGURES`); a record that is not an object or that `applyOverrides` refuses (a share
 * outside 0..1, a new figure without source …) is left out and its id listed in `rejected`.
 */
export function referenceFromOverrides(records: readonly { id: string; value: unknown }[]): { set: ReferenceSet; overrides: ReferenceOverride[]; rejected: string[] } {
  const overrides: ReferenceOverride[] = [];
  const rejected: string[] = [];
  for (const r of records) {
    if (r.value === null || typeof r.value !== 'object') {
      rejected.push(r.id);
      continue;
    }
    const candidate = { ...(r.value as Omit<ReferenceOverride, 'id'>), id: r.id } as ReferenceOverride;
    try {
      applyOverrides(DEFAULT_REFERENCE_FIGURES, [...overrides, candidate]);
      overrides.push(candidate);
    } catch {
      rejected.push(r.id);
    }
  }
  return { set: applyOverrides(DEFAULT_REFERENCE_FIGURES, overrides), overrides, rejected };
}

/** One stored entity with its accounts' answer inputs and the presence the user set per platform. */
export interface StoredEntityInput {
  entityId: string;
  name: string;
  presence: Partial<Record<Platform, UserPresence>>;
  accounts: StoredAccountInput[];
}

/**
 * The answer's entities: every account over all periods (`period` null), or only the accounts that have
 * an import of exactly `period` (key from {@link periodKey}), each over that period's imports.
 */
export function answerEntities(entities: readonly StoredEntityInput[], period: string | null = null): AnswerEntity[] {
  return entities.map((e) => ({
    entityId: e.entityId,
    name: e.name,
    presence: e.presence,
    accounts: e.accounts.flatMap((a) => {
      if (period === null) return [a.all];
      const p = a.byPeriod.find((x) => x.key === period);
      return p ? [p.account] : [];
    }),
  }));
}

/** The answer to question 3 over `entities` for `period` (null = all periods), with the given reference set and thresholds. Throws like `answerQuestion3`. */
export function answerFor(entities: readonly StoredEntityInput[], reference: ReferenceSet, thresholds: Thresholds, period: string | null = null): Answer {
  return answerQuestion3({ entities: answerEntities(entities, period), reference, thresholds });
}
