// Tests of the improvement rules, one per rule, with hand-worked evidence and modelled estimates.

import { describe, expect, it } from 'vitest';
import { answerQuestion3 } from '../../../../src/core/answer/answer';
import type { AnswerEntity } from '../../../../src/core/answer/answer-types';
import { median, typicalAudience } from '../../../../src/core/answer/improvement-rules';
import { describe as describeMessage } from '../../../../src/core/answer/messages';
import { DEFAULT_REFERENCE_SET } from '../../../../src/core/reference/reference-set';
import { DEFAULT_THRESHOLDS } from '../../../../src/core/reference/thresholds';
import { account, entity } from './helpers';

const run = (e: AnswerEntity, thresholds = DEFAULT_THRESHOLDS) =>
  answerQuestion3({ entities: [e], reference: DEFAULT_REFERENCE_SET, thresholds }).entities[0]!.improvements;

describe('improvement rules', () => {
  it('youth-platform-absent: a youth platform set to no-account, with daily use and a modelled estimate', () => {
    // typical audience = median reach of (20,000, 40,000, 90,000) = 40,000; TikTok youth share 0.47
    // modelled youth reach = 0.47 × 40,000 = 18,800
    const e = entity('De Lijn', [account('y', 'youtube', 0.2, { reach: 20_000 }), account('i', 'instagram', 0.3, { reach: 40_000 }), account('f', 'facebook', 0.1, { reach: 90_000 })], {
      tiktok: 'no-account',
      linkedin: 'no-account',
    });
    const imps = run(e).filter((i) => i.rule === 'youth-platform-absent');
    expect(imps.map((i) => i.platform)).toEqual(['tiktok']); // linkedin is not a youth platform
    const imp = imps[0]!;
    expect(imp.params.dailyUse).toBe(0.72);
    expect(imp.estimate?.provenance).toBe('modelled');
    expect(imp.estimate?.value).toBeCloseTo(18_800, 6);
    expect(imp.estimate?.trace.referenceIds).toEqual(['platform-youth-share.tiktok']);
    expect(describeMessage(imp)).toBe('72.0% of Belgians aged 16-24 use tiktok daily (2025); De Lijn has no tiktok account.');
  });

  it('youth-platform-absent: unknown presence is never a gap; an unknown platform youth share gives a null estimate', () => {
    expect(run(entity('A', [account('y', 'youtube', 0.2)], {})).filter((i) => i.rule === 'youth-platform-absent')).toEqual([]);
    const imp = run(entity('A', [account('y', 'youtube', 0.2, { reach: 1000 })], { snapchat: 'no-account' })).find((i) => i.rule === 'youth-platform-absent')!;
    expect(imp.platform).toBe('snapchat');
    expect(imp.estimate?.value).toBeNull(); // Snapchat's youth share is not known: no number, never 0
  });

  it('under-represented-platform: index < 80, estimate to the platform’s youth share', () => {
    // instagram 0.1 / 0.1523 × 100 = 65.66 < 80; reach 50,000 × (0.33 − 0.10) = 11,500
    const imp = run(entity('A', [account('i', 'instagram', 0.1, { reach: 50_000 })])).find((i) => i.rule === 'under-represented-platform')!;
    expect(imp.params.index).toBeCloseTo(65.66, 2);
    expect(imp.estimate?.value).toBeCloseTo(11_500, 6);
  });

  it('under-represented-platform: without a platform figure the target is the population share', () => {
    // youtube 0.05 / 0.1523 × 100 = 32.83; reach 10,000 × (0.1523 − 0.05) = 1,023
    const imp = run(entity('A', [account('y', 'youtube', 0.05, { reach: 10_000 })])).find((i) => i.rule === 'under-represented-platform')!;
    expect(imp.estimate?.value).toBeCloseTo(1023, 6);
    expect(imp.estimate?.assumptions.map((a) => a.key)).toContain('answer.assumption.populationYouthShare');
  });

  it('falling-youth-share: the latest change beyond the tolerance', () => {
    // Aug 0.25 → Sep 0.21: −4 points, beyond ± 1 → falling; regained: 20,000 × 4 / 100 = 800
    const series = [
      { period: { start: '2025-08-01', end: '2025-08-31' }, youthShare: 0.25, floor: 13 as const },
      { period: { start: '2025-09-01', end: '2025-09-30' }, youthShare: 0.21, floor: 13 as const },
    ];
    const imp = run(entity('A', [account('y', 'youtube', 0.21, { reach: 20_000, series })])).find((i) => i.rule === 'falling-youth-share')!;
    expect(imp.params.changePoints).toBeCloseTo(-4, 9);
    expect(imp.estimate?.value).toBeCloseTo(800, 6);
    // with a tolerance of 5 points the same change is flat: no improvement
    expect(run(entity('A', [account('y', 'youtube', 0.21, { series })]), { ...DEFAULT_THRESHOLDS, trendTolerancePoints: 5 }).some((i) => i.rule === 'falling-youth-share')).toBe(false);
  });

  it('age-data-missing: an account without age data says what to download or type in', () => {
    // facebook views 245,425 × Facebook youth share 0.20 = 49,085 (modelled)
    const imps = run(entity('A', [account('f', 'facebook', null, { views: 245_425 }), account('t', 'tiktok', null)]));
    const fb = imps.find((i) => i.rule === 'age-data-missing' && i.platform === 'facebook')!;
    expect(fb.params.howTo).toBe('answer.ageData.facebook');
    expect(fb.estimate?.value).toBeCloseTo(49_085, 6);
    const tt = imps.find((i) => i.rule === 'age-data-missing' && i.platform === 'tiktok')!;
    expect(describeMessage(tt)).toContain('type the age split from TikTok Studio');
  });

  it('reach-concentrated: one platform carries more than 80 % of the estimated youth reach', () => {
    // youtube 100,000 × 0.3 = 30,000; instagram 10,000 × 0.2 = 2,000; 30,000 / 32,000 = 0.9375 > 0.8
    const imp = run(entity('A', [account('y', 'youtube', 0.3, { reach: 100_000 }), account('i', 'instagram', 0.2, { reach: 10_000 })])).find((i) => i.rule === 'reach-concentrated')!;
    expect(imp.platform).toBe('youtube');
    expect(imp.params.topShare).toBeCloseTo(0.9375, 9);
    // 30,000 vs 20,000 (100,000 × 0.2): 30,000 / 50,000 = 0.6 ≤ 0.8 → none
    expect(run(entity('A', [account('y', 'youtube', 0.3, { reach: 100_000 }), account('i', 'instagram', 0.2, { reach: 100_000 })])).some((i) => i.rule === 'reach-concentrated')).toBe(false);
  });

  it('followers-only: a youth share measured on followers', () => {
    const imps = run(entity('A', [account('i', 'instagram', 0.3, { basis: 'followers' }), account('y', 'youtube', 0.3, { basis: 'views' })]));
    expect(imps.filter((i) => i.rule === 'followers-only').map((i) => i.platform)).toEqual(['instagram']);
  });

  it('typical audience is the median of reach, else viewers, else followers', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
    // reach 1,000 and followers 5,000 → median (1,000, 5,000) = 3,000; an account with views only does not count
    expect(typicalAudience([account('a', 'youtube', 0.1, { reach: 1000 }), account('b', 'facebook', 0.1, { followers: 5000 }), account('c', 'facebook', 0.1, { views: 9 })])).toBe(3000);
  });
});
