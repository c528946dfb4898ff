// The import pipeline (src/workers/import-service.ts) and its in-thread client, against fake-indexeddb.

import { afterEach, describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/core/model/parsed-file';
import type { ParsedFile, SourceInput } from '../../../src/core/model/parsed-file';
import type { YouthReachDb } from '../../../src/db/database';
import { loadOverviewRows } from '../../../src/db/answer-repo';
import { loadImportContext } from '../../../src/db/import-context-repo';
import { vi } from 'vitest';
import { createImportClient } from '../../../src/workers/import-client';
import { createImportService } from '../../../src/workers/import-service';
import * as storeImport from '../../../src/db/store-import';
import { unpackObservations } from '../../../src/db/observation-chunks';
import { describeRealExports, readRealExport } from '../../unit/real-exports';
import { freshDatabase, metaAudience, parsed, tableCounts, youtubeViewerAge } from '../../support/parsed-files';

let database: YouthReachDb;
afterEach(async () => {
  await database?.delete();
});

/** A parser for tests: the file's text names which hand-made ParsedFile it is, or how it fails. */
function fakeParse(input: SourceInput): ParsedFile {
  const text = new TextDecoder().decode(input.bytes);
  if (text.startsWith('youtube')) return { ...youtubeViewerAge(input.name), fileName: input.name };
  if (text.startsWith('audience')) return metaAudience(undefined, input.name);
  if (text.startsWith('badperiod')) {
    return parsed(input.name, { observations: [{ metric: 'views', period: { start: '2025-02-30', end: '2025-02-30' }, value: 1, unit: 'count' }] });
  }
  if (text.startsWith('crash')) throw new TypeError("Cannot read properties of undefined (reading 'x')");
  throw new ImportError('unknown-format', input.name, `${input.name}: format not recognised`, { line: 1, params: { hint: 'csv' } });
}

function file(name: string, text: string): File {
  return new File([text], name, { lastModified: 1_750_000_000_000 });
}

describe('import service: preview', () => {
  it('reads, hashes and parses each file; problems per file, duplicates within the batch', async () => {
    database = freshDatabase();
    const service = createImportService({ database, parse: fakeParse });
    const progress: [number, number][] = [];
    const previews = await service.preview(
      [file('age.csv', 'youtube abc'), file('abc.csv', 'abc'), file('crash.csv', 'crash'), file('age (1).csv', 'youtube abc')],
      (done, total) => progress.push([done, total]),
    );
    expect(progress).toEqual([[0, 4], [1, 4], [2, 4], [3, 4], [4, 4]]);
    expect(previews.map((p) => [p.fileName, p.status, p.duplicateOf])).toEqual([
      ['age.csv', 'ok', undefined],
      ['abc.csv', 'error', undefined],
      ['crash.csv', 'error', undefined],
      ['age (1).csv', 'duplicate', 'batch'],
    ]);
    const [ok, unknown, crash, dup] = previews;
    expect(new Set(previews.map((p) => p.key)).size).toBe(4);
    // "youtube abc" is 11 bytes
    expect(ok!.size).toBe(11);
    expect(ok!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(dup!.sha256).toBe(ok!.sha256);
    // SHA-256("abc"), FIPS 180-2 appendix B.1 test vector
    expect(unknown!.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(unknown!.problem).toEqual({
      code: 'unknown-format', message: 'abc.csv: format not recognised', line: 1, params: { fileName: 'abc.csv', hint: 'csv' },
    });
    expect(crash!.problem).toMatchObject({ code: 'internal', line: null, params: { fileName: 'crash.csv' } });
    expect(crash!.summary).toBeUndefined();
    // youth share (0.61 + 10.81) / 100 = 0.1142, 13-17 present → floor 13
    expect(ok!.summary).toMatchObject({
      format: 'youtube-studio-viewer-age', platform: 'youtube', basis: 'views', youthAgeFloor: 13, observationCount: 7, period: null,
    });
    expect(ok!.summary!.youthShare).toBeCloseTo(0.1142, 10);
    expect(ok!.summary!.ageShares!['65+']).toBeCloseTo(0.1786, 10);
    expect(dup!.summary).toEqual(ok!.summary);
    expect(await tableCounts(database)).toEqual({ entities: 0, accounts: 0, sourceFiles: 0, imports: 0, observationChunks: 0 });
  });

  it('reads the next files while one is parsed: a file that cannot be read is its own error, each file read once', async () => {
    database = freshDatabase();
    // How many files had been asked for their bytes when each file was parsed.
    const askedWhenParsed: number[] = [];
    const service = createImportService({
      database,
      parse: (input) => {
        askedWhenParsed.push(reads.filter((r) => r.mock.calls.length > 0).length);
        return fakeParse(input);
      },
    });
    const files = [file('a.csv', 'youtube a'), file('b.csv', 'youtube b'), file('c.csv', 'youtube c'), file('d.csv', 'youtube d')];
    // b.csv was moved away after it was chosen: the browser refuses to read it.
    const gone = new DOMException('The file could not be read', 'NotReadableError');
    const reads = files.map((f, i) => {
      const read = vi.fn(() => (i === 1 ? Promise.reject(gone) : Promise.resolve(new TextEncoder().encode(`youtube ${f.name}`).buffer)));
      Object.defineProperty(f, 'arrayBuffer', { value: read });
      return read;
    });
    const previews = await service.preview(files);
    expect(previews.map((p) => [p.fileName, p.status, p.problem?.code])).toEqual([
      ['a.csv', 'ok', undefined],
      ['b.csv', 'error', 'unreadable'],
      ['c.csv', 'ok', undefined],
      ['d.csv', 'ok', undefined],
    ]);
    expect(reads.map((r) => r.mock.calls.length)).toEqual([1, 1, 1, 1]);
    // All four (a few bytes each) were asked for before the first was parsed; b.csv is never parsed.
    expect(askedWhenParsed).toEqual([4, 4, 4]);
  });

  it('runs beforeParse on each file once its bytes are read; a file whose beforeParse fails is its own error', async () => {
    database = freshDatabase();
    const seen: [string, string][] = [];
    const service = createImportService({
      database,
      parse: fakeParse,
      beforeParse: (source) => {
        seen.push([source.name, new TextDecoder().decode(source.bytes)]);
        if (source.name === 'sheet.xlsx') return Promise.reject(new Error('the spreadsheet reader could not be fetched'));
      },
    });
    const previews = await service.preview([file('age.csv', 'youtube abc'), file('sheet.xlsx', 'PK'), file('two.csv', 'youtube two')]);
    expect(seen).toEqual([
      ['age.csv', 'youtube abc'],
      ['sheet.xlsx', 'PK'],
      ['two.csv', 'youtube two'],
    ]);
    expect(previews.map((p) => [p.fileName, p.status])).toEqual([
      ['age.csv', 'ok'],
      ['sheet.xlsx', 'error'],
      ['two.csv', 'ok'],
    ]);
    expect(previews[1]!.problem).toMatchObject({ params: { fileName: 'sheet.xlsx' } });
    expect(previews[1]!.problem!.message).toContain('the spreadsheet reader could not be fetched');
  });

  it('gives a summary without age data for a file with no basis, asking for the platform when unknown', async () => {
    database = freshDatabase();
    const service = createImportService({ database, parse: fakeParse });
    const [p] = await service.preview([file('Audience.csv', 'audience')]);
    // 18-24: 0.05 + 0.04 = 0.09, no 13-17 → floor 18
    expect(p!.summary).toMatchObject({ platform: null, platformCandidates: ['facebook', 'instagram'], basis: 'followers', youthAgeFloor: 18 });
    expect(p!.summary!.youthShare).toBeCloseTo(0.09, 10);
  });
});

describe('import service: commit', () => {
  it('stores a file, then shows the same bytes as already stored and does not store them twice', async () => {
    database = freshDatabase();
    const service = createImportService({ database, parse: fakeParse });
    const [first] = await service.preview([file('age.csv', 'youtube 1')]);
    const progress: [number, number][] = [];
    const results = await service.commit([{ key: first!.key, entityName: 'Ketnet', platform: 'youtube' }], (d, t) => progress.push([d, t]));
    expect(progress).toEqual([[0, 1], [1, 1]]);
    expect(results).toEqual([{ key: first!.key, fileName: 'age.csv', status: 'stored', importId: expect.any(String) }]);
    const stored = await database.imports.get(results[0]!.importId!);
    expect(stored).toMatchObject({ fileName: 'age.csv', platform: 'youtube', observationCount: 7 });
    const counts = await tableCounts(database);
    expect(counts).toEqual({ entities: 1, accounts: 1, sourceFiles: 1, imports: 1, observationChunks: 1 });

    const [again] = await service.preview([file('age-copy.csv', 'youtube 1')]);
    expect(again).toMatchObject({ status: 'duplicate', duplicateOf: 'stored', sha256: first!.sha256 });
    // A preview of several files reads the stored SHA-256s once, not once per file.
    const where = vi.spyOn(database.sourceFiles, 'where');
    const orderBy = vi.spyOn(database.sourceFiles, 'orderBy');
    const three = await service.preview([file('a.csv', 'youtube 1'), file('b.csv', 'youtube 2'), file('c.csv', 'youtube 1')]);
    expect(three.map((p) => [p.status, p.duplicateOf])).toEqual([['duplicate', 'stored'], ['ok', undefined], ['duplicate', 'stored']]);
    expect(orderBy).toHaveBeenCalledTimes(1);
    expect(where).not.toHaveBeenCalled();
    where.mockRestore();
    orderBy.mockRestore();
    const dupResults = await service.commit([{ key: again!.key, entityName: 'Ketnet', platform: 'youtube' }]);
    expect(dupResults).toEqual([{ key: again!.key, fileName: 'age-copy.csv', status: 'duplicate' }]);
    expect(await tableCounts(database)).toEqual(counts);
    const rows = await loadOverviewRows(database);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.youthShare).toBeCloseTo(0.1142, 10);
  });

  it('packs the previewed files while the cards are shown, so the confirm hands them to the write packed', async () => {
    database = freshDatabase();
    const prepare = vi.spyOn(storeImport, 'prepareParts');
    const store = vi.spyOn(storeImport, 'storeParsedFiles');
    try {
      const service = createImportService({ database, parse: fakeParse });
      const all = await service.preview([file('age.csv', 'youtube 1'), file('aud.csv', 'audience 1'), file('age (1).csv', 'youtube 1')]);
      expect(all.map((p) => p.status)).toEqual(['ok', 'ok', 'duplicate']);
      expect(prepare).not.toHaveBeenCalled(); // after the preview's answer, not before
      await vi.waitFor(() => expect(prepare).toHaveBeenCalledTimes(2));
      // The copy in the same selection is never written, so never packed.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(prepare).toHaveBeenCalledTimes(2);
      const previews = all.slice(0, 2);
      const results = await service.commit(previews.map((p) => ({ key: p.key, entityName: 'Klasse', platform: 'youtube' as const })));
      expect(results.map((r) => r.status)).toEqual(['stored', 'stored']);
      // youtubeViewerAge: 7 age bands; metaAudience: 3 age bands × 2 genders = 6 cells
      expect(store.mock.calls[0]![1].map((r) => r.prepared?.[0]!.observationCount)).toEqual([7, 6]);
      const chunks = await database.observationChunks.where('importId').equals(results[0]!.importId!).toArray();
      expect(unpackObservations(chunks)).toEqual(youtubeViewerAge('age.csv').observations);

      // A confirm before the packing ahead: the write packs itself.
      const [late] = await service.preview([file('late.csv', 'youtube 2')]);
      const [lateResult] = await service.commit([{ key: late!.key, entityName: 'Klasse', platform: 'youtube' }]);
      expect(store.mock.calls[1]![1][0]!.prepared).toBeUndefined();
      expect(await database.imports.get(lateResult!.importId!)).toMatchObject({ observationCount: 7, chunkCount: 1 });
    } finally {
      prepare.mockRestore();
      store.mockRestore();
    }
  });

  it('keeps the files of the latest three previews for a commit and lets older ones go', async () => {
    database = freshDatabase();
    const service = createImportService({ database, parse: fakeParse });
    const [first] = await service.preview([file('a.csv', 'youtube 1')]);
    const [second] = await service.preview([file('b.csv', 'youtube 2')]);
    const [third] = await service.preview([file('c.csv', 'youtube 3')]);
    // Three previews: the first is still kept (a screen that previews then commits, with two others between).
    expect(await service.commit([{ key: first!.key, entityName: 'Klasse', platform: 'youtube' }])).toMatchObject([{ status: 'stored' }]);
    await service.preview([file('d.csv', 'youtube 4')]);
    await service.preview([file('e.csv', 'youtube 5')]);
    // Two more (5 in all): the second preview is now more than three calls back and its file is gone; the third is kept.
    const late = await service.commit([
      { key: second!.key, entityName: 'Klasse', platform: 'youtube' },
      { key: third!.key, entityName: 'Klasse', platform: 'youtube' },
    ]);
    expect(late.map((r) => [r.fileName, r.status])).toEqual([['', 'error'], ['c.csv', 'stored']]);
  });

  it('forgets discarded files at once (a commit of them is an unknown key), and keeps the others', async () => {
    database = freshDatabase();
    const service = createImportService({ database, parse: fakeParse });
    const [a, b] = await service.preview([file('a.csv', 'youtube 1'), file('b.csv', 'youtube 2')]);
    // Two keys known, one unknown: two forgotten.
    expect(await service.discard([a!.key, 'no-such-key', a!.key])).toBe(1);
    expect(await service.discard([b!.key])).toBe(1);
    const [c] = await service.preview([file('c.csv', 'youtube 3')]);
    const results = await service.commit([
      { key: a!.key, entityName: 'Klasse', platform: 'youtube' },
      { key: c!.key, entityName: 'Klasse', platform: 'youtube' },
    ]);
    expect(results.map((r) => [r.fileName, r.status, r.problem?.code])).toEqual([['', 'error', 'unknown-key'], ['c.csv', 'stored', undefined]]);
  });

  it('discards only after a commit in progress: the commit stores its files, then they are gone', async () => {
    database = freshDatabase();
    const service = createImportService({ database, parse: fakeParse });
    const [a] = await service.preview([file('a.csv', 'youtube 1')]);
    // Sent together, as when the user leaves the import screen while Importeren runs.
    const committing = service.commit([{ key: a!.key, entityName: 'Klasse', platform: 'youtube' }]);
    const discarding = service.discard([a!.key]);
    expect((await committing).map((r) => [r.fileName, r.status])).toEqual([['a.csv', 'stored']]);
    // A stored file is let go by the commit itself: nothing left to discard.
    expect(await discarding).toBe(0);
    expect(await tableCounts(database)).toMatchObject({ imports: 1 });
  });

  it('a failing file leaves the database unchanged while another file in the batch stores', async () => {
    database = freshDatabase();
    const service = createImportService({ database, parse: fakeParse });
    const [bad, good] = await service.preview([file('bad.csv', 'badperiod'), file('Audience.csv', 'audience')]);
    expect(bad!.status).toBe('ok'); // the problem only shows when writing: 2025-02-30 is not a date
    const results = await service.commit([
      { key: bad!.key, entityName: 'Bad entity', platform: 'tiktok' },
      { key: good!.key, entityName: 'De Lijn', platform: 'instagram' },
      { key: 'no-such-key', entityName: 'De Lijn', platform: 'instagram' },
    ]);
    expect(results.map((r) => [r.fileName, r.status, r.problem?.code])).toEqual([
      ['bad.csv', 'error', 'internal'],
      ['Audience.csv', 'stored', undefined],
      ['', 'error', 'unknown-key'],
    ]);
    // only De Lijn's audience file: 1 entity, 1 account, 1 source file, 1 import, 1 chunk
    expect(await tableCounts(database)).toEqual({ entities: 1, accounts: 1, sourceFiles: 1, imports: 1, observationChunks: 1 });
    expect((await database.entities.toArray()).map((e) => e.name)).toEqual(['De Lijn']);
    // the failed file can be retried under its key (still pending); it fails the same way
    const retry = await service.commit([{ key: bad!.key, entityName: 'Bad entity', platform: 'tiktok' }]);
    expect(retry[0]!.status).toBe('error');
  });
});

describe('import service: the import context it keeps', () => {
  it('follows its own commits without reading every import again, and reads again after any other write', async () => {
    database = freshDatabase();
    const service = createImportService({ database, parse: fakeParse });
    expect(await service.importContext()).toEqual({ accounts: [], spans: [] });
    const [a] = await service.preview([file('a.csv', 'youtube a')]);
    await service.commit([{ key: a!.key, entityName: 'Ketnet', platform: 'youtube' }]);
    expect((await service.importContext()).spans.map((s) => s.fileName)).toEqual(['a.csv']); // read in full: kept from here
    const [b] = await service.preview([file('b.csv', 'audience b')]);
    await service.commit([{ key: b!.key, entityName: 'VDAB', platform: 'instagram' }]);
    const readAll = vi.spyOn(database.imports, 'toArray');
    const kept = await service.importContext();
    expect(readAll).not.toHaveBeenCalled();
    // exactly what a full reading gives: two accounts (Ketnet on YouTube, VDAB on Instagram) and two spans
    const full = await loadImportContext(database);
    const byId = <T extends { id?: string; importId?: string }>(xs: T[]) => [...xs].sort((x, y) => String(x.id ?? x.importId).localeCompare(String(y.id ?? y.importId)));
    expect(byId(kept.accounts)).toEqual(byId(full.accounts));
    expect(byId(kept.spans)).toEqual(byId(full.spans));
    expect(kept.accounts.map((x) => [x.entityName, x.platform]).sort()).toEqual([['Ketnet', 'youtube'], ['VDAB', 'instagram']]);
    expect(kept.spans.map((s) => s.fileName).sort()).toEqual(['a.csv', 'b.csv']);

    // a write from elsewhere (another tab, the audience form): read again
    readAll.mockClear();
    await database.accounts.add({ id: 'x', entityId: kept.accounts[0]!.entityId, platform: 'tiktok', name: 'elders', createdAt: '2026-12-05T10:00:00.000Z' });
    const again = await service.importContext();
    expect(readAll).toHaveBeenCalledTimes(1);
    expect(again.accounts.map((x) => x.platform).sort()).toEqual(['instagram', 'tiktok', 'youtube']);
  });
});

describe('import client (in-thread fallback, no Worker in jsdom) with the real parser', () => {
  it('refuses a PNG renamed .csv with a problem naming the file, and stores nothing', async () => {
    expect(typeof Worker).toBe('undefined');
    const client = createImportClient();
    // PNG signature 89 50 4E 47 0D 0A 1A 0A, then the start of an IHDR chunk
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const previews = await client.preview([new File([png], 'chart.csv')]);
    expect(previews).toHaveLength(1);
    expect(previews[0]!.status).toBe('error');
    expect(previews[0]!.size).toBe(16);
    expect(previews[0]!.problem!.message).toContain('chart.csv');
    expect(previews[0]!.problem!.code).not.toBe('internal');
    const results = await client.commit([{ key: previews[0]!.key, entityName: 'X', platform: 'youtube' }]);
    expect(results[0]!.status).toBe('error');
    client.dispose();
    await expect(client.preview([])).rejects.toThrow('disposed');
  });
});

describeRealExports('import service with the real parser and the real YouTube viewer-age export', () => {
  it('previews and stores it; the overview row reads 0.1142 at age floor 13', async () => {
    database = freshDatabase();
    const service = createImportService({ database });
    const bytes = new Uint8Array(readRealExport('youtube', 'viewer-age_table-data.csv'));
    const [p] = await service.preview([new File([bytes], 'viewer-age_table-data.csv')]);
    expect(p!.status).toBe('ok');
    // (0.61 + 10.81) / 100 = 0.1142
    expect(p!.summary!.youthShare).toBeCloseTo(0.1142, 4);
    expect(p!.summary!.youthAgeFloor).toBe(13);
    const [r] = await service.commit([{ key: p!.key, entityName: 'Ketnet', platform: 'youtube' }]);
    expect(r!.status).toBe('stored');
    const rows = await loadOverviewRows(database);
    expect(rows.map((row) => [row.entityName, row.platform, row.basis, row.youthAgeFloor])).toEqual([['Ketnet', 'youtube', 'views', 13]]);
    expect(rows[0]!.youthShare).toBeCloseTo(0.1142, 4);
  });
});
