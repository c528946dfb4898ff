// The data of the charts over time, on the sample data and hand-made histories.

import { describe, expect, it } from 'vitest';
import { answerQuestion3 } from '../../../../src/core/answer/answer';
import { lineTrend, metricLines, pointsPerYear, quarterlyYouth, quartersOf, youthShareOverTime } from '../../../../src/core/answer/time-data';
import { DEFAULT_REFERENCE_SET } from '../../../../src/core/reference/reference-set';
import { DEFAULT_THRESHOLDS } from '../../../../src/core/reference/thresholds';
import { account, file, onDay, split } from '../core-helpers';
import { sampleEntities } from './sample-entities';

describe('charts over time', () => {
  it('cuts a span into calendar quarters, the first and last clipped to the span', () => {
    expect(quartersOf({ start: '2025-08-15', end: '2026-01-10' }).map((q) => [q.key, q.period.start, q.period.end])).toEqual([
      ['2025-Q3', '2025-08-15', '2025-09-30'],
      ['2025-Q4', '2025-10-01', '2025-12-31'],
      ['2026-Q1', '2026-01-01', '2026-01-10'],
    ]);
    expect(quartersOf({ start: '2024-01-01', end: '2024-12-31' }).map((q) => q.period.end)).toEqual(['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']);
  });

  it('gives each dated split its youth share and the trend per year by least squares', () => {
    // 1 Jan 2025 30 %, 1 Jan 2026 28 %: −2.0 points in one year (365 days ≈ 0.9993 year → −2.0014)
    const a = account('Ketnet', 'instagram', [
      file('a.csv', split('followers', { '13-17': 0.1, '18-24': 0.2, '25-34': 0.7 }, { start: '2024-12-01', end: '2025-01-01' })),
      file('b.csv', split('followers', { '13-17': 0.08, '18-24': 0.2, '25-34': 0.72 }, { start: '2025-12-01', end: '2026-01-01' })),
    ]);
    const points = youthShareOverTime(a, '13-24');
    expect(points.map((p) => [p.date, Math.round(p.youthShare * 100) / 100])).toEqual([
      ['2025-01-01', 0.3],
      ['2026-01-01', 0.28],
    ]);
    expect(pointsPerYear(points)).toBeCloseTo(-2 / (365 / 365.25), 6);
    expect(lineTrend(points)).toEqual({ kind: 'older', perYear: pointsPerYear(points) });
  });

  it('says the change itself, not a rate per year, over less than half a year', () => {
    // Sample data: Ketnet Instagram 57,0 % (split to 31 Aug 2025) then 54,1 % (to 30 Sep): −2,9 points in 30 days,
    // which per year would read −35 points: a month's wobble stretched to a year.
    const a = account('Ketnet', 'instagram', [
      file('aug.csv', split('followers', { '13-17': 0.15, '18-24': 0.42, '25-34': 0.43 }, { start: '2025-08-01', end: '2025-08-31' })),
      file('sep.csv', split('followers', { '13-17': 0.142, '18-24': 0.399, '25-34': 0.459 }, { start: '2025-09-01', end: '2025-09-30' })),
    ]);
    const trend = lineTrend(youthShareOverTime(a, '13-24'));
    expect(trend?.kind).toBe('short');
    expect(trend && trend.kind === 'short' ? [Math.round(trend.points * 10) / 10, trend.from, trend.to] : null).toEqual([-2.9, '2025-08-31', '2025-09-30']);
  });

  it('keeps a gap in a metric line as null, never 0', () => {
    const a = { ...account('X', 'x', [file('a.csv', [onDay('views', '2025-09-01', 5), onDay('views', '2025-09-03', 7)])]), label: 'X' };
    const [line] = metricLines([a], 'views', { start: '2025-09-01', end: '2025-09-03' }, 'day');
    expect(line!.buckets.map((b) => b.value)).toEqual([5, null, 7]);
  });

  it('sums young people per quarter and platform from each quarter’s own answer (sample data: Q3 2025)', () => {
    const entities = sampleEntities();
    const rows = quarterlyYouth(quartersOf({ start: '2025-08-01', end: '2025-09-30' }), (period) => answerQuestion3({ entities, reference: DEFAULT_REFERENCE_SET, thresholds: { ...DEFAULT_THRESHOLDS }, period }));
    expect(rows).toHaveLength(1);
    // Q3 2025 clipped to the span (1 Aug – 30 Sep): the splits inside it. Instagram: Ketnet's August and September splits are both
    // inside, but only September's has a size (the one typed count, 52,000 on 30 September, is after August's end:
    // not August's level), so the most recent split counts alone: 52,000 × 0.541 = 28,132 (De Lijn Instagram has no size).
    // TikTok 37,400; Facebook: De Lijn reach 14,000 + VDAB 2,304 + OVAM 207.79 = 16,511.79.
    expect(rows[0]!.youngPeople.instagram).toBeCloseTo(28_132, 6);
    expect(rows[0]!.youngPeople.tiktok).toBeCloseTo(37_400, 6);
    expect(rows[0]!.youngPeople.facebook).toBeCloseTo(16_511.792, 2);
    // September alone: the same (August adds no split with a size); August alone: Ketnet Instagram's split has
    // no follower count on or before 31 August, so no platform has young people (not 0: none).
    const of = (period: { start: string; end: string }) => quarterlyYouth(quartersOf(period), (p) => answerQuestion3({ entities, reference: DEFAULT_REFERENCE_SET, thresholds: { ...DEFAULT_THRESHOLDS }, period: p }));
    const september = of({ start: '2025-09-01', end: '2025-09-30' });
    expect(september.map((r) => [r.period, Math.round(r.youngPeople.facebook!), Math.round(r.youngPeople.instagram!), Math.round(r.youngPeople.tiktok!)])).toEqual([[{ start: '2025-09-01', end: '2025-09-30' }, 16_512, 28_132, 37_400]]);
    expect(of({ start: '2025-08-01', end: '2025-08-31' }).map((r) => r.youngPeople)).toEqual([{}]);
  });
});
