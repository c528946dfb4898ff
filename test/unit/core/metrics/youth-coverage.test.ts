// Tests of youthCoverage and totalYouthCoverage: estimated youth reach ÷ residents of the same ages; totals are upper bounds.

import { describe, expect, it } from 'vitest';
import { estimatedYouthReach } from '../../../../src/core/metrics/estimated-youth-reach';
import { totalYouthCoverage, youthCoverage } from '../../../../src/core/metrics/youth-coverage';
import { DEFAULT_REFERENCE_SET } from '../../../../src/core/reference/reference-set';
import { youth } from './helpers';

const src = { accountId: 'a', importIds: [], fileIds: [] };

describe('youthCoverage', () => {
  it('divides by the Flemish 13-24 residents at floor 13', () => {
    // 200,000 × 0.43 = 86,000; 86,000 / 871,814 = 0.098646
    const est = estimatedYouthReach({ metric: 'reach', value: 200_000, upperBound: false, source: src }, youth(0.43, 13));
    const c = youthCoverage(est, DEFAULT_REFERENCE_SET);
    expect(c.band).toBe('13-24');
    expect(c.value).toBeCloseTo(86_000 / 871_814, 9);
    expect(c.value).toBeCloseTo(0.098646, 5);
    expect(c.upperBound).toBe(false);
    expect(c.trace.referenceIds).toEqual(['population.flanders.count.13-24']);
  });

  it('divides by the 18-24 residents at floor 18', () => {
    // 100,000 × 0.1 = 10,000; 10,000 / 509,224 = 0.019638
    const est = estimatedYouthReach({ metric: 'reach', value: 100_000, upperBound: false, source: src }, youth(0.1, 18));
    expect(youthCoverage(est, DEFAULT_REFERENCE_SET).value).toBeCloseTo(0.019638, 5);
  });

  it('sums across accounts as an upper bound', () => {
    // 50,000 × 0.2 = 10,000 (floor 13) + 30,000 × 0.1 = 3,000 (floor 18) = 13,000; any floor 13 → ÷ 871,814 = 0.014911
    const a = estimatedYouthReach({ metric: 'reach', value: 50_000, upperBound: false, source: src }, youth(0.2, 13));
    const b = estimatedYouthReach({ metric: 'reach', value: 30_000, upperBound: false, source: src }, youth(0.1, 18));
    const t = totalYouthCoverage([a, b], DEFAULT_REFERENCE_SET)!;
    expect(t.youthReach).toBeCloseTo(13_000, 9);
    expect(t.value).toBeCloseTo(0.014911, 5);
    expect(t.upperBound).toBe(true);
    expect(t.band).toBe('13-24');
    expect(totalYouthCoverage([], DEFAULT_REFERENCE_SET)).toBeNull();
  });
});
