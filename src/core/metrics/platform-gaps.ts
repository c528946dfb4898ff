// Platform gaps: youth-relevant platforms where an entity has no account (only a user-set "no account" counts) (docs/method.md#figures).

import type { Platform } from '../model/platform';
import { PLATFORMS } from '../model/platform';
import { youthPlatformUse, youthRelevance } from '../reference/lookups';
import type { YouthRelevance } from '../reference/lookups';
import type { ReferenceSet, SetFigure } from '../reference/reference-figure';
import type { Thresholds } from '../reference/thresholds';
import type { Presence } from './presence';
import { makeTrace } from './trace';
import type { Trace } from './trace';

/** A platform gap: the platform, why it is youth-relevant, young people's daily use of it (if known), and the trace. */
export interface PlatformGap {
  platform: Platform;
  relevance: YouthRelevance;
  dailyUse: SetFigure | null;
  trace: Trace;
}

/**
 * The platforms (in {@link PLATFORMS} order) that are youth-relevant (`youthRelevance` with
 * `thresholds.relevantPlatformWeeklyUse`) and where `presence` is `no-account`. `unknown` is never a gap.
 */
export function platformGaps(
  presence: Partial<Record<Platform, Presence>>,
  set: ReferenceSet,
  thresholds: Pick<Thresholds, 'relevantPlatformWeeklyUse'>,
): PlatformGap[] {
  const gaps: PlatformGap[] = [];
  for (const platform of PLATFORMS) {
    if (presence[platform] !== 'no-account') continue;
    const relevance = youthRelevance(set, platform, thresholds.relevantPlatformWeeklyUse);
    if (!relevance.relevant) continue;
    const dailyUse = youthPlatformUse(set, platform);
    gaps.push({
      platform,
      relevance,
      dailyUse,
      trace: makeTrace({
        metric: 'platform-gap',
        formula: `gap = youth-relevant(${platform}) AND presence(${platform}) = no account`,
        inputs: [
          { name: 'presence', value: 'no-account', unit: 'text' },
          { name: 'youth-relevant', value: 1, unit: 'flag', ...(relevance.figureIds[0] ? { figureId: relevance.figureIds[0] } : {}) },
          { name: 'relevantPlatformWeeklyUse', value: thresholds.relevantPlatformWeeklyUse, unit: 'share', threshold: 'relevantPlatformWeeklyUse' },
          ...(dailyUse ? [{ name: 'daily use 16-24', value: dailyUse.value, unit: 'share' as const, figureId: dailyUse.id }] : []),
        ],
        referenceIds: [...relevance.figureIds, ...(dailyUse ? [dailyUse.id] : [])],
      }),
    });
  }
  return gaps;
}
