// Formats `x-content` and `x-video-overview`: X's post-level content export and its video export
// (x.com/i/account_analytics, 2024+; docs/formats.md#x, seen in parsers only).

import type { Metric, Observation, Period } from '../model/observation';
import type { FormatSpec } from './format-spec';
import { dateCell, day, malformedRow, numberCell, periodOfDates, unknownColumnsWarning } from './format-helpers';
import type { AliasTable } from './headers';
import { findColumn, mapColumns, matchesAlias } from './headers';
import { isBlankRow } from './sniff';

type ContentColumn = 'postId' | 'date' | 'text' | 'link' | Extract<Metric, 'impressions' | 'likes' | 'engagement' | 'follows' | 'comments' | 'shares' | 'profileViews' | 'linkClicks'>;

const CONTENT_COLUMNS: AliasTable<ContentColumn> = {
  postId: ['Post id'],
  date: ['Date'],
  text: ['Post text'],
  link: ['Post Link'],
  impressions: ['Impressions'],
  likes: ['Likes'],
  engagement: ['Engagements'],
  follows: ['New follows'],
  comments: ['Replies'],
  shares: ['Reposts'],
  profileViews: ['Profile visits'],
  linkClicks: ['URL Clicks'],
};

const CONTENT_METRICS: readonly Metric[] = ['impressions', 'likes', 'engagement', 'follows', 'comments', 'shares', 'profileViews', 'linkClicks'];

/** Columns the content export has that Youth Reach reads nothing from (no warning for them). */
const CONTENT_QUIET = ['Bookmarks', 'Shares', 'Detail Expands', 'Hashtag Clicks', 'Permalink Clicks'];

/** `account_analytics_content_<YYYY-MM-DD>_<YYYY-MM-DD>[ (1)].csv` → its period, else null. */
export function xContentPeriodFromName(fileName: string): Period | null {
  const m = /account_analytics_content_(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})(?: \(\d+\))?\.\w+$/i.exec(fileName);
  if (!m?.[1] || !m[2] || m[1] > m[2]) return null;
  return { start: m[1], end: m[2] };
}

/**
 * X content export `account_analytics_content_<from>_<to>.csv`: `Post id,Date,Post text,Post Link,
 * Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Replies,Reposts,Profile visits,Detail
 * Expands,URL Clicks,Hashtag Clicks,Permalink Clicks`, one row per post. Detected by `Post id` and `Post
 * Link` with `Impressions`. Yields per post (segment `post:<id>`, period its day): `impressions`, `likes`,
 * `engagement`, `follows`, `comments` (Replies), `shares` (Reposts), `profileViews`, `linkClicks` (URL
 * clicks). Period from the file name, else first..last post day. No reach and no age on X.
 */
export const xContent: FormatSpec = {
  id: 'x-content',
  version: 1,
  label: 'X content (posts)',
  platform: 'x',
  detect: (ctx) => {
    const header = ctx.rows[0] ?? [];
    return findColumn(header, ['Post id']) >= 0 && findColumn(header, ['Post Link']) >= 0 && findColumn(header, ['Impressions']) >= 0;
  },
  parse: (ctx) => {
    const header = ctx.rows[0] ?? [];
    const { columns, unknown } = mapColumns(header, CONTENT_COLUMNS, { ignore: CONTENT_QUIET });
    const observations: Observation[] = [];
    const dates: string[] = [];
    for (let i = 1; i < ctx.rows.length; i++) {
      const row = ctx.rows[i] ?? [];
      if (isBlankRow(row)) continue;
      const id = (row[columns.postId ?? 0] ?? '').trim();
      if (id === '') malformedRow(ctx, i, 'the post has no Post id.');
      const date = dateCell(ctx, i, columns.date, 'Date');
      if (date === null) malformedRow(ctx, i, `post ${id} has no date.`);
      dates.push(date);
      for (const metric of CONTENT_METRICS) {
        const column = columns[metric as ContentColumn];
        const value = numberCell(ctx, i, column, header[column ?? 0] ?? metric);
        if (value !== null) observations.push({ metric, period: day(date), segment: `post:${id}`, value, unit: 'count' });
      }
    }
    const warning = unknownColumnsWarning(unknown);
    return {
      platform: 'x',
      platformCandidates: ['x'],
      accountName: null,
      period: xContentPeriodFromName(ctx.fileName) ?? periodOfDates(dates),
      basis: null,
      observations,
      warnings: warning ? [warning] : [],
    };
  },
};

/**
 * X video export: a title line `Video overview,,,,,`, then `Date,Views,Watch Time (ms),Completion Rate,
 * Average Watch Time (ms),Estimated Revenue`, one row per day. Yields per day: `views` (count),
 * `watchTime` in hours (ms ÷ 3,600,000), `averageViewDuration` in seconds (ms ÷ 1000),
 * `averagePercentageViewed` (Completion Rate: a share; a cell with `%` is divided by 100). Estimated
 * revenue is ignored.
 */
export const xVideoOverview: FormatSpec = {
  id: 'x-video-overview',
  version: 1,
  label: 'X video overview',
  platform: 'x',
  detect: (ctx) => {
    const header = ctx.rows[1] ?? [];
    return (
      matchesAlias(ctx.rows[0]?.[0] ?? '', ['Video overview']) &&
      matchesAlias(header[0] ?? '', ['Date']) &&
      findColumn(header, ['Views']) > 0 &&
      findColumn(header, ['Watch Time (ms)']) > 0
    );
  },
  parse: (ctx) => {
    const header = ctx.rows[1] ?? [];
    const views = findColumn(header, ['Views']);
    const watch = findColumn(header, ['Watch Time (ms)']);
    const completion = findColumn(header, ['Completion Rate']);
    const average = findColumn(header, ['Average Watch Time (ms)']);
    const observations: Observation[] = [];
    const dates: string[] = [];
    for (let i = 2; i < ctx.rows.length; i++) {
      const row = ctx.rows[i] ?? [];
      if (isBlankRow(row)) continue;
      const date = dateCell(ctx, i, 0, 'Date');
      if (date === null) malformedRow(ctx, i, 'the row has no date.');
      dates.push(date);
      const period = day(date);
      const v = numberCell(ctx, i, views, 'Views');
      if (v !== null) observations.push({ metric: 'views', period, value: v, unit: 'count' });
      const w = numberCell(ctx, i, watch, 'Watch Time (ms)');
      if (w !== null) observations.push({ metric: 'watchTime', period, value: w / 3_600_000, unit: 'hours' });
      const a = numberCell(ctx, i, average, 'Average Watch Time (ms)');
      if (a !== null) observations.push({ metric: 'averageViewDuration', period, value: a / 1000, unit: 'seconds' });
      const c = numberCell(ctx, i, completion, 'Completion Rate');
      if (c !== null) {
        const share = /%\s*$/.test(row[completion] ?? '') ? c / 100 : c;
        observations.push({ metric: 'averagePercentageViewed', period, value: share, unit: 'share' });
      }
    }
    return { platform: 'x', platformCandidates: ['x'], accountName: null, period: periodOfDates(dates), basis: null, observations, warnings: [] };
  },
};
