// Aggregations on the typed-array columns of observation chunks (src/db/chunk-aggregates.ts), and the
// packing fast paths they rely on (src/db/observation-chunks.ts).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageComposition, ageCompositionsByPeriod } from '../../../src/core/metrics/age-composition';
import type { Observation, Period } from '../../../src/core/model/observation';
import { ageCompositionOfChunks, ageCompositionsByPeriodOfChunks, dailySumsOfChunks } from '../../../src/db/chunk-aggregates';
import { isoDateToEpochDay, packObservations, unpackObservations } from '../../../src/db/observation-chunks';
import { NO_PERIOD_DAY } from '../../../src/db/schema';

const sep: Period = { start: '2025-09-01', end: '2025-09-30' };
const oct: Period = { start: '2025-10-01', end: '2025-10-31' };

/**
 * Views by age band over two months (counts), split by gender in September, plus rows the split must
 * ignore: another metric, a row without an age band, and a share row after the counts (other unit).
 */
const split: Observation[] = [
  { metric: 'views', period: sep, ageBand: '13-17', gender: 'female', value: 30, unit: 'count' },
  { metric: 'views', period: sep, ageBand: '13-17', gender: 'male', value: 20, unit: 'count' },
  { metric: 'views', period: sep, ageBand: '18-24', gender: 'female', value: 100, unit: 'count' },
  { metric: 'views', period: sep, ageBand: '25-34', value: 350, unit: 'count' },
  { metric: 'followers', period: sep, ageBand: '18-24', value: 9999, unit: 'count' },
  { metric: 'views', period: sep, value: 12345, unit: 'count' },
  { metric: 'views', period: sep, ageBand: 'unknown', value: 40, unit: 'count' },
  { metric: 'views', period: oct, ageBand: '13-17', value: 10, unit: 'count' },
  { metric: 'views', period: oct, ageBand: '18-24', value: 90, unit: 'count' },
  { metric: 'views', period: oct, ageBand: '25-34', value: 400, unit: 'count' },
  { metric: 'views', period: oct, ageBand: '18-24', value: 0.5, unit: 'share' },
];

describe('ageCompositionOfChunks', () => {
  it('sums the basis rows per band across chunks and gives the youth share', () => {
    // Chunks of 3 rows: the split spans 4 chunks.
    const chunks = packObservations('imp', split, 3);
    expect(chunks).toHaveLength(4);
    const c = ageCompositionOfChunks(chunks, 'views');
    // 13-17: 30 + 20 + 10 = 60; 18-24: 100 + 90 = 190; 25-34: 350 + 400 = 750; total 1000 (the share row
    // is skipped: the first row's unit, count, decides); youth share (60 + 190) / 1000 = 0.25, floor 13.
    expect(c).not.toBeNull();
    expect(c!.total).toBe(1000);
    expect(c!.youthShare).toBeCloseTo(0.25, 12);
    expect(c!.youthAgeFloor).toBe(13);
    expect(c!.shares).toEqual({ '13-17': 0.06, '18-24': 0.19, '25-34': 0.75 });
    // Unknown age is kept apart: 40 of 1040 = 0.0384615…
    expect(c!.unknownAge).toBe(40);
    expect(c!.unknownShare).toBeCloseTo(40 / 1040, 12);
  });

  it('keeps only the rows whose period lies within the filter', () => {
    const chunks = packObservations('imp', split, 3);
    const c = ageCompositionOfChunks(chunks, 'views', { period: { start: '2025-10-01', end: '2025-12-31' } });
    // October only: 10 + 90 + 400 = 500; youth (10 + 90) / 500 = 0.2.
    expect(c!.total).toBe(500);
    expect(c!.youthShare).toBeCloseTo(0.2, 12);
    // A filter that holds neither month (September ends after the 15th) gives nothing.
    expect(ageCompositionOfChunks(chunks, 'views', { period: { start: '2025-09-01', end: '2025-09-15' } })).toBeNull();
  });

  it('is null without a split of the basis', () => {
    expect(ageCompositionOfChunks(packObservations('imp', split), 'reach')).toBeNull();
    expect(ageCompositionOfChunks([], 'views')).toBeNull();
  });

  it('falls back to unpacking for a period that is not two ISO days, with the same answer', () => {
    const chunks = packObservations('imp', split, 3);
    // "2025-10" sorts before "2025-10-01", so the string comparison of ageComposition keeps October.
    const odd = { start: '2025-10', end: '2025-12-31' };
    expect(ageCompositionOfChunks(chunks, 'views', { period: odd })).toEqual(ageComposition(unpackObservations(chunks), 'views', { period: odd }));
  });

  it('equals ageComposition over the unpacked observations, whatever the rows (property)', () => {
    const bands = ['13-17', '18-24', '25-34', '55+', 'unknown'] as const;
    const row = fc.record({
      metric: fc.constantFrom('views' as const, 'reach' as const),
      day: fc.integer({ min: 0, max: 40 }),
      band: fc.option(fc.constantFrom(...bands), { nil: undefined }),
      value: fc.double({ min: 0, max: 1e6, noNaN: true }),
      unit: fc.constantFrom('count' as const, 'share' as const),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 40 }), (rows, size, cut) => {
        const observations: Observation[] = rows.map((r) => {
          const iso = new Date(Date.UTC(2025, 0, 1 + r.day)).toISOString().slice(0, 10);
          const o: Observation = { metric: r.metric, period: { start: iso, end: iso }, value: r.value, unit: r.unit };
          if (r.band !== undefined) o.ageBand = r.band;
          return o;
        });
        const chunks = packObservations('imp', observations, size);
        const period = { start: new Date(Date.UTC(2025, 0, 1 + cut)).toISOString().slice(0, 10), end: '2025-12-31' };
        expect(ageCompositionOfChunks(chunks, 'views')).toEqual(ageComposition(observations, 'views'));
        expect(ageCompositionOfChunks(chunks, 'views', { period })).toEqual(ageComposition(observations, 'views', { period }));
      }),
      { numRuns: 200 },
    );
  });
});

describe('ageCompositionsByPeriodOfChunks', () => {
  it('gives one composition per exact period, oldest first', () => {
    const chunks = packObservations('imp', split, 4);
    const byPeriod = ageCompositionsByPeriodOfChunks(chunks, 'views');
    expect(byPeriod.map((p) => p.period)).toEqual([sep, oct]);
    // September: 13-17 30 + 20 = 50, 18-24 100, 25-34 350 → total 500, youth 150 / 500 = 0.3.
    expect(byPeriod[0]!.composition.youthShare).toBeCloseTo(0.3, 12);
    // October: 10 + 90 of 500 = 0.2.
    expect(byPeriod[1]!.composition.youthShare).toBeCloseTo(0.2, 12);
    expect(byPeriod).toEqual(ageCompositionsByPeriod(unpackObservations(chunks), 'views'));
  });
});

describe('dailySumsOfChunks', () => {
  const day = (iso: string): Period => ({ start: iso, end: iso });
  const daily: Observation[] = [
    { metric: 'views', period: day('2025-09-01'), segment: 'vidA', value: 5, unit: 'count' },
    { metric: 'views', period: day('2025-09-01'), segment: 'vidB', value: 7, unit: 'count' },
    { metric: 'likes', period: day('2025-09-01'), value: 100, unit: 'count' },
    { metric: 'views', period: day('2025-09-03'), segment: 'vidA', value: 2, unit: 'count' },
    { metric: 'views', period: null, value: 1000, unit: 'count' },
    { metric: 'views', period: day('2025-09-04'), value: 9, unit: 'count' },
  ];

  it('sums a metric per day over every segment, skipping undated rows and empty days', () => {
    const series = dailySumsOfChunks(packObservations('imp', daily, 2), 'views');
    // 1 Sep: 5 + 7 = 12; 2 Sep: no row; 3 Sep: 2; 4 Sep: 9; the undated 1000 is not a day.
    expect(series).toEqual({ days: ['2025-09-01', '2025-09-03', '2025-09-04'], values: [12, 2, 9] });
  });

  it('filters by period and drops segmented rows on request', () => {
    const chunks = packObservations('imp', daily, 2);
    expect(dailySumsOfChunks(chunks, 'views', { period: { start: '2025-09-02', end: '2025-09-30' } })).toEqual({
      days: ['2025-09-03', '2025-09-04'],
      values: [2, 9],
    });
    expect(dailySumsOfChunks(chunks, 'views', { withSegments: false })).toEqual({ days: ['2025-09-04'], values: [9] });
    expect(dailySumsOfChunks(chunks, 'reach')).toEqual({ days: [], values: [] });
  });
});

describe('packObservations with shared period objects', () => {
  it('converts each row’s own period even when consecutive rows share or change the period object', () => {
    const p1: Period = { start: '2025-09-01', end: '2025-09-01' };
    const p2: Period = { start: '2025-09-01', end: '2025-09-07' };
    const rows: Observation[] = [
      { metric: 'views', period: p1, value: 1, unit: 'count' },
      { metric: 'views', period: p1, value: 2, unit: 'count' },
      { metric: 'reach', period: p2, value: 3, unit: 'count' },
      { metric: 'views', period: null, value: 4, unit: 'share' },
      { metric: 'views', period: p1, value: 5, unit: 'count' },
    ];
    const [c] = packObservations('imp', rows);
    const d1 = isoDateToEpochDay('2025-09-01');
    // 2025-09-07 is six days after 2025-09-01.
    expect(Array.from(c!.startDays)).toEqual([d1, d1, d1, NO_PERIOD_DAY, d1]);
    expect(Array.from(c!.endDays)).toEqual([d1, d1, d1 + 6, NO_PERIOD_DAY, d1]);
    expect(c!.metricDict).toEqual(['views', 'reach']);
    expect(Array.from(c!.metric)).toEqual([0, 0, 1, 0, 0]);
    expect(c!.unitDict).toEqual(['count', 'share']);
    expect(Array.from(c!.unit)).toEqual([0, 0, 0, 1, 0]);
    expect(unpackObservations([c!])).toEqual(rows);
  });
});
