// The read model behind the screens (src/workers/read-model-service.ts): what the page receives of it is
// sized by accounts and splits (no daily series), its answers are the read model's, and a reading is kept
// as a snapshot that the next tab shows while the data is unchanged.

import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDataVersion } from '../../../src/db/data-version';
import { deleteAllData } from '../../../src/db/delete-data';
import { indexedDbSnapshots, snapshotDatabaseName } from '../../../src/db/read-model-snapshot';
import type { YouthReachDb } from '../../../src/db/database';
import type { ParsedFile } from '../../../src/core/model/parsed-file';
import type { Platform } from '../../../src/core/model/platform';
import { createReadModelService } from '../../../src/workers/read-model-service';
import { answerOf, DEFAULT_ANSWER_OPTIONS, loadAnswerView } from '../../../src/db/answer-repo';
import { freshDatabase, storeFile, metaAudience, metaReach } from '../../support/parsed-files';
import { seriesPoints } from '../../../src/core/read-model/account-history';

let database: YouthReachDb;
afterEach(async () => {
  await database?.delete();
});

const store = (file: ParsedFile, entityName: string, platform: Platform): Promise<void> => storeFile(database, file, entityName, platform);

describe('the read-model service', () => {
  it('gives the screens the accounts without daily series, numbered by load', async () => {
    database = freshDatabase();
    await store(metaReach(), 'VDAB', 'facebook');
    const service = createReadModelService(database);
    const first = await service.load();
    expect(first.generation).toBe(1);
    const [account] = first.entities[0]!.accounts;
    expect(account!.input.history).not.toHaveProperty('series');
    expect(account!.input.history.splits).toEqual([]);
    expect((await service.load()).generation).toBe(2);
  });

  it('gives one entity its series: VDAB Facebook reach 100, 200, 300 on 1-3 September 2025', async () => {
    database = freshDatabase();
    await store(metaReach(), 'VDAB', 'facebook');
    const service = createReadModelService(database);
    const view = await service.load();
    const [account] = await service.entityAccounts(view.entities[0]!.entityId);
    expect(seriesPoints(account!.history.series.reach).map((p) => [p.day, p.value])).toEqual([
      ['2025-09-01', 100],
      ['2025-09-02', 200],
      ['2025-09-03', 300],
    ]);
    expect(await service.entityAccounts('no-such-entity')).toEqual([]);
  });

  it('answers for a period from the stored days: reach of 2-3 September = 200 + 300 = 500', async () => {
    database = freshDatabase();
    await store(metaReach(), 'VDAB', 'facebook');
    const service = createReadModelService(database); // no load first: the answer loads
    const answer = await service.answer({ period: { start: '2025-09-02', end: '2025-09-03' }, youthBand: '13-24' });
    const [figures] = answer.entities[0]!.accounts;
    expect(figures!.totals.reach).toBe(500);
    expect(figures!.coverage).toEqual({ days: 2, of: 2 });
  });

  it('answers the default options after a load with the answer that load computed, not a second computation', async () => {
    database = freshDatabase();
    await store(metaReach(), 'VDAB', 'facebook');
    const view = await loadAnswerView(database);
    // The same object: the view is the key of answerOf's memo (a copy of it would compute the answer again).
    expect(answerOf(view, DEFAULT_ANSWER_OPTIONS)).toBe(view.answer);
    expect(answerOf(view, { period: { start: '2025-09-02', end: '2025-09-03' }, youthBand: '13-24' })).not.toBe(view.answer);
  });

  it('reads the database again on load: an import stored after the first load is in the second', async () => {
    database = freshDatabase();
    await store(metaReach(), 'VDAB', 'facebook');
    const service = createReadModelService(database);
    expect((await service.load()).entities.map((e) => e.name)).toEqual(['VDAB']);
    await store(metaAudience(), 'Ketnet', 'instagram');
    expect((await service.load()).entities.map((e) => e.name)).toEqual(['Ketnet', 'VDAB']);
    // Ketnet Instagram: followers 18-24 share 0.09 of the September 2025 audience (metaAudience).
    const answer = await service.answer({ period: null, youthBand: '18-24' });
    expect(answer.entities[0]!.accounts[0]!.youthShare!.value).toBeCloseTo(0.09, 10);
  });
});

describe('summaries of an older version', () => {
  it('are computed again from the chunks on the next load: a version-1 summary (plain arrays) becomes version 3 (whole counts as Int32)', async () => {
    database = freshDatabase();
    await store(metaReach(), 'VDAB', 'facebook');
    const [record] = await database.imports.toArray();
    // As version 1 stored it: daily values as a plain array with null for a gap; deliberately other
    // numbers than the chunks hold (1, null, 3), so only a recomputation gives 100, 200, 300.
    const v1 = { version: 1, daily: { reach: { start: '2025-09-01', values: [1, null, 3] } }, periodTotals: [], splits: [] };
    await database.imports.update(record!.id, { summary: v1 as never });
    const service = createReadModelService(database);
    const view = await service.load();
    const [account] = await service.entityAccounts(view.entities[0]!.entityId);
    expect(seriesPoints(account!.history.series.reach).map((p) => p.value)).toEqual([100, 200, 300]);
    const stored = (await database.imports.get(record!.id))!.summary!;
    expect(stored.version).toBe(3);
    expect(stored.daily.reach!.start).toBe('2025-09-01');
    // (The fake IndexedDB gives back another realm's typed array: compared by its tag, not instanceof.)
    expect(Object.prototype.toString.call(stored.daily.reach!.values)).toBe('[object Int32Array]');
    expect([...stored.daily.reach!.values]).toEqual([100, 200, 300]);
  });

  it('are read as they are when of version 2 (64-bit floats), not computed again', async () => {
    database = freshDatabase();
    await store(metaReach(), 'VDAB', 'facebook');
    const [record] = await database.imports.toArray();
    // Other numbers than the chunks hold (7, a gap, 9): the series shows them only when the v2 summary is read.
    const v2 = { version: 2, daily: { reach: { start: '2025-09-01', values: Float64Array.from([7, Number.NaN, 9]) } }, periodTotals: [], splits: [] };
    await database.imports.update(record!.id, { summary: v2 as never });
    const service = createReadModelService(database);
    const view = await service.load();
    const [account] = await service.entityAccounts(view.entities[0]!.entityId);
    expect(seriesPoints(account!.history.series.reach).map((p) => [p.day, p.value])).toEqual([['2025-09-01', 7], ['2025-09-03', 9]]);
    expect((await database.imports.get(record!.id))!.summary!.version).toBe(2);
  });

  it('a new import is stored with a version-3 summary: VDAB Facebook reach 100, 200, 300 as Int32', async () => {
    database = freshDatabase();
    await store(metaReach(), 'VDAB', 'facebook');
    const [record] = await database.imports.toArray();
    expect(record!.status).toBe('complete');
    expect(record!.summary!.version).toBe(3);
    expect(Object.prototype.toString.call(record!.summary!.daily.reach!.values)).toBe('[object Int32Array]');
    expect([...record!.summary!.daily.reach!.values]).toEqual([100, 200, 300]);
  });
});

describe('the snapshot of a reading (a fresh tab shows it without reading the daily series)', () => {
  const DEFAULT = { period: null, youthBand: '13-24' } as const;

  /** The snapshot store of `database` for `build`, and a wait until it holds the database's current version. */
  function snapshotsOf(build: string) {
    const snapshots = indexedDbSnapshots(database.name, build);
    const kept = () =>
      vi.waitFor(async () => {
        const v = await readDataVersion(database.settings);
        expect(v === null ? null : await snapshots.read(v)).not.toBeNull();
      }, { timeout: 15_000 });
    return { snapshots, kept };
  }

  /** VDAB Facebook reach stored in a fresh database, read once by build-a's service and kept: its snapshot store. */
  async function keptReading() {
    database = freshDatabase();
    await store(metaReach(), 'VDAB', 'facebook');
    const { snapshots, kept } = snapshotsOf('build-a');
    await createReadModelService(database, { snapshots }).load();
    await kept();
    return snapshots;
  }

  afterEach(async () => {
    await Dexie.delete(snapshotDatabaseName(database.name));
  });

  it('is kept after a full reading and shown by the next tab, with the same default answer', async () => {
    database = freshDatabase();
    await store(metaReach(), 'VDAB', 'facebook');
    const { snapshots, kept } = snapshotsOf('build-a');
    const first = createReadModelService(database, { snapshots });
    const read = await first.load();
    expect(read.fromSnapshot).toBe(false);
    const answer = await first.answer(DEFAULT);
    await kept();

    const next = createReadModelService(database, { snapshots }); // a fresh tab
    const shown = await next.load();
    expect(shown.fromSnapshot).toBe(true);
    const { generation: _g1, fromSnapshot: _f1, ...readRest } = read;
    const { generation: _g2, fromSnapshot: _f2, ...shownRest } = shown;
    expect(shownRest).toEqual(readRest);
    expect(await next.answer(DEFAULT)).toEqual(answer);
    // Another period still reads the days: reach of 2-3 September = 200 + 300 = 500.
    const period = await next.answer({ period: { start: '2025-09-02', end: '2025-09-03' }, youthBand: '13-24' });
    expect(period.entities[0]!.accounts[0]!.totals.reach).toBe(500);
  });

  it('is kept once the first answer has gone out, not before (keeping would delay that answer)', async () => {
    database = freshDatabase();
    await store(metaReach(), 'VDAB', 'facebook');
    const { snapshots, kept } = snapshotsOf('build-a');
    // Without an answer the reading would be kept only after ten minutes.
    const service = createReadModelService(database, { snapshots, keepDelayMs: 600_000 });
    await service.load();
    const version = (await readDataVersion(database.settings))!;
    expect(await snapshots.read(version)).toBeNull();
    await service.answer(DEFAULT);
    await kept();
  });

  it('answers a call sent right after load() from that load: the snapshot\'s answer, no second reading', async () => {
    const snapshots = await keptReading();
    const kept = await snapshots.read((await readDataVersion(database.settings))!);
    const reads = vi.spyOn(database.imports, 'toArray');
    const fresh = createReadModelService(database, { snapshots }); // a fresh tab asks for both at once
    const [view, answer] = await Promise.all([fresh.load(), fresh.answer(DEFAULT)]);
    expect(view.fromSnapshot).toBe(true);
    expect(answer).toEqual(kept!.answer);
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
  });

  it('is not used once anything was written: the next load reads the new data, without reading the old snapshot', async () => {
    const snapshots = await keptReading();
    const before = (await readDataVersion(database.settings))!;
    expect(await snapshots.keptVersion()).toBe(before);
    await store(metaAudience(), 'Ketnet', 'instagram');
    const read = vi.fn(snapshots.read);
    const next = await createReadModelService(database, { snapshots: { ...snapshots, read } }).load();
    expect(next.fromSnapshot).toBe(false);
    expect(next.entities.map((e) => e.name)).toEqual(['Ketnet', 'VDAB']);
    // Its small record said it was of the data before the write: the snapshot itself was never read.
    expect(read).not.toHaveBeenCalled();
  });

  it('kept before it had its version record (an older build) is not used: the next load reads the data', async () => {
    const snapshots = await keptReading();
    const version = (await readDataVersion(database.settings))!;
    const raw = new Dexie(snapshotDatabaseName(database.name));
    raw.version(1).stores({ snapshots: 'key' });
    await raw.table('snapshots').delete('meta');
    raw.close();
    expect(await snapshots.read(version)).not.toBeNull();
    expect(await snapshots.keptVersion()).toBeNull();
    const next = await createReadModelService(database, { snapshots }).load();
    expect(next.fromSnapshot).toBe(false);
  });

  it('is not made for an empty database: the start screen opens no second database', async () => {
    database = freshDatabase();
    const service = createReadModelService(database, { snapshots: indexedDbSnapshots(database.name, 'build-a'), keepDelayMs: 0 });
    const view = await service.load();
    expect(view.entities).toEqual([]);
    await service.answer(DEFAULT); // what would keep a reading
    expect(await Dexie.exists(snapshotDatabaseName(database.name))).toBe(false);
  });

  it('is removed with all data (it holds names and figures of the deleted data)', async () => {
    const snapshots = await keptReading();
    const version = (await readDataVersion(database.settings))!;
    expect(await snapshots.read(version)).not.toBeNull();
    await deleteAllData(database);
    expect(await snapshots.read(version)).toBeNull();
  });

  it('of another build is never used (its code may compute other figures)', async () => {
    database = freshDatabase();
    await store(metaReach(), 'VDAB', 'facebook');
    const a = snapshotsOf('build-a');
    await createReadModelService(database, { snapshots: a.snapshots }).load();
    await a.kept();
    const b = await createReadModelService(database, { snapshots: indexedDbSnapshots(database.name, 'build-b') }).load();
    expect(b.fromSnapshot).toBe(false);
  });
});
