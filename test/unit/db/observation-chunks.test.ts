// Packing observations into typed-array column chunks and back (src/db/observation-chunks.ts).

import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/core/model/observation';
import {
  epochDayToIsoDate,
  isoDateToEpochDay,
  packObservations,
  unpackObservations,
} from '../../../src/db/observation-chunks';
import { CHUNK_ROWS, NO_PERIOD_DAY } from '../../../src/db/schema';

describe('epoch days', () => {
  it('converts ISO dates to days since 1970-01-01 and back', () => {
    expect(isoDateToEpochDay('1970-01-01')).toBe(0);
    expect(isoDateToEpochDay('1970-01-02')).toBe(1);
    expect(isoDateToEpochDay('1969-12-31')).toBe(-1);
    // 54 years × 365 + 13 leap days (1972, 1976 … 2020) = 19710 + 13 = 19723
    expect(isoDateToEpochDay('2024-01-01')).toBe(19723);
    // 2024 is a leap year: 31 (Jan) + 29 (Feb) = 60 days after 2024-01-01
    expect(isoDateToEpochDay('2024-03-01')).toBe(19783);
    expect(epochDayToIsoDate(19783)).toBe('2024-03-01');
    expect(epochDayToIsoDate(-1)).toBe('1969-12-31');
  });

  it('refuses what is not an ISO calendar date', () => {
    expect(() => isoDateToEpochDay('2025-02-29')).toThrow(RangeError); // 2025 is not a leap year
    expect(() => isoDateToEpochDay('01/09/2025')).toThrow(RangeError);
    expect(() => isoDateToEpochDay('2025-9-1')).toThrow(RangeError);
  });
});

describe('packObservations / unpackObservations', () => {
  const sample: Observation[] = [
    { metric: 'views', period: null, ageBand: '13-17', value: 0.0061, unit: 'share' },
    { metric: 'views', period: null, ageBand: '18-24', value: 0.1081, unit: 'share' },
    { metric: 'followers', period: { start: '2025-09-01', end: '2025-09-30' }, ageBand: '18-24', gender: 'female', value: 0.052, unit: 'share' },
    { metric: 'followers', period: { start: '2025-09-01', end: '2025-09-30' }, ageBand: '65+', gender: 'unknown', value: 0.001, unit: 'share' },
    { metric: 'reach', period: { start: '2025-09-01', end: '2025-09-01' }, value: 1234, unit: 'count' },
    { metric: 'views', period: { start: '2025-09-02', end: '2025-09-02' }, segment: 'BE', value: 17, unit: 'count' },
    { metric: 'watchTime', period: null, segment: 'video:abc', value: 2.5, unit: 'hours' },
    { metric: 'averageViewDuration', period: null, value: 280, unit: 'seconds' },
  ];

  it('round-trips every field, including null periods, genders and segments', () => {
    const chunks = packObservations('imp-1', sample);
    expect(chunks).toHaveLength(1);
    expect(unpackObservations(chunks)).toEqual(sample);
  });

  it('stores columns as typed arrays with dictionaries, 0 meaning "absent" in optional columns', () => {
    const [c] = packObservations('imp-1', sample);
    expect(c).toBeDefined();
    const chunk = c!;
    expect(chunk.importId).toBe('imp-1');
    expect(chunk.seq).toBe(0);
    expect(chunk.rowCount).toBe(8);
    expect(chunk.values).toBeInstanceOf(Float64Array);
    expect(chunk.startDays).toBeInstanceOf(Int32Array);
    expect(chunk.metric).toBeInstanceOf(Uint8Array);
    // metrics in first-seen order: views, followers, reach, watchTime, averageViewDuration
    expect(chunk.metricDict).toEqual(['views', 'followers', 'reach', 'watchTime', 'averageViewDuration']);
    expect(Array.from(chunk.metric)).toEqual([0, 0, 1, 1, 2, 0, 3, 4]);
    expect(chunk.ageBandDict).toEqual(['13-17', '18-24', '65+']);
    expect(Array.from(chunk.ageBand)).toEqual([1, 2, 2, 3, 0, 0, 0, 0]);
    expect(chunk.genderDict).toEqual(['female', 'unknown']);
    expect(Array.from(chunk.gender)).toEqual([0, 0, 1, 2, 0, 0, 0, 0]);
    expect(chunk.segmentDict).toEqual(['BE', 'video:abc']);
    expect(Array.from(chunk.segment)).toEqual([0, 0, 0, 0, 0, 1, 2, 0]);
    // 2025-09-01: 2024-01-01 (19723) + 366 (2024) + 243 (Jan..Aug 2025: 31+28+31+30+31+30+31+31) = 20332
    expect(chunk.startDays[2]).toBe(20332);
    expect(chunk.endDays[2]).toBe(20332 + 29);
    expect(chunk.startDays[0]).toBe(NO_PERIOD_DAY);
    expect(chunk.endDays[0]).toBe(NO_PERIOD_DAY);
  });

  it('splits more than 50,000 rows into ≤ 50,000-row chunks and restores them in order', () => {
    expect(CHUNK_ROWS).toBe(50_000);
    const n = 120_001; // 50,000 + 50,000 + 20,001
    const many: Observation[] = [];
    for (let i = 0; i < n; i++) {
      const day = epochDayToIsoDate(20000 + (i % 400));
      const o: Observation = {
        metric: i % 2 === 0 ? 'views' : 'impressions',
        period: i % 7 === 0 ? null : { start: day, end: day },
        value: i * 1.5,
        unit: 'count',
      };
      if (i % 3 === 0) o.segment = `post-${i % 60_000}`; // up to 60,000 distinct ids overall
      if (i % 5 === 0) o.gender = 'male';
      many.push(o);
    }
    const chunks = packObservations('imp-big', many);
    expect(chunks.map((c) => c.rowCount)).toEqual([50_000, 50_000, 20_001]);
    expect(chunks.map((c) => c.seq)).toEqual([0, 1, 2]);
    // first chunk: rows 0..49,999, every third has a segment → 16,667 distinct ids: needs Uint16 indexes
    expect(chunks[0]!.segmentDict).toHaveLength(16_667);
    expect(chunks[0]!.segment).toBeInstanceOf(Uint16Array);
    const back = unpackObservations([chunks[2]!, chunks[0]!, chunks[1]!]); // order by seq, not input order
    expect(back).toHaveLength(n);
    expect(back).toEqual(many);
    // spot check: row 120,000 is views (even), 120000 % 7 = 2 → has a period, value 120000 × 1.5 = 180000
    expect(back[120_000]!.value).toBe(180_000);
  });

  it('filters by metric and by age band without building the other rows', () => {
    const chunks = packObservations('imp-1', sample);
    const views = unpackObservations(chunks, { metrics: ['views'], withAgeBand: true });
    expect(views.map((o) => o.ageBand)).toEqual(['13-17', '18-24']);
    expect(unpackObservations(chunks, { metrics: ['subscribers'] })).toEqual([]);
    expect(unpackObservations(chunks, { withAgeBand: true })).toHaveLength(4);
  });

  it('gives no chunks for no observations, and refuses a bad date or chunk size', () => {
    expect(packObservations('imp-0', [])).toEqual([]);
    expect(() =>
      packObservations('imp-x', [{ metric: 'views', period: { start: '2025-13-01', end: '2025-13-01' }, value: 1, unit: 'count' }]),
    ).toThrow(RangeError);
    expect(() => packObservations('imp-x', sample, 0)).toThrow(RangeError);
    expect(() => packObservations('imp-x', sample, 70_000)).toThrow(RangeError);
  });

  it('uses the chunk size it is given', () => {
    const chunks = packObservations('imp-1', sample, 3);
    expect(chunks.map((c) => c.rowCount)).toEqual([3, 3, 2]);
    expect(unpackObservations(chunks)).toEqual(sample);
  });
});
