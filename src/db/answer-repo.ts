// The one read model of the app: entities, accounts, their imports' summaries (never their observations),
// presence, reference overrides and thresholds, read in one transaction; every screen, the report and the
// deck compute their figures from it with `answerOf` (docs/architecture.md#read-model).

import { answerQuestion3 } from '../core/answer/answer';
import { overviewRows } from '../core/answer/overview-rows';
import type { OverviewRow } from '../core/answer/overview-rows';
import type { Answer, AnswerEntity } from '../core/answer/answer-types';
import type { UserPresence } from '../core/metrics/presence';
import type { Basis, Period } from '../core/model/observation';
import { PLATFORMS } from '../core/model/platform';
import type { Platform } from '../core/model/platform';
import { stitchHistory } from '../core/read-model/account-history';
import type { AccountHistory, HistoryImport, SeriesConflict } from '../core/read-model/account-history';
import type { AccountInput, YouthBand } from '../core/read-model/account-figures';
import { IMPORT_SUMMARY_VERSION } from '../core/read-model/import-summary';
import { isReadableSummary, unpackSummary } from '../core/read-model/stored-summary';
import type { ReferenceOverride, ReferenceSet } from '../core/reference/reference-figure';
import type { Thresholds } from '../core/reference/thresholds';
import { periodKey } from '../core/model/period-key';
import { referenceFromOverrides } from '../core/reference/reference-set';
import { thresholdsFromSetting } from '../core/reference/thresholds';
import { THRESHOLDS_SETTING_KEY } from './settings-repo';
import { readDataVersion } from './data-version';
import { storedSummaryOf } from './chunk-aggregates';
import { db as defaultDb } from './database';
import type { YouthReachDb } from './database';
import type { ImportRecord } from './schema';

/**
 * One import behind an account, for the entity page and the trace: its stored source file's id, file name,
 * import time (ISO), format, period, basis of its age split, provenance and number of values (observations
 * read). The page builds the trace's file list from these (`traceSourcesOf` in src/charts/trace-sources.ts),
 * so the view carries each file's facts once.
 */
export interface ImportRef {
  importId: string;
  fileId: string;
  fileName: string;
  importedAt: string;
  formatLabel: string;
  period: Period | null;
  basis: Basis | null;
  provenance: 'export' | 'manual';
  values: number;
}

/** A stored account: ids, platform, name, its imports (newest first), the read model's input (stitched history) and the days its series overlap with different values. */
export interface AccountView {
  accountId: string;
  entityId: string;
  platform: Platform;
  name: string | null;
  imports: ImportRef[];
  input: AccountInput;
  conflicts: SeriesConflict[];
}

/** A stored entity: name, the presence the user set per platform, its accounts (platform order). */
export interface EntityView {
  entityId: string;
  name: string;
  presence: Partial<Record<Platform, UserPresence>>;
  accounts: AccountView[];
}

/**
 * Where a trace's account ids lead: each account's entity (id and name), platform and name. The imports and
 * files a trace names are each account's {@link ImportRef}s (`traceSourcesOf` in src/charts/trace-sources.ts
 * builds `TraceSources` from both).
 */
export interface AnswerSources {
  accounts: Record<string, { entityId: string; entityName: string; platform: Platform; name: string | null }>;
}

/**
 * The read model as loaded: everything the screens show, chart-sized (import summaries, no observations):
 * - `entities` (Dutch name order) with accounts (and their stitched histories) and presence;
 * - `periods`: every dated period of an age split or an import, newest first, as `{ key, period }`;
 *   `span`: the first and last day of any dated data (null when none);
 * - `reference` (defaults + valid overrides), `overrides`, `rejectedOverrides` (ids left out);
 * - `thresholds` (defaults + stored), `thresholdsProblem` (why the stored ones were refused, else null);
 * - `answer`: the answer for each account's most recent split and the 13-24 band (`answerOf(view)`);
 * - `sources`: for traces;
 * - `dataVersion`: the database's data version read with it (src/db/data-version.ts; null when the
 *   database has had no write since versions exist).
 */
export interface AnswerView {
  entities: EntityView[];
  periods: { key: string; period: Period }[];
  span: Period | null;
  reference: ReferenceSet;
  overrides: ReferenceOverride[];
  rejectedOverrides: string[];
  thresholds: Thresholds;
  thresholdsProblem: string | null;
  answer: Answer;
  sources: AnswerSources;
  dataVersion: string | null;
}

/**
 * An account's history as the screens receive it: report totals, age splits and conflicts, without the
 * daily series (they grow with the days of data; the entity page asks for one entity's, see
 * `src/workers/read-model-service.ts`).
 */
export type ScreenHistory = Omit<AccountHistory, 'series'>;

/** An {@link AccountView} whose input history has no daily series ({@link ScreenHistory}). */
export interface ScreenAccount extends Omit<AccountView, 'input'> {
  input: Omit<AccountInput, 'history'> & { history: ScreenHistory };
}

/** An {@link EntityView} of {@link ScreenAccount}s. */
export interface ScreenEntity extends Omit<EntityView, 'accounts'> {
  accounts: ScreenAccount[];
}

/**
 * What the screens receive of the read model: an {@link AnswerView} without the daily series and without
 * the answer (answers are computed where the series are and sent on their own,
 * `src/workers/read-model-service.ts`), the `generation` of the load it comes from (1, 2, … per reading
 * of the database; keys the answer queries) and whether it came from the kept snapshot of an earlier
 * reading of the same data (`fromSnapshot`, src/db/read-model-snapshot.ts). Its size grows with entities,
 * accounts, imports and splits, never with the days or rows of data.
 */
export interface ScreenView extends Omit<AnswerView, 'entities' | 'answer'> {
  entities: ScreenEntity[];
  generation: number;
  fromSnapshot: boolean;
}

/** The {@link ScreenView} of a loaded view: the same objects but each account's history without its series, and no answer. */
export function screenViewOf(view: AnswerView, generation: number): ScreenView {
  const { answer: _answer, ...rest } = view;
  return {
    ...rest,
    generation,
    fromSnapshot: false,
    entities: view.entities.map((e) => ({
      ...e,
      accounts: e.accounts.map((a) => {
        const { totals, splits, conflicts } = a.input.history;
        return { ...a, input: { ...a.input, history: { totals, splits, conflicts } } };
      }),
    })),
  };
}

/** What an answer is computed for: a period (null = each account's most recent split) and a youth band. */
export interface AnswerOptions {
  period: Period | null;
  youthBand: YouthBand;
}

/** The default options: each account's most recent split, ages 13-24. */
export const DEFAULT_ANSWER_OPTIONS: AnswerOptions = { period: null, youthBand: '13-24' };

function newestFirst(a: ImportRecord, b: ImportRecord): number {
  const ea = a.period?.end ?? '';
  const eb = b.period?.end ?? '';
  if (ea !== eb) return ea < eb ? 1 : -1;
  return a.importedAt < b.importedAt ? 1 : a.importedAt > b.importedAt ? -1 : 0;
}

/** The answer's entities of a view. */
export function answerEntitiesOf(view: Pick<AnswerView, 'entities'>): AnswerEntity[] {
  return view.entities.map((e) => ({ entityId: e.entityId, name: e.name, presence: e.presence, accounts: e.accounts.map((a) => a.input) }));
}

const answers = new WeakMap<object, Map<string, Answer>>();

/**
 * The answer of a loaded view for `options` (pure, memoised per view and options): the same figures for the
 * same account and period on every screen. Throws like `answerQuestion3` (invalid thresholds).
 */
export function answerOf(view: Omit<AnswerView, 'answer'>, options: AnswerOptions = DEFAULT_ANSWER_OPTIONS): Answer {
  const key = `${options.period ? periodKey(options.period) : '-'}|${options.youthBand}`;
  let cache = answers.get(view);
  if (!cache) answers.set(view, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit;
  const answer = answerQuestion3({ entities: answerEntitiesOf(view), reference: view.reference, thresholds: view.thresholds, period: options.period, youthBand: options.youthBand });
  cache.set(key, answer);
  return answer;
}

/**
 * Gives every complete import that has no summary (stored before summaries existed) or one of a version
 * the read model does not read (`isReadableSummary`: 2 and 3 are read) its summary, computed from its
 * chunks, one import per read-write transaction. Returns how many were written. Throws what Dexie throws.
 */
export async function ensureImportSummaries(database: YouthReachDb = defaultDb): Promise<number> {
  const stale = await database.imports.filter((i) => i.status !== 'pending' && !isReadableSummary(i.summary)).primaryKeys();
  for (const id of stale) {
    await database.transaction('rw', [database.imports, database.observationChunks], async () => {
      const chunks = await database.observationChunks.where('[importId+seq]').between([id, 0], [id, Number.MAX_SAFE_INTEGER], true, true).toArray();
      await database.imports.update(id, { summary: storedSummaryOf(chunks) });
    });
  }
  return stale.length;
}

/**
 * Reads the read model in one read transaction (entities, accounts, complete imports with their
 * summaries, presence, reference overrides, the `thresholds` setting) — again after giving older imports
 * their summaries ({@link ensureImportSummaries}) when it found any — and computes the default answer.
 * An import still `pending` (interrupted) is ignored. Throws what Dexie throws (the screen shows it).
 */
export async function loadAnswerView(database: YouthReachDb = defaultDb): Promise<AnswerView> {
  const readBase = () =>
    database.transaction('r', [database.entities, database.accounts, database.imports, database.presence, database.referenceOverrides, database.settings], async () => {
      const [entities, accounts, imports, presence, overrideRecords, thresholdRecord, dataVersion] = await Promise.all([
        database.entities.toArray(),
        database.accounts.toArray(),
        database.imports.toArray(),
        database.presence.toArray(),
        database.referenceOverrides.toArray(),
        database.settings.get(THRESHOLDS_SETTING_KEY),
        readDataVersion(database.settings),
      ]);
      return { entities, accounts, imports, presence, overrideRecords, thresholdRecord, dataVersion };
    });
  let base = await readBase();
  // Imports stored before summaries existed (or with another version) get theirs first, then all is read again.
  if (base.imports.some((i) => i.status !== 'pending' && !isReadableSummary(i.summary))) {
    await ensureImportSummaries(database);
    base = await readBase();
  }
  const complete = base.imports.filter((i) => i.status !== 'pending');
  const byAccount = new Map<string, ImportRecord[]>();
  for (const imp of complete) byAccount.set(imp.accountId, [...(byAccount.get(imp.accountId) ?? []), imp]);

  const entityName = new Map(base.entities.map((e) => [e.id, e.name]));
  const sources: AnswerSources = { accounts: {} };
  const accountViews = new Map<string, AccountView[]>();
  const periods = new Map<string, Period>();
  let span: Period | null = null;
  const widen = (p: Period): void => {
    span = span === null ? { ...p } : { start: p.start < span.start ? p.start : span.start, end: p.end > span.end ? p.end : span.end };
  };
  for (const account of base.accounts) {
    const own = (byAccount.get(account.id) ?? []).sort(newestFirst);
    const history: HistoryImport[] = own.map((imp) => ({
      importId: imp.id,
      fileId: imp.sourceFileId,
      fileName: imp.fileName,
      importedAt: imp.importedAt,
      exportDate: imp.exportDate ?? null,
      period: imp.period,
      provenance: imp.provenance ?? 'export',
      summary: imp.summary ? unpackSummary(imp.summary) : { version: IMPORT_SUMMARY_VERSION, daily: {}, periodTotals: [], splits: [] },
    }));
    for (const imp of own) {
      if (imp.period) {
        periods.set(periodKey(imp.period), imp.period);
        widen(imp.period);
      }
      for (const s of imp.summary?.splits ?? []) if (s.period) periods.set(periodKey(s.period), s.period);
    }
    const entity = entityName.get(account.entityId) ?? '';
    sources.accounts[account.id] = { entityId: account.entityId, entityName: entity, platform: account.platform, name: account.name };
    const stitched = stitchHistory(history);
    const view: AccountView = {
      accountId: account.id,
      entityId: account.entityId,
      platform: account.platform,
      name: account.name,
      imports: own.map((i) => ({ importId: i.id, fileId: i.sourceFileId, fileName: i.fileName, importedAt: i.importedAt, formatLabel: i.formatLabel, period: i.period, basis: i.basis, provenance: i.provenance ?? 'export', values: i.observationCount })),
      input: { accountId: account.id, entityId: account.entityId, entityName: entity, platform: account.platform, name: account.name, history: stitched },
      conflicts: stitched.conflicts,
    };
    accountViews.set(account.entityId, [...(accountViews.get(account.entityId) ?? []), view]);
  }

  const presenceOf = new Map<string, Partial<Record<Platform, UserPresence>>>();
  for (const p of base.presence) presenceOf.set(p.entityId, { ...(presenceOf.get(p.entityId) ?? {}), [p.platform]: p.presence });

  const entityViews: EntityView[] = base.entities
    .map((e) => ({
      entityId: e.id,
      name: e.name,
      presence: presenceOf.get(e.id) ?? {},
      accounts: (accountViews.get(e.id) ?? []).sort(
        (a, b) => PLATFORMS.indexOf(a.platform) - PLATFORMS.indexOf(b.platform) || (a.name ?? '').localeCompare(b.name ?? '', 'nl') || a.accountId.localeCompare(b.accountId),
      ),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }) || a.entityId.localeCompare(b.entityId));

  const { set, overrides, rejected } = referenceFromOverrides(base.overrideRecords);
  const { thresholds, problem } = thresholdsFromSetting(base.thresholdRecord?.value);
  const view: Omit<AnswerView, 'answer'> = {
    entities: entityViews,
    periods: [...periods.entries()]
      .map(([key, period]) => ({ key, period }))
      .sort((a, b) => b.period.end.localeCompare(a.period.end) || b.period.start.localeCompare(a.period.start)),
    span,
    reference: set,
    overrides,
    rejectedOverrides: rejected,
    thresholds,
    thresholdsProblem: problem,
    sources,
    dataVersion: base.dataVersion,
  };
  // The view itself gets its answer, so it stays the key of `answerOf`'s memo: asking it for the default
  // answer again (the read model's `answer()` right after this load) gives this one, not a second computation.
  return Object.assign(view, { answer: answerOf(view) });
}

/** The overview rows of the stored data for `options` (default: each account's most recent split, 13-24): the rows every screen shows, from {@link loadAnswerView}. */
export async function loadOverviewRows(database: YouthReachDb = defaultDb, options: AnswerOptions = DEFAULT_ANSWER_OPTIONS): Promise<OverviewRow[]> {
  return overviewRows(answerOf(await loadAnswerView(database), options));
}
