// TikTok Studio daily files with dates without a year: export date from the option or the zip name, the
// December→January wrap, Dutch and French month names, every member layout, XLSX and zips (own fixtures).

import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import { parseTikTokZipName } from '../../../../src/core/formats/tiktok-studio-zip';
import { importErrorOf, source, utf8, workbookBytes, zipBytes } from './test-input';

const HISTORY_WRAP = [
  '"Date","Followers","Difference in followers from previous day"',
  '"December 30","1000","5"',
  '"December 31","1005","-2"',
  '"January 1","1003","10"',
  '"January 2","1013","0"',
].join('\n');

const day = (iso: string): { start: string; end: string } => ({ start: iso, end: iso });

describe('TikTok dates without a year', () => {
  it('places December and January across the year wrap from the export date', () => {
    const p = parseSourceFile({ name: 'FollowerHistory.csv', bytes: utf8(HISTORY_WRAP, true) }, { exportDate: '2026-01-04' });
    // export 2026-01-04: "December 30" in 2026 would be after it → 2025-12-30; "January 2" → 2026-01-02
    expect(p.observations.map((o) => [o.period?.start, o.value])).toEqual([
      ['2025-12-30', 1000],
      ['2025-12-31', 1005],
      ['2026-01-01', 1003],
      ['2026-01-02', 1013],
    ]);
    expect(p.period).toEqual({ start: '2025-12-30', end: '2026-01-02' });
    // differences: 1005-1000 = 5 ✓, 1003-1005 = -2 ✓, 1013-1003 = 10 ✓ (next day minus this day): no mismatch;
    // the card says the year came from the export date given, and the days it gave.
    expect(p.warnings).toEqual([
      expect.objectContaining({ code: 'year-from-export-date', params: { exportDate: '2026-01-04', firstDay: '2025-12-30', lastDay: '2026-01-02' } }),
    ]);
  });

  it('warns when the difference column is not next day minus this day', () => {
    const bad = HISTORY_WRAP.replace('"December 31","1005","-2"', '"December 31","1005","7"');
    const p = parseSourceFile({ name: 'FollowerHistory.csv', bytes: utf8(bad) }, { exportDate: '2026-01-04' });
    // 1003 - 1005 = -2, the file says 7: one mismatching day
    expect(p.warnings.filter((w) => w.code !== 'year-from-export-date')).toEqual([expect.objectContaining({ code: 'follower-difference-mismatch', params: { count: 1 } })]);
  });

  it('without an export date: the run ends the day before today at the latest, export date assumed (not the file time)', () => {
    const p = parseSourceFile({ name: 'FollowerHistory.csv', bytes: utf8(HISTORY_WRAP), lastModified: Date.UTC(2026, 5, 1, 9) }, { today: '2026-01-04' });
    // last row "January 2" on or before 2026-01-03 → 2026-01-02; the rows before it: 01-01, 2025-12-31, 2025-12-30
    expect(p.period).toEqual({ start: '2025-12-30', end: '2026-01-02' });
    expect(p.exportDate).toBe('2026-01-03');
    expect(p.warnings.find((w) => w.code === 'export-date-assumed')?.params).toEqual({ exportDate: '2026-01-03', lastDay: '2026-01-02', readDay: '2026-01-04' });
    // "today" 2026-01-02: a 2 January export cannot hold 2 January itself → 2025-01-02, and the run before it
    const q = parseSourceFile({ name: 'FollowerHistory.csv', bytes: utf8(HISTORY_WRAP) }, { today: '2026-01-02' });
    expect(q.period).toEqual({ start: '2024-12-30', end: '2025-01-02' });
  });

  it('refuses rows that are not oldest first (a span of more than a year), naming the line', () => {
    const csv = '"Date","Followers","Difference in followers from previous day"\n"March 3","10","1"\n"March 2","9","1"\n"March 1","8","1"\n';
    // walking back from "March 1": "March 2" → a year earlier, "March 3" → another year: 730 days > 366
    const e = importErrorOf(() => parseSourceFile(source('FollowerHistory.csv', csv), { exportDate: '2026-03-05' }));
    expect(e.code).toBe('malformed');
    expect(e.line).toBe(2);
    expect(e.params.kind).toBe('dates-out-of-order');
  });

  it('refuses an export date that is not an ISO day', () => {
    expect(importErrorOf(() => parseSourceFile(source('FollowerHistory.csv', HISTORY_WRAP), { exportDate: '04/01/2026' })).code).toBe('invalid-export-date');
  });

  it('reads Dutch and French month names (a Dutch or French interface)', () => {
    const nl = '"Date","Total Viewers","New Viewers","Returning Viewers"\n"1 maart","3","2","1"\n"18 augustus","10","6","4"\n';
    const p = parseSourceFile(source('Viewers.csv', nl), { exportDate: '2025-09-01' });
    // last row 18 augustus ≤ 2025-09-01 → 2025-08-18; 1 maart before it → 2025-03-01
    expect(p.period).toEqual({ start: '2025-03-01', end: '2025-08-18' });
    const fr = '"Date","Total Viewers","New Viewers","Returning Viewers"\n"1er décembre","9","9","0"\n"19 août","7","5","2"\n';
    const q = parseSourceFile(source('Viewers.csv', fr), { exportDate: '2025-09-01' });
    // 19 août → 2025-08-19; 1er décembre before it → 2024-12-01
    expect(q.observations.filter((o) => o.segment === undefined).map((o) => [o.period?.start, o.value])).toEqual([
      ['2024-12-01', 9],
      ['2025-08-19', 7],
    ]);
  });

  it('reads Overview.csv: views, profile views, likes, comments, shares per day', () => {
    const csv = '"Date","Video Views","Profile Views","Likes","Comments","Shares"\n"October 1","1200","35","80","4","undefined"\n';
    const p = parseSourceFile(source('Overview.csv', csv), { exportDate: '2025-10-03' });
    expect(p.format).toBe('tiktok-overview');
    expect(p.observations).toEqual([
      { metric: 'views', period: day('2025-10-01'), value: 1200, unit: 'count' },
      { metric: 'profileViews', period: day('2025-10-01'), value: 35, unit: 'count' },
      { metric: 'likes', period: day('2025-10-01'), value: 80, unit: 'count' },
      { metric: 'comments', period: day('2025-10-01'), value: 4, unit: 'count' },
    ]);
  });

  it('reads FollowerActivity.csv as hourly parts and Content.csv per video', () => {
    const act = '"Date","Hour","Active followers"\n"October 1","0","120"\n"October 1","13","480"\n';
    const a = parseSourceFile(source('FollowerActivity.csv', act), { exportDate: '2025-10-03' });
    expect(a.format).toBe('tiktok-follower-activity');
    expect(a.observations.map((o) => [o.segment, o.value])).toEqual([
      ['active-hour:00', 120],
      ['active-hour:13', 480],
    ]);
    const content = '"Time","Video title","Video link","Post time","Total likes","Total comments","Total shares","Total views"\n' +
      '"October 3","Clip","https://www.tiktok.com/@x/video/1","September 28","50","2","1","900"\n';
    const c = parseSourceFile(source('Content.csv', content), { exportDate: '2025-10-03' });
    expect(c.format).toBe('tiktok-content');
    expect(c.observations.find((o) => o.metric === 'views')).toEqual({
      metric: 'views', period: day('2025-09-28'), segment: 'video:https://www.tiktok.com/@x/video/1', value: 900, unit: 'count',
    });
  });

  it('reads the same layout from an XLSX download', () => {
    const bytes = workbookBytes({ Sheet1: [['Date', 'Followers', 'Difference in followers from previous day'], ['August 18', 22551, 14], ['August 19', 22565, 23]] });
    const p = parseSourceFile({ name: 'FollowerHistory.xlsx', bytes }, { exportDate: '2025-10-19' });
    expect(p.format).toBe('tiktok-follower-history');
    expect(p.encoding).toBe('binary');
    expect(p.observations.map((o) => [o.period?.start, o.value])).toEqual([
      ['2025-08-18', 22551],
      ['2025-08-19', 22565],
    ]);
  });
});

describe('TikTok zips', () => {
  // 1760659200 = 2025-10-17T00:00:00Z (20378 days × 86400 s after 1970-01-01)
  const name = 'Followers_2025-08-18_1760659200_jongeren.vlaanderen.zip';

  it('takes the export day and the handle from the zip name', () => {
    expect(parseTikTokZipName(name)).toEqual({ kind: 'Followers', exportDate: '2025-10-17', handle: 'jongeren.vlaanderen' });
    expect(parseTikTokZipName('Followers_jongeren.zip')).toEqual({ kind: 'Followers', exportDate: null, handle: 'jongeren' });
  });

  it('merges the Followers zip members, dating them from the name', () => {
    const bytes = zipBytes({
      'FollowerHistory.csv': '"Date","Followers","Difference in followers from previous day"\n"October 15","100","2"\n"October 16","102","0"\n',
      'FollowerGender.csv': '"Gender","Distribution"\n"Male","0.4"\n"Female","0.6"\n',
      'FollowerTopTerritories.csv': '"Top territories","Distribution"\n"BE","0.9"\n"Others","0.1"\n',
      'FollowerActivity.csv': '"Date","Hour","Active followers"\n"October 16","20","40"\n',
    });
    const p = parseSourceFile({ name, bytes });
    expect(p.format).toBe('tiktok-studio-zip');
    expect(p.platform).toBe('tiktok');
    expect(p.accountName).toBe('jongeren.vlaanderen');
    expect(p.period).toEqual({ start: '2025-10-15', end: '2025-10-16' });
    // 2 follower levels + 2 gender shares + 2 territory shares + 1 hourly part = 7
    expect(p.observations).toHaveLength(7);
    expect(p.observations.find((o) => o.metric === 'followers' && o.segment === undefined && o.gender === undefined && o.period?.start === '2025-10-16')?.value).toBe(102);
  });

  it('a zip whose name has no export time: the option, else one day assumed for all members (the latest)', () => {
    const bytes = zipBytes({
      'Viewers.csv': '"Date","Total Viewers","New Viewers","Returning Viewers"\n"January 2","5","3","2"\n',
      'Overview.csv': '"Date","Video Views","Profile Views","Likes","Comments","Shares"\n"January 3","9","0","0","0","0"\n',
    });
    const p = parseSourceFile({ name: 'Viewers_jongeren.zip', bytes }, { exportDate: '2026-01-03' });
    expect(p.period).toEqual({ start: '2026-01-02', end: '2026-01-03' });
    // today 2026-02-10: Overview ends "January 3" → 2026-01-03, export assumed 2026-01-04; Viewers alone would
    // assume 2026-01-03; both are read with 2026-01-04 → 2026-01-02 and 2026-01-03
    const q = parseSourceFile({ name: 'Viewers_jongeren.zip', bytes }, { today: '2026-02-10' });
    expect(q.exportDate).toBe('2026-01-04');
    expect(q.period).toEqual({ start: '2026-01-02', end: '2026-01-03' });
    expect(q.warnings.filter((w) => w.code === 'export-date-assumed')).toHaveLength(1);
  });

  it('reads a zip of XLSX members', () => {
    const member = workbookBytes({ Sheet1: [['Date', 'Video Views', 'Profile Views', 'Likes', 'Comments', 'Shares'], ['October 16', 300, 10, 20, 1, 2]] });
    const p = parseSourceFile({ name: 'Overview_2025-08-18_1760659200_x.zip', bytes: zipBytes({ 'Overview.xlsx': member }) });
    expect(p.observations.find((o) => o.metric === 'views')?.value).toBe(300);
    expect(p.period).toEqual(day('2025-10-16'));
  });
});
