// Tests of presenceOf and platformGaps: nothing known is unknown, never no-account; only no-account on a youth platform is a gap.

import { describe, expect, it } from 'vitest';
import { platformGaps } from '../../../../src/core/metrics/platform-gaps';
import { presenceOf } from '../../../../src/core/metrics/presence';
import { DEFAULT_REFERENCE_SET } from '../../../../src/core/reference/reference-set';
import { DEFAULT_THRESHOLDS } from '../../../../src/core/reference/thresholds';

describe('presenceOf', () => {
  it('gives each of the four presences', () => {
    expect(presenceOf('youtube', [{ accountId: 'a', hasAgeData: false }, { accountId: 'b', hasAgeData: true }], null).presence).toBe('account-with-data');
    expect(presenceOf('youtube', [{ accountId: 'a', hasAgeData: false }], null).presence).toBe('account-without-data');
    expect(presenceOf('tiktok', [], 'has-account').presence).toBe('account-without-data');
    expect(presenceOf('tiktok', [], 'no-account').presence).toBe('no-account');
    expect(presenceOf('tiktok', [], null).presence).toBe('unknown');
  });

  it('lets imported accounts win over a user-set no-account, and flags the conflict', () => {
    const r = presenceOf('instagram', [{ accountId: 'a', hasAgeData: true }], 'no-account');
    expect(r.presence).toBe('account-with-data');
    expect(r.conflict).toBe(true);
    expect(r.trace.accountIds).toEqual(['a']);
  });
});

describe('platformGaps', () => {
  it('lists only youth-relevant platforms set to no-account, with daily use as evidence', () => {
    const gaps = platformGaps({ tiktok: 'no-account', linkedin: 'no-account', snapchat: 'unknown', youtube: 'account-with-data' }, DEFAULT_REFERENCE_SET, DEFAULT_THRESHOLDS);
    // tiktok: relevant (72 % daily use ≥ 10 %) and no account → gap; linkedin: not known to be relevant; snapchat: unknown is not a gap
    expect(gaps.map((g) => g.platform)).toEqual(['tiktok']);
    expect(gaps[0]?.dailyUse?.value).toBe(0.72);
    expect(gaps[0]?.relevance.decidedBy).toBe('daily-use');
    expect(gaps[0]?.trace.referenceIds).toEqual(['platform-use.daily-16-24.tiktok']);
  });
});
