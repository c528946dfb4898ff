// What the import preview needs to know of the stored data: known accounts (to recognise a file's account
// and map it to its entity) and stored periods per account and metric (to flag overlapping files).

import type { Period } from '../core/model/observation';
import type { Platform } from '../core/model/platform';
import { db as defaultDb } from './database';
import type { YouthReachDb } from './database';
import { foldName } from './entities-repo';
import type { AccountRecord, ImportRecord } from './schema';
import { pickAccount } from './store-import';
import type { WrittenBatch } from './store-import';

/** A stored account with its entity's name (as first typed). */
export interface KnownAccount extends AccountRecord {
  entityName: string;
}

/**
 * One stored import as the overlap check sees it: its account, file name, period (ISO, inclusive, or null
 * when the file did not say), the metrics among its observations, and its provenance.
 */
export interface StoredSpan {
  importId: string;
  accountId: string;
  fileName: string;
  period: Period | null;
  metrics: string[];
  provenance: 'export' | 'manual';
}

/** Every stored account and every complete import's span: small records, never observation values. */
export interface ImportContext {
  accounts: KnownAccount[];
  spans: StoredSpan[];
}

/**
 * Loads the {@link ImportContext} in one read transaction. An import stored by an older version has no
 * `metrics` field: its metrics are read from its chunks' metric dictionaries (the values are not used).
 */
export async function loadImportContext(database: YouthReachDb = defaultDb): Promise<ImportContext> {
  return database.transaction('r', [database.entities, database.accounts, database.imports, database.observationChunks], async () => {
    const [entities, accounts, imports] = await Promise.all([
      database.entities.toArray(),
      database.accounts.toArray(),
      database.imports.toArray(),
    ]);
    const names = new Map(entities.map((e) => [e.id, e.name]));
    const spans: StoredSpan[] = [];
    for (const imp of imports) {
      if (imp.status === 'pending') continue;
      let metrics = imp.metrics;
      if (metrics === undefined) {
        const chunks = await database.observationChunks
          .where('[importId+seq]')
          .between([imp.id, 0], [imp.id, Number.MAX_SAFE_INTEGER], true, true)
          .toArray();
        metrics = [...new Set(chunks.flatMap((c) => c.metricDict))];
      }
      spans.push(spanOf(imp, metrics));
    }
    return { accounts: accounts.map((a) => ({ ...a, entityName: names.get(a.entityId) ?? '' })), spans };
  });
}

/** The span of a complete stored import, as the overlap check needs it. */
function spanOf(imp: ImportRecord, metrics: string[]): StoredSpan {
  return { importId: imp.id, accountId: imp.accountId, fileName: imp.fileName, period: imp.period, metrics, provenance: imp.provenance ?? 'export' };
}

/**
 * `context` after the writes of `batch` (one import transaction, `storeParsedFiles`): the imports it
 * deleted are gone, its stored imports added, its new or renamed accounts in (named with their entity's
 * name). Pure; a new context, `context` unchanged. Only exact for a context read at `batch.versionBefore`.
 */
export function withWrittenBatch(context: ImportContext, batch: Omit<WrittenBatch, 'versionBefore' | 'versionAfter'>): ImportContext {
  const names = new Map(batch.entities.map((e) => [e.id, e.name]));
  const changed = new Map(batch.accounts.map((a) => [a.id, a]));
  const known = new Map(context.accounts.map((a) => [a.id, a]));
  const accounts = context.accounts.map((a) => {
    const next = changed.get(a.id);
    return next ? { ...next, entityName: a.entityName } : a;
  });
  for (const a of batch.accounts) if (!known.has(a.id)) accounts.push({ ...a, entityName: names.get(a.entityId) ?? '' });
  const deleted = new Set(batch.deletedImportIds);
  const spans = context.spans.filter((s) => !deleted.has(s.importId));
  for (const imp of batch.imports) spans.push(spanOf(imp, imp.metrics ?? []));
  return { accounts, spans };
}

/**
 * The entity a file belongs to when its account (handle or page name, `ParsedFile.accountName`) was seen
 * before on `platform`: the entity name of the stored account with that name, compared case-insensitively
 * (NFKC, spaces collapsed); the oldest such account when several entities have one. Null when unknown.
 */
export function recogniseEntity(context: ImportContext, platform: Platform | null, accountName: string | null): string | null {
  if (platform === null || accountName === null || accountName.trim() === '') return null;
  const key = foldName(accountName);
  const hits = context.accounts
    .filter((a) => a.platform === platform && a.name !== null && foldName(a.name) === key)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return hits[0]?.entityName ?? null;
}

/**
 * True when two periods (ISO, inclusive) share at least one day. Two files without a period (undated
 * snapshots, e.g. YouTube's loose viewer-age table) count as overlapping: both describe "now", and keeping
 * both would show the older one as if it were current. A dated and an undated file do not overlap.
 */
export function periodsOverlap(a: Period | null, b: Period | null): boolean {
  if (a === null || b === null) return a === null && b === null;
  return a.start <= b.end && b.start <= a.end;
}

/** A file about to be stored, as the overlap check needs it. */
export interface IncomingFile {
  entityName: string;
  platform: Platform | '';
  accountName: string | null;
  period: Period | null;
  metrics: readonly string[];
  /** The account the user chose for it (`'new'`: a new account), when asked ({@link accountsFor}). */
  accountId?: string;
}

/** The stored accounts of the entity named `entityName` (case-insensitive) on `platform`, oldest first. */
export function accountsFor(context: ImportContext, entityName: string, platform: Platform | ''): KnownAccount[] {
  const entityKey = foldName(entityName);
  if (entityKey === '' || platform === '') return [];
  return context.accounts
    .filter((a) => a.platform === platform && foldName(a.entityName) === entityKey)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * The stored imports a new file overlaps: same entity (case-insensitive name) + platform + account — the
 * one chosen (`file.accountId`), else the one `storeParsedFile` would put the file in ({@link pickAccount})
 * — with at least one metric in common and overlapping periods ({@link periodsOverlap}). Empty when the
 * entity or platform is not chosen yet, or the file would start a new account.
 */
export function findOverlaps(context: ImportContext, file: IncomingFile): StoredSpan[] {
  if (file.accountId === 'new') return [];
  const candidates = accountsFor(context, file.entityName, file.platform);
  if (candidates.length === 0) return [];
  const account = candidates.find((a) => a.id === file.accountId) ?? pickAccount(candidates, file.accountName?.trim() || null);
  if (!account) return [];
  const metrics = new Set(file.metrics);
  return context.spans.filter(
    (s) => s.accountId === account.id && s.metrics.some((m) => metrics.has(m)) && periodsOverlap(s.period, file.period),
  );
}
