// Deletes one import (with undo), one entity with everything of it, or all data; and says beforehand what goes.

import { allTables, db as defaultDb } from './database';
import type { YouthReachDb } from './database';
import type { AccountRecord, ImportRecord, ObservationChunkRecord, SourceFileRecord } from './schema';
import { clearSnapshots } from './read-model-snapshot';

/**
 * Everything {@link deleteImport} removed, kept in memory so {@link undoDeleteImport} can put it back:
 * the import, its chunks, its source file (null when another import still uses it) and its account (null
 * when the account still has other imports).
 */
export interface DeletedImport {
  importRecord: ImportRecord;
  chunks: ObservationChunkRecord[];
  sourceFile: SourceFileRecord | null;
  account: AccountRecord | null;
}

/**
 * What a deletion will remove (record counts; `bytes` = total size of the source files that go), for the
 * confirmation text. `entityName` is set for an entity.
 */
export interface DeletionPlan {
  entityName: string | null;
  entities: number;
  accounts: number;
  imports: number;
  sourceFiles: number;
  bytes: number;
}

async function chunksOf(database: YouthReachDb, importId: string): Promise<ObservationChunkRecord[]> {
  return database.observationChunks
    .where('[importId+seq]')
    .between([importId, 0], [importId, Number.MAX_SAFE_INTEGER], true, true)
    .toArray();
}

async function deleteChunksOf(database: YouthReachDb, importId: string): Promise<void> {
  await database.observationChunks
    .where('[importId+seq]')
    .between([importId, 0], [importId, Number.MAX_SAFE_INTEGER], true, true)
    .delete();
}

/**
 * Deletes import `importId` in ONE transaction: the import, its chunks, its source file when no other import
 * uses it, and its account when it has no other import (the entity stays). Returns what went, for undo;
 * null when there is no such import.
 */
export async function deleteImport(importId: string, database: YouthReachDb = defaultDb): Promise<DeletedImport | null> {
  return database.transaction('rw', allTables(database), async () => {
    const importRecord = await database.imports.get(importId);
    if (!importRecord) return null;
    const chunks = await chunksOf(database, importId);
    const sameSource = await database.imports.where('sourceFileId').equals(importRecord.sourceFileId).count();
    const sourceFile = sameSource <= 1 ? ((await database.sourceFiles.get(importRecord.sourceFileId)) ?? null) : null;
    const sameAccount = await database.imports.where('accountId').equals(importRecord.accountId).count();
    const account = sameAccount <= 1 ? ((await database.accounts.get(importRecord.accountId)) ?? null) : null;
    await deleteChunksOf(database, importId);
    await database.imports.delete(importId);
    if (sourceFile) await database.sourceFiles.delete(sourceFile.id);
    if (account) await database.accounts.delete(account.id);
    return { importRecord, chunks, sourceFile, account };
  });
}

/**
 * Puts back what {@link deleteImport} removed, in ONE transaction (`put`, so a repeated undo is harmless).
 * When a source file with the same SHA-256 was stored meanwhile, the import points at that one instead.
 */
export async function undoDeleteImport(deleted: DeletedImport, database: YouthReachDb = defaultDb): Promise<void> {
  await database.transaction('rw', allTables(database), async () => {
    let importRecord = deleted.importRecord;
    if (deleted.account) await database.accounts.put(deleted.account);
    if (deleted.sourceFile) {
      const other = await database.sourceFiles.where('sha256').equals(deleted.sourceFile.sha256).first();
      if (other && other.id !== deleted.sourceFile.id) importRecord = { ...importRecord, sourceFileId: other.id };
      else await database.sourceFiles.put(deleted.sourceFile);
    }
    await database.imports.put(importRecord);
    if (deleted.chunks.length > 0) await database.observationChunks.bulkPut(deleted.chunks);
  });
}

/** What deleting entity `entityId` removes: the entity, its accounts, its imports and their source files. */
export async function planDeleteEntity(entityId: string, database: YouthReachDb = defaultDb): Promise<DeletionPlan> {
  return database.transaction('r', [database.entities, database.accounts, database.imports, database.sourceFiles], async () => {
    const entity = await database.entities.get(entityId);
    const accounts = await database.accounts.where('entityId').equals(entityId).count();
    const imports = await database.imports.where('entityId').equals(entityId).toArray();
    const sources = await sourceFilesOnlyUsedBy(database, imports);
    return {
      entityName: entity?.name ?? null,
      entities: entity ? 1 : 0,
      accounts,
      imports: imports.length,
      sourceFiles: sources.length,
      bytes: sources.reduce((sum, s) => sum + s.size, 0),
    };
  });
}

/** The source files of `imports` that no import outside `imports` uses (metadata only, bytes dropped). */
async function sourceFilesOnlyUsedBy(
  database: YouthReachDb,
  imports: readonly ImportRecord[],
): Promise<{ id: string; size: number }[]> {
  const ids = new Set(imports.map((i) => i.id));
  const out: { id: string; size: number }[] = [];
  for (const sourceFileId of new Set(imports.map((i) => i.sourceFileId))) {
    const users = await database.imports.where('sourceFileId').equals(sourceFileId).primaryKeys();
    if (users.every((id) => ids.has(id))) {
      const size = (await database.sourceFiles.get(sourceFileId))?.size;
      if (size !== undefined) out.push({ id: sourceFileId, size });
    }
  }
  return out;
}

/**
 * Deletes entity `entityId` in ONE transaction with its accounts, imports, their chunks, the source files
 * only they used, and its presence records. Returns the plan that was carried out (all 0 when unknown).
 */
export async function deleteEntity(entityId: string, database: YouthReachDb = defaultDb): Promise<DeletionPlan> {
  return database.transaction('rw', allTables(database), async () => {
    const plan = await planDeleteEntity(entityId, database);
    const imports = await database.imports.where('entityId').equals(entityId).toArray();
    const sources = await sourceFilesOnlyUsedBy(database, imports);
    for (const imp of imports) await deleteChunksOf(database, imp.id);
    await database.imports.bulkDelete(imports.map((i) => i.id));
    await database.sourceFiles.bulkDelete(sources.map((s) => s.id));
    await database.accounts.where('entityId').equals(entityId).delete();
    await database.presence.where('entityId').equals(entityId).delete();
    await database.entities.delete(entityId);
    return plan;
  });
}

/** What deleting all data removes: every entity, account, import and source file (settings go too). */
export async function planDeleteAll(database: YouthReachDb = defaultDb): Promise<DeletionPlan> {
  return database.transaction('r', [database.entities, database.accounts, database.imports, database.sourceFiles], async () => {
    let bytes = 0;
    await database.sourceFiles.each((s) => {
      bytes += s.size;
    });
    return {
      entityName: null,
      entities: await database.entities.count(),
      accounts: await database.accounts.count(),
      imports: await database.imports.count(),
      sourceFiles: await database.sourceFiles.count(),
      bytes,
    };
  });
}

/**
 * Empties every table (data, presence, settings, overrides, saved formats) in ONE transaction, then the
 * read model's kept snapshot of them (src/db/read-model-snapshot.ts).
 */
export async function deleteAllData(database: YouthReachDb = defaultDb): Promise<void> {
  await database.transaction('rw', allTables(database), async () => {
    await Promise.all(allTables(database).map((t) => t.clear()));
  });
  await clearSnapshots(database.name);
}
