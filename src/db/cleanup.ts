// On start: removes the leftovers of an interrupted import (pending imports, orphan chunks and source files).

import { allTables, db as defaultDb } from './database';
import type { YouthReachDb } from './database';

/**
 * What {@link cleanUpLeftovers} removed (counts of records): imports still `pending`, observation chunks
 * whose import does not exist, source files no import refers to. All 0 on a healthy database.
 */
export interface CleanupReport {
  pendingImports: number;
  orphanChunks: number;
  orphanSourceFiles: number;
}

/** True when the report removed anything (the page then shows a notice). */
export function cleanedAnything(report: CleanupReport): boolean {
  return report.pendingImports + report.orphanChunks + report.orphanSourceFiles > 0;
}

/**
 * Removes, in ONE `rw` transaction, every import with status `pending` (a write that never finished, as
 * databases written before December 2026 could hold: each import was written `pending`, then `complete`;
 * docs/architecture.md#storage),
 * every observation chunk without a complete import, and every source file no remaining import refers to.
 * Reads only keys and small records (never the chunk columns or file bytes). Throws Dexie's error when the
 * database cannot be written.
 */
export async function cleanUpLeftovers(database: YouthReachDb = defaultDb): Promise<CleanupReport> {
  return database.transaction('rw', allTables(database), async () => {
    const pending = await database.imports.where('status').equals('pending').primaryKeys();
    if (pending.length > 0) await database.imports.bulkDelete(pending);
    // Keys only (the primary keys, the sourceFileId index): never the records with their summaries.
    const importIds = new Set(await database.imports.toCollection().primaryKeys());
    const chunkKeys = await database.observationChunks.toCollection().primaryKeys();
    const orphanChunks = chunkKeys.filter(([importId]) => !importIds.has(importId));
    if (orphanChunks.length > 0) await database.observationChunks.bulkDelete(orphanChunks);
    const usedSources = new Set(await database.imports.orderBy('sourceFileId').keys());
    const sourceIds = await database.sourceFiles.toCollection().primaryKeys();
    const orphanSources = sourceIds.filter((id) => !usedSources.has(id));
    if (orphanSources.length > 0) await database.sourceFiles.bulkDelete(orphanSources);
    return { pendingImports: pending.length, orphanChunks: orphanChunks.length, orphanSourceFiles: orphanSources.length };
  });
}
