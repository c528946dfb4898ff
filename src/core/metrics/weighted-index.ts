// Audience-weighted representation index over several accounts (DESIGN.md §5, rule "sufficient").

import { makeTrace } from './trace';
import type { Trace } from './trace';

/** One account's index (100 = proportional) and its audience size (reach, else followers; null = unknown). */
export interface WeightedIndexItem {
  accountId: string;
  index: number;
  audienceSize: number | null;
  audienceMetric: 'reach' | 'followers' | null;
  trace: Trace;
}

/**
 * The weighted index: `value` = Σ(index × audienceSize) ÷ Σ audienceSize when every item has an audience
 * size above 0 (`weighting: 'audience'`); otherwise the plain mean of the indexes (`weighting: 'equal'`,
 * and `unweighted` lists the accounts without a size). A weighting that mixed known and guessed sizes
 * would hide which accounts decide the number, so a single missing size makes it equal for all.
 */
export interface WeightedIndex {
  value: number;
  weighting: 'audience' | 'equal';
  unweighted: string[];
  trace: Trace;
}

/** The weighted index of `items`, or null for an empty list. Never throws. */
export function weightedIndex(items: readonly WeightedIndexItem[]): WeightedIndex | null {
  if (items.length === 0) return null;
  const unweighted = items.filter((i) => i.audienceSize === null || !(i.audienceSize > 0)).map((i) => i.accountId);
  const byAudience = unweighted.length === 0;
  let value: number;
  if (byAudience) {
    const totalWeight = items.reduce((s, i) => s + (i.audienceSize ?? 0), 0);
    value = items.reduce((s, i) => s + i.index * (i.audienceSize ?? 0), 0) / totalWeight;
  } else {
    value = items.reduce((s, i) => s + i.index, 0) / items.length;
  }
  return {
    value,
    weighting: byAudience ? 'audience' : 'equal',
    unweighted,
    trace: makeTrace({
      metric: 'weighted-index',
      formula: byAudience
        ? 'weightedIndex = Σ(index × audienceSize) ÷ Σ audienceSize (audienceSize = reach, else followers)'
        : 'weightedIndex = Σ index ÷ number of accounts (equal weights: an audience size is not known)',
      inputs: items.flatMap((i) => [
        { name: `index ${i.accountId}`, value: i.index, unit: 'index' as const, accountId: i.accountId },
        { name: `audienceSize ${i.accountId}${i.audienceMetric ? ` (${i.audienceMetric})` : ''}`, value: i.audienceSize, unit: 'count' as const, accountId: i.accountId },
      ]),
      parts: items.map((i) => i.trace),
    }),
  };
}
