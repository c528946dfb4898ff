// Headline totals over a file's period: flows summed, unique counts summed as an upper bound, followers as the last level (docs/architecture.md#vocabulary).

import { isUpperBoundSum, METRIC_KIND } from '../model/observation';
import type { Metric, Observation } from '../model/observation';
import type { ImportWarning } from '../model/parsed-file';

/** The metrics {@link summariseTotals} reports. */
export type TotalMetric = 'views' | 'reach' | 'viewers' | 'impressions' | 'followers';

/** The metrics of {@link Totals}, in output order. */
export const TOTAL_METRICS: readonly TotalMetric[] = ['views', 'reach', 'viewers', 'impressions', 'followers'];

/**
 * Headline totals, all counts, each null when no observation gives it (never 0 for "unknown"):
 * - `views`, `impressions`: flows, summed over the period;
 * - `reach`, `viewers`: unique counts, summed over the period — an upper bound when more than one
 *   observation was summed (the same person counts once per day; docs/architecture.md#vocabulary);
 * - `followers`: a stock, the level with the latest period end.
 */
export type Totals = Record<TotalMetric, number | null>;

/** {@link summariseTotals}' result: the totals and the warnings about them (code `unique-sum-upper-bound`). */
export interface TotalsSummary {
  totals: Totals;
  warnings: ImportWarning[];
}

/** An observation that counts towards a whole: no age band, gender or segment, unit `count`. */
function isWholeCount(o: Observation): boolean {
  return o.ageBand === undefined && o.gender === undefined && o.segment === undefined && o.unit === 'count';
}

function isTotalMetric(metric: Metric): metric is TotalMetric {
  return (TOTAL_METRICS as readonly string[]).includes(metric);
}

/**
 * Sums an account's headline metrics from `observations` (typically one ParsedFile's).
 * Only observations without `ageBand`, `gender` and `segment` and with unit `count` count, and for reach
 * and viewers a sum over posts marked as an upper bound (segment `bound:upper`, whose format warns that it
 * is one); parts of a split (age, gender, country, per-post rows) and shares are ignored so nothing is
 * counted twice.
 * Flows (views, impressions) are summed. Unique counts (reach, viewers) are summed too; when more than one
 * observation was summed, a warning `unique-sum-upper-bound` (params `metric`, `count` = observations
 * summed, `total`) says the sum is an upper bound. `followers` is the value of the observation with the
 * latest `period.end` (one without a period ranks before any dated one; on a tie, the later one in input
 * order). A metric with no such observation is null. Never throws.
 */
export function summariseTotals(observations: readonly Observation[]): TotalsSummary {
  const totals: Totals = { views: null, reach: null, viewers: null, impressions: null, followers: null };
  const counted: Record<TotalMetric, number> = { views: 0, reach: 0, viewers: 0, impressions: 0, followers: 0 };
  let latestFollowersEnd: string | null = null;

  for (const o of observations) {
    if (!isTotalMetric(o.metric) || !Number.isFinite(o.value)) continue;
    // A sum over posts marked as an upper bound (its format warns so itself) counts for a unique metric only.
    if (!isWholeCount(o) && !(isUpperBoundSum(o) && METRIC_KIND[o.metric] === 'unique')) continue;
    const metric = o.metric;
    counted[metric] += 1;
    if (METRIC_KIND[metric] === 'stock') {
      const end = o.period?.end ?? null;
      // ISO dates compare as strings; '' ranks an undated level before any dated one.
      if (totals[metric] === null || (end ?? '') >= (latestFollowersEnd ?? '')) {
        totals[metric] = o.value;
        latestFollowersEnd = end;
      }
    } else {
      totals[metric] = (totals[metric] ?? 0) + o.value;
    }
  }

  const warnings: ImportWarning[] = [];
  for (const metric of TOTAL_METRICS) {
    const total = totals[metric];
    if (METRIC_KIND[metric] !== 'unique' || counted[metric] < 2 || total === null) continue;
    warnings.push({
      code: 'unique-sum-upper-bound',
      message:
        `${metric} total ${total} is the sum of ${counted[metric]} unique counts (e.g. per day): an upper bound, ` +
        'since the same person can be counted in more than one of them',
      params: { metric, count: counted[metric], total },
    });
  }
  return { totals, warnings };
}
