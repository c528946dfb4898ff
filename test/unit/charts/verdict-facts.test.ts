// The report's line of pooled figures under a verdict (verdictFacts): a range of young people that is one
// count reads as one number, as on the answer screen.

import { describe, expect, it } from 'vitest';
import type { VerdictResult, YouthReachRange } from '../../../src/core/answer/answer-types';
import { verdictFacts } from '../../../src/charts/report-content';
import { createI18n } from '../../../src/i18n/i18n';

/** A range of young followers over 18-24, of 509,224 Flemish residents aged 18-24. */
function range(low: number, high: number): YouthReachRange {
  return {
    low,
    high,
    residents: 509_224,
    band: '18-24',
    lowShare: low / 509_224,
    highShare: high / 509_224,
    accounts: low === high ? 1 : 2,
    bases: ['followers'],
    audience: 'followers',
    withoutFollowers: null,
    trace: { metric: 'youth-reach', formula: '', inputs: [], sources: [] } as unknown as YouthReachRange['trace'],
  };
}

const t = createI18n('nl').t;

function facts(youthReach: YouthReachRange): string | null {
  return verdictFacts({ pooled: [], youthReach, borderline: false } as unknown as VerdictResult, t, 'nl');
}

describe('verdictFacts', () => {
  it('gives one count when the range is one (De Lijn Facebook alone: 30,222 × 2,8 % = 846,2 young followers)', () => {
    // 846.216 / 509,224 = 0.166 % → 0,2%
    expect(facts(range(846.216, 846.216))).toBe('Jonge volgers: 846 (0,2% van de Vlaamse 18-24-jarigen)');
  });

  it('gives the range when it is one (Facebook 846,2 alone up to Facebook + Instagram 1.273,7)', () => {
    // 1,273.74 / 509,224 = 0.250 % → 0,3%
    expect(facts(range(846.216, 1273.74))).toBe('Jonge volgers: 846 tot 1.274 (0,2% tot 0,3% van de Vlaamse 18-24-jarigen)');
  });
});
