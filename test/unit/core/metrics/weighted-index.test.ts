// Tests of weightedIndex: audience-weighted mean of indexes, equal weights when a size is unknown.

import { describe, expect, it } from 'vitest';
import { makeTrace } from '../../../../src/core/metrics/trace';
import { weightedIndex } from '../../../../src/core/metrics/weighted-index';

const t = makeTrace({ metric: 'representation-index', formula: 'x', inputs: [] });

describe('weightedIndex', () => {
  it('weights by audience size', () => {
    // (50 × 30,000 + 200 × 10,000) / (30,000 + 10,000) = (1,500,000 + 2,000,000) / 40,000 = 87.5
    const w = weightedIndex([
      { accountId: 'a', index: 50, audienceSize: 30_000, audienceMetric: 'reach', trace: t },
      { accountId: 'b', index: 200, audienceSize: 10_000, audienceMetric: 'followers', trace: t },
    ])!;
    expect(w.value).toBeCloseTo(87.5, 9);
    expect(w.weighting).toBe('audience');
  });

  it('falls back to equal weights when an audience size is unknown', () => {
    // (50 + 200) / 2 = 125
    const w = weightedIndex([
      { accountId: 'a', index: 50, audienceSize: 30_000, audienceMetric: 'reach', trace: t },
      { accountId: 'b', index: 200, audienceSize: null, audienceMetric: null, trace: t },
    ])!;
    expect(w.value).toBeCloseTo(125, 9);
    expect(w.weighting).toBe('equal');
    expect(w.unweighted).toEqual(['b']);
    expect(weightedIndex([])).toBeNull();
  });
});
