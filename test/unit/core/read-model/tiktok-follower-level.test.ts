// A follower level is the level of a period's end only when it is on or before that end: the last level of
// the real TikTok FollowerHistory.csv on or before the end day, at most 92 days before it; a level after the
// end is never taken (docs/method.md). Both for a split's audience size and for an account without a split.

import { expect, it } from 'vitest';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import { accountFigures, LEVEL_TOLERANCE_DAYS } from '../../../../src/core/read-model/account-figures';
import type { Period } from '../../../../src/core/model/observation';
import { DEFAULT_REFERENCE_SET } from '../../../../src/core/reference/reference-set';
import { describeRealExports, readRealExport } from '../../real-exports';
import { account, file, split } from '../core-helpers';

const options = { period: null, youthBand: '13-24' as const, reference: DEFAULT_REFERENCE_SET, thresholds: { minReachedPerBand: 100 } };

describeRealExports('TikTok follower level as the audience size of a split', () => {
  // Export date 2025-10-17: levels on 2025-08-18 (22,551), 2025-08-19 (22,565), 2025-08-20 (22,588) …
  // 2025-09-30 (22,793) … 2025-10-16 (22,788), one a day.
  const history = parseSourceFile({ name: 'FollowerHistory.csv', bytes: readRealExport('tiktok', 'FollowerHistory.csv') }, { exportDate: '2025-10-17' });
  // TikTok Studio's bands from 18 (floor 18): 18-24 = 30 %.
  const typed = (period: Period) => file('tiktok_typed.csv', split('followers', { '18-24': 0.3, '25-34': 0.4, '35-44': 0.2, '45-54': 0.06, '55+': 0.04 }, period), { period, provenance: 'manual' });
  const sizeFor = (period: Period) => accountFigures(account('Ketnet', 'tiktok', [history, typed(period)]), options).audienceSize;

  it('uses the last level on or before the split’s end, within 92 days', () => {
    expect(LEVEL_TOLERANCE_DAYS).toBe(92);
    // September 2025 ends on a level day: 2025-09-30, 22,793; 0.30 × 22,793 = 6,837.9 young followers.
    expect(sizeFor({ start: '2025-09-01', end: '2025-09-30' })).toMatchObject({ value: 22793, date: '2025-09-30', provenance: 'export' });
    const september = accountFigures(account('Ketnet', 'tiktok', [history, typed({ start: '2025-09-01', end: '2025-09-30' })]), options);
    expect(september.youthPeople!.value).toBeCloseTo(0.3 * 22793, 6);
    // December 2025 ends 76 days after the last level (2025-10-16, 22,788): that level.
    expect(sizeFor({ start: '2025-12-01', end: '2025-12-31' })).toMatchObject({ value: 22788, date: '2025-10-16' });
    // The trace says what was taken.
    expect(sizeFor({ start: '2025-12-01', end: '2025-12-31' })!.trace.formula).toBe('audienceSize = last follower level on or before the end of the split’s period (at most 92 days before it)');
  });

  it('gives no size when the only levels are after the split’s end, or more than 92 days before it', () => {
    // July 2025 ends 18 days before the first level (2025-08-18): a later count is not July's.
    expect(sizeFor({ start: '2025-07-01', end: '2025-07-31' })).toBeNull();
    // January 2026 ends 2026-01-31: 107 days after 2025-10-16.
    expect(sizeFor({ start: '2026-01-01', end: '2026-01-31' })).toBeNull();
  });
});

describeRealExports('TikTok follower level of a chosen period, without an age split', () => {
  // The tester's case: exported 2026-10-17, so the levels run 2026-08-18 (22,551) … 2026-10-16 (22,788).
  const history = parseSourceFile({ name: 'FollowerHistory.csv', bytes: readRealExport('tiktok', 'FollowerHistory.csv') }, { exportDate: '2026-10-17' });
  const levelFor = (period: Period | null) => accountFigures(account('VDAB', 'tiktok', [history]), { ...options, period }).followerLevel;

  it('is unknown for 1–17 Aug 2026: the first level (18 Aug) is after the period', () => {
    expect(levelFor({ start: '2026-08-01', end: '2026-08-17' })).toBeNull();
  });

  it('is the last level on or before the end, with its day and a trace', () => {
    // 1–18 Aug: 18 Aug, 22,551; 1–20 Aug: 20 Aug, 22,588 (not the 18th's).
    expect(levelFor({ start: '2026-08-01', end: '2026-08-18' })).toMatchObject({ value: 22551, date: '2026-08-18' });
    const level = levelFor({ start: '2026-08-01', end: '2026-08-20' })!;
    expect(level).toMatchObject({ value: 22588, date: '2026-08-20' });
    expect(level.trace).toMatchObject({
      metric: 'follower-level',
      formula: 'followerLevel = last follower level on or before the end of the period (at most 92 days before it)',
      inputs: [{ name: 'followers', value: 22588, unit: 'count' }],
      fileIds: ['VDAB-tiktok-file1'],
    });
    // November 2026 ends 45 days after the last level (16 Oct, 22,788): that level, with its day.
    expect(levelFor({ start: '2026-11-01', end: '2026-11-30' })).toMatchObject({ value: 22788, date: '2026-10-16' });
    // Without a period: the latest level.
    expect(levelFor(null)).toMatchObject({ value: 22788, date: '2026-10-16' });
  });
});
