// Thresholds read back from a stored setting: stored numbers over the defaults, the defaults when invalid.

import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, thresholdsFromSetting } from '../../../../src/core/reference/thresholds';

describe('thresholdsFromSetting', () => {
  it('merges stored numbers over the defaults and ignores the rest', () => {
    expect(thresholdsFromSetting(undefined)).toEqual({ thresholds: DEFAULT_THRESHOLDS, problem: null });
    expect(thresholdsFromSetting({ underIndex: 90, overIndex: 'x', other: 1 }).thresholds).toEqual({ ...DEFAULT_THRESHOLDS, underIndex: 90 });
  });

  it('falls back to the defaults, saying why, when the stored ones are invalid', () => {
    const r = thresholdsFromSetting({ underIndex: 400 }); // 400 > overIndex 120
    expect(r.thresholds).toEqual(DEFAULT_THRESHOLDS);
    expect(r.problem).toBe('threshold underIndex must not exceed overIndex');
  });
});
