// Tests of summariseTotals: flows summed, unique counts summed with an upper-bound warning, followers as the last level.

import { describe, expect, it } from 'vitest';
import { summariseTotals } from '../../../../src/core/metrics/totals';
import type { Observation, Period } from '../../../../src/core/model/observation';

const day = (d: string): Period => ({ start: d, end: d });

describe('summariseTotals', () => {
  it('sums flows (views, impressions) over the period and leaves absent metrics null', () => {
    const obs: Observation[] = [
      { metric: 'views', period: day('2025-09-01'), value: 120, unit: 'count' },
      { metric: 'views', period: day('2025-09-02'), value: 85, unit: 'count' },
      { metric: 'views', period: day('2025-09-03'), value: 40, unit: 'count' },
      { metric: 'impressions', period: day('2025-09-01'), value: 1000, unit: 'count' },
      { metric: 'impressions', period: day('2025-09-02'), value: 250, unit: 'count' },
    ];
    const { totals, warnings } = summariseTotals(obs);
    // views: 120 + 85 + 40 = 245; impressions: 1000 + 250 = 1250
    expect(totals).toEqual({ views: 245, reach: null, viewers: null, impressions: 1250, followers: null });
    expect(warnings).toEqual([]);
  });

  it('sums unique counts (reach, viewers) but warns that each sum is an upper bound', () => {
    const obs: Observation[] = [
      { metric: 'reach', period: day('2025-09-01'), value: 300, unit: 'count' },
      { metric: 'reach', period: day('2025-09-02'), value: 200, unit: 'count' },
      { metric: 'viewers', period: day('2025-09-01'), value: 7, unit: 'count' },
      { metric: 'viewers', period: day('2025-09-02'), value: 5, unit: 'count' },
      { metric: 'viewers', period: day('2025-09-03'), value: 1, unit: 'count' },
    ];
    const { totals, warnings } = summariseTotals(obs);
    // reach: 300 + 200 = 500 (2 days); viewers: 7 + 5 + 1 = 13 (3 days)
    expect(totals.reach).toBe(500);
    expect(totals.viewers).toBe(13);
    expect(warnings.map((w) => [w.code, w.params])).toEqual([
      ['unique-sum-upper-bound', { metric: 'reach', count: 2, total: 500 }],
      ['unique-sum-upper-bound', { metric: 'viewers', count: 3, total: 13 }],
    ]);
    expect(warnings[0]?.message).toMatch(/upper bound/);
  });

  it('does not warn for a single unique count (nothing was summed)', () => {
    const { totals, warnings } = summariseTotals([
      { metric: 'reach', period: { start: '2025-09-01', end: '2025-09-30' }, value: 4321, unit: 'count' },
    ]);
    expect(totals.reach).toBe(4321);
    expect(warnings).toEqual([]);
  });

  it('takes followers as the level with the latest period end, whatever the input order', () => {
    const { totals } = summariseTotals([
      { metric: 'followers', period: day('2025-09-03'), value: 1030, unit: 'count' },
      { metric: 'followers', period: day('2025-09-05'), value: 1052, unit: 'count' },
      { metric: 'followers', period: null, value: 9999, unit: 'count' },
      { metric: 'followers', period: day('2025-09-04'), value: 1041, unit: 'count' },
    ]);
    // latest end is 2025-09-05 → 1052 (not 1030 + 1052 + 1041, not the undated 9999, not the last row 1041)
    expect(totals.followers).toBe(1052);
  });

  it('uses an undated followers level when it is the only one', () => {
    expect(summariseTotals([{ metric: 'followers', period: null, value: 812, unit: 'count' }]).totals.followers).toBe(812);
  });

  it('ignores parts of a split (age band, gender, segment), shares and other metrics', () => {
    const p = day('2025-09-01');
    const obs: Observation[] = [
      { metric: 'views', period: p, value: 100, unit: 'count' },
      { metric: 'views', period: p, ageBand: '18-24', value: 0.1081, unit: 'share' },
      { metric: 'views', period: p, ageBand: '18-24', value: 30, unit: 'count' },
      { metric: 'views', period: p, gender: 'female', value: 60, unit: 'count' },
      { metric: 'views', period: p, segment: 'BE', value: 70, unit: 'count' },
      { metric: 'views', period: p, value: 0.5, unit: 'share' },
      { metric: 'watchTime', period: p, value: 12.5, unit: 'hours' },
      { metric: 'follows', period: p, value: 20, unit: 'count' },
    ];
    const { totals, warnings } = summariseTotals(obs);
    // only the first observation is a whole count of a total metric: views = 100
    expect(totals).toEqual({ views: 100, reach: null, viewers: null, impressions: null, followers: null });
    expect(warnings).toEqual([]);
  });

  it('gives null (not 0) for every metric when there are no observations, and 0 when the data says 0', () => {
    expect(summariseTotals([]).totals).toEqual({ views: null, reach: null, viewers: null, impressions: null, followers: null });
    expect(summariseTotals([{ metric: 'views', period: day('2025-09-01'), value: 0, unit: 'count' }]).totals.views).toBe(0);
  });
});
