// Tests of ageComposition: shares vs counts, gender cells summed, age floor 13 vs 18, no age data.

import { describe, expect, it } from 'vitest';
import { ageComposition, ageCompositionsByPeriod, compositionFromBandValues } from '../../../../src/core/metrics/age-composition';
import type { Observation } from '../../../../src/core/model/observation';

const share = (ageBand: string, value: number, extra: Partial<Observation> = {}): Observation => ({
  metric: 'views',
  period: null,
  ageBand,
  value,
  unit: 'share',
  ...extra,
});

describe('ageComposition', () => {
  it('reads shares (YouTube viewer age, real numbers) and sums the youth bands', () => {
    // Views (%) of the real YouTube viewer-age export, as shares 0..1
    const obs = [
      share('13-17', 0.0061),
      share('18-24', 0.1081),
      share('25-34', 0.2229),
      share('35-44', 0.1853),
      share('45-54', 0.1471),
      share('55-64', 0.1519),
      share('65+', 0.1786),
    ];
    const c = ageComposition(obs, 'views');
    // total = 0.0061 + 0.1081 + 0.2229 + 0.1853 + 0.1471 + 0.1519 + 0.1786 = 1.0000
    // youth = (0.0061 + 0.1081) / 1 = 0.1142
    expect(c?.basis).toBe('views');
    expect(c?.total).toBeCloseTo(1, 10);
    expect(c?.youthShare).toBeCloseTo(0.1142, 10);
    expect(c?.youthAgeFloor).toBe(13);
    expect(Object.keys(c?.shares ?? {})).toEqual(['13-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+']);
    expect(c?.shares['65+']).toBeCloseTo(0.1786, 10);
  });

  it('reads counts and normalises them over the bands with known age', () => {
    const obs: Observation[] = [
      { metric: 'reach', period: null, ageBand: '18-24', value: 150, unit: 'count' },
      { metric: 'reach', period: null, ageBand: '25-34', value: 250, unit: 'count' },
      { metric: 'reach', period: null, ageBand: '35-44', value: 600, unit: 'count' },
    ];
    const c = ageComposition(obs, 'reach');
    // total = 150 + 250 + 600 = 1000; 18-24 = 150 / 1000 = 0.15; youth (floor 18) = 0.15
    expect(c?.total).toBe(1000);
    expect(c?.shares).toEqual({ '18-24': 0.15, '25-34': 0.25, '35-44': 0.6 });
    expect(c?.youthShare).toBeCloseTo(0.15, 12);
    expect(c?.youthAgeFloor).toBe(18);
  });

  it('sums the gender cells of each band (Meta audience: Men + Women, percent as shares)', () => {
    const obs: Observation[] = [
      { metric: 'followers', period: null, ageBand: '18-24', gender: 'male', value: 0.123, unit: 'share' },
      { metric: 'followers', period: null, ageBand: '18-24', gender: 'female', value: 0.036, unit: 'share' },
      { metric: 'followers', period: null, ageBand: '25-34', gender: 'male', value: 0.361, unit: 'share' },
      { metric: 'followers', period: null, ageBand: '25-34', gender: 'female', value: 0.13, unit: 'share' },
      { metric: 'followers', period: null, ageBand: '35-44', gender: 'male', value: 0.2, unit: 'share' },
      { metric: 'followers', period: null, ageBand: '35-44', gender: 'female', value: 0.15, unit: 'share' },
    ];
    const c = ageComposition(obs, 'followers');
    // 18-24 = 0.123 + 0.036 = 0.159; 25-34 = 0.361 + 0.13 = 0.491; 35-44 = 0.2 + 0.15 = 0.35
    // total = 0.159 + 0.491 + 0.35 = 1.0; youth = 0.159 / 1.0 = 0.159, floor 18 (no 13-17 band)
    expect(c?.shares['18-24']).toBeCloseTo(0.159, 12);
    expect(c?.shares['25-34']).toBeCloseTo(0.491, 12);
    expect(c?.youthShare).toBeCloseTo(0.159, 12);
    expect(c?.youthAgeFloor).toBe(18);
  });

  it('gives floor 13 when a 13-17 band is present, even at 0', () => {
    const obs = [share('13-17', 0), share('18-24', 0.2), share('25-34', 0.3), share('35-44', 0.5)];
    const c = ageComposition(obs, 'views');
    // youth = (0 + 0.2) / (0 + 0.2 + 0.3 + 0.5) = 0.2
    expect(c?.youthAgeFloor).toBe(13);
    expect(c?.shares['13-17']).toBe(0);
    expect(c?.youthShare).toBeCloseTo(0.2, 12);
  });

  it('normalises shares that do not sum to 1 (rounded exports)', () => {
    const obs = [share('13-17', 0.1), share('18-24', 0.2), share('25-64', 0.69)];
    const c = ageComposition(obs, 'views');
    // total = 0.1 + 0.2 + 0.69 = 0.99; youth = 0.3 / 0.99 = 0.303030…
    expect(c?.total).toBeCloseTo(0.99, 12);
    expect(c?.youthShare).toBeCloseTo(0.30303030303, 9);
  });

  it('counts finer youth bands (18-20, 21-24) as youth and a band ending above 24 as not', () => {
    const obs = [share('18-20', 0.1), share('21-24', 0.15), share('18-29', 0), share('25-34', 0.75)];
    // youth = 0.1 + 0.15 = 0.25 (18-29 ends at 29 > 24, not youth)
    expect(ageComposition(obs, 'views')?.youthShare).toBeCloseTo(0.25, 12);
  });

  it('uses only the basis asked for and never mixes units in one split', () => {
    const obs: Observation[] = [
      share('13-17', 0.5),
      share('25-34', 0.5),
      { metric: 'watchTime', period: null, ageBand: '13-17', value: 0.1, unit: 'share' },
      { metric: 'watchTime', period: null, ageBand: '25-34', value: 0.9, unit: 'share' },
      { metric: 'views', period: null, ageBand: '18-24', value: 4000, unit: 'count' },
    ];
    // views: the first unit seen is share; the 4000 count is skipped → youth = 0.5 / 1 = 0.5
    expect(ageComposition(obs, 'views')?.youthShare).toBeCloseTo(0.5, 12);
    expect(ageComposition(obs, 'views')?.shares['18-24']).toBeUndefined();
    // watchTime: youth = 0.1 / (0.1 + 0.9) = 0.1
    expect(ageComposition(obs, 'watchTime')?.youthShare).toBeCloseTo(0.1, 12);
  });

  it('returns null without age data, and when the split sums to 0', () => {
    const noAge: Observation[] = [
      { metric: 'views', period: { start: '2025-09-01', end: '2025-09-01' }, value: 29146, unit: 'count' },
    ];
    expect(ageComposition(noAge, 'views')).toBeNull();
    expect(ageComposition([], 'followers')).toBeNull();
    expect(ageComposition([share('13-17', 0), share('18-24', 0)], 'views')).toBeNull();
    // age data for another basis only
    expect(ageComposition([share('18-24', 1)], 'followers')).toBeNull();
  });
});

describe('ageComposition: unknown age, periods, counts', () => {
  it('keeps unknown age apart and reports it, never spreading it over the bands', () => {
    const obs: Observation[] = [
      { metric: 'reach', period: null, ageBand: '13-17', value: 50, unit: 'count' },
      { metric: 'reach', period: null, ageBand: '18-24', value: 150, unit: 'count' },
      { metric: 'reach', period: null, ageBand: '25+', value: 800, unit: 'count' },
      { metric: 'reach', period: null, ageBand: 'unknown', value: 250, unit: 'count' },
    ];
    const c = ageComposition(obs, 'reach');
    // known total = 50 + 150 + 800 = 1000; youth = (50 + 150) / 1000 = 0.2; youth count = 200
    // unknown = 250, unknown share = 250 / (1000 + 250) = 0.2
    expect(c?.total).toBe(1000);
    expect(c?.youthShare).toBeCloseTo(0.2, 12);
    expect(c?.youthCount).toBe(200);
    expect(c?.unknownAge).toBe(250);
    expect(c?.unknownShare).toBeCloseTo(0.2, 12);
    expect(c?.shares['unknown']).toBeUndefined();
  });

  it('reads finer bands (18-20 + 21-24) with floor 18, and youthCount is null for shares', () => {
    const c = compositionFromBandValues({ '18-20': 4, '21-24': 8, '25-34': 30, '35+': 58 }, 'followers', 'share');
    // youth = (4 + 8) / (4 + 8 + 30 + 58) = 12 / 100 = 0.12, floor 18
    expect(c?.youthShare).toBeCloseTo(0.12, 12);
    expect(c?.youthAgeFloor).toBe(18);
    expect(c?.youthCount).toBeNull();
    expect(c?.unknownAge).toBe(0);
  });

  it('selects one period, and splits a series per period oldest first', () => {
    const aug = { start: '2025-08-01', end: '2025-08-31' };
    const sep = { start: '2025-09-01', end: '2025-09-30' };
    const obs: Observation[] = [
      { metric: 'views', period: sep, ageBand: '13-17', value: 0.1, unit: 'share' },
      { metric: 'views', period: sep, ageBand: '25-34', value: 0.9, unit: 'share' },
      { metric: 'views', period: aug, ageBand: '13-17', value: 0.3, unit: 'share' },
      { metric: 'views', period: aug, ageBand: '25-34', value: 0.7, unit: 'share' },
    ];
    // September alone: 0.1 / (0.1 + 0.9) = 0.1; both months pooled would give (0.1 + 0.3) / 2 = 0.2
    expect(ageComposition(obs, 'views', { period: sep })?.youthShare).toBeCloseTo(0.1, 12);
    const series = ageCompositionsByPeriod(obs, 'views');
    expect(series.map((s) => s.period.start)).toEqual(['2025-08-01', '2025-09-01']);
    // August: 0.3 / 1.0 = 0.3
    expect(series[0]?.composition.youthShare).toBeCloseTo(0.3, 12);
    expect(series[1]?.composition.youthShare).toBeCloseTo(0.1, 12);
  });
});
