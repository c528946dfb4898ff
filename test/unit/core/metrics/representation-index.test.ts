// Tests of representationIndex and indexBand: youth share ÷ population youth share × 100, bands, insufficient data.

import { describe, expect, it } from 'vitest';
import { indexBand, representationIndex } from '../../../../src/core/metrics/representation-index';
import { DEFAULT_REFERENCE_SET, referenceSetWith } from '../../../../src/core/reference/reference-set';
import { DEFAULT_THRESHOLDS } from '../../../../src/core/reference/thresholds';
import { youth } from './helpers';

describe('representationIndex', () => {
  it('divides by the 13+ population share at floor 13', () => {
    // 0.601 / 0.1523 × 100 = 394.616
    const r = representationIndex(youth(0.601, 13), DEFAULT_REFERENCE_SET, DEFAULT_THRESHOLDS);
    expect(r.value).toBeCloseTo(394.616, 3);
    expect(r.band).toBe('over');
    expect(r.trace.formula).toBe('representationIndex = youthShare ÷ populationYouthShare(13+) × 100');
    expect(r.trace.referenceIds).toEqual(['population.flanders.share-13plus.13-24']);
    expect(r.trace.parts[0]?.metric).toBe('youth-share');
  });

  it('divides by the 18+ population share at floor 18', () => {
    // 0.096 / 0.095 × 100 = 101.05 → proportional
    const r = representationIndex(youth(0.096, 18), DEFAULT_REFERENCE_SET, DEFAULT_THRESHOLDS);
    expect(r.value).toBeCloseTo(101.05, 2);
    expect(r.band).toBe('proportional');
    expect(r.trace.referenceIds).toEqual(['population.flanders.share-18plus.18-24']);
  });

  it('bands at the thresholds: < 80 under, 80..120 proportional, > 120 over', () => {
    expect(indexBand(79.99, DEFAULT_THRESHOLDS)).toBe('under');
    expect(indexBand(80, DEFAULT_THRESHOLDS)).toBe('proportional');
    expect(indexBand(120, DEFAULT_THRESHOLDS)).toBe('proportional');
    expect(indexBand(120.01, DEFAULT_THRESHOLDS)).toBe('over');
    // with under = 50: 0.1 / 0.1523 × 100 = 65.7 → proportional instead of under
    expect(representationIndex(youth(0.1), DEFAULT_REFERENCE_SET, { ...DEFAULT_THRESHOLDS, underIndex: 50 }).band).toBe('proportional');
  });

  it('says insufficient data when fewer than 100 young people were reached (counts known)', () => {
    // 99 reached in the youth bands < 100
    expect(representationIndex(youth(0.3, 13, 'reach', 99), DEFAULT_REFERENCE_SET, DEFAULT_THRESHOLDS).band).toBe('insufficient-data');
    expect(representationIndex(youth(0.3, 13, 'reach', 100), DEFAULT_REFERENCE_SET, DEFAULT_THRESHOLDS).band).toBe('over');
  });

  it('gives null, never a division by 0, when the population figure is unknown', () => {
    const set = referenceSetWith([{ id: 'population.flanders.share-13plus.13-24', value: null }]);
    const r = representationIndex(youth(0.3), set, DEFAULT_THRESHOLDS);
    expect(r.value).toBeNull();
    expect(r.band).toBeNull();
  });
});
