// TikTok Business Center downloads (overview and audience per day). There is no real file of either in
// ../shared/real-exports (none is public): the fixtures below are written here in the layout documented in
// docs/formats.md#tiktok-business-center (header, `2025/10/31` dates, UTF-8 with BOM, `NAN` / `--` for no
// value), and every expected value is worked out by hand from them.

import { describe, expect, it } from 'vitest';
import { accountFromFiles } from '../../../../src/core/answer/account-from-files';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import type { Metric, Observation } from '../../../../src/core/model/observation';
import { totalsOver } from '../../../../src/core/read-model/account-figures';
import { source, utf8 } from './test-input';

// `Website clicks ` with a trailing space, as another project's parser of the real file reads it.
const OVERVIEW = [
  'Date,Video views,Reached audience,Profile views,Likes,Shares,Comments,Website clicks ,Net growth,New followers,Lost followers',
  '2025/10/29,1200,950,40,85,6,9,2,5,7,2',
  '2025/10/30,880,--,31,NAN,4,5,0,3,4,1',
  '2025/10/31,1530,1100,--,120,11,14,3,8,10,2',
].join('\r\n');

const AUDIENCE = [
  'Date,New followers,Total followers,Reached audience,Engaged audience',
  '2025/10/29,7,1502,950,120',
  '2025/10/30,4,1505,--,NAN',
  '2025/10/31,10,1513,1100,140',
].join('\r\n');

const sumOf = (obs: readonly Observation[], metric: Metric): number => obs.filter((o) => o.metric === metric).reduce((s, o) => s + o.value, 0);
const valueOn = (obs: readonly Observation[], metric: Metric, day: string): number | undefined =>
  obs.find((o) => o.metric === metric && o.period?.start === day)?.value;

describe('TikTok Business Center overview (own fixture: no real file is public)', () => {
  const p = parseSourceFile(source('overview.csv', utf8(OVERVIEW, true)));

  it('is recognised from its header, with full dates `2025/10/29` … `2025/10/31`', () => {
    expect(p.format).toBe('tiktok-business-center-overview');
    expect(p.platform).toBe('tiktok');
    expect(p.period).toEqual({ start: '2025-10-29', end: '2025-10-31' });
    // full dates: no export date is needed or assumed
    expect(p.warnings.map((w) => w.code)).not.toContain('export-date-assumed');
  });

  it('sums each column by hand; `NAN` and `--` give no value, never 0', () => {
    const obs = p.observations;
    expect(sumOf(obs, 'views')).toBe(3610); // 1200 + 880 + 1530
    expect(sumOf(obs, 'profileViews')).toBe(71); // 40 + 31 + (--)
    expect(sumOf(obs, 'likes')).toBe(205); // 85 + (NAN) + 120
    expect(sumOf(obs, 'shares')).toBe(21); // 6 + 4 + 11
    expect(sumOf(obs, 'comments')).toBe(28); // 9 + 5 + 14
    expect(sumOf(obs, 'linkClicks')).toBe(5); // 2 + 0 + 3 (the 0 is a real 0)
    expect(sumOf(obs, 'follows')).toBe(21); // new followers 7 + 4 + 10
    expect(sumOf(obs, 'unfollows')).toBe(5); // lost followers 2 + 1 + 2; net growth 5 + 3 + 8 = 16 = 21 - 5
    expect(valueOn(obs, 'linkClicks', '2025-10-30')).toBe(0);
    // the three missing cells: reach on the 30th, likes on the 30th, profile views on the 31st
    expect(valueOn(obs, 'reach', '2025-10-30')).toBeUndefined();
    expect(valueOn(obs, 'likes', '2025-10-30')).toBeUndefined();
    expect(valueOn(obs, 'profileViews', '2025-10-31')).toBeUndefined();
    expect(p.warnings.find((w) => w.code === 'missing-values')?.params).toEqual({ count: 3 });
    // Net growth is known (new minus lost) and not stored again: no unknown-column warning
    expect(p.warnings.map((w) => w.code)).not.toContain('unknown-columns-ignored');
  });

  it('reach is a count per day; over the three days the read model gives 2.050 as an upper bound', () => {
    expect(p.observations.filter((o) => o.metric === 'reach').map((o) => [o.period?.start, o.value])).toEqual([
      ['2025-10-29', 950],
      ['2025-10-31', 1100],
    ]);
    const account = accountFromFiles({ accountId: 'a', entityId: 'e', entityName: 'E', platform: 'tiktok', files: [{ parsed: p }] });
    const { totals, upperBound } = totalsOver(account.history, { start: '2025-10-29', end: '2025-10-31' });
    // 950 + 1100 = 2050: a person reached on both days counts twice, so at most 2050 people
    expect(totals.reach).toBe(2050);
    expect(upperBound.reach).toBe(true);
    expect(totals.views).toBe(3610);
  });
});

describe('TikTok Business Center audience (own fixture: no real file is public)', () => {
  const p = parseSourceFile(source('audience.csv', utf8(AUDIENCE, true)));

  it('is recognised from its header and yields followers, new followers and reach per day', () => {
    expect(p.format).toBe('tiktok-business-center-audience');
    expect(p.period).toEqual({ start: '2025-10-29', end: '2025-10-31' });
    expect(p.observations.filter((o) => o.metric === 'followers').map((o) => [o.period?.start, o.value])).toEqual([
      ['2025-10-29', 1502],
      ['2025-10-30', 1505],
      ['2025-10-31', 1513],
    ]);
    expect(sumOf(p.observations, 'follows')).toBe(21); // 7 + 4 + 10
    expect(sumOf(p.observations, 'reach')).toBe(2050); // 950 + (--) + 1100
    // one missing cell read (reach on the 30th); Engaged audience is not stored, so its NAN is not counted
    expect(p.warnings.find((w) => w.code === 'missing-values')?.params).toEqual({ count: 1 });
    expect(p.observations.some((o) => o.value === 120 || o.value === 140)).toBe(false);
    expect(p.basis).toBeNull(); // no age split in this file
  });

  it('the follower level at the end of the period is the last row: 1.513', () => {
    const account = accountFromFiles({ accountId: 'a', entityId: 'e', entityName: 'E', platform: 'tiktok', files: [{ parsed: p }] });
    expect(totalsOver(account.history, { start: '2025-10-29', end: '2025-10-31' }).totals.followers).toBe(1513);
  });
});
