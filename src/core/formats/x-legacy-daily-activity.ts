// Format `x-legacy-daily-activity`: the legacy analytics.twitter.com `daily_tweet_activity_metrics_…`
// export, docs/formats.md#x; real file: docs/formats.md#real-exports.

import type { FormatSpec } from './format-spec';
import type { AliasTable } from './headers';
import { findColumn, matchesAlias, normaliseHeader } from './headers';
import { readDailyTable } from './daily-table';

type XLegacyMetric =
  | 'posts'
  | 'impressions'
  | 'engagement'
  | 'engagementRate'
  | 'shares'
  | 'comments'
  | 'likes'
  | 'profileViews'
  | 'linkClicks'
  | 'follows';

/** Column aliases (English headers of the real file). */
const X_LEGACY_COLUMNS: AliasTable<XLegacyMetric> = {
  posts: ['Tweets published'],
  impressions: ['impressions'],
  engagement: ['engagements'],
  engagementRate: ['engagement rate'],
  shares: ['retweets'],
  comments: ['replies'],
  likes: ['likes'],
  profileViews: ['user profile clicks'],
  linkClicks: ['url clicks'],
  follows: ['follows'],
};

/**
 * `"Date","Tweets published","impressions","engagements","engagement rate",…` with ISO dates, every
 * field quoted, `"-"` = missing. Detected by a Date first column and `Tweets published` (or impressions
 * + engagement rate + user profile clicks). Yields per day: posts, impressions, engagement,
 * engagementRate (a fraction 0..1, unit share), shares (retweets), comments (replies), likes,
 * profileViews (user profile clicks), linkClicks (url clicks), follows. The `promoted …` columns are
 * counted in one warning, other unknown columns named in another. Platform x; period = first..last date.
 */
export const xLegacyDailyActivity: FormatSpec = {
  id: 'x-legacy-daily-activity',
  version: 1,
  label: 'X (Twitter) legacy daily activity',
  platform: 'x',
  detect: (ctx) => {
    const header = ctx.rows[0] ?? [];
    if (!matchesAlias(header[0] ?? '', ['Date'])) return false;
    if (findColumn(header, ['Tweets published']) >= 0) return true;
    return ['impressions', 'engagement rate', 'user profile clicks'].every((h) => findColumn(header, [h]) >= 0);
  },
  parse: (ctx) => {
    const { observations, warnings, period } = readDailyTable(ctx, X_LEGACY_COLUMNS, {
      units: { engagementRate: 'share' },
      isQuiet: (h) => normaliseHeader(h).startsWith('promoted'),
      quietLabel: 'promoted',
    });
    return { platform: 'x', platformCandidates: ['x'], accountName: null, period, basis: null, observations, warnings };
  },
};
