// Format `x-account-overview`: X's `account_overview_analytics.csv` (x.com/i/account_analytics),
// docs/formats.md#x; real file: docs/formats.md#real-exports.

import type { FormatSpec } from './format-spec';
import { looksLikeDate } from './format-helpers';
import type { AliasTable } from './headers';
import { findColumn, matchesAlias } from './headers';
import { readDailyTable } from './daily-table';
import { isBlankRow } from './sniff';

type XOverviewMetric = 'impressions' | 'likes' | 'engagement' | 'follows' | 'unfollows' | 'profileViews' | 'posts' | 'comments' | 'shares' | 'views';

/** Column aliases (English, from the real file; whether X localises headers is unknown, docs/formats.md#x). */
const X_OVERVIEW_COLUMNS: AliasTable<XOverviewMetric> = {
  impressions: ['Impressions'],
  likes: ['Likes'],
  engagement: ['Engagements'],
  follows: ['New follows'],
  unfollows: ['Unfollows'],
  profileViews: ['Profile visits'],
  posts: ['Create Post'],
  comments: ['Replies'],
  shares: ['Reposts'],
  views: ['Video views'],
};

/**
 * `Date,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Unfollows,Replies,Reposts,
 * Profile visits,Create Post,Video views,Media views` with `"Thu, Sep 11, 2025"` dates, newest first.
 * Detected by a date first column holding such a date and the Impressions, Engagements and one of New
 * follows / Profile visits / Create Post columns. Yields per day: impressions, engagement, likes,
 * follows, unfollows, profileViews (Profile visits), posts (Create Post), comments (Replies), shares
 * (Reposts), views (Video views); Bookmarks, Shares and Media views are ignored with one warning.
 * Platform x; period = first..last date.
 */
export const xAccountOverview: FormatSpec = {
  id: 'x-account-overview',
  version: 1,
  label: 'X account overview',
  platform: 'x',
  detect: (ctx) => {
    const header = ctx.rows[0] ?? [];
    if (!matchesAlias(header[0] ?? '', ['Date'])) return false;
    if (findColumn(header, ['Impressions']) < 0 || findColumn(header, ['Engagements']) < 0) return false;
    if (findColumn(header, ['New follows', 'Profile visits', 'Create Post']) < 0) return false;
    return looksLikeDate(ctx.rows.slice(1).find((r) => !isBlankRow(r))?.[0]);
  },
  parse: (ctx) => {
    const { observations, warnings, period } = readDailyTable(ctx, X_OVERVIEW_COLUMNS);
    return { platform: 'x', platformCandidates: ['x'], accountName: null, period, basis: null, observations, warnings };
  },
};
