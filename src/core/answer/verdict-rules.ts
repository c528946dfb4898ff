// The named verdict rules of DESIGN.md §5: unknown, insufficient, sufficient, partly sufficient — for an entity or all entities together.

import type { Platform } from '../model/platform';
import { PLATFORMS } from '../model/platform';
import { weightedIndex } from '../metrics/weighted-index';
import { isYouthRelevantPlatform } from '../reference/lookups';
import type { ReferenceSet } from '../reference/reference-figure';
import type { Thresholds } from '../reference/thresholds';
import type { AccountMetrics, Reason, VerdictResult } from './answer-types';

/** The accounts a verdict is judged over, and the platforms where the scope has an account with age data. */
export interface VerdictScope {
  accounts: readonly AccountMetrics[];
  /** Platforms where the scope's presence is `account-with-data`. */
  platformsWithData: readonly Platform[];
  /** Youth-relevant platforms whose presence is `unknown` (reported, never counted as absent). */
  unknownPresence: readonly Platform[];
}

function accountReason(m: AccountMetrics): Reason {
  return {
    rule: 'account-index',
    key: 'answer.reason.accountIndex',
    params: {
      platform: m.platform,
      accountName: m.name,
      youthShare: m.youthShare?.value ?? null,
      floor: m.youthShare?.floor ?? null,
      basis: m.youthShare?.basis ?? null,
      populationShare: m.index?.populationShare ?? null,
      index: m.index?.value ?? null,
      band: m.index?.band ?? null,
    },
    traces: m.index ? [m.index.trace] : [],
  };
}

/**
 * Applies the verdict rules, in this order (each a named rule, DESIGN.md §5):
 * 1. `verdict-unknown`: no judged account (no account with age data, or only accounts whose youth bands
 *    have fewer than `minReachedPerBand` reached, or whose population figure is unknown);
 * 2. `verdict-insufficient`: every judged account has an index < `underIndex`;
 * 3. `verdict-sufficient`: the weighted index (audience size = reach, else followers; equal weights when a
 *    size is unknown) is ≥ `underIndex` AND the scope has an account with age data on at least
 *    `minYouthPlatformsWithData` youth-relevant platforms;
 * 4. `verdict-partly-sufficient`: anything else.
 * Reasons: one `account-index` per account with an index, `insufficient-data` / `no-reference` for
 * accounts left out, then the rule's own reason(s), and `presence-unknown` when youth platforms are not known.
 */
export function judgeVerdict(scope: VerdictScope, set: ReferenceSet, thresholds: Thresholds): VerdictResult {
  const reasons: Reason[] = [];
  const withIndex = scope.accounts.filter((m) => m.index !== null);
  for (const m of withIndex) reasons.push(accountReason(m));
  for (const m of scope.accounts) {
    if (m.index === null) continue;
    if (m.index.value === null) {
      reasons.push({ rule: 'no-reference', key: 'answer.reason.noReference', params: { platform: m.platform, accountName: m.name, floor: m.index.floor }, traces: [m.index.trace] });
    } else if (m.index.band === 'insufficient-data') {
      reasons.push({
        rule: 'insufficient-data',
        key: 'answer.reason.insufficientData',
        params: { platform: m.platform, accountName: m.name, youthCount: m.youthShare?.youthCount ?? null, minCount: thresholds.minReachedPerBand },
        traces: [m.index.trace],
      });
    }
  }
  const judged = scope.accounts.filter((m) => m.judged);
  const youthPlatformsWithData = PLATFORMS.filter(
    (p) => scope.platformsWithData.includes(p) && isYouthRelevantPlatform(set, p, thresholds.relevantPlatformWeeklyUse),
  );
  if (scope.unknownPresence.length > 0) {
    reasons.push({ rule: 'presence-unknown', key: 'answer.reason.presenceUnknown', params: { platforms: scope.unknownPresence.join(', '), count: scope.unknownPresence.length }, traces: [] });
  }

  if (judged.length === 0) {
    reasons.unshift({
      rule: 'verdict-unknown',
      key: 'answer.reason.noAgeData',
      params: { accountCount: scope.accounts.length, withAgeDataCount: withIndex.length },
      traces: [],
    });
    return { verdict: 'unknown', rule: 'verdict-unknown', reasons, weightedIndex: null, youthPlatformsWithData };
  }

  const weighted = weightedIndex(
    judged.map((m) => ({
      accountId: m.accountId,
      index: m.index!.value!,
      audienceSize: m.audienceSize?.value ?? null,
      audienceMetric: m.audienceSize?.metric ?? null,
      trace: m.index!.trace,
    })),
  )!;

  if (judged.every((m) => m.index!.value! < thresholds.underIndex)) {
    const highest = Math.max(...judged.map((m) => m.index!.value!));
    reasons.unshift({
      rule: 'verdict-insufficient',
      key: 'answer.reason.allUnderRepresented',
      params: { accountCount: judged.length, highestIndex: highest, underIndex: thresholds.underIndex },
      traces: judged.map((m) => m.index!.trace),
    });
    return { verdict: 'insufficient', rule: 'verdict-insufficient', reasons, weightedIndex: weighted, youthPlatformsWithData };
  }

  const indexOk = weighted.value >= thresholds.underIndex;
  const platformsOk = youthPlatformsWithData.length >= thresholds.minYouthPlatformsWithData;
  const ruleReasons: Reason[] = [
    {
      rule: 'weighted-index',
      key: indexOk ? 'answer.reason.weightedIndexMet' : 'answer.reason.weightedIndexNotMet',
      params: { weightedIndex: weighted.value, underIndex: thresholds.underIndex, weighting: weighted.weighting, accountCount: judged.length, unweightedCount: weighted.unweighted.length },
      traces: [weighted.trace],
    },
    {
      rule: 'youth-platforms-with-data',
      key: platformsOk ? 'answer.reason.youthPlatformsMet' : 'answer.reason.youthPlatformsNotMet',
      params: { platformCount: youthPlatformsWithData.length, requiredCount: thresholds.minYouthPlatformsWithData, platforms: youthPlatformsWithData.join(', ') },
      traces: [],
    },
  ];
  reasons.unshift(...ruleReasons);
  if (indexOk && platformsOk) return { verdict: 'sufficient', rule: 'verdict-sufficient', reasons, weightedIndex: weighted, youthPlatformsWithData };
  return { verdict: 'partly-sufficient', rule: 'verdict-partly-sufficient', reasons, weightedIndex: weighted, youthPlatformsWithData };
}
