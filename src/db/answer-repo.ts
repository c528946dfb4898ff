// The answer query: entities, accounts, their imports' age splits and totals, presence, reference overrides and thresholds, read in one transaction and turned into the answer to question 3.

import type { Answer } from '../core/answer/answer-types';
import type { UserPresence } from '../core/metrics/presence';
import type { Basis, Period } from '../core/model/observation';
import { PLATFORMS } from '../core/model/platform';
import type { Platform } from '../core/model/platform';
import type { ReferenceOverride, ReferenceSet } from '../core/reference/reference-figure';
import type { Thresholds } from '../core/reference/thresholds';
import { answerFor, periodKey, referenceFromOverrides, storedAccountInput, thresholdsFromSetting, THRESHOLDS_SETTING_KEY } from './answer-input';
import type { StoredAccountInput, StoredEntityInput, StoredImport } from './answer-input';
import { db as defaultDb } from './database';
import type { YouthReachDb } from './database';
import { unpackObservations } from './observation-chunks';
import type { ImportRecord } from './schema';

/** The metrics the answer reads from an import besides its age split: the headline totals (`metrics/totals.ts`). */
const TOTAL_METRICS = ['reach', 'viewers', 'views', 'followers'] as const;

/** One import behind an account, for the entity page and the trace: file name, import time (ISO), format, period, basis of its age split. */
export interface ImportRef {
  importId: string;
  fileId: string;
  fileName: string;
  importedAt: string;
  formatLabel: string;
  period: Period | null;
  basis: Basis | null;
}

/** A stored account with its imports (newest first) and answer inputs. */
export interface AccountView extends StoredAccountInput {
  accountId: string;
  entityId: string;
  platform: Platform;
  name: string | null;
  imports: ImportRef[];
}

/** A stored entity: name, the presence the user set per platform, its accounts (platform order). */
export interface EntityView extends StoredEntityInput {
  accounts: AccountView[];
}

/**
 * Where a trace's ids lead (shape of `TraceSources` in src/charts/trace-panel.tsx): each import's file
 * name, import time and format; each source file's name and import time; each account's entity and platform.
 */
export interface AnswerSources {
  imports: Record<string, { fileName: string; importedAt: string; formatLabel: string; accountId: string }>;
  files: Record<string, { fileName: string; importedAt: string }>;
  accounts: Record<string, { entityId: string; entityName: string; platform: Platform; name: string | null }>;
}

/**
 * Everything the answer, compare, entity and settings screens show, chart-sized (no raw observations):
 * - `entities` (Dutch name order) with accounts and presence;
 * - `periods`: every dated period of an import, newest first, as `{ key, period }`;
 * - `reference` (defaults + valid overrides), `overrides`, `rejectedOverrides` (ids left out);
 * - `thresholds` (defaults + stored), `thresholdsProblem` (why the stored ones were refused, else null);
 * - `answer`: `answerQuestion3` over every account and period;
 * - `sources`: for traces.
 */
export interface AnswerView {
  entities: EntityView[];
  periods: { key: string; period: Period }[];
  reference: ReferenceSet;
  overrides: ReferenceOverride[];
  rejectedOverrides: string[];
  thresholds: Thresholds;
  thresholdsProblem: string | null;
  answer: Answer;
  sources: AnswerSources;
}

function newestFirst(a: ImportRecord, b: ImportRecord): number {
  const ea = a.period?.end ?? '';
  const eb = b.period?.end ?? '';
  if (ea !== eb) return ea < eb ? 1 : -1;
  return a.importedAt < b.importedAt ? 1 : a.importedAt > b.importedAt ? -1 : 0;
}

/**
 * Reads the whole answer view in one read transaction (entities, accounts, complete imports with their
 * basis and headline-total observations unpacked, presence, reference overrides, the `thresholds`
 * setting) and computes the answer. An import still `pending` (interrupted) is ignored. Throws what
 * Dexie throws (the screen shows it).
 */
export async function loadAnswerView(database: YouthReachDb = defaultDb): Promise<AnswerView> {
  return database.transaction(
    'r',
    [database.entities, database.accounts, database.imports, database.observationChunks, database.presence, database.referenceOverrides, database.settings],
    async () => {
      const [entities, accounts, imports, presence, overrideRecords, thresholdRecord] = await Promise.all([
        database.entities.toArray(),
        database.accounts.toArray(),
        database.imports.toArray(),
        database.presence.toArray(),
        database.referenceOverrides.toArray(),
        database.settings.get(THRESHOLDS_SETTING_KEY),
      ]);
      const complete = imports.filter((i) => i.status !== 'pending');
      const byAccount = new Map<string, ImportRecord[]>();
      for (const imp of complete) byAccount.set(imp.accountId, [...(byAccount.get(imp.accountId) ?? []), imp]);

      const entityName = new Map(entities.map((e) => [e.id, e.name]));
      const sources: AnswerSources = { imports: {}, files: {}, accounts: {} };
      const accountViews = new Map<string, AccountView[]>();
      for (const account of accounts) {
        const own = (byAccount.get(account.id) ?? []).sort(newestFirst);
        const stored: StoredImport[] = [];
        for (const imp of own) {
          const chunks = await database.observationChunks
            .where('[importId+seq]')
            .between([imp.id, 0], [imp.id, Number.MAX_SAFE_INTEGER], true, true)
            .toArray();
          const metrics = imp.basis ? [imp.basis, ...TOTAL_METRICS] : [...TOTAL_METRICS];
          stored.push({
            importId: imp.id,
            sourceFileId: imp.sourceFileId,
            accountId: account.id,
            fileName: imp.fileName,
            formatLabel: imp.formatLabel,
            platform: imp.platform,
            period: imp.period,
            basis: imp.basis,
            importedAt: imp.importedAt,
            provenance: imp.provenance ?? 'export',
            observations: unpackObservations(chunks, { metrics }),
          });
          sources.imports[imp.id] = { fileName: imp.fileName, importedAt: imp.importedAt, formatLabel: imp.formatLabel, accountId: account.id };
          sources.files[imp.sourceFileId] = { fileName: imp.fileName, importedAt: imp.importedAt };
        }
        sources.accounts[account.id] = { entityId: account.entityId, entityName: entityName.get(account.entityId) ?? '', platform: account.platform, name: account.name };
        const view: AccountView = {
          accountId: account.id,
          entityId: account.entityId,
          platform: account.platform,
          name: account.name,
          imports: own.map((i) => ({ importId: i.id, fileId: i.sourceFileId, fileName: i.fileName, importedAt: i.importedAt, formatLabel: i.formatLabel, period: i.period, basis: i.basis })),
          ...storedAccountInput({ accountId: account.id, platform: account.platform, name: account.name, imports: stored }),
        };
        accountViews.set(account.entityId, [...(accountViews.get(account.entityId) ?? []), view]);
      }

      const presenceOf = new Map<string, Partial<Record<Platform, UserPresence>>>();
      for (const p of presence) presenceOf.set(p.entityId, { ...(presenceOf.get(p.entityId) ?? {}), [p.platform]: p.presence });

      const entityViews: EntityView[] = entities
        .map((e) => ({
          entityId: e.id,
          name: e.name,
          presence: presenceOf.get(e.id) ?? {},
          accounts: (accountViews.get(e.id) ?? []).sort(
            (a, b) => PLATFORMS.indexOf(a.platform) - PLATFORMS.indexOf(b.platform) || (a.name ?? '').localeCompare(b.name ?? '', 'nl') || a.accountId.localeCompare(b.accountId),
          ),
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }) || a.entityId.localeCompare(b.entityId));

      const periods = new Map<string, Period>();
      for (const imp of complete) if (imp.period) periods.set(periodKey(imp.period), imp.period);
      const { set, overrides, rejected } = referenceFromOverrides(overrideRecords);
      const { thresholds, problem } = thresholdsFromSetting(thresholdRecord?.value);
      return {
        entities: entityViews,
        periods: [...periods.entries()]
          .map(([key, period]) => ({ key, period }))
          .sort((a, b) => b.period.end.localeCompare(a.period.end) || b.period.start.localeCompare(a.period.start)),
        reference: set,
        overrides,
        rejectedOverrides: rejected,
        thresholds,
        thresholdsProblem: problem,
        answer: answerFor(entityViews, set, thresholds),
        sources,
      };
    },
  );
}
