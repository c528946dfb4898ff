// One test per real export in ../shared/real-exports (read in place; their public origins are in
// docs/formats.md#real-exports), asserting values worked out by hand from the file.

import { zipSync } from 'fflate';
import { expect, it } from 'vitest';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import { ageComposition } from '../../../../src/core/metrics/age-composition';
import { UPPER_BOUND_SEGMENT } from '../../../../src/core/model/observation';
import type { Observation } from '../../../../src/core/model/observation';
import type { ParsedFile } from '../../../../src/core/model/parsed-file';
import { describeRealExports, readRealExport } from '../../real-exports';

function parse(dir: string, file: string): ParsedFile {
  return parseSourceFile({ name: file, bytes: readRealExport(dir, file) });
}

function find(obs: readonly Observation[], where: Partial<Observation>): Observation | undefined {
  return obs.find((o) => (Object.keys(where) as (keyof Observation)[]).every((k) => JSON.stringify(o[k]) === JSON.stringify(where[k])));
}

function valueOf(obs: readonly Observation[], where: Partial<Observation>): number | undefined {
  return find(obs, where)?.value;
}

describeRealExports('real exports: YouTube', () => {
  it('viewer-age_table-data.csv: views shares per band, youth share 0.1142 at floor 13', () => {
    const p = parse('youtube', 'viewer-age_table-data.csv');
    expect(p.format).toBe('youtube-studio-viewer-age');
    expect(p.platform).toBe('youtube');
    expect(p.basis).toBe('views');
    expect(p.period).toBeNull();
    expect(p.encoding).toBe('utf-8');
    // 7 bands × 4 columns (views %, average view duration, average % viewed, watch time %)
    expect(p.observations).toHaveLength(28);
    expect(valueOf(p.observations, { metric: 'views', ageBand: '13-17' })).toBeCloseTo(0.0061, 10); // 0.61 / 100
    expect(valueOf(p.observations, { metric: 'views', ageBand: '18-24' })).toBeCloseTo(0.1081, 10); // 10.81 / 100
    expect(valueOf(p.observations, { metric: 'averageViewDuration', ageBand: '13-17' })).toBe(280); // 0:04:40
    expect(valueOf(p.observations, { metric: 'watchTime', ageBand: '65+' })).toBeCloseTo(0.2198, 10); // 21.98 / 100
    expect(valueOf(p.observations, { metric: 'averagePercentageViewed', ageBand: '25-34' })).toBeCloseTo(0.482, 10); // 48.2 / 100
    const c = ageComposition(p.observations, 'views');
    // shares sum to 100.00 %, so (0.61 + 10.81) / 100 = 0.1142
    expect(c?.youthShare).toBeCloseTo(0.1142, 10);
    expect(c?.youthAgeFloor).toBe(13);
    // watch-time split: 0.26 + 6.84 + 16.8 + 17.73 + 17.27 + 19.12 + 21.98 = 100.00, so (0.26 + 6.84) / 100 = 0.071
    expect(ageComposition(p.observations, 'watchTime')?.youthShare).toBeCloseTo(0.071, 10);
  });

  it('viewer-gender_table-data.csv: views share per gender, no basis', () => {
    const p = parse('youtube', 'viewer-gender_table-data.csv');
    expect(p.format).toBe('youtube-studio-viewer-gender');
    expect(p.basis).toBeNull();
    expect(valueOf(p.observations, { metric: 'views', gender: 'female' })).toBeCloseTo(0.3356, 10); // 33.56 / 100
    expect(valueOf(p.observations, { metric: 'views', gender: 'male' })).toBeCloseTo(0.6577, 10);
    expect(valueOf(p.observations, { metric: 'views', gender: 'unknown' })).toBeCloseTo(0.0066, 10); // User-specified
    expect(ageComposition(p.observations, 'views')).toBeNull();
  });

  it('geography_table-data.csv: Total views 10103 as the whole, IN 2530 as a segment', () => {
    const p = parse('youtube', 'geography_table-data.csv');
    expect(p.format).toBe('youtube-studio-table');
    const whole = p.observations.filter((o) => o.segment === undefined);
    expect(valueOf(whole, { metric: 'views' })).toBe(10103);
    expect(valueOf(whole, { metric: 'watchTime' })).toBe(194.6712);
    expect(valueOf(whole, { metric: 'averageViewDuration' })).toBe(70); // 0:01:10
    expect(valueOf(p.observations, { metric: 'views', segment: 'IN' })).toBe(2530);
    expect(valueOf(p.observations, { metric: 'averageViewDuration', segment: 'IN' })).toBe(75); // 0:01:15
    // 14 country rows after the Total row
    expect(new Set(p.observations.map((o) => o.segment).filter(Boolean)).size).toBe(14);
    expect(p.warnings).toEqual([]);
  });

  it('subscription-status_table-data.csv: Total 10103, Not subscribed 9033, Subscribed 1069', () => {
    const p = parse('youtube', 'subscription-status_table-data.csv');
    expect(p.format).toBe('youtube-studio-table');
    expect(valueOf(p.observations.filter((o) => o.segment === undefined), { metric: 'views' })).toBe(10103);
    expect(valueOf(p.observations, { metric: 'views', segment: 'Not subscribed' })).toBe(9033);
    expect(valueOf(p.observations, { metric: 'views', segment: 'Subscribed' })).toBe(1069);
  });

  it('subscription-status_chart-data.csv: 730 daily rows, segment per status, period from the dates', () => {
    const p = parse('youtube', 'subscription-status_chart-data.csv');
    expect(p.format).toBe('youtube-studio-chart-data');
    expect(p.observations).toHaveLength(730); // 365 days × 2 statuses, one Views column
    expect(p.period).toEqual({ start: '2023-11-28', end: '2024-11-26' });
    expect(find(p.observations, { segment: 'Subscribed', period: { start: '2023-11-28', end: '2023-11-28' } })?.value).toBe(27985);
    const subscribed = p.observations.filter((o) => o.segment === 'Subscribed').reduce((s, o) => s + o.value, 0);
    expect(subscribed).toBe(9692996); // sum of the 365 "Subscribed" rows (added up with awk)
    // No daily total in the file: it says so (nothing of it shows as the account's views over time).
    expect(p.warnings).toEqual([
      expect.objectContaining({ code: 'split-by-dimension', params: { dimension: 'Subscription status', values: 'Subscribed, Not subscribed' } }),
    ]);
  });

  it('content_table-data_basic.csv: Total row and 24 videos', () => {
    const p = parse('youtube', 'content_table-data_basic.csv');
    expect(p.format).toBe('youtube-studio-table');
    const whole = p.observations.filter((o) => o.segment === undefined);
    expect(valueOf(whole, { metric: 'views' })).toBe(61685);
    expect(valueOf(whole, { metric: 'impressions' })).toBe(843001);
    expect(valueOf(whole, { metric: 'clickThroughRate' })).toBeCloseTo(0.0631, 10); // 6.31 / 100
    expect(valueOf(p.observations, { metric: 'subscribers', segment: 'vid00000008' })).toBe(-3);
    expect(new Set(p.observations.map((o) => o.segment).filter(Boolean)).size).toBe(24); // 26 lines − header − Total
    expect(p.warnings).toEqual([]); // Video title, publish time and Duration are descriptive, not unknown
  });

  it('content_table-data_shorts-columns.csv: known columns read, five unknown ones named in one warning', () => {
    const p = parse('youtube', 'content_table-data_shorts-columns.csv');
    expect(valueOf(p.observations.filter((o) => o.segment === undefined), { metric: 'views' })).toBe(97004);
    expect(valueOf(p.observations, { metric: 'averagePercentageViewed', segment: 'vid00000002' })).toBeCloseTo(1.0269, 10); // 102.69 / 100
    expect(valueOf(p.observations, { metric: 'likes', segment: 'vid00000002' })).toBe(134);
    expect(p.warnings).toHaveLength(1);
    expect(p.warnings[0]?.code).toBe('unknown-columns-ignored');
    expect(p.warnings[0]?.message).toBe(
      '5 unknown columns ignored: New viewers, Returning viewers, Subscribers gained, Shown in feed, Viewed (vs. swiped away) (%)',
    );
  });
});

describeRealExports('real exports: Meta Business Suite', () => {
  it('mbs_page-metric_follows_utf16le.csv: 28 days of Facebook follows summing to 631', () => {
    const p = parse('facebook', 'mbs_page-metric_follows_utf16le.csv');
    expect(p.format).toBe('meta-bs-page-metric');
    expect(p.encoding).toBe('utf-16le');
    expect(p.platform).toBe('facebook'); // title "Facebook follows"
    expect(p.period).toEqual({ start: '2025-09-20', end: '2025-10-17' });
    expect(p.observations).toHaveLength(28);
    expect(p.observations.every((o) => o.metric === 'follows' && o.unit === 'count')).toBe(true);
    // 20+28+21+23+20+30+29+15+20+27+14+30+19+26+21+20+21+17+28+27+26+24+19+24+29+18+17+18 = 631
    expect(p.observations.reduce((s, o) => s + o.value, 0)).toBe(631);
  });

  it('mbs_page-metric_views_utf16le.csv: title "Views" leaves the platform to the user', () => {
    const p = parse('facebook', 'mbs_page-metric_views_utf16le.csv');
    expect(p.platform).toBeNull();
    expect(p.platformCandidates).toEqual(['facebook', 'instagram']);
    expect(p.observations).toHaveLength(28);
    expect(valueOf(p.observations, { period: { start: '2025-09-20', end: '2025-09-20' } })).toBe(29146);
    // sum of the 28 Primary values, added up with awk: 712987
    expect(p.observations.reduce((s, o) => s + o.value, 0)).toBe(712987);
  });

  it('mbs_posts_Sep-01-2025_Sep-30-2025.csv: 81 posts, the first with reach 923 and views 1628', () => {
    const p = parse('facebook', 'mbs_posts_Sep-01-2025_Sep-30-2025.csv');
    expect(p.format).toBe('meta-bs-posts');
    expect(p.platform).toBe('facebook');
    expect(p.accountName).toBe('Testpagina');
    expect(p.period).toEqual({ start: '2025-09-01', end: '2025-09-30' });
    // 81 posts, each its own segment (the period's reach summed over them is apart: segment `bound:upper`)
    expect(new Set(p.observations.filter((o) => o.metric === 'reach' && o.segment !== undefined && o.segment !== UPPER_BOUND_SEGMENT).map((o) => o.segment)).size).toBe(81);
    const first = { segment: '9000000000000001', period: { start: '2025-09-01', end: '2025-09-01' } }; // "09/01/2025 21:13"
    expect(valueOf(p.observations, { ...first, metric: 'reach' })).toBe(923);
    expect(valueOf(p.observations, { ...first, metric: 'views' })).toBe(1628);
    expect(valueOf(p.observations, { ...first, metric: 'likes' })).toBe(6); // Reactions
    expect(valueOf(p.observations, { ...first, metric: 'comments' })).toBe(1);
    expect(valueOf(p.observations, { ...first, metric: 'shares' })).toBe(0);
    // second post: published "09/30/2025 22:00", Views 5348, Reach 3618
    expect(valueOf(p.observations, { segment: '9000000000000002', metric: 'reach' })).toBe(3618);
  });
});

describeRealExports('real exports: TikTok', () => {
  it('FollowerGender.csv: fractions as follower shares per gender', () => {
    const p = parse('tiktok', 'FollowerGender.csv');
    expect(p.format).toBe('tiktok-follower-gender');
    expect(p.platform).toBe('tiktok');
    expect(valueOf(p.observations, { gender: 'male' })).toBe(0.75);
    expect(valueOf(p.observations, { gender: 'female' })).toBe(0.24);
    expect(valueOf(p.observations, { gender: 'other' })).toBe(0.01);
  });

  it('FollowerTopTerritories.csv: 11 territories as country segments', () => {
    const p = parse('tiktok', 'FollowerTopTerritories.csv');
    expect(p.format).toBe('tiktok-follower-territories');
    expect(p.observations).toHaveLength(11);
    expect(valueOf(p.observations, { segment: 'country:PH' })).toBe(0.704);
    expect(valueOf(p.observations, { segment: 'country:other' })).toBe(0.185);
  });

  it('FollowerHistory.csv without an export date: a run ending on "October 16", exported the day after (assumed, said so)', () => {
    // "today" 2026-03-01, the file copied on 2026-02-20 (its modification time is never the export date):
    // the last row "October 16" is the latest 16 October before 2026-03-01 → 2025-10-16, exported 2025-10-17;
    // 60 rows back from it → 2025-08-18.
    const p = parseSourceFile(
      { name: 'FollowerHistory.csv', bytes: readRealExport('tiktok', 'FollowerHistory.csv'), lastModified: Date.UTC(2026, 1, 20) },
      { today: '2026-03-01' },
    );
    expect(p.period).toEqual({ start: '2025-08-18', end: '2025-10-16' });
    expect(p.exportDate).toBe('2025-10-17');
    expect(p.warnings.map((w) => [w.code, w.params])).toEqual([['export-date-assumed', { exportDate: '2025-10-17', lastDay: '2025-10-16', readDay: '2026-03-01' }]]);
  });

  it('FollowerHistory.csv with export date 2025-10-19: 60 daily follower levels, 2025-08-18 … 2025-10-16', () => {
    const p = parseSourceFile({ name: 'FollowerHistory.csv', bytes: readRealExport('tiktok', 'FollowerHistory.csv') }, { exportDate: '2025-10-19' });
    expect(p.format).toBe('tiktok-follower-history');
    expect(p.platform).toBe('tiktok');
    // "August 18" … "October 16": every day is on or before 2025-10-19, so all are 2025.
    expect(p.period).toEqual({ start: '2025-08-18', end: '2025-10-16' });
    // rows: Aug 18-31 (14) + Sep 1-30 (30) + Oct 1-16 (16) = 60, one followers level each
    expect(p.observations).toHaveLength(60);
    expect(p.observations.every((o) => o.metric === 'followers' && o.unit === 'count')).toBe(true);
    expect(valueOf(p.observations, { period: { start: '2025-08-18', end: '2025-08-18' } })).toBe(22551);
    expect(valueOf(p.observations, { period: { start: '2025-09-01', end: '2025-09-01' } })).toBe(22860);
    expect(valueOf(p.observations, { period: { start: '2025-10-16', end: '2025-10-16' } })).toBe(22788);
    // The "Difference" column is next day minus this day on every row (22565 - 22551 = 14 on Aug 18 …):
    // no mismatch warning, and the column itself is not stored. The only note: the year came from the export date.
    expect(p.warnings).toEqual([
      expect.objectContaining({ code: 'year-from-export-date', params: { exportDate: '2025-10-19', firstDay: '2025-08-18', lastDay: '2025-10-16' } }),
    ]);
  });

  it('FollowerHistory.csv with export date 2025-09-15: the whole run moves to 2024 (never split across years)', () => {
    const p = parseSourceFile({ name: 'FollowerHistory.csv', bytes: readRealExport('tiktok', 'FollowerHistory.csv') }, { exportDate: '2025-09-15' });
    // the last row "October 16" on or before 2025-09-15 → 2024-10-16; the 59 rows before it are the 59 days before:
    // 2024-08-18 … 2024-10-16 (a day-by-day placement would have split the file over 2024 and 2025)
    expect(valueOf(p.observations, { period: { start: '2024-10-16', end: '2024-10-16' } })).toBe(22788);
    expect(valueOf(p.observations, { period: { start: '2024-08-18', end: '2024-08-18' } })).toBe(22551);
    expect(p.period).toEqual({ start: '2024-08-18', end: '2024-10-16' });
    expect(p.exportDate).toBe('2025-09-15');
  });

  it('Viewers.csv with export date 2025-10-19: daily unique viewers, "undefined" missing (not 0)', () => {
    const p = parseSourceFile({ name: 'Viewers.csv', bytes: readRealExport('tiktok', 'Viewers.csv') }, { exportDate: '2025-10-19' });
    expect(p.format).toBe('tiktok-viewers');
    expect(p.period).toEqual({ start: '2025-08-19', end: '2025-10-17' });
    const total = p.observations.filter((o) => o.metric === 'viewers' && o.segment === undefined);
    // 60 rows (Aug 19-31: 13, Sep: 30, Oct 1-17: 17); the last reads "undefined" → 59 totals
    expect(total).toHaveLength(59);
    // 60 rows × 3 columns - 1 undefined = 179
    expect(p.observations).toHaveLength(179);
    expect(valueOf(p.observations, { metric: 'viewers', period: { start: '2025-08-19', end: '2025-08-19' } })).toBe(5780);
    expect(valueOf(p.observations, { segment: 'viewer-type:new', period: { start: '2025-08-20', end: '2025-08-20' } })).toBe(29961);
    expect(valueOf(p.observations, { segment: 'viewer-type:returning', period: { start: '2025-09-01', end: '2025-09-01' } })).toBe(780);
    const oct17 = { period: { start: '2025-10-17', end: '2025-10-17' } };
    expect(find(p.observations, { ...oct17, metric: 'viewers', segment: undefined })).toBeUndefined();
    expect(valueOf(p.observations, { ...oct17, segment: 'viewer-type:new' })).toBe(0);
    expect(p.warnings.map((w) => w.code)).toEqual(['year-from-export-date', 'missing-values']);
  });

  it('FollowerHistory.csv loose and in a zip: the card says where the year came from, and both paths agree', () => {
    const bytes = readRealExport('tiktok', 'FollowerHistory.csv');
    // Loose, no export date, "today" 2025-11-01: the last row "October 16" → 2025-10-16, export assumed 2025-10-17.
    const loose = parseSourceFile({ name: 'FollowerHistory.csv', bytes }, { today: '2025-11-01' });
    const assumed = { code: 'export-date-assumed', params: { exportDate: '2025-10-17', lastDay: '2025-10-16', readDay: '2025-11-01' } };
    expect(loose.warnings).toEqual([expect.objectContaining(assumed)]);
    // The same file alone in a zip without an export time in its name: the same placement and note.
    const zipped = parseSourceFile({ name: 'Followers_jongeren.zip', bytes: zipSync({ 'FollowerHistory.csv': bytes }) }, { today: '2025-11-01' });
    expect(zipped.period).toEqual(loose.period);
    expect(zipped.warnings).toEqual([expect.objectContaining(assumed)]);
    // In a zip whose name carries the download time 1760659200 (2025-10-17T00:00:00Z): the year from the zip's name.
    const named = parseSourceFile({ name: 'Followers_2025-08-18_1760659200_jongeren.zip', bytes: zipSync({ 'FollowerHistory.csv': bytes }) });
    expect(named.period).toEqual({ start: '2025-08-18', end: '2025-10-16' });
    expect(named.warnings).toEqual([
      expect.objectContaining({ code: 'year-from-zip-name', params: { exportDate: '2025-10-17', firstDay: '2025-08-18', lastDay: '2025-10-16' } }),
    ]);
    // Loose with that day typed in: the same days, the year from the export date given.
    const given = parseSourceFile({ name: 'FollowerHistory.csv', bytes }, { exportDate: '2025-10-17' });
    expect(given.period).toEqual(named.period);
    expect(given.warnings).toEqual([expect.objectContaining({ code: 'year-from-export-date', params: { exportDate: '2025-10-17', firstDay: '2025-08-18', lastDay: '2025-10-16' } })]);
  });
});

describeRealExports('real exports: X', () => {
  it('account_overview_analytics.csv: 475 days, first row 6878 impressions on 2025-09-11', () => {
    const p = parse('x', 'account_overview_analytics.csv');
    expect(p.format).toBe('x-account-overview');
    expect(p.platform).toBe('x');
    const impressions = p.observations.filter((o) => o.metric === 'impressions');
    expect(impressions).toHaveLength(475); // 476 lines − header
    expect(impressions[0]).toEqual({ metric: 'impressions', period: { start: '2025-09-11', end: '2025-09-11' }, value: 6878, unit: 'count' });
    expect(valueOf(p.observations, { metric: 'profileViews', period: { start: '2025-09-11', end: '2025-09-11' } })).toBe(27);
    // two hand-merged parts: 2024-09-12 … 2025-09-11 and 2025-09-13 … 2025-12-31
    expect(p.period).toEqual({ start: '2024-09-12', end: '2025-12-31' });
  });

  it('legacy_daily_tweet_activity_metrics_en.csv: 31 days, "-" promoted cells missing, engagement rate a fraction', () => {
    const p = parse('x', 'legacy_daily_tweet_activity_metrics_en.csv');
    expect(p.format).toBe('x-legacy-daily-activity');
    expect(p.period).toEqual({ start: '2021-08-01', end: '2021-08-31' });
    const impressions = p.observations.filter((o) => o.metric === 'impressions');
    expect(impressions).toHaveLength(31);
    expect(valueOf(impressions, { period: { start: '2021-08-01', end: '2021-08-01' } })).toBe(1088);
    expect(impressions.reduce((s, o) => s + o.value, 0)).toBe(1639423); // summed with awk over the 31 rows
    expect(find(p.observations, { metric: 'engagementRate', period: { start: '2021-08-01', end: '2021-08-01' } })).toEqual({
      metric: 'engagementRate',
      period: { start: '2021-08-01', end: '2021-08-01' },
      value: 0.011948529411764705, // 13 engagements / 1088 impressions
      unit: 'share',
    });
    expect(p.warnings.map((w) => w.code)).toEqual(['unknown-columns-ignored', 'quiet-columns-ignored']);
  });
});
