// The data screen's queries: every import with its file and entity, and every entity with its counts.

import type { Period } from '../core/model/observation';
import type { Platform } from '../core/model/platform';
import { db as defaultDb } from './database';
import type { YouthReachDb } from './database';
import { sourceBlob } from './source-bytes';

/**
 * One stored import as the data screen lists it: its source file's id, file name and size (bytes), entity, platform, format
 * label, period (ISO, inclusive, or null), import time (ISO), provenance and observation count.
 */
export interface ImportListRow {
  importId: string;
  sourceFileId: string;
  fileName: string;
  size: number;
  entityId: string;
  entityName: string;
  platform: Platform;
  formatLabel: string;
  period: Period | null;
  importedAt: string;
  provenance: 'export' | 'manual';
  observationCount: number;
}

/** One entity with how many accounts and imports it has. */
export interface EntityListRow {
  entityId: string;
  name: string;
  accounts: number;
  imports: number;
}

/**
 * The stored original of source file `fileId`, to download: its name and its bytes as a Blob (a record
 * written before Blobs were stored holds an ArrayBuffer, wrapped here). Null when no such file is stored
 * (deleted since). Rejects with Dexie's error when the database cannot be read.
 */
export async function readStoredSourceFile(fileId: string, database: YouthReachDb = defaultDb): Promise<{ name: string; blob: Blob } | null> {
  const file = await database.sourceFiles.get(fileId);
  if (!file) return null;
  return { name: file.name, blob: sourceBlob(file.bytes) };
}

/** Every import, newest first (then by file name). Reads source-file sizes, never their bytes into the result. */
export async function listImportRows(database: YouthReachDb = defaultDb): Promise<ImportListRow[]> {
  return database.transaction('r', [database.entities, database.imports, database.sourceFiles], async () => {
    const [entities, imports] = await Promise.all([database.entities.toArray(), database.imports.toArray()]);
    const names = new Map(entities.map((e) => [e.id, e.name]));
    const sizes = new Map<string, number>();
    for (const id of new Set(imports.map((i) => i.sourceFileId))) {
      const file = await database.sourceFiles.get(id);
      if (file) sizes.set(id, file.size);
    }
    return imports
      .map((i) => ({
        importId: i.id,
        sourceFileId: i.sourceFileId,
        fileName: i.fileName,
        size: sizes.get(i.sourceFileId) ?? 0,
        entityId: i.entityId,
        entityName: names.get(i.entityId) ?? '',
        platform: i.platform,
        formatLabel: i.formatLabel,
        period: i.period,
        importedAt: i.importedAt,
        provenance: i.provenance ?? 'export',
        observationCount: i.observationCount,
      }))
      .sort((a, b) => (a.importedAt < b.importedAt ? 1 : a.importedAt > b.importedAt ? -1 : a.fileName.localeCompare(b.fileName)));
  });
}

/** Every entity with its account and import counts, sorted by name (Dutch collation, case-insensitive). */
export async function listEntityRows(database: YouthReachDb = defaultDb): Promise<EntityListRow[]> {
  return database.transaction('r', [database.entities, database.accounts, database.imports], async () => {
    const [entities, accounts, imports] = await Promise.all([
      database.entities.toArray(),
      database.accounts.toArray(),
      database.imports.toArray(),
    ]);
    const count = (ids: string[]) => ids.reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<string, number>());
    const accountCounts = count(accounts.map((a) => a.entityId));
    const importCounts = count(imports.map((i) => i.entityId));
    return entities
      .map((e) => ({ entityId: e.id, name: e.name, accounts: accountCounts.get(e.id) ?? 0, imports: importCounts.get(e.id) ?? 0 }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }) || a.entityId.localeCompare(b.entityId));
  });
}
