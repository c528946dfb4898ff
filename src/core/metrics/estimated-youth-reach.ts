// Estimated youth reach: the period's reach (or viewers, or views) × youth share, a proxy when the split is of followers (DESIGN.md §4).

import type { AgeFloor } from './age-composition';
import { makeTrace } from './trace';
import type { SourceRef, Trace } from './trace';
import type { YouthShareResult } from './youth-share';

/** What an estimated youth reach multiplies: unique accounts reached, unique viewers, or views (not people). */
export type ReachMetric = 'reach' | 'viewers' | 'views';

/**
 * An account's audience size for one period: `value` (count) of `metric`; `upperBound` when it is a sum
 * of unique counts (e.g. daily reach summed over a month, `totals.ts`); `source` where it came from.
 */
export interface ReachInput {
  metric: ReachMetric;
  value: number;
  upperBound: boolean;
  source: SourceRef;
}

/**
 * Estimated youth reach (count) with its trace:
 * - `multiplies`: what was multiplied (the figure is "estimated young reach" / "young viewers" / "views by young people");
 * - `proxy`: true when the youth share's basis is `followers` — followers' ages stand in for the reached audience's;
 * - `upperBound`: true when the reach was itself an upper bound;
 * - `floor`: the youth share's age floor (13: ages 13-24, 18: ages 18-24).
 */
export interface EstimatedYouthReach {
  value: number;
  multiplies: ReachMetric;
  proxy: boolean;
  upperBound: boolean;
  floor: AgeFloor;
  trace: Trace;
}

/**
 * Picks what to multiply from an account's totals: reach first, then viewers, then views (counts; null
 * or non-finite values are skipped). Returns null when none is known.
 */
export function pickReach(totals: Partial<Record<ReachMetric, number | null>>): { metric: ReachMetric; value: number } | null {
  for (const metric of ['reach', 'viewers', 'views'] as const) {
    const v = totals[metric];
    if (typeof v === 'number' && Number.isFinite(v)) return { metric, value: v };
  }
  return null;
}

/**
 * Estimated youth reach = `reach.value × youthShare.value` (DESIGN.md §4), named by what it multiplies.
 * Flagged as a proxy when the youth share's basis is `followers`. Throws `Error` when `reach.value` is
 * negative or not finite.
 */
export function estimatedYouthReach(reach: ReachInput, youthShare: YouthShareResult): EstimatedYouthReach {
  if (!Number.isFinite(reach.value) || reach.value < 0) throw new Error(`estimatedYouthReach: ${reach.metric} must be a non-negative count, got ${reach.value}`);
  const proxy = youthShare.basis === 'followers';
  return {
    value: reach.value * youthShare.value,
    multiplies: reach.metric,
    proxy,
    upperBound: reach.upperBound,
    floor: youthShare.floor,
    trace: makeTrace({
      metric: 'estimated-youth-reach',
      formula: `estimatedYouthReach = ${reach.metric} × youthShare${proxy ? ' (proxy: youth share of followers, not of the reached audience)' : ''}`,
      inputs: [
        { name: reach.metric, value: reach.value, unit: 'count' },
        { name: 'youthShare', value: youthShare.value, unit: 'share' },
      ],
      sources: [reach.source],
      parts: [youthShare.trace],
    }),
  };
}
