// The pure assembly of the answer input from stored imports: period keys, per-period accounts, stored thresholds and overrides.

import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/core/model/observation';
import { DEFAULT_THRESHOLDS } from '../../../src/core/reference/thresholds';
import { answerEntities, parsePeriodKey, periodKey, referenceFromOverrides, storedAccountInput, thresholdsFromSetting } from '../../../src/db/answer-input';
import type { StoredImport } from '../../../src/db/answer-input';

/** A followers split from 18 for `period`: 18-24 = `young`, 25-34 = 1 − young → youth share `young`, floor 18. */
function split(id: string, period: { start: string; end: string }, young: number): StoredImport {
  const observations: Observation[] = [
    { metric: 'followers', period, ageBand: '18-24', value: young, unit: 'share' },
    { metric: 'followers', period, ageBand: '25-34', value: 1 - young, unit: 'share' },
    { metric: 'reach', period, value: 1000, unit: 'count' },
  ];
  return { importId: `imp-${id}`, sourceFileId: `file-${id}`, accountId: 'a1', fileName: `${id}.csv`, formatLabel: 'Meta', platform: 'facebook', period, basis: 'followers', importedAt: '2025-10-01T10:00:00.000Z', provenance: 'export', observations };
}

const AUG = { start: '2025-08-01', end: '2025-08-31' };
const SEP = { start: '2025-09-01', end: '2025-09-30' };

describe('period keys', () => {
  it('round-trips and refuses other text', () => {
    expect(periodKey(SEP)).toBe('2025-09-01_2025-09-30');
    expect(parsePeriodKey('2025-09-01_2025-09-30')).toEqual(SEP);
    expect(parsePeriodKey('2025-09-30_2025-09-01')).toBeNull(); // end before start
    expect(parsePeriodKey('september')).toBeNull();
  });
});

describe('storedAccountInput', () => {
  it('builds the account over all imports and one per dated period, oldest first', () => {
    const input = storedAccountInput({ accountId: 'a1', platform: 'facebook', name: null, imports: [split('sep', SEP, 0.08), split('aug', AUG, 0.1)] });
    // Latest split (September) wins overall: 0.08 of 1.00.
    expect(input.all.youth?.youthShare).toBeCloseTo(0.08, 10);
    expect(input.all.series.map((p) => [p.period.start, p.youthShare])).toEqual([
      ['2025-08-01', 0.1],
      ['2025-09-01', 0.08],
    ]);
    // reach summed over both imports: 1000 + 1000 = 2000 (an upper bound: two unique counts).
    expect(input.all.totals.reach).toBe(2000);
    expect(input.all.reachIsUpperBound).toBe(true);
    expect(input.byPeriod.map((p) => [p.key, p.account.youth?.youthShare, p.account.totals.reach, p.account.fileIds])).toEqual([
      ['2025-08-01_2025-08-31', 0.1, 1000, ['file-aug']],
      ['2025-09-01_2025-09-30', 0.08, 1000, ['file-sep']],
    ]);
    const entity = { entityId: 'e', name: 'E', presence: {}, accounts: [input] };
    expect(answerEntities([entity], '2025-08-01_2025-08-31')[0]?.accounts.map((a) => a.youth?.youthShare)).toEqual([0.1]);
    expect(answerEntities([entity], '2024-01-01_2024-01-31')[0]?.accounts).toEqual([]);
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
    expect(r.set.byId['platform-youth-share.tiktok']?.value).toBe(0.47);
    expect(r.rejected).toEqual(['platform-youth-share.tiktok', 'new.figure', 'broken']);
    expect(r.overrides.map((o) => o.id)).toEqual(['population.flanders.share-13plus.13-24']);
  });
});
