// Tests of platformRelativeIndex: youth share ÷ the platform's youth share × 100, null where unknown.

import { describe, expect, it } from 'vitest';
import { platformRelativeIndex } from '../../../../src/core/metrics/platform-relative-index';
import { DEFAULT_REFERENCE_SET } from '../../../../src/core/reference/reference-set';
import { youth } from './helpers';

describe('platformRelativeIndex', () => {
  it('compares with the platform’s youth share (reference-figures.md §4b worked example)', () => {
    // 0.15 / 0.33 × 100 = 45.45 (Instagram, "about 45")
    const r = platformRelativeIndex(youth(0.15), 'instagram', DEFAULT_REFERENCE_SET);
    expect(r.value).toBeCloseTo(45.45, 2);
    expect(r.trace.referenceIds).toEqual(['platform-youth-share.instagram']);
  });

  it('is null when the platform figure is unknown, or when the split starts at 18', () => {
    expect(platformRelativeIndex(youth(0.2), 'youtube', DEFAULT_REFERENCE_SET)).toMatchObject({ value: null, unavailable: 'no-platform-figure' });
    expect(platformRelativeIndex(youth(0.1, 18), 'facebook', DEFAULT_REFERENCE_SET)).toMatchObject({ value: null, unavailable: 'floor-18' });
  });
});
