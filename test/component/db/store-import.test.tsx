// Storing one parsed file in one transaction (src/db/store-import.ts) against fake-indexeddb.

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { YouthReachDb } from '../../../src/db/database';
import { countImports, isSha256Stored, storedSha256s } from '../../../src/db/imports-repo';
import { listEntities } from '../../../src/db/entities-repo';
import { unpackObservations } from '../../../src/db/observation-chunks';
import { pickAccount, prepareParts, storeParsedFile, storeParsedFiles } from '../../../src/db/store-import';
import type { AccountRecord } from '../../../src/db/schema';
import { freshDatabase, metaAudience, metaReach, parsed, sourceOf, tableCounts, youtubeViewerAge } from '../../support/parsed-files';
import { readSourceBytes } from '../../../src/db/source-bytes';

let database: YouthReachDb;
afterEach(async () => {
  vi.restoreAllMocks();
  await database?.delete();
});

describe('storeParsedFile', () => {
  it('writes entity, account, source file, import and packed chunks', async () => {
    database = freshDatabase();
    const file = youtubeViewerAge();
    const source = sourceOf('viewer-age_table-data.csv', 'Viewer age,Views (%)\n13–17 years,0.61\n');
    const result = await storeParsedFile(database, { parsed: file, source, sha256: 'aa11', entityName: '  Ketnet ', platform: 'youtube' });
    expect(result.status).toBe('stored');
    if (result.status !== 'stored') return;

    expect(await tableCounts(database)).toEqual({ entities: 1, accounts: 1, sourceFiles: 1, imports: 1, observationChunks: 1 });
    expect(await listEntities(database)).toEqual([{ id: result.entityId, name: 'Ketnet' }]);
    const account = await database.accounts.get(result.accountId);
    expect(account).toMatchObject({ entityId: result.entityId, platform: 'youtube', name: null });

    const sf = await database.sourceFiles.get(result.sourceFileId);
    expect(sf).toMatchObject({ name: 'viewer-age_table-data.csv', sha256: 'aa11', lastModified: 1_700_000_000_000 });
    // "Viewer age,Views (%)\n" = 21 bytes; "13–17 years,0.61\n" = 17 characters, the EN DASH takes 3 bytes → 19
    expect(sf!.size).toBe(40);
    expect(new TextDecoder().decode(await readSourceBytes(sf!.bytes))).toBe('Viewer age,Views (%)\n13–17 years,0.61\n');

    const imp = await database.imports.get(result.importId);
    expect(imp).toMatchObject({
      sourceFileId: result.sourceFileId,
      accountId: result.accountId,
      format: 'youtube-studio-viewer-age',
      platform: 'youtube',
      basis: 'views',
      period: null,
      observationCount: 7,
      chunkCount: 1,
      status: 'complete',
    });
    const chunks = await database.observationChunks.where('[importId+seq]').between([result.importId, 0], [result.importId, 10]).toArray();
    expect(unpackObservations(chunks)).toEqual(file.observations);
    expect(await countImports(database)).toBe(1);
    expect(await isSha256Stored('aa11', database)).toBe(true);
    expect(await isSha256Stored('bb22', database)).toBe(false);
    expect([...(await storedSha256s(database))]).toEqual(['aa11']);
  });

  it('returns duplicate and writes nothing when the SHA-256 is already stored', async () => {
    database = freshDatabase();
    const first = await storeParsedFile(database, { parsed: metaReach(), source: sourceOf('Reach.csv', 'x'), sha256: 'same', entityName: 'VDAB', platform: 'facebook' });
    expect(first.status).toBe('stored');
    const before = await tableCounts(database);
    const again = await storeParsedFile(database, { parsed: metaReach(), source: sourceOf('Reach (1).csv', 'x'), sha256: 'same', entityName: 'Other entity', platform: 'instagram' });
    expect(again).toEqual({ status: 'duplicate', sourceFileId: first.status === 'stored' ? first.sourceFileId : '' });
    expect(await tableCounts(database)).toEqual(before);
  });

  it('reuses an entity by case-insensitive name and its account on the same platform', async () => {
    database = freshDatabase();
    const a = await storeParsedFile(database, { parsed: metaAudience(), source: sourceOf('a.csv', 'a'), sha256: 'a', entityName: 'De Lijn', platform: 'instagram' });
    const b = await storeParsedFile(database, { parsed: metaReach(), source: sourceOf('b.csv', 'b'), sha256: 'b', entityName: 'de  LIJN', platform: 'instagram' });
    const c = await storeParsedFile(database, { parsed: metaReach(), source: sourceOf('c.csv', 'c'), sha256: 'c', entityName: 'DE LIJN', platform: 'facebook' });
    if (a.status !== 'stored' || b.status !== 'stored' || c.status !== 'stored') throw new Error('not stored');
    expect(b.entityId).toBe(a.entityId);
    expect(b.accountId).toBe(a.accountId);
    expect(c.entityId).toBe(a.entityId);
    expect(c.accountId).not.toBe(a.accountId); // another platform, another account
    expect(await listEntities(database)).toEqual([{ id: a.entityId, name: 'De Lijn' }]);
    expect(await tableCounts(database)).toMatchObject({ entities: 1, accounts: 2, imports: 3 });
  });

  it('names an unnamed account when a later file names it, and keeps differently named accounts apart', async () => {
    database = freshDatabase();
    const a = await storeParsedFile(database, { parsed: youtubeViewerAge(), source: sourceOf('a.csv', 'a'), sha256: 'a', entityName: 'OVAM', platform: 'youtube' });
    const named = { ...youtubeViewerAge(), accountName: 'OVAM TV' };
    const b = await storeParsedFile(database, { parsed: named, source: sourceOf('b.csv', 'b'), sha256: 'b', entityName: 'OVAM', platform: 'youtube' });
    const other = { ...youtubeViewerAge(), accountName: 'OVAM Kids' };
    const c = await storeParsedFile(database, { parsed: other, source: sourceOf('c.csv', 'c'), sha256: 'c', entityName: 'OVAM', platform: 'youtube' });
    if (a.status !== 'stored' || b.status !== 'stored' || c.status !== 'stored') throw new Error('not stored');
    expect(b.accountId).toBe(a.accountId);
    expect((await database.accounts.get(a.accountId))?.name).toBe('OVAM TV');
    expect(c.accountId).not.toBe(a.accountId);
  });

  it('stores nothing of a file whose observations cannot be packed (the transaction aborts)', async () => {
    database = freshDatabase();
    const bad = parsed('bad.csv', {
      observations: [{ metric: 'views', period: { start: 'Sep 1', end: 'Sep 1' }, value: 1, unit: 'count' }],
    });
    const result = await storeParsedFile(database, { parsed: bad, source: sourceOf('bad.csv', 'bad'), sha256: 'bad', entityName: 'Klasse', platform: 'tiktok' });
    expect(result.status).toBe('error');
    if (result.status === 'error') {
      expect(result.problem.code).toBe('internal');
      expect(result.problem.message).toContain('bad.csv');
    }
    expect(await tableCounts(database)).toEqual({ entities: 0, accounts: 0, sourceFiles: 0, imports: 0, observationChunks: 0 });
  });

  it('turns QuotaExceededError while writing chunks into storage-full and rolls back the whole file', async () => {
    database = freshDatabase();
    await storeParsedFile(database, { parsed: metaReach(), source: sourceOf('ok.csv', 'ok'), sha256: 'ok', entityName: 'VLAM', platform: 'facebook' });
    const before = await tableCounts(database);
    vi.spyOn(database.observationChunks, 'bulkAdd').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    const result = await storeParsedFile(database, { parsed: youtubeViewerAge(), source: sourceOf('full.csv', 'full'), sha256: 'full', entityName: 'New entity', platform: 'youtube' });
    expect(result).toMatchObject({ status: 'error', problem: { code: 'storage-full', params: { fileName: 'full.csv' } } });
    expect(await tableCounts(database)).toEqual(before);
    expect(await isSha256Stored('full', database)).toBe(false);
  });

  it('says a file can no longer be read when its original on disk is gone, not that the disk may be full', async () => {
    database = freshDatabase();
    vi.spyOn(database.imports, 'bulkAdd').mockRejectedValue(new DOMException('aborted', 'AbortError'));
    // The File the preview read, deleted from the disk since: reading it now fails (Chromium: NotReadableError).
    const gone = { size: 1, slice: () => ({ arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')) }) } as unknown as Blob;
    const result = await storeParsedFile(database, { parsed: metaReach(), source: sourceOf('weg.csv', 'x'), sha256: 'x', entityName: 'VDAB', platform: 'facebook', sourceBlob: gone });
    expect(result).toMatchObject({ status: 'error', problem: { code: 'unreadable', params: { fileName: 'weg.csv' } } });
    // a file still readable keeps the storage reason
    const still = await storeParsedFile(database, { parsed: metaReach(), source: sourceOf('er.csv', 'y'), sha256: 'y', entityName: 'VDAB', platform: 'facebook', sourceBlob: new Blob(['y']) });
    expect(still).toMatchObject({ status: 'error', problem: { code: 'write-aborted' } });
  });

  it('turns AbortError into write-aborted', async () => {
    database = freshDatabase();
    vi.spyOn(database.imports, 'bulkAdd').mockRejectedValue(new DOMException('aborted', 'AbortError'));
    const result = await storeParsedFile(database, { parsed: metaReach(), source: sourceOf('x.csv', 'x'), sha256: 'x', entityName: 'VDAB', platform: 'facebook' });
    expect(result).toMatchObject({ status: 'error', problem: { code: 'write-aborted' } });
    vi.restoreAllMocks();
    expect(await tableCounts(database)).toEqual({ entities: 0, accounts: 0, sourceFiles: 0, imports: 0, observationChunks: 0 });
  });

  it('refuses an empty entity name and an unknown platform without writing', async () => {
    database = freshDatabase();
    const noEntity = await storeParsedFile(database, { parsed: metaReach(), source: sourceOf('x.csv', 'x'), sha256: 'x', entityName: '   ', platform: 'facebook' });
    expect(noEntity).toMatchObject({ status: 'error', problem: { code: 'entity-required' } });
    const badPlatform = await storeParsedFile(database, {
      parsed: metaReach(), source: sourceOf('x.csv', 'x'), sha256: 'x', entityName: 'VDAB', platform: 'myspace' as never,
    });
    expect(badPlatform).toMatchObject({ status: 'error', problem: { code: 'invalid-platform' } });
    expect(await countImports(database)).toBe(0);
  });
});

describe('pickAccount', () => {
  const acc = (id: string, name: string | null, createdAt: string): AccountRecord => ({ id, entityId: 'e', platform: 'youtube', name, createdAt });
  const older = acc('1', 'Main', '2025-01-01T00:00:00Z');
  const unnamed = acc('2', null, '2025-02-01T00:00:00Z');
  const kids = acc('3', 'Kids', '2025-03-01T00:00:00Z');

  it('matches a named file by folded name, else the unnamed account, else none', () => {
    expect(pickAccount([older, unnamed, kids], ' kids')?.id).toBe('3');
    expect(pickAccount([older, unnamed, kids], 'Other')?.id).toBe('2');
    expect(pickAccount([older, kids], 'Other')).toBeNull();
  });

  it('puts an unnamed file on the unnamed account, else the oldest', () => {
    expect(pickAccount([kids, unnamed, older], null)?.id).toBe('2');
    expect(pickAccount([kids, older], null)?.id).toBe('1');
    expect(pickAccount([], null)).toBeNull();
  });
});

describe('storeParsedFiles (several files, one transaction when all can be written)', () => {
  it('stores three files in one transaction, with the same results as one by one', async () => {
    database = freshDatabase();
    const transaction = vi.spyOn(database, 'transaction');
    const results = await storeParsedFiles(database, [
      { parsed: metaReach(), source: sourceOf('a.csv', 'a'), sha256: 'a', entityName: 'VDAB', platform: 'facebook' },
      { parsed: youtubeViewerAge(), source: sourceOf('b.csv', 'b'), sha256: 'b', entityName: 'vdab', platform: 'youtube' },
      // the same bytes again: a duplicate of the first file of this very call
      { parsed: metaReach(), source: sourceOf('a (1).csv', 'a'), sha256: 'a', entityName: 'VDAB', platform: 'facebook' },
    ]);
    expect(results.map((r) => r.status)).toEqual(['stored', 'stored', 'duplicate']);
    expect(transaction).toHaveBeenCalledTimes(1);
    // one entity ("vdab" is VDAB), two accounts (Facebook, YouTube), two source files and imports
    expect(await tableCounts(database)).toMatchObject({ entities: 1, accounts: 2, sourceFiles: 2, imports: 2 });
    if (results[0]!.status === 'stored' && results[2]!.status === 'duplicate') expect(results[2]!.sourceFileId).toBe(results[0]!.sourceFileId);
  });

  it('writes the parts prepared ahead as it would have packed them itself, and leaves the prepared chunks as they were', async () => {
    database = freshDatabase();
    const prepared = prepareParts(metaReach());
    const results = await storeParsedFiles(database, [
      { parsed: metaReach(), prepared, source: sourceOf('a.csv', 'a'), sha256: 'a', entityName: 'VDAB', platform: 'facebook' },
      { parsed: metaReach(), source: sourceOf('b.csv', 'b'), sha256: 'b', entityName: 'Ketnet', platform: 'facebook' },
    ]);
    expect(results.map((r) => r.status)).toEqual(['stored', 'stored']);
    const [ahead, atWrite] = await Promise.all(results.map((r) => database.imports.get((r as { importId: string }).importId)));
    // metaReach: reach on three days, 100, 200 and 300 people (test/support/parsed-files.ts)
    expect(ahead!.observationCount).toBe(3);
    for (const key of ['observationCount', 'chunkCount', 'metrics', 'summary', 'period', 'basis'] as const) expect(ahead![key]).toEqual(atWrite![key]);
    const chunksOf = (id: string) => database.observationChunks.where('[importId+seq]').between([id, 0], [id, 10]).toArray();
    expect(unpackObservations(await chunksOf(ahead!.id))).toEqual(metaReach().observations);
    expect(prepared[0]!.chunks.map((c) => c.importId)).toEqual(['']);
  });

  it('stores the others when one file cannot be written, and nothing of that one', async () => {
    database = freshDatabase();
    const bad = parsed('bad.csv', {
      observations: [{ metric: 'views', period: { start: 'Sep 1', end: 'Sep 1' }, value: 1, unit: 'count' }],
    });
    const results = await storeParsedFiles(database, [
      { parsed: metaReach(), source: sourceOf('a.csv', 'a'), sha256: 'a', entityName: 'VDAB', platform: 'facebook' },
      { parsed: bad, source: sourceOf('bad.csv', 'bad'), sha256: 'bad', entityName: 'Klasse', platform: 'tiktok' },
      { parsed: youtubeViewerAge(), source: sourceOf('c.csv', 'c'), sha256: 'c', entityName: 'Ketnet', platform: 'youtube' },
      { parsed: metaReach(), source: sourceOf('d.csv', 'd'), sha256: 'd', entityName: '  ', platform: 'facebook' },
    ]);
    expect(results.map((r) => r.status)).toEqual(['stored', 'error', 'stored', 'error']);
    expect(results[1]).toMatchObject({ problem: { params: { fileName: 'bad.csv' } } });
    expect(results[3]).toMatchObject({ problem: { code: 'entity-required' } });
    // VDAB and Ketnet with one file each; no entity Klasse, no file "bad"
    expect((await listEntities(database)).map((e) => e.name).sort()).toEqual(['Ketnet', 'VDAB']);
    expect(await tableCounts(database)).toMatchObject({ entities: 2, accounts: 2, sourceFiles: 2, imports: 2 });
    expect(await isSha256Stored('bad', database)).toBe(false);
  });
});
