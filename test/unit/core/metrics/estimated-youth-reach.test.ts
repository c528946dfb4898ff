// Tests of estimatedYouthReach and pickReach: reach × youth share, named, proxy for followers.

import { describe, expect, it } from 'vitest';
import { estimatedYouthReach, pickReach } from '../../../../src/core/metrics/estimated-youth-reach';
import { youth } from './helpers';

const src = { accountId: 'acc-1', importIds: ['imp-2'], fileIds: ['file-2'] };

describe('estimatedYouthReach', () => {
  it('multiplies reach by the youth share', () => {
    // 40,000 reached × 0.25 = 10,000
    const r = estimatedYouthReach({ metric: 'reach', value: 40_000, upperBound: false, source: src }, youth(0.25));
    expect(r.value).toBeCloseTo(10_000, 9);
    expect(r.multiplies).toBe('reach');
    expect(r.proxy).toBe(false);
    expect(r.trace.formula).toBe('estimatedYouthReach = reach × youthShare');
    expect(r.trace.importIds.sort()).toEqual(['imp-1', 'imp-2']);
  });

  it('is a proxy when the youth share is of followers, and keeps an upper bound', () => {
    // 245,425 views × 0.349 = 85,653.325
    const r = estimatedYouthReach({ metric: 'views', value: 245_425, upperBound: true, source: src }, youth(0.349, 13, 'followers'));
    expect(r.value).toBeCloseTo(85_653.325, 6);
    expect(r.proxy).toBe(true);
    expect(r.upperBound).toBe(true);
    expect(r.multiplies).toBe('views');
  });

  it('refuses a negative reach', () => {
    expect(() => estimatedYouthReach({ metric: 'reach', value: -1, upperBound: false, source: src }, youth(0.2))).toThrow(/non-negative/);
  });

  it('picks reach, else viewers, else views', () => {
    expect(pickReach({ reach: null, viewers: 300, views: 900 })).toEqual({ metric: 'viewers', value: 300 });
    expect(pickReach({ reach: 10, viewers: 300, views: 900 })).toEqual({ metric: 'reach', value: 10 });
    expect(pickReach({ reach: null, viewers: null, views: null })).toBeNull();
  });
});
