// Why an account shows no youth share (noShareReason in src/core/read-model/account-figures.ts): "nothing in
// the chosen period" only when the account has no split, no day, no total and no size in it.

import { describe, expect, it } from 'vitest';
import { accountFigures, noShareReason } from '../../../../src/core/read-model/account-figures';
import type { Period } from '../../../../src/core/model/observation';
import { DEFAULT_REFERENCE_SET } from '../../../../src/core/reference/reference-set';
import { account, file, onDay, split } from '../core-helpers';

const SEPTEMBER: Period = { start: '2025-09-01', end: '2025-09-30' };
const JANUARY_2020: Period = { start: '2020-01-01', end: '2020-01-31' };
const figures = (a: ReturnType<typeof account>, period: Period | null) =>
  accountFigures(a, { period, youthBand: '13-24', reference: DEFAULT_REFERENCE_SET, thresholds: { minReachedPerBand: 100 } });

describe('noShareReason', () => {
  // A September 2025 split of views (13-17 10 %, 18-24 20 %) and 1 000 views on 2 September.
  const withSplit = account('Ketnet', 'youtube', [file('sep.csv', [...split('views', { '13-17': 0.1, '18-24': 0.2, '25-34': 0.7 }, SEPTEMBER), onDay('views', '2025-09-02', 1000)], { period: SEPTEMBER })]);
  // Only daily views in September 2025, no split.
  const viewsOnly = account('VDAB', 'facebook', [file('views.csv', [onDay('views', '2025-09-02', 500), onDay('views', '2025-09-03', 700)], { period: SEPTEMBER })]);

  it('is null for an account with a youth share (September: 10 % + 20 % = 30 %)', () => {
    const f = figures(withSplit, SEPTEMBER);
    expect(f.youthShare?.value).toBeCloseTo(0.3, 10);
    expect(noShareReason(f, true)).toBeNull();
  });

  it('is "no-data-in-period" for a chosen period the account has nothing in (January 2020)', () => {
    expect(noShareReason(figures(withSplit, JANUARY_2020), true)).toBe('no-data-in-period');
    expect(noShareReason(figures(viewsOnly, JANUARY_2020), true)).toBe('no-data-in-period');
  });

  it('stays "no-split" for an account with views in the period but no age split (1 200 views in September)', () => {
    const f = figures(viewsOnly, SEPTEMBER);
    expect(f.totals.views).toBe(1200);
    expect(noShareReason(f, true)).toBe('no-split');
    // Without a chosen period: no age data, whatever its days.
    expect(noShareReason(figures(viewsOnly, null), false)).toBe('no-split');
  });
});
