// Stitching an account's windowed exports into one history, and the figures of a chosen period.

import { describe, expect, it } from 'vitest';
import { accountFigures } from '../../../../src/core/read-model/account-figures';
import type { AccountInput } from '../../../../src/core/read-model/account-figures';
import { DEFAULT_REFERENCE_SET } from '../../../../src/core/reference/reference-set';
import type { Observation, Period } from '../../../../src/core/model/observation';
import { account, file, split, total } from '../core-helpers';
import { seriesPoints, seriesSpan, seriesWithin } from '../../../../src/core/read-model/account-history';

/** One count of `metric` per day from `start` to `end` (inclusive), each `value`. */
function daily(metric: Observation['metric'], start: string, end: string, value: number): Observation[] {
  const out: Observation[] = [];
  for (let d = new Date(`${start}T00:00:00Z`); d.toISOString().slice(0, 10) <= end; d.setUTCDate(d.getUTCDate() + 1)) {
    const day = d.toISOString().slice(0, 10);
    out.push({ metric, period: { start: day, end: day }, value, unit: 'count' });
  }
  return out;
}

const options = (period: Period | null) => ({ period, youthBand: '13-24' as const, reference: DEFAULT_REFERENCE_SET, thresholds: { minReachedPerBand: 100 } });
const figures = (a: AccountInput, period: Period | null) => accountFigures(a, options(period));

const JAN_MAR = { start: '2025-01-01', end: '2025-03-31' };
const MAR_MAY = { start: '2025-03-01', end: '2025-05-31' };

describe('account history', () => {
  const older = file('x-jan-mar.csv', daily('views', '2025-01-01', '2025-03-31', 100), { period: JAN_MAR });
  const newer = file('x-mar-may.csv', daily('views', '2025-03-01', '2025-05-31', 110), { period: MAR_MAY });

  it('counts each day of two overlapping windows once, the newer export winning, and names the days that differed', () => {
    const a = account('VDAB', 'x', [older, newer]);
    const views = seriesPoints(a.history.series.views);
    // 1 Jan – 31 May 2025 = 31 + 28 + 31 + 30 + 31 = 151 days, each once
    expect(views).toHaveLength(151);
    expect(views.find((p) => p.day === '2025-02-28')!.value).toBe(100);
    expect(views.find((p) => p.day === '2025-03-01')!.value).toBe(110);
    expect(a.history.conflicts).toHaveLength(1);
    expect(a.history.conflicts[0]!.days).toHaveLength(31);
    expect(a.history.conflicts[0]!.keptFileName).toBe('x-mar-may.csv');
    expect(a.history.conflicts[0]!.droppedFileName).toBe('x-jan-mar.csv');
    // everything: Jan + Feb = 59 days × 100 = 5900; Mar–May = 92 days × 110 = 10120; 16020 (not 9000 + 10120 = 19120)
    expect(figures(a, { start: '2025-01-01', end: '2025-05-31' }).totals.views).toBe(16_020);
    // a period inside sums only its own days: March = 31 × 110 = 3410
    expect(figures(a, { start: '2025-03-01', end: '2025-03-31' }).totals.views).toBe(3_410);
  });

  it('restores the older values when the newer import is deleted', () => {
    const a = account('VDAB', 'x', [older]);
    expect(figures(a, { start: '2025-03-01', end: '2025-03-31' }).totals.views).toBe(3_100);
    expect(a.history.conflicts).toEqual([]);
  });

  it('the same values in two windows are nothing to say', () => {
    const again = file('x-mar-may-same.csv', daily('views', '2025-03-01', '2025-05-31', 100), { period: MAR_MAY });
    expect(account('VDAB', 'x', [older, again]).history.conflicts).toEqual([]);
  });

  it('keeps a gap as a gap and says how much of the period has data', () => {
    const jan = file('jan.csv', daily('views', '2025-01-01', '2025-01-31', 10), { period: { start: '2025-01-01', end: '2025-01-31' } });
    const mar = file('mar.csv', daily('views', '2025-03-01', '2025-03-31', 10), { period: { start: '2025-03-01', end: '2025-03-31' } });
    const a = account('VDAB', 'x', [jan, mar]);
    expect(seriesPoints(a.history.series.views).some((p) => p.day.startsWith('2025-02'))).toBe(false);
    const f = figures(a, JAN_MAR);
    // 31 + 31 = 62 days with data of the 90 days of January–March
    expect(f.coverage).toEqual({ days: 62, of: 90 });
    expect(f.totals.views).toBe(620);
  });

  it('gives each quarter its own youth share and views, and weights them by views over both', () => {
    const q2: Period = { start: '2025-04-01', end: '2025-06-30' };
    const q3: Period = { start: '2025-07-01', end: '2025-09-30' };
    const a = account('Ketnet', 'youtube', [
      file('q2.csv', [...split('views', { '13-17': 0.1, '18-24': 0.2, '25-34': 0.7 }, q2), ...daily('views', q2.start, q2.end, 1000)], { period: q2 }),
      file('q3.csv', [...split('views', { '13-17': 0.05, '18-24': 0.15, '25-34': 0.8 }, q3), ...daily('views', q3.start, q3.end, 2000)], { period: q3 }),
    ]);
    const fq2 = figures(a, q2);
    // Q2: 30 % of 91 days × 1000 = 91000 views → 27300 views by young people
    expect(fq2.youthShare!.value).toBeCloseTo(0.3, 12);
    expect(fq2.totals.views).toBe(91_000);
    expect(fq2.youthViews!.value).toBeCloseTo(27_300, 6);
    expect(fq2.youthPeople).toBeNull();
    const fq3 = figures(a, q3);
    // Q3: 20 % of 92 × 2000 = 184000 → 36800
    expect(fq3.youthShare!.value).toBeCloseTo(0.2, 12);
    expect(fq3.totals.views).toBe(184_000);
    expect(fq3.youthViews!.value).toBeCloseTo(36_800, 6);
    // Q2 + Q3: (0.30 × 91000 + 0.20 × 184000) ÷ 275000 = 64100 ÷ 275000 = 0.2330909…
    const both = figures(a, { start: q2.start, end: q3.end });
    expect(both.youthShare!.choice).toBe('weighted');
    expect(both.youthShare!.value).toBeCloseTo(64_100 / 275_000, 12);
    expect(both.totals.views).toBe(275_000);
    // no period: the most recent split (Q3) and the totals of its own days
    const latest = figures(a, null);
    expect(latest.period).toEqual(q3);
    expect(latest.youthShare!.value).toBeCloseTo(0.2, 12);
    expect(latest.totals.views).toBe(184_000);
  });

  it('pools two weekly reach splits at floor 18 from 18 up: the 13-17 of the other split in neither part', () => {
    // Facebook's old page export: week 14-20 February 2014 without a 13-17 row (floor 18), week 21-27 with one.
    const w1: Period = { start: '2014-02-14', end: '2014-02-20' };
    const w2: Period = { start: '2014-02-21', end: '2014-02-27' };
    const a = account('De Lijn', 'facebook', [
      file('vic.csv', [
        ...split('reach', { '18-24': 84, '25-34': 213 }, w1, 'count'),
        total('reach', 297, w1),
        ...split('reach', { '13-17': 1, '18-24': 19, '25-34': 41 }, w2, 'count'),
        total('reach', 61, w2),
      ], { period: { start: w1.start, end: w2.end } }),
    ]);
    const both = figures(a, { start: w1.start, end: w2.end });
    expect(both.youthShare!.choice).toBe('weighted');
    expect(both.youthShare!.ageFloor).toBe(18);
    expect(both.youthShare!.band).toBe('18-24');
    // 18-24 of 18+: (84 + 19) ÷ (297 + 60) = 103 ÷ 357 = 0.28851…, not 103 ÷ 358 (the 13-17 person left in)
    expect(both.youthShare!.value).toBeCloseTo(103 / 357, 12);
    // The 18+ audience: 297 + 61 × 60/61 = 357; young people 18-24 = 84 + 19 = 103.
    expect(both.audienceSize!.value).toBeCloseTo(357, 9);
    expect(both.youthPeople!.value).toBeCloseTo(103, 9);
    // The trace lists no 13-17 share among the pooled shares, and the weights used: 297 and 60 (= 357).
    expect(both.youthShare!.trace.inputs.map((i) => i.name)).not.toContain('share 13-17');
    const weights = both.youthShare!.trace.inputs.filter((i) => i.name.startsWith('weight '));
    expect(weights.map((w) => [w.name, w.value])).toEqual([
      ['weight 2014-02-14…2014-02-20', 297],
      ['weight 2014-02-21…2014-02-27', expect.closeTo(60, 9)],
    ]);
    // Each week alone keeps its own floor: the second week is 20 of 61 at floor 13.
    expect(figures(a, w2).youthShare!.value).toBeCloseTo(20 / 61, 12);
    expect(figures(a, w2).youthShare!.ageFloor).toBe(13);
  });

  it('counts the Total rows of several reports of one channel and period once', () => {
    const age = file('viewer-age.csv', split('views', { '13-17': 0.61, '18-24': 10.81, '25-34': 88.58 }, null), { period: null });
    const geography = file('geography.csv', [total('views', 245_425, null), { metric: 'views', period: null, segment: 'BE', value: 200_000, unit: 'count' }], { period: null });
    const content = file('content.csv', [total('views', 245_425, null)], { period: null });
    const f = figures(account('De Lijn', 'youtube', [age, geography, content]), null);
    expect(f.totals.views).toBe(245_425);
    expect(f.audienceSize!.value).toBe(245_425);
    // (0.61 + 10.81) ÷ 100 = 0.1142 → 245425 × 0.1142 = 28027.5 views by young people, never "young people"
    expect(f.youthShare!.value).toBeCloseTo(0.1142, 12);
    expect(f.youthViews!.value).toBeCloseTo(245_425 * 0.1142, 6);
    expect(f.youthPeople).toBeNull();
  });

  it('takes the last follower level on or before the end of a followers split, none after it and none more than a quarter before', () => {
    // The split is of September 2025 (ends 2025-09-30); levels 4,000 on 15 Sep and 5,000 on 15 Oct: 15 Sep's.
    const level = (day: string, value: number) => ({ metric: 'followers' as const, period: { start: day, end: day }, value, unit: 'count' as const });
    const near = account('OVAM', 'facebook', [file('a.csv', [...split('followers', { '18-24': 0.1, '25-34': 0.9 }), level('2025-09-15', 4000), level('2025-10-15', 5000)])]);
    const f = figures(near, null);
    expect(f.audienceSize).toMatchObject({ value: 4000, date: '2025-09-15' });
    // floor 18 (no 13-17 row): 0.10 × 4000 = 400 young people aged 18-24
    expect(f.youthShare!.ageFloor).toBe(18);
    expect(f.youthShare!.band).toBe('18-24');
    expect(f.youthPeople!.value).toBeCloseTo(400, 9);
    // Only a level after the end (15 Oct): not September's, so the size is unknown.
    const after = account('OVAM', 'facebook', [file('b.csv', [...split('followers', { '18-24': 0.1, '25-34': 0.9 }), level('2025-10-15', 5000)])]);
    expect(figures(after, null).audienceSize).toBeNull();
    expect(figures(after, null).poolStatus).toBe('no-size');
    // 30 Jun → 30 Sep is 30 + 31 + 31 = 92 days: still counts; 29 Jun (93 days) does not.
    const quarter = account('OVAM', 'facebook', [file('c.csv', [...split('followers', { '18-24': 0.1, '25-34': 0.9 }), level('2025-06-30', 3000)])]);
    expect(figures(quarter, null).audienceSize).toMatchObject({ value: 3000, date: '2025-06-30' });
    const far = account('OVAM', 'facebook', [file('d.csv', [...split('followers', { '18-24': 0.1, '25-34': 0.9 }), level('2025-06-29', 3000)])]);
    expect(figures(far, null).audienceSize).toBeNull();
  });

  it('keeps a metric as dense days with gaps marked: span, sums, last value and the imports of a period', () => {
    // 1-10 Jan at 5 a day from a.csv, 20-31 Jan at 7 a day from b.csv: 11-19 Jan is a gap, never 0.
    const a = file('a.csv', daily('reach', '2025-01-01', '2025-01-10', 5), { period: { start: '2025-01-01', end: '2025-01-10' } });
    const b = file('b.csv', daily('reach', '2025-01-20', '2025-01-31', 7), { period: { start: '2025-01-20', end: '2025-01-31' } });
    const reach = account('VDAB', 'facebook', [b, a]).history.series.reach!;
    expect(reach.values).toHaveLength(31);
    expect(Array.from(reach.owner.subarray(9, 20))).toEqual([0, -1, -1, -1, -1, -1, -1, -1, -1, -1, 1]);
    expect(seriesSpan(reach)).toEqual({ start: '2025-01-01', end: '2025-01-31' });
    expect(seriesPoints(reach)).toHaveLength(22);
    // 5-25 Jan: 5..10 Jan = 6 days × 5, 20..25 Jan = 6 days × 7: 30 + 42 = 72 over 12 days, last 7, a.csv first.
    const within = seriesWithin(reach, { start: '2025-01-05', end: '2025-01-25' })!;
    expect([within.value, within.days, within.lastValue]).toEqual([72, 12, 7]);
    // b.csv is passed first (import 1), a.csv second (import 2); a.csv is the older, so origins[0].
    expect(reach.origins.map((o) => o.importId)).toEqual(['VDAB-facebook-imp2', 'VDAB-facebook-imp1']);
    expect(within.origins.map((o) => o.importId)).toEqual(['VDAB-facebook-imp2', 'VDAB-facebook-imp1']);
    // Only the gap: no value (null), not 0.
    expect(seriesWithin(reach, { start: '2025-01-12', end: '2025-01-18' })).toBeNull();
    expect(seriesPoints(reach, { start: '2025-01-12', end: '2025-01-18' })).toEqual([]);
    // Outside the days: null too.
    expect(seriesWithin(reach, { start: '2024-12-01', end: '2024-12-31' })).toBeNull();
  });
});
