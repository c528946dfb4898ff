// Observations: the one shape every format normalises into (docs/architecture.md#vocabulary, "observation").

import type { AgeBand } from './age-band';

/**
 * What a number measures (docs/architecture.md#vocabulary). Flows add up over days: views, impressions, engagement, follows,
 * unfollows, visits, linkClicks, watchTime, profileViews, likes, comments, shares, posts.
 * Stocks are levels: followers, subscribers (a net change when it is a flow per day, see unit).
 * Unique counts do not add up across days, posts or platforms: reach, viewers.
 * Averages: averageViewDuration (seconds), averagePercentageViewed (share 0..1), engagementRate (0..1),
 * clickThroughRate (0..1).
 */
export type Metric =
  | 'reach'
  | 'impressions'
  | 'views'
  | 'viewers'
  | 'followers'
  | 'follows'
  | 'unfollows'
  | 'subscribers'
  | 'watchTime'
  | 'engagement'
  | 'engagementRate'
  | 'visits'
  | 'profileViews'
  | 'linkClicks'
  | 'likes'
  | 'comments'
  | 'shares'
  | 'posts'
  | 'averageViewDuration'
  | 'averagePercentageViewed'
  | 'clickThroughRate';

/** How a metric combines over time (docs/architecture.md#vocabulary, "flow / stock"). */
export type MetricKind = 'flow' | 'stock' | 'unique' | 'average';

/** The kind of every metric. `subscribers` on YouTube tables is a net gain over the period: a flow. */
export const METRIC_KIND: Readonly<Record<Metric, MetricKind>> = {
  reach: 'unique',
  impressions: 'flow',
  views: 'flow',
  viewers: 'unique',
  followers: 'stock',
  follows: 'flow',
  unfollows: 'flow',
  subscribers: 'flow',
  watchTime: 'flow',
  engagement: 'flow',
  engagementRate: 'average',
  visits: 'flow',
  profileViews: 'flow',
  linkClicks: 'flow',
  likes: 'flow',
  comments: 'flow',
  shares: 'flow',
  posts: 'flow',
  averageViewDuration: 'average',
  averagePercentageViewed: 'average',
  clickThroughRate: 'average',
};

/**
 * What an age split is a share *of* (docs/architecture.md#vocabulary, "basis"): `reach` (unique accounts reached), `views`,
 * `viewers` (unique), `watchTime`, `followers`, `engagedAudience`.
 */
export type Basis = 'reach' | 'views' | 'viewers' | 'watchTime' | 'followers' | 'engagedAudience';

/** Unit of an observation's value: a count, a share 0..1 of the basis, hours, or seconds. */
export type Unit = 'count' | 'share' | 'hours' | 'seconds';

/** Gender as platforms report it; `unknown` = not specified (Meta's `U.`, YouTube's `User-specified`). */
export type Gender = 'female' | 'male' | 'other' | 'unknown';

/** Where a number comes from (docs/architecture.md#vocabulary, "provenance"). */
export type Provenance = 'export' | 'manual' | 'modelled';

/** A closed interval of days, ISO dates `YYYY-MM-DD`, both inclusive. */
export interface Period {
  start: string;
  end: string;
}

/**
 * The `segment` of a whole count that is only an upper bound of the whole: a sum of unique counts over
 * parts, such as the reach of each post of a posts export added up (a person who saw two posts counts
 * twice). It is not a part and not the exact whole: the read model keeps it as a period total marked
 * `bound: 'upper'` (src/core/read-model/import-summary.ts) and shows it as "at most"; whatever adds wholes
 * skips it like any segment, so it is never taken for an exact reach.
 */
export const UPPER_BOUND_SEGMENT = 'bound:upper';

/** True when `o` is a whole count that is only an upper bound ({@link UPPER_BOUND_SEGMENT}). */
export function isUpperBoundSum(o: Pick<Observation, 'segment' | 'ageBand' | 'gender' | 'unit'>): boolean {
  return o.segment === UPPER_BOUND_SEGMENT && o.ageBand === undefined && o.gender === undefined && o.unit === 'count';
}

/**
 * One number of one account (docs/architecture.md#vocabulary, "observation").
 * - `period`: the days it covers (inclusive), or null when the file does not say (a loose YouTube table,
 *   a snapshot with no date).
 * - `ageBand` / `gender`: set when the number is one cell of an age or gender split.
 * - `segment`: any other breakdown key, e.g. a country code, a subscription status or a post/video ID;
 *   observations with a segment are parts of a whole and are never added to totals of the whole
 *   ({@link UPPER_BOUND_SEGMENT} marks a sum over parts that is only an upper bound of the whole).
 * - `value` in `unit`: a count, a share 0..1 (of the metric, which then names the basis), hours or seconds.
 */
export interface Observation {
  metric: Metric;
  period: Period | null;
  ageBand?: AgeBand;
  gender?: Gender;
  segment?: string;
  value: number;
  unit: Unit;
}
