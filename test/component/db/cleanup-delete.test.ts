// Clean-up of interrupted imports on start, deleting one import (and undoing it), one entity or all data,
// and the small repositories of schema v2 (settings, presence, reference overrides, saved formats).

import { afterEach, describe, expect, it } from 'vitest';
import type { YouthReachDb } from '../../../src/db/database';
import { cleanedAnything, cleanUpLeftovers } from '../../../src/db/cleanup';
import { deleteAllData, deleteEntity, deleteImport, planDeleteAll, planDeleteEntity, undoDeleteImport } from '../../../src/db/delete-data';
import { listEntityRows, listImportRows } from '../../../src/db/data-repo';
import { loadOverviewRows } from '../../../src/db/answer-repo';
import { deletePresence, getPresence, listPresence, putPresence } from '../../../src/db/presence-repo';
import { deleteReferenceOverride, getReferenceOverride, listReferenceOverrides, putReferenceOverride } from '../../../src/db/reference-overrides-repo';
import { deleteSavedFormat, getSavedFormat, listSavedFormats, putSavedFormat } from '../../../src/db/saved-formats-repo';
import { deleteSetting, getSetting, listSettings, putSetting } from '../../../src/db/settings-repo';
import { packObservations } from '../../../src/db/observation-chunks';
import { freshDatabase, metaAudience, metaReach, parsed, youtubeViewerAge } from '../../support/parsed-files';
import { dumpTables, storeText } from '../../support/storage-fixtures';

let database: YouthReachDb;
afterEach(async () => {
  await database?.delete();
});

describe('cleanUpLeftovers', () => {
  it('removes a pending import, orphan chunks and orphan source files, and keeps complete imports', async () => {
    database = freshDatabase();
    const kept = await storeText(database, 'viewer-age.csv', 'youtube', youtubeViewerAge(), 'Ketnet', 'youtube');
    const keptDump = await dumpTables(database);
    expect(await cleanUpLeftovers(database)).toEqual({ pendingImports: 0, orphanChunks: 0, orphanSourceFiles: 0 });

    // A leftover as an interrupted write would leave it: a pending import with 2 chunks and its file, one
    // chunk of an import that does not exist, and a file no import uses.
    const imp = (await database.imports.get(kept.importId))!;
    await database.imports.add({ ...imp, id: 'pending-1', sourceFileId: 'sf-pending', status: 'pending' });
    const obs = metaReach().observations;
    await database.observationChunks.bulkAdd(packObservations('pending-1', obs, 2)); // 3 rows → 2 chunks
    await database.observationChunks.bulkAdd(packObservations('ghost', obs)); // 1 orphan chunk
    const file = (await database.sourceFiles.get(kept.sourceFileId))!;
    await database.sourceFiles.add({ ...file, id: 'sf-pending', sha256: 'p'.repeat(64) });
    await database.sourceFiles.add({ ...file, id: 'sf-orphan', sha256: 'o'.repeat(64) });

    const report = await cleanUpLeftovers(database);
    // chunks: 2 of the pending import + 1 of "ghost" = 3; files: sf-pending + sf-orphan = 2
    expect(report).toEqual({ pendingImports: 1, orphanChunks: 3, orphanSourceFiles: 2 });
    expect(cleanedAnything(report)).toBe(true);
    expect(await dumpTables(database)).toEqual(keptDump);
  });
});

describe('deleting', () => {
  it('deletes one import with its chunks, file and now-empty account, and undo puts back the same records', async () => {
    database = freshDatabase();
    await storeText(database, 'viewer-age.csv', 'youtube', youtubeViewerAge(), 'Ketnet', 'youtube');
    const audience = await storeText(database, 'Audience.csv', 'audience', metaAudience(), 'Ketnet', 'instagram');
    const before = await dumpTables(database);
    const overviewBefore = await loadOverviewRows(database);

    const deleted = await deleteImport(audience.importId, database);
    expect(deleted?.sourceFile?.name).toBe('Audience.csv');
    expect(deleted?.account?.platform).toBe('instagram');
    // Left: the YouTube import only (1 import, 1 file, 1 account, 1 chunk); the entity stays.
    expect(await database.imports.count()).toBe(1);
    expect(await database.sourceFiles.count()).toBe(1);
    expect(await database.accounts.count()).toBe(1);
    expect(await database.observationChunks.count()).toBe(1);
    expect((await listImportRows(database)).map((r) => r.fileName)).toEqual(['viewer-age.csv']);

    await undoDeleteImport(deleted!, database);
    expect(await dumpTables(database)).toEqual(before);
    expect(await loadOverviewRows(database)).toEqual(overviewBefore);
  });

  it('says what an entity deletion removes, then removes the entity with its accounts, imports, files and presence', async () => {
    database = freshDatabase();
    const k = await storeText(database, 'viewer-age.csv', 'youtube', youtubeViewerAge(), 'Ketnet', 'youtube');
    await storeText(database, 'Audience.csv', 'audience', metaAudience(), 'Ketnet', 'instagram');
    await storeText(database, 'Reach.csv', 'reach!', metaReach(), 'VDAB', 'facebook');
    await putPresence(k.entityId, 'tiktok', 'no-account', database);

    // Ketnet: 2 accounts, 2 imports, 2 files of 7 ("youtube") + 8 ("audience") = 15 bytes.
    expect(await planDeleteEntity(k.entityId, database)).toEqual({
      entityName: 'Ketnet', entities: 1, accounts: 2, imports: 2, sourceFiles: 2, bytes: 15,
    });
    await deleteEntity(k.entityId, database);
    expect((await listEntityRows(database)).map((e) => [e.name, e.accounts, e.imports])).toEqual([['VDAB', 1, 1]]);
    expect(await database.sourceFiles.count()).toBe(1);
    expect(await database.observationChunks.count()).toBe(1);
    expect(await listPresence(undefined, database)).toEqual([]);
  });

  it('deletes all data after saying how much goes', async () => {
    database = freshDatabase();
    await storeText(database, 'viewer-age.csv', 'youtube', youtubeViewerAge(), 'Ketnet', 'youtube');
    await storeText(database, 'Reach.csv', 'reach!', metaReach(), 'VDAB', 'facebook');
    await putSetting('x', 1, database);
    // 2 entities, 2 accounts, 2 imports, 2 files of 7 + 6 = 13 bytes
    expect(await planDeleteAll(database)).toEqual({ entityName: null, entities: 2, accounts: 2, imports: 2, sourceFiles: 2, bytes: 13 });
    await deleteAllData(database);
    const dump = await dumpTables(database);
    expect(Object.values(dump).every((rows) => rows.length === 0)).toBe(true);
  });
});

describe('schema v2 repositories', () => {
  it('get, put, list and delete settings, presence, reference overrides and saved formats', async () => {
    database = freshDatabase();
    await putSetting('b', { low: 80 }, database);
    await putSetting('a', 2, database);
    expect(await getSetting('b', database)).toEqual({ low: 80 });
    expect((await listSettings(database)).map((s) => s.key)).toEqual(['a', 'b']);
    await deleteSetting('a', database);
    expect(await getSetting('a', database)).toBeUndefined();

    await putPresence('e1', 'tiktok', 'no-account', database);
    await putPresence('e1', 'x', 'has-account', database);
    await putPresence('e2', 'x', 'no-account', database);
    expect(await getPresence('e1', 'tiktok', database)).toBe('no-account');
    expect((await listPresence('e1', database)).map((p) => p.platform).sort()).toEqual(['tiktok', 'x']);
    await deletePresence('e1', 'tiktok', database);
    expect(await getPresence('e1', 'tiktok', database)).toBeUndefined();

    await putReferenceOverride('population-13-24', { value: 0.15, source: 'own' }, database);
    expect((await getReferenceOverride('population-13-24', database))?.value).toEqual({ value: 0.15, source: 'own' });
    expect(await listReferenceOverrides(database)).toHaveLength(1);
    await deleteReferenceOverride('population-13-24', database);
    expect(await listReferenceOverrides(database)).toEqual([]);

    const saved = await putSavedFormat({ name: 'LinkedIn volgers', mapping: { date: 'A' } }, database);
    const renamed = await putSavedFormat({ id: saved.id, name: 'LinkedIn', mapping: { date: 'B' } }, database);
    expect(renamed.createdAt).toBe(saved.createdAt);
    expect((await getSavedFormat(saved.id, database))?.mapping).toEqual({ date: 'B' });
    expect((await listSavedFormats(database)).map((f) => f.name)).toEqual(['LinkedIn']);
    await deleteSavedFormat(saved.id, database);
    expect(await listSavedFormats(database)).toEqual([]);
  });

  it('stores provenance from the parsed file (manual) and defaults to export', async () => {
    database = freshDatabase();
    const manual = await storeText(database, 'typed.csv', 'typed', { ...parsed('typed.csv', { observations: [] }), provenance: 'manual' }, 'Ketnet', 'tiktok');
    const exported = await storeText(database, 'Reach.csv', 'reach', metaReach(), 'Ketnet', 'facebook');
    expect((await database.imports.get(manual.importId))?.provenance).toBe('manual');
    expect((await database.imports.get(exported.importId))?.provenance).toBe('export');
    expect((await database.imports.get(exported.importId))?.status).toBe('complete');
  });
});
