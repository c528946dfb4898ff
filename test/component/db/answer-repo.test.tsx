// The overview rows of the read model (src/db/answer-repo.ts): one row per account with its youth share.

import { afterEach, describe, expect, it } from 'vitest';
import type { YouthReachDb } from '../../../src/db/database';
import { loadOverviewRows } from '../../../src/db/answer-repo';
import type { ParsedFile } from '../../../src/core/model/parsed-file';
import type { Platform } from '../../../src/core/model/platform';
import { freshDatabase, storeFile, metaAudience, metaReach, parsed, youtubeViewerAge } from '../../support/parsed-files';

let database: YouthReachDb;
afterEach(async () => {
  await database?.delete();
});

const store = (file: ParsedFile, entityName: string, platform: Platform): Promise<void> => storeFile(database, file, entityName, platform);

describe('loadOverviewRows', () => {
  it('is empty on an empty database', async () => {
    database = freshDatabase();
    expect(await loadOverviewRows(database)).toEqual([]);
  });

  it('gives one row per account, sorted by entity then platform, with youth share or nulls', async () => {
    database = freshDatabase();
    await store(metaReach(), 'VDAB', 'facebook');
    await store(youtubeViewerAge(), 'Ketnet', 'youtube');
    await store(metaAudience(), 'Ketnet', 'instagram');
    const rows = await loadOverviewRows(database);
    expect(rows.map((r) => [r.entityName, r.platform])).toEqual([
      ['Ketnet', 'instagram'], // PLATFORMS order: facebook, instagram, youtube …
      ['Ketnet', 'youtube'],
      ['VDAB', 'facebook'],
    ]);
    const [insta, yt, vdab] = rows;
    // Meta audience: 18-24 = 0.05 + 0.04 = 0.09 of 1.00; no 13-17 band → floor 18
    expect(insta!.youthShare).toBeCloseTo(0.09, 10);
    expect(insta!.youthAgeFloor).toBe(18);
    expect(insta!.basis).toBe('followers');
    expect(insta!.period).toEqual({ start: '2025-09-01', end: '2025-09-30' });
    expect(insta!.ageShares).toEqual({ '18-24': expect.closeTo(0.09, 10), '25-34': expect.closeTo(0.41, 10), '35-44': expect.closeTo(0.5, 10) });
    // YouTube viewer age: (0.61 + 10.81) / 100 = 0.1142, 13-17 present → floor 13
    expect(yt!.youthShare).toBeCloseTo(0.1142, 10);
    expect(yt!.youthAgeFloor).toBe(13);
    expect(yt!.basis).toBe('views');
    expect(yt!.period).toBeNull();
    expect(Object.keys(yt!.ageShares!)).toEqual(['13-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+']);
    // VDAB has reach only: no age data, never 0
    expect(vdab).toMatchObject({ youthShare: null, youthAgeFloor: null, basis: null, ageShares: null });
    // Without an age split the row's period is the span of the account's data: the reach file's 1-3 September 2025.
    expect(vdab!.period).toEqual({ start: '2025-09-01', end: '2025-09-03' });
  });

  it('takes age data from the import with the latest period end, whatever the import order', async () => {
    database = freshDatabase();
    const august = { start: '2025-08-01', end: '2025-08-31' };
    // A later import of an earlier period, counts by age: 13-17 50, 18-24 150, 25-34 300 → (50 + 150) / 500 = 0.4
    const counts = parsed('Audience-aug.csv', {
      basis: 'followers',
      period: august,
      observations: [
        { metric: 'followers', period: august, ageBand: '13-17', value: 50, unit: 'count' },
        { metric: 'followers', period: august, ageBand: '18-24', value: 150, unit: 'count' },
        { metric: 'followers', period: august, ageBand: '25-34', value: 300, unit: 'count' },
      ],
    });
    await store(metaAudience(), 'OVAM', 'facebook'); // September: 0.09, floor 18
    await store(counts, 'OVAM', 'facebook');
    await store(metaReach(), 'OVAM', 'facebook'); // no age split: never chosen for age data
    const rows = await loadOverviewRows(database);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.youthShare).toBeCloseTo(0.09, 10);
    expect(rows[0]!.youthAgeFloor).toBe(18);
    expect(rows[0]!.period).toEqual({ start: '2025-09-01', end: '2025-09-30' });
  });

  it('with equal period ends, takes the latest import; skips a split that sums to 0', async () => {
    database = freshDatabase();
    const september = { start: '2025-09-01', end: '2025-09-30' };
    const counts = parsed('counts.csv', {
      basis: 'followers',
      period: september,
      observations: [
        { metric: 'followers', period: september, ageBand: '13-17', value: 50, unit: 'count' },
        { metric: 'followers', period: september, ageBand: '18-24', value: 150, unit: 'count' },
        { metric: 'followers', period: september, ageBand: '25-34', value: 300, unit: 'count' },
      ],
    });
    const zeros = parsed('zeros.csv', {
      basis: 'followers',
      period: { start: '2025-10-01', end: '2025-10-31' },
      observations: [{ metric: 'followers', period: null, ageBand: '18-24', value: 0, unit: 'count' }],
    });
    await store(metaAudience(), 'Klasse', 'instagram');
    await new Promise((r) => setTimeout(r, 5)); // a later importedAt
    await store(counts, 'Klasse', 'instagram');
    await store(zeros, 'Klasse', 'instagram');
    const [row] = await loadOverviewRows(database);
    // counts: (50 + 150) / (50 + 150 + 300) = 0.4, 13-17 present → floor 13
    expect(row!.youthShare).toBeCloseTo(0.4, 10);
    expect(row!.youthAgeFloor).toBe(13);
  });
});
