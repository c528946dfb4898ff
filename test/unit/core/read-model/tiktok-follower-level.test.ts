// A TikTok age split typed in gets its audience size from the real FollowerHistory.csv when a follower level
// lies within 92 days of the split's end (the nearest level), and no size when none does (docs/method.md).

import { expect, it } from 'vitest';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import { accountFigures, LEVEL_TOLERANCE_DAYS } from '../../../../src/core/read-model/account-figures';
import type { Period } from '../../../../src/core/model/observation';
import { DEFAULT_REFERENCE_SET } from '../../../../src/core/reference/reference-set';
import { describeRealExports, readRealExport } from '../../real-exports';
import { account, file, split } from '../core-helpers';

const options = { period: null, youthBand: '13-24' as const, reference: DEFAULT_REFERENCE_SET, thresholds: { minReachedPerBand: 100 } };

describeRealExports('TikTok follower level as the audience size of a split', () => {
  // Export date 2025-10-17: levels on 2025-08-18 (22,551) … 2025-09-30 … 2025-10-16 (22,788), one a day.
  const history = parseSourceFile({ name: 'FollowerHistory.csv', bytes: readRealExport('tiktok', 'FollowerHistory.csv') }, { exportDate: '2025-10-17' });
  // TikTok Studio's bands from 18 (floor 18): 18-24 = 30 %.
  const typed = (period: Period) => file('tiktok_typed.csv', split('followers', { '18-24': 0.3, '25-34': 0.4, '35-44': 0.2, '45-54': 0.06, '55+': 0.04 }, period), { period, provenance: 'manual' });
  const sizeFor = (period: Period) => accountFigures(account('Ketnet', 'tiktok', [history, typed(period)]), options).audienceSize;

  it('uses the nearest level within 92 days of the split’s end, before or after it', () => {
    expect(LEVEL_TOLERANCE_DAYS).toBe(92);
    // July 2025 ends 18 days before the first level (2025-08-18, 22,551): that level; 0.30 × 22,551 = 6,765.3 young followers.
    expect(sizeFor({ start: '2025-07-01', end: '2025-07-31' })).toMatchObject({ value: 22551, date: '2025-08-18', provenance: 'export' });
    const july = accountFigures(account('Ketnet', 'tiktok', [history, typed({ start: '2025-07-01', end: '2025-07-31' })]), options);
    expect(july.youthPeople!.value).toBeCloseTo(0.3 * 22551, 6);
    // December 2025 ends 76 days after the last level (2025-10-16, 22,788): that level.
    expect(sizeFor({ start: '2025-12-01', end: '2025-12-31' })).toMatchObject({ value: 22788, date: '2025-10-16' });
  });

  it('gives no size when the nearest level is more than 92 days away', () => {
    // January 2026 ends 2026-01-31: 107 days after 2025-10-16; April 2025 ends 2025-04-30: 110 days before 2025-08-18.
    expect(sizeFor({ start: '2026-01-01', end: '2026-01-31' })).toBeNull();
    expect(sizeFor({ start: '2025-04-01', end: '2025-04-30' })).toBeNull();
  });
});
