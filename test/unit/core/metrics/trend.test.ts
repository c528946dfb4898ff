// Tests of youthShareTrend: changes in percentage points between consecutive periods and their direction.

import { describe, expect, it } from 'vitest';
import { trendDirection, youthShareTrend } from '../../../../src/core/metrics/trend';

const p = (start: string, end: string, youthShare: number, floor: 13 | 18 = 13) => ({ period: { start, end }, youthShare, floor });

describe('youthShareTrend', () => {
  it('sorts the periods and gives the change in points and its direction', () => {
    const t = youthShareTrend([p('2025-09-01', '2025-09-30', 0.18), p('2025-07-01', '2025-07-31', 0.2), p('2025-08-01', '2025-08-31', 0.205)], 1);
    expect(t.points.map((x) => x.period.start)).toEqual(['2025-07-01', '2025-08-01', '2025-09-01']);
    // Jul → Aug: (0.205 − 0.20) × 100 = +0.5 points → flat (within ± 1)
    expect(t.changes[0]?.changePoints).toBeCloseTo(0.5, 9);
    expect(t.changes[0]?.direction).toBe('flat');
    // Aug → Sep: (0.18 − 0.205) × 100 = −2.5 points → falling
    expect(t.changes[1]?.changePoints).toBeCloseTo(-2.5, 9);
    expect(t.direction).toBe('falling');
    expect(t.latest?.to.end).toBe('2025-09-30');
  });

  it('leaves out a change across different age floors, and needs two points', () => {
    const t = youthShareTrend([p('2025-08-01', '2025-08-31', 0.2, 13), p('2025-09-01', '2025-09-30', 0.1, 18)]);
    expect(t.changes[0]?.changePoints).toBeNull();
    expect(t.direction).toBeNull();
    expect(youthShareTrend([p('2025-08-01', '2025-08-31', 0.2)]).direction).toBeNull();
  });

  it('uses the tolerance as a parameter', () => {
    // +2 points: rising with tolerance 1, flat with tolerance 3
    expect(trendDirection(2, 1)).toBe('rising');
    expect(trendDirection(2, 3)).toBe('flat');
    expect(trendDirection(-2, 1)).toBe('falling');
    expect(() => youthShareTrend([], -1)).toThrow(/tolerance/);
  });
});
