// The pure helpers of the answer input read back from storage: period keys, stored thresholds and overrides.

import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../../src/core/reference/thresholds';
import { parsePeriodKey, periodKey, referenceFromOverrides, thresholdsFromSetting } from '../../../src/db/answer-input';

const SEP = { start: '2025-09-01', end: '2025-09-30' };

describe('period keys', () => {
  it('round-trips and refuses other text', () => {
    expect(periodKey(SEP)).toBe('2025-09-01_2025-09-30');
    expect(parsePeriodKey('2025-09-01_2025-09-30')).toEqual(SEP);
    expect(parsePeriodKey('2025-09-30_2025-09-01')).toBeNull(); // end before start
    expect(parsePeriodKey('september')).toBeNull();
  });
});

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

describe('referenceFromOverrides', () => {
  it('applies valid overrides and leaves out the invalid ones', () => {
    const r = referenceFromOverrides([
      { id: 'population.flanders.share-13plus.13-24', value: { value: 0.2 } },
      { id: 'platform-youth-share.tiktok', value: { value: 1.5 } }, // a share above 1
      { id: 'new.figure', value: { value: 3 } }, // a new figure without unit or source
      { id: 'broken', value: 'text' },
    ]);
    expect(r.set.byId['population.flanders.share-13plus.13-24']?.value).toBe(0.2);
    expect(r.set.byId['population.flanders.share-13plus.13-24']?.origin).toBe('overridden');
    expect(r.set.byId['platform-youth-share.tiktok']?.value).toBe(0.455);
    expect(r.rejected).toEqual(['platform-youth-share.tiktok', 'new.figure', 'broken']);
    expect(r.overrides.map((o) => o.id)).toEqual(['population.flanders.share-13plus.13-24']);
  });
});
