// Stores one parsed source file (entity, account, source file, import, observation chunks) in ONE transaction.

import { observationCount, observedMetrics } from '../core/formats/observation-columns';
import { filesOfParts } from '../core/model/parsed-file';
import type { ParsedFile, SourceInput } from '../core/model/parsed-file';
import { isPlatform } from '../core/model/platform';
import type { Platform } from '../core/model/platform';
import { allTables } from './database';
import type { YouthReachDb } from './database';
import { foldName } from './entities-repo';
import { storageProblem } from '../core/model/problem';
import type { FileProblem } from '../core/model/problem';
import { packColumns, packObservations } from './observation-chunks';
import { newId } from './new-id';
import { storedSourceBytes } from './source-bytes';
import type { AccountRecord, ImportRecord, ObservationChunkRecord, SourceFileRecord } from './schema';
import { summariseChunks } from './chunk-aggregates';

/**
 * What to store: the parsed file, its original bytes and their SHA-256 (hex), and where it belongs.
 * - `replaceImportIds`: stored imports this file replaces (the user chose "vervangen" for an overlapping
 *   period): deleted, with their chunks and their source file when no other import uses it, in the SAME
 *   transaction that stores the new import, so nothing is ever counted twice or lost half-way.
 * - `sourceBlob`: the same bytes as the Blob (`File`) they were read from, if at hand: stored instead of a
 *   copy where the browser keeps Blobs (`storedSourceBytes` in `source-bytes.ts`).
 * - `parseOptions`: what the file was read with beyond its bytes (the TikTok export date, a generic CSV
 *   mapping), kept on the import so re-reading it later gives the same interpretation.
 * - `accountId`: the account the user chose for a file that names none while its entity has several
 *   accounts on the platform (`'new'`: a new account); ignored for files with several platforms and for an
 *   id that is not an account of that entity and platform. Without it, {@link pickAccount} decides.
 */
export interface StoreRequest {
  parsed: ParsedFile;
  source: SourceInput;
  sha256: string;
  entityName: string;
  platform: Platform;
  replaceImportIds?: readonly string[];
  accountId?: string;
  sourceBlob?: Blob;
  parseOptions?: { exportDate?: string; mapping?: unknown };
}

/**
 * The distinct metrics among `parsed`'s observations, in first-seen order (stored as `ImportRecord.metrics`);
 * read from its columns when it carries them, without building the observations.
 */
export function metricsOf(parsed: Pick<ParsedFile, 'observations' | 'columns'>): string[] {
  return observedMetrics(parsed);
}

/** The chunks of `parsed`'s observations: packed from its columns when it carries them (same chunks). */
function chunksOf(importId: string, parsed: ParsedFile): ObservationChunkRecord[] {
  return parsed.columns ? packColumns(importId, parsed.columns) : packObservations(importId, parsed.observations);
}

/**
 * Inside an open rw transaction over all tables: deletes import `importId`, its chunks, and its source file
 * when no other import uses it (its account stays, the new import goes there). Missing ids are ignored.
 */
async function deleteReplacedImport(database: YouthReachDb, importId: string): Promise<void> {
  const old = await database.imports.get(importId);
  if (!old) return;
  await database.observationChunks
    .where('[importId+seq]')
    .between([importId, 0], [importId, Number.MAX_SAFE_INTEGER], true, true)
    .delete();
  await database.imports.delete(importId);
  const others = await database.imports.where('sourceFileId').equals(old.sourceFileId).count();
  if (others === 0) await database.sourceFiles.delete(old.sourceFileId);
}

/**
 * The outcome for one file. `stored`: ids of what was written (entity/account may be existing ones).
 * `importIds`: every import written (one per platform part, see `ParsedFile.parts`; `importId` is the first).
 * `duplicate`: a source file with the same SHA-256 was already stored; nothing was written.
 * `error`: nothing was written; `problem` says why.
 */
export type StoreResult =
  | { status: 'stored'; importId: string; importIds: string[]; entityId: string; accountId: string; sourceFileId: string }
  | { status: 'duplicate'; sourceFileId: string }
  | { status: 'error'; problem: FileProblem };

class DuplicateFound extends Error {
  constructor(readonly sourceFileId: string) {
    super('duplicate');
  }
}

/**
 * Writes one file in ONE Dexie `rw` transaction over all tables (all-or-nothing, docs/architecture.md#test-hooks):
 * finds the entity by case-insensitive name or creates it; finds the account by entity + platform (and the
 * file's account name when it names one; see {@link pickAccount}) or creates it; stores the source file
 * (original bytes, as a Blob where the browser keeps Blobs: `source-bytes.ts`; name, size, SHA-256), the import (`provenance` from `parsed.provenance ?? 'export'`;
 * status `pending`, flipped to `complete` as the last write) and the observations packed in
 * ≤ 50,000-row chunks (docs/architecture.md#storage); first it deletes the imports in `replaceImportIds`
 * (see {@link StoreRequest}). A SHA-256 already stored writes nothing and returns
 * `duplicate`. Never throws: any error aborts the transaction and comes back as `error` with a
 * {@link FileProblem} (`storage-full` for QuotaExceededError, `write-aborted` for AbortError).
 */
export async function storeParsedFile(database: YouthReachDb, request: StoreRequest): Promise<StoreResult> {
  const { parsed, source, sha256, platform } = request;
  const entityName = request.entityName.normalize('NFKC').trim().replace(/\s+/g, ' ');
  if (entityName === '') {
    return {
      status: 'error',
      problem: {
        code: 'entity-required',
        message: `${source.name}: no entity given; say which entity this file belongs to.`,
        line: null,
        params: { fileName: source.name },
      },
    };
  }
  if (!isPlatform(platform)) {
    return {
      status: 'error',
      problem: {
        code: 'invalid-platform',
        message: `${source.name}: unknown platform ${JSON.stringify(platform)}.`,
        line: null,
        params: { fileName: source.name, platform: String(platform) },
      },
    };
  }
  try {
    return await database.transaction('rw', allTables(database), async () => {
      const existing = await database.sourceFiles.where('sha256').equals(sha256).first();
      if (existing) throw new DuplicateFound(existing.id);
      const now = new Date().toISOString();
      for (const id of request.replaceImportIds ?? []) await deleteReplacedImport(database, id);

      const nameKey = foldName(entityName);
      let entity = await database.entities.where('nameKey').equals(nameKey).first();
      if (!entity) {
        entity = { id: newId(), name: entityName, nameKey, createdAt: now };
        await database.entities.add(entity);
      }

      const sourceFile: SourceFileRecord = {
        id: newId(),
        name: source.name,
        size: source.bytes.byteLength,
        sha256,
        lastModified: source.lastModified ?? null,
        importedAt: now,
        bytes: storedSourceBytes(source.bytes, request.sourceBlob),
      };
      await database.sourceFiles.add(sourceFile);

      // A file holding several platforms (Meta's 2024 audience file) is one import per platform, each for
      // its own account, all pointing at the one stored source file; a plain file is one import.
      const files = parsed.parts !== undefined && parsed.parts.length > 0 ? filesOfParts(parsed) : [parsed];
      const stored: { importId: string; accountId: string }[] = [];
      for (const file of files) {
        const filePlatform = file === parsed ? platform : (file.platform ?? platform);
        stored.push(await addImport(database, request, file, filePlatform, entity.id, sourceFile.id, now));
      }
      const first = stored[0]!;
      return {
        status: 'stored' as const,
        importId: first.importId,
        importIds: stored.map((s) => s.importId),
        entityId: entity.id,
        accountId: first.accountId,
        sourceFileId: sourceFile.id,
      };
    });
  } catch (e) {
    if (e instanceof DuplicateFound) return { status: 'duplicate', sourceFileId: e.sourceFileId };
    // Another connection stored the same bytes between our check and our write: the unique index says so.
    if (isConstraintError(e)) {
      const other = await database.sourceFiles.where('sha256').equals(sha256).first().catch(() => undefined);
      if (other) return { status: 'duplicate', sourceFileId: other.id };
    }
    return { status: 'error', problem: storageProblem(source.name, e) };
  }
}

/**
 * Inside the open rw transaction of {@link storeParsedFile}: finds or creates the account of `parsed` on
 * `platform` for `entityId` and adds its import (pending, then complete) with its observation chunks.
 */
async function addImport(
  database: YouthReachDb,
  request: StoreRequest,
  parsed: ParsedFile,
  platform: Platform,
  entityId: string,
  sourceFileId: string,
  now: string,
): Promise<{ importId: string; accountId: string }> {
  const accountName = parsed.accountName?.trim() || null;
  const candidates = await database.accounts.where('[entityId+platform]').equals([entityId, platform]).toArray();
  const chosen = parsed === request.parsed ? request.accountId : undefined;
  let account: AccountRecord | null =
    chosen === 'new' ? null : (candidates.find((a) => a.id === chosen) ?? pickAccount(candidates, accountName));
  if (!account) {
    account = { id: newId(), entityId, platform, name: accountName, createdAt: now };
    await database.accounts.add(account);
  } else if (account.name === null && accountName !== null) {
    account = { ...account, name: accountName };
    await database.accounts.update(account.id, { name: accountName });
  }
  const importId = newId();
  const chunks = chunksOf(importId, parsed);
  const record: ImportRecord = {
    id: importId,
    sourceFileId,
    accountId: account.id,
    entityId,
    fileName: request.source.name,
    format: parsed.format,
    formatLabel: parsed.formatLabel,
    formatVersion: parsed.formatVersion,
    platform,
    period: parsed.period,
    basis: parsed.basis,
    warnings: parsed.warnings,
    observationCount: observationCount(parsed),
    chunkCount: chunks.length,
    importedAt: now,
    provenance: parsed.provenance === 'manual' ? 'manual' : 'export',
    status: 'pending',
    metrics: metricsOf(parsed),
    summary: summariseChunks(chunks),
  };
  const exportDate = request.parseOptions?.exportDate ?? parsed.exportDate;
  if (exportDate !== undefined) record.exportDate = exportDate;
  if (request.parseOptions?.mapping !== undefined) record.mapping = request.parseOptions.mapping;
  if (parsed.manualEntry) record.manualEntry = { source: parsed.manualEntry.source, note: parsed.manualEntry.note };
  // Pending first, complete last (docs/architecture.md#storage): the transaction already makes the file
  // all-or-nothing; the flag is the second line of defence that cleanup.ts checks on start.
  await database.imports.add(record);
  if (chunks.length > 0) await database.observationChunks.bulkAdd(chunks);
  // The whole record again (not `update`): Dexie's update deep-copies the stored record, which would copy
  // the summary's typed arrays where they come from another realm (a test's fake IndexedDB).
  await database.imports.put({ ...record, status: 'complete' });
  return { importId, accountId: account.id };
}

function isConstraintError(e: unknown): boolean {
  const name = (e as { name?: unknown } | null)?.name;
  const inner = (e as { inner?: { name?: unknown } } | null)?.inner?.name;
  return name === 'ConstraintError' || inner === 'ConstraintError';
}

/**
 * Which existing account of one entity on one platform a file belongs to (null → create one).
 * - The file names an account: the one with that name (case-folded), else the one still without a name
 *   (it gets the name), else none (a second account on that platform).
 * - The file names none: the one without a name, else the oldest.
 */
export function pickAccount(candidates: readonly AccountRecord[], accountName: string | null): AccountRecord | null {
  const oldestFirst = [...candidates].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const unnamed = oldestFirst.find((a) => a.name === null) ?? null;
  if (accountName !== null) {
    const key = foldName(accountName);
    return oldestFirst.find((a) => a.name !== null && foldName(a.name) === key) ?? unnamed;
  }
  return unnamed ?? oldestFirst[0] ?? null;
}

/**
 * Re-interpretation (docs/adding-a-format.md#versions): replaces the observations and interpretation of stored import `importId`
 * by `parsed` (a newer reading of the same source file) in ONE rw transaction: its chunks are deleted and
 * re-packed, and format, label, version, period, basis, warnings, counts and metrics updated; entity,
 * account, source file, provenance and import time stay. Returns false (and writes nothing) when the
 * import no longer exists. Throws Dexie's error when the write fails (the transaction is then undone).
 */
export async function replaceImportInterpretation(database: YouthReachDb, importId: string, parsed: ParsedFile): Promise<boolean> {
  return database.transaction('rw', [database.imports, database.observationChunks], async () => {
    const existing = await database.imports.get(importId);
    if (!existing) return false;
    await database.observationChunks
      .where('[importId+seq]')
      .between([importId, 0], [importId, Number.MAX_SAFE_INTEGER], true, true)
      .delete();
    const chunks = chunksOf(importId, parsed);
    if (chunks.length > 0) await database.observationChunks.bulkAdd(chunks);
    await database.imports.update(importId, {
      format: parsed.format,
      formatLabel: parsed.formatLabel,
      formatVersion: parsed.formatVersion,
      period: parsed.period,
      basis: parsed.basis,
      warnings: parsed.warnings,
      observationCount: observationCount(parsed),
      chunkCount: chunks.length,
      metrics: metricsOf(parsed),
      summary: summariseChunks(chunks),
    });
    return true;
  });
}
