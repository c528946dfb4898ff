// Stores one parsed source file (entity, account, source file, import, observation chunks) in ONE transaction.

import { observationCount, observedMetrics } from '../core/formats/observation-columns';
import { filesOfParts } from '../core/model/parsed-file';
import type { ParsedFile, SourceInput } from '../core/model/parsed-file';
import { isPlatform } from '../core/model/platform';
import type { Platform } from '../core/model/platform';
import { allTables } from './database';
import type { YouthReachDb } from './database';
import { foldName } from './entities-repo';
import { errorNames } from '../core/model/errors';
import { storageProblem, unreadableProblem } from '../core/model/problem';
import type { FileProblem } from '../core/model/problem';
import { packColumns, packObservations } from './observation-chunks';
import { newId } from './new-id';
import { storedSourceBytes } from './source-bytes';
import type { AccountRecord, EntityRecord, ImportRecord, ObservationChunkRecord, SourceFileRecord } from './schema';
import { storedSummaryOf } from './chunk-aggregates';
import type { PackedImportSummary } from '../core/read-model/stored-summary';
import { readDataVersion } from './data-version';

/**
 * The prefix of a chosen account that another file of the same confirm creates (`StoreRequest.accountId`):
 * `name:Testpagina` is the entity's account named "Testpagina" on that platform, found by its folded name
 * or created with it by whichever file is stored first.
 */
export const NEW_ACCOUNT_BY_NAME = 'name:';

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
 *   accounts on the platform (`'new'`: a new account; `name:<account>`: the one another file of the same
 *   confirm names, {@link NEW_ACCOUNT_BY_NAME}); ignored for files with several platforms and for an
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
  prepared?: readonly PreparedPart[];
}

/**
 * One platform part of a parsed file (the file itself when it has no parts, `filesOfParts` otherwise) with
 * what its import stores, worked out ahead of the write: its observations packed in chunks (`importId`
 * empty, set by the write), their summary, its metrics and its observation count. The import service
 * prepares these while the preview is on screen (`StoreRequest.prepared`), so a confirm only writes.
 */
export interface PreparedPart {
  part: ParsedFile;
  chunks: readonly ObservationChunkRecord[];
  summary: PackedImportSummary;
  metrics: string[];
  observationCount: number;
}

/** The parts of `parsed` packed and summarised for the write (see {@link PreparedPart}); pure, no database. */
export function prepareParts(parsed: ParsedFile): PreparedPart[] {
  const parts = parsed.parts !== undefined && parsed.parts.length > 0 ? filesOfParts(parsed) : [parsed];
  return parts.map((part) => {
    const chunks = chunksOf('', part);
    return { part, chunks, summary: storedSummaryOf(chunks), metrics: metricsOf(part), observationCount: observationCount(part) };
  });
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

/** A request checked before any write: its normalised entity name, or the problem that stops it. */
type CheckedRequest = { request: StoreRequest; entityName: string } | { problem: FileProblem };

/** Checks `request`'s entity name (NFKC, trimmed, inner spaces folded; not empty) and platform; writes nothing. */
function checkRequest(request: StoreRequest): CheckedRequest {
  const { source, platform } = request;
  const entityName = request.entityName.normalize('NFKC').trim().replace(/\s+/g, ' ');
  if (entityName === '') {
    return {
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
      problem: {
        code: 'invalid-platform',
        message: `${source.name}: unknown platform ${JSON.stringify(platform)}.`,
        line: null,
        params: { fileName: source.name, platform: String(platform) },
      },
    };
  }
  return { request, entityName };
}

/**
 * Writes `files` inside an open rw transaction over all tables, in order, as if one after another: a file
 * whose SHA-256 is stored already (also by an earlier file of the same call) is `duplicate` and writes
 * nothing; every other file gets its entity (found by folded name or created), its account per platform
 * part ({@link pickAccount}, or the one chosen), its source file, its observation chunks and its imports
 * (status `complete`, written last). All reads come first and all writes after, a few bulk requests
 * for the whole call (not a dozen per file): IndexedDB answers each request in turn, so their number,
 * not the bytes, is what a small file costs.
 */
async function writeFiles(
  database: YouthReachDb,
  files: readonly { request: StoreRequest; entityName: string }[],
): Promise<{ results: StoreResult[]; written: Omit<WrittenBatch, 'versionBefore' | 'versionAfter'> }> {
  // Imports replaced by a file of this call go first (rare; "vervangen" of an overlapping period). They
  // are stored imports, never one of this call's, so deleting them ahead gives what one by one gives.
  const storedBefore = new Map(
    (await database.sourceFiles.where('sha256').anyOf([...new Set(files.map((f) => f.request.sha256))]).toArray()).map((f) => [f.sha256, f.id]),
  );
  const deletedImportIds: string[] = [];
  const replacing = new Set<string>();
  for (const { request } of files) {
    // A file stored before, or the same bytes again in this call, is a duplicate: it replaces nothing.
    if (storedBefore.has(request.sha256) || replacing.has(request.sha256)) continue;
    replacing.add(request.sha256);
    for (const id of request.replaceImportIds ?? []) {
      await deleteReplacedImport(database, id);
      deletedImportIds.push(id);
    }
  }

  const nameKeys = [...new Set(files.map((f) => foldName(f.entityName)))];
  const entities = new Map((await database.entities.where('nameKey').anyOf(nameKeys).toArray()).map((e) => [e.nameKey, e]));
  const accountKeys = (entityId: string, platform: Platform): string => `${entityId}\u0000${platform}`;
  const accounts = new Map<string, AccountRecord[]>();
  for (const a of await database.accounts.where('entityId').anyOf([...entities.values()].map((e) => e.id)).toArray()) {
    const key = accountKeys(a.entityId, a.platform);
    accounts.set(key, [...(accounts.get(key) ?? []), a]);
  }

  const newEntities: EntityRecord[] = [];
  const newAccounts: AccountRecord[] = [];
  const renamedAccounts = new Map<string, AccountRecord>();
  const sourceFiles: SourceFileRecord[] = [];
  const imports: ImportRecord[] = [];
  const chunks: ObservationChunkRecord[] = [];
  const results: StoreResult[] = [];
  const shaInCall = new Map<string, string>();

  for (const { request, entityName } of files) {
    const { parsed, source, sha256, platform } = request;
    const duplicateOf = storedBefore.get(sha256) ?? shaInCall.get(sha256);
    if (duplicateOf !== undefined) {
      results.push({ status: 'duplicate', sourceFileId: duplicateOf });
      continue;
    }
    const now = new Date().toISOString();
    const nameKey = foldName(entityName);
    let entity = entities.get(nameKey);
    if (!entity) {
      entity = { id: newId(), name: entityName, nameKey, createdAt: now };
      entities.set(nameKey, entity);
      newEntities.push(entity);
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
    sourceFiles.push(sourceFile);
    shaInCall.set(sha256, sourceFile.id);

    // A file holding several platforms (Meta's 2024 audience file) is one import per platform, each for
    // its own account, all pointing at the one stored source file; a plain file is one import. Packed
    // ahead by the import service when it had the time, else here.
    const prepared = request.prepared ?? prepareParts(parsed);
    const stored: { importId: string; accountId: string }[] = [];
    for (const { part, chunks: packed, summary, metrics, observationCount: count } of prepared) {
      const partPlatform = part === parsed ? platform : (part.platform ?? platform);
      const accountName = part.accountName?.trim() || null;
      const key = accountKeys(entity.id, partPlatform);
      const candidates = accounts.get(key) ?? [];
      const chosen = part === parsed ? request.accountId : undefined;
      const chosenName = chosen?.startsWith(NEW_ACCOUNT_BY_NAME) ? chosen.slice(NEW_ACCOUNT_BY_NAME.length).trim() : null;
      let account: AccountRecord | null =
        chosen === 'new'
          ? null
          : chosenName !== null
            ? (candidates.find((a) => a.name !== null && foldName(a.name) === foldName(chosenName)) ?? null)
            : (candidates.find((a) => a.id === chosen) ?? pickAccount(candidates, accountName));
      if (!account) {
        account = { id: newId(), entityId: entity.id, platform: partPlatform, name: chosenName ?? accountName, createdAt: now };
        accounts.set(key, [...candidates, account]);
        newAccounts.push(account);
      } else if (account.name === null && accountName !== null) {
        // Named in place: a later file of this call sees the name, and it is written once below.
        account.name = accountName;
        if (!newAccounts.includes(account)) renamedAccounts.set(account.id, account);
      }
      const importId = newId();
      // Copies: the prepared chunks stay as they were if this transaction fails and the file is tried alone.
      const partChunks = packed.map((c) => ({ ...c, importId }));
      const record: ImportRecord = {
        id: importId,
        sourceFileId: sourceFile.id,
        accountId: account.id,
        entityId: entity.id,
        fileName: source.name,
        format: part.format,
        formatLabel: part.formatLabel,
        formatVersion: part.formatVersion,
        platform: partPlatform,
        period: part.period,
        basis: part.basis,
        warnings: part.warnings,
        observationCount: count,
        chunkCount: partChunks.length,
        importedAt: now,
        provenance: part.provenance === 'manual' ? 'manual' : 'export',
        status: 'complete',
        metrics,
        summary,
      };
      const exportDate = request.parseOptions?.exportDate ?? part.exportDate;
      if (exportDate !== undefined) record.exportDate = exportDate;
      if (request.parseOptions?.mapping !== undefined) record.mapping = request.parseOptions.mapping;
      if (part.manualEntry) record.manualEntry = { source: part.manualEntry.source, note: part.manualEntry.note };
      imports.push(record);
      chunks.push(...partChunks);
      stored.push({ importId, accountId: account.id });
    }
    const first = stored[0]!;
    results.push({
      status: 'stored',
      importId: first.importId,
      importIds: stored.map((s) => s.importId),
      entityId: entity.id,
      accountId: first.accountId,
      sourceFileId: sourceFile.id,
    });
  }

  if (newEntities.length > 0) await database.entities.bulkAdd(newEntities);
  if (newAccounts.length > 0) await database.accounts.bulkAdd(newAccounts);
  if (renamedAccounts.size > 0) await database.accounts.bulkPut([...renamedAccounts.values()]);
  if (sourceFiles.length > 0) await database.sourceFiles.bulkAdd(sourceFiles);
  // The chunks first, the imports that make them visible last, each written once and `complete`: the
  // transaction alone makes each file all-or-nothing (a `pending` row flipped later in the same
  // transaction was one more request per confirm and guarded against nothing the transaction does not).
  if (chunks.length > 0) await database.observationChunks.bulkAdd(chunks);
  if (imports.length > 0) await database.imports.bulkAdd(imports);
  const accountsWritten = [...newAccounts, ...renamedAccounts.values()];
  const usedEntities = new Set(accountsWritten.map((a) => a.entityId));
  return {
    results,
    written: {
      entities: [...entities.values()].filter((e) => usedEntities.has(e.id)),
      accounts: accountsWritten,
      imports,
      deletedImportIds,
    },
  };
}

/**
 * What one transaction of {@link storeParsedFiles} wrote, for a cache of the stored data kept beside the
 * database: the data version before and after it (read inside it; `versionBefore` null in a database
 * that has none yet), the entities of the accounts it wrote, the accounts it created or named, the
 * imports it stored (complete) and the imports it deleted (replaced). A cache tagged `versionBefore` plus
 * this is the data tagged `versionAfter`.
 */
export interface WrittenBatch {
  versionBefore: string | null;
  versionAfter: string | null;
  entities: EntityRecord[];
  accounts: AccountRecord[];
  imports: ImportRecord[];
  deletedImportIds: string[];
}

/**
 * Writes one file in ONE Dexie `rw` transaction over all tables (all-or-nothing, docs/architecture.md#test-hooks):
 * finds the entity by case-insensitive name or creates it; finds the account by entity + platform (and the
 * file's account name when it names one; see {@link pickAccount}) or creates it; stores the source file
 * (original bytes, as a Blob where the browser keeps Blobs: `source-bytes.ts`; name, size, SHA-256), the import (`provenance` from `parsed.provenance ?? 'export'`;
 * status `complete`, written after its chunks) and the observations packed in
 * ≤ 50,000-row chunks (docs/architecture.md#storage); first it deletes the imports in `replaceImportIds`
 * (see {@link StoreRequest}). A SHA-256 already stored writes nothing and returns
 * `duplicate`. Never throws: any error aborts the transaction and comes back as `error` with a
 * {@link FileProblem} (`storage-full` for QuotaExceededError, `write-aborted` for AbortError).
 */
export async function storeParsedFile(database: YouthReachDb, request: StoreRequest): Promise<StoreResult> {
  return (await storeParsedFiles(database, [request]))[0]!;
}

/**
 * Stores several files as {@link storeParsedFile} stores each, with the same results in the same order,
 * but in ONE transaction when all of them can be written (a confirm of many small files then costs one
 * commit and a few requests, not one commit and a dozen requests per file). When that transaction fails
 * for any reason it is undone as a whole, and each file is stored again in its own transaction, so each
 * file stays all-or-nothing and one file that cannot be stored never stops the others. A file with no
 * entity or an unknown platform gets its `error` without taking part. `onWritten` hears what the one
 * transaction wrote, once it has committed (not when files were stored one by one). Never throws.
 */
export async function storeParsedFiles(
  database: YouthReachDb,
  requests: readonly StoreRequest[],
  onWritten?: (batch: WrittenBatch) => void,
): Promise<StoreResult[]> {
  const checked = requests.map(checkRequest);
  const writable = checked.filter((c): c is { request: StoreRequest; entityName: string } => !('problem' in c));
  let written: StoreResult[];
  try {
    if (writable.length === 0) {
      written = [];
    } else {
      const batch = await database.transaction('rw', allTables(database), async () => {
        const versionBefore = await readDataVersion(database.settings);
        const done = await writeFiles(database, writable);
        return { ...done, versionBefore, versionAfter: await readDataVersion(database.settings) };
      });
      written = batch.results;
      // Only now is it stored (the transaction has committed).
      onWritten?.({ versionBefore: batch.versionBefore, versionAfter: batch.versionAfter, ...batch.written });
    }
  } catch (e) {
    if (writable.length > 1) {
      written = [];
      for (const { request } of writable) written.push(await storeParsedFile(database, request));
    } else {
      written = [await failedWrite(database, writable[0]!.request, e)];
    }
  }
  let next = 0;
  return checked.map((c) => ('problem' in c ? { status: 'error', problem: c.problem } : written[next++]!));
}

/**
 * The result of one file whose transaction failed with `e`: `duplicate` when another connection stored the
 * same bytes first; `unreadable` when its original file can no longer be read from the disk (deleted or
 * changed after the preview: the browser then aborts the write that stores it by reference); else the
 * storage problem.
 */
async function failedWrite(database: YouthReachDb, request: StoreRequest, e: unknown): Promise<StoreResult> {
  // Another connection stored the same bytes between our check and our write: the unique index says so.
  if (isConstraintError(e)) {
    const other = await database.sourceFiles.where('sha256').equals(request.sha256).first().catch(() => undefined);
    if (other) return { status: 'duplicate', sourceFileId: other.id };
  }
  if (request.sourceBlob !== undefined) {
    try {
      await request.sourceBlob.slice(0, 1).arrayBuffer();
    } catch (readError) {
      // The browser's File API says a file changed or vanished with these (https://w3c.github.io/FileAPI/#dfn-NotReadableError).
      if (errorNames(readError).some((n) => n === 'NotReadableError' || n === 'NotFoundError')) return { status: 'error', problem: unreadableProblem(request.source.name, readError) };
    }
  }
  return { status: 'error', problem: storageProblem(request.source.name, e) };
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
      summary: storedSummaryOf(chunks),
    });
    return true;
  });
}
