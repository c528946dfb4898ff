// The read model behind the screens (src/workers/read-model-service.ts): what the page receives of it is
// sized by accounts and splits (no daily series), and its answers are the read model's.

import { afterEach, describe, expect, it } from 'vitest';
import type { YouthReachDb } from '../../../src/db/database';
import type { ParsedFile } from '../../../src/core/model/parsed-file';
import type { Platform } from '../../../src/core/model/platform';
import { createReadModelService } from '../../../src/workers/read-model-service';
import { freshDatabase, storeFile, metaAudience, metaReach } from '../../support/parsed-files';

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
    expect(account!.history.series.reach!.map((p) => [p.day, p.value])).toEqual([
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
  it('are computed again from the chunks on the next load: a version-1 summary (plain arrays) becomes version 2 (typed arrays)', async () => {
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
    expect(account!.history.series.reach!.map((p) => p.value)).toEqual([100, 200, 300]);
    const stored = (await database.imports.get(record!.id))!.summary!;
    expect(stored.version).toBe(2);
    expect(stored.daily.reach!.start).toBe('2025-09-01');
    // (The fake IndexedDB gives back another realm's Float64Array: compared by its tag, not instanceof.)
    expect(Object.prototype.toString.call(stored.daily.reach!.values)).toBe('[object Float64Array]');
    expect([...stored.daily.reach!.values]).toEqual([100, 200, 300]);
  });
});
