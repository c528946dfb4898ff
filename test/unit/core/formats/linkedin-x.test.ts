// LinkedIn workbooks (.xls and .xlsx, headers below row 1) and X's content and video exports — own
// fixtures in the layouts of docs/formats.md#linkedin and #x, own numbers.

import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import { source, workbookBytes } from './test-input';

const day = (iso: string): { start: string; end: string } => ({ start: iso, end: iso });

describe('LinkedIn workbooks', () => {
  const followers = {
    'New followers': [
      ['Date', 'Sponsored followers', 'Organic followers', 'Auto-invited followers', 'Total followers'],
      ['09/01/2025', 0, 12, 1, 13],
      ['09/02/2025', 2, 7, 0, 9],
    ],
    Location: [['Location', 'Total followers'], ['Brussels Region', 410], ['Antwerp', 220]],
    Seniority: [['Seniority', 'Total followers'], ['Entry', 300]],
  };

  for (const bookType of ['biff8', 'xlsx'] as const) {
    it(`followers workbook (${bookType === 'biff8' ? '.xls' : '.xlsx'}): new followers per day and follower segments`, () => {
      const p = parseSourceFile({ name: `vlaanderen_followers_1759300000000.${bookType === 'biff8' ? 'xls' : 'xlsx'}`, bytes: workbookBytes(followers, bookType) });
      expect(p.format).toBe('linkedin-followers');
      expect(p.platform).toBe('linkedin');
      expect(p.period).toEqual({ start: '2025-09-01', end: '2025-09-02' });
      // follows summed over the period: Total followers 13 + 9 = 22
      expect(p.observations.filter((o) => o.metric === 'follows' && o.segment === undefined).reduce((s, o) => s + o.value, 0)).toBe(22);
      expect(p.observations.find((o) => o.segment === 'follower-source:organic' && o.period?.start === '2025-09-02')?.value).toBe(7);
      expect(p.observations.filter((o) => o.period === null).map((o) => [o.segment, o.value])).toEqual([
        ['location:Brussels Region', 410], ['location:Antwerp', 220], ['seniority:Entry', 300],
      ]);
    });
  }

  it('visitors workbook: page views and unique visitors per day', () => {
    const bytes = workbookBytes({
      'Visitor metrics': [
        ['Date', 'Overview page views (desktop)', 'Overview page views (mobile)', 'Total page views (total)', 'Total unique visitors (total)'],
        ['09/01/2025', 30, 10, 55, 21],
      ],
    });
    const p = parseSourceFile({ name: 'vlaanderen_visitors_1.xls', bytes });
    expect(p.format).toBe('linkedin-visitors');
    expect(p.observations).toEqual([
      { metric: 'visits', period: day('2025-09-01'), value: 55, unit: 'count' },
      { metric: 'viewers', period: day('2025-09-01'), value: 21, unit: 'count' },
    ]);
  });

  it('content workbook: header on row 2, Metrics daily with unique impressions as reach, All posts', () => {
    const bytes = workbookBytes({
      Metrics: [
        ['Aggregated metrics for the period 09/01/2025 - 09/02/2025'],
        ['Date', 'Impressions (organic)', 'Impressions (sponsored)', 'Impressions (total)', 'Unique impressions (organic)', 'Clicks (total)', 'Reactions (total)', 'Comments (total)', 'Reposts (total)', 'Engagement rate (total)'],
        ['09/01/2025', 900, 100, 1000, 640, 25, 30, 4, 2, 0.061],
      ],
      'All posts': [
        ['Post performance for all posts'],
        ['Post title', 'Post link', 'Post type', 'Campaign name', 'Posted by', 'Created date', 'Impressions', 'Views (excluding off-site video views)', 'Clicks', 'Likes', 'Comments', 'Reposts', 'Follows'],
        ['Vacatures', 'https://www.linkedin.com/feed/update/urn:li:activity:1', 'Organic', '', 'A. Person', '09/01/2025', 700, '', 18, 22, 3, 1, 0],
      ],
    });
    const p = parseSourceFile({ name: 'vlaanderen_content_1.xlsx', bytes });
    expect(p.format).toBe('linkedin-content');
    const daily = p.observations.filter((o) => o.segment === undefined).map((o) => [o.metric, o.value]);
    expect(daily).toEqual([
      ['impressions', 1000], ['reach', 640], ['linkClicks', 25], ['likes', 30], ['comments', 4], ['shares', 2], ['engagementRate', 0.061],
    ]);
    expect(p.warnings.map((w) => w.code)).toContain('reach-from-unique-impressions');
    const post = p.observations.filter((o) => o.segment === 'post:https://www.linkedin.com/feed/update/urn:li:activity:1');
    // empty Views cell → no observation; 6 of 7 metrics
    expect(post.map((o) => [o.metric, o.value])).toEqual([['impressions', 700], ['linkClicks', 18], ['likes', 22], ['comments', 3], ['shares', 1], ['follows', 0]]);
    // "Posted by" (a staff member's name) is never stored
    expect(JSON.stringify(p)).not.toContain('A. Person');
  });
});

describe('X content and video exports', () => {
  it('account_analytics_content_<from>_<to>.csv: per post, period from the name', () => {
    const csv = 'Post id,Date,Post text,Post Link,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Replies,Reposts,Profile visits,Detail Expands,URL Clicks,Hashtag Clicks,Permalink Clicks\n' +
      '1966000000000000001,"Thu, Sep 11, 2025","Hallo, wereld",https://x.com/a/status/1,1500,20,60,1,0,2,3,4,5,6,7,0,1\n';
    const p = parseSourceFile(source('account_analytics_content_2025-09-01_2025-09-30.csv', csv));
    expect(p.format).toBe('x-content');
    expect(p.period).toEqual({ start: '2025-09-01', end: '2025-09-30' });
    expect(p.observations.map((o) => [o.metric, o.value])).toEqual([
      ['impressions', 1500], ['likes', 20], ['engagement', 60], ['follows', 2], ['comments', 3], ['shares', 4], ['profileViews', 5], ['linkClicks', 7],
    ]);
    expect(p.observations[0]).toMatchObject({ segment: 'post:1966000000000000001', period: day('2025-09-11') });
  });

  it('video export with its "Video overview" title line: watch time ms → hours', () => {
    const csv = 'Video overview,,,,,\nDate,Views,Watch Time (ms),Completion Rate,Average Watch Time (ms),Estimated Revenue\n2025-09-01,120,7200000,0.35,60000,0\n';
    const p = parseSourceFile(source('video_overview.csv', csv));
    expect(p.format).toBe('x-video-overview');
    expect(p.observations).toEqual([
      { metric: 'views', period: day('2025-09-01'), value: 120, unit: 'count' },
      { metric: 'watchTime', period: day('2025-09-01'), value: 2, unit: 'hours' }, // 7,200,000 ms / 3,600,000
      { metric: 'averageViewDuration', period: day('2025-09-01'), value: 60, unit: 'seconds' }, // 60,000 ms / 1000
      { metric: 'averagePercentageViewed', period: day('2025-09-01'), value: 0.35, unit: 'share' },
    ]);
  });
});
