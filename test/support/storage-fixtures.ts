// Helpers for the schema, workspace and deletion tests: databases of earlier schema versions with data in
// them, storing a text file with its real SHA-256, and a full dump of every table for comparisons.

import Dexie from 'dexie';
import type { ParsedFile } from '../../src/core/model/parsed-file';
import type { Platform } from '../../src/core/model/platform';
import { DATA_VERSION_KEY } from '../../src/db/data-version';
import { allTables } from '../../src/db/database';
import type { YouthReachDb } from '../../src/db/database';
import { packObservations } from '../../src/db/observation-chunks';
import { SCHEMA_VERSIONS } from '../../src/db/schema';
import { storeParsedFile } from '../../src/db/store-import';
import { sha256Hex } from '../../src/workers/import-service';
import { sourceOf, youtubeViewerAge } from './parsed-files';

/** Stores `text` as file `name` parsed as `parsed` for `entityName` on `platform`, with its real SHA-256. */
export async function storeText(
  database: YouthReachDb,
  name: string,
  text: string,
  parsed: ParsedFile,
  entityName: string,
  platform: Platform,
): Promise<{ importId: string; entityId: string; sourceFileId: string }> {
  const source = sourceOf(name, text);
  const sha256 = await sha256Hex(new Uint8Array(source.bytes));
  const result = await storeParsedFile(database, { parsed, source, sha256, entityName, platform });
  if (result.status !== 'stored') throw new Error(`not stored: ${JSON.stringify(result)}`);
  return result;
}

/** Every record of every table, each table sorted by its JSON key, for whole-database comparisons. */
export async function dumpTables(database: YouthReachDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of allTables(database)) {
    // The data version (src/db/data-version.ts) is the database's own record of its writes, not data.
    const rows = (await table.toArray()).filter((r) => !(table.name === 'settings' && (r as { key?: unknown }).key === DATA_VERSION_KEY));
    const keyPath = table.schema.primKey.keyPath;
    const key = (r: unknown) => JSON.stringify(keyPath == null ? r : pick(r, keyPath));
    out[table.name] = rows.sort((a, b) => key(a).localeCompare(key(b)));
  }
  return out;
}

function pick(row: unknown, keyPath: string | string[]): unknown {
  const r = row as Record<string, unknown>;
  return Array.isArray(keyPath) ? keyPath.map((k) => r[k]) : r[keyPath];
}

/** The bytes of the YouTube-shaped file stored in earlier-version databases. */
export const V1_FILE_TEXT = 'Viewer age,Views (%)\n13–17 years,0.61\n18–24 years,10.81\n';

/**
 * Creates database `name` at schema version `version` (only the versions up to it, as a build of that time
 * would) holding one entity (Ketnet), one YouTube account, one source file, one import in that version's
 * shape (version 1: no `provenance`) and its packed chunk (the viewer-age split of
 * real-exports/youtube/viewer-age_table-data.csv: youth share 0.1142). Closes it and returns the ids.
 */
export async function createOldDatabase(name: string, version: number): Promise<{ importId: string; sha256: string }> {
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) {
    const declared = old.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  const now = '2025-10-01T10:00:00.000Z';
  const bytes = new TextEncoder().encode(V1_FILE_TEXT);
  const sha256 = await sha256Hex(bytes);
  const parsed = youtubeViewerAge();
  const importRow: Record<string, unknown> = {
    id: 'imp-1',
    sourceFileId: 'sf-1',
    accountId: 'acc-1',
    entityId: 'ent-1',
    fileName: 'viewer-age_table-data.csv',
    format: parsed.format,
    formatLabel: parsed.formatLabel,
    formatVersion: 1,
    platform: 'youtube',
    period: null,
    basis: 'views',
    warnings: [],
    observationCount: parsed.observations.length,
    chunkCount: 1,
    importedAt: now,
    status: 'complete',
  };
  if (version >= 2) importRow.provenance = 'export';
  await old.table('entities').add({ id: 'ent-1', name: 'Ketnet', nameKey: 'ketnet', createdAt: now });
  await old.table('accounts').add({ id: 'acc-1', entityId: 'ent-1', platform: 'youtube', name: null, createdAt: now });
  await old.table('sourceFiles').add({
    id: 'sf-1', name: 'viewer-age_table-data.csv', size: bytes.byteLength, sha256, lastModified: null, importedAt: now, bytes: bytes.buffer,
  });
  await old.table('imports').add(importRow);
  await old.table('observationChunks').bulkAdd(packObservations('imp-1', parsed.observations));
  old.close();
  return { importId: 'imp-1', sha256 };
}
