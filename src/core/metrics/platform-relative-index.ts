// Platform-relative index: youth share ÷ the platform's own youth share × 100, where that is known (reference-figures.md §4b).

import type { Platform } from '../model/platform';
import { platformYouthShare } from '../reference/lookups';
import type { ReferenceSet } from '../reference/reference-figure';
import { makeTrace } from './trace';
import type { Trace } from './trace';
import type { YouthShareResult } from './youth-share';

/**
 * A platform-relative index (100 = as young as the platform's Belgian users; < 100 = older):
 * `value` null with `unavailable` = `no-platform-figure` when the platform's youth share is not known
 * (YouTube, X, LinkedIn, Snapchat by default), or `floor-18` when the account's youth share covers 18-24
 * only (the platform figures are under-25 shares of users 13+, so they do not compare).
 */
export interface PlatformRelativeIndex {
  value: number | null;
  platformShare: number | null;
  unavailable: 'no-platform-figure' | 'floor-18' | null;
  trace: Trace;
}

/**
 * Platform-relative index = `youthShare ÷ platformYouthShare(platform) × 100` (e.g. an Instagram account
 * at 15 % against Instagram's 33 % → 45.5). Never throws; never divides by an unknown (null) figure.
 */
export function platformRelativeIndex(youthShare: YouthShareResult, platform: Platform, set: ReferenceSet): PlatformRelativeIndex {
  const figure = platformYouthShare(set, platform);
  const platformShare = figure?.value ?? null;
  let value: number | null = null;
  let unavailable: PlatformRelativeIndex['unavailable'] = null;
  if (platformShare === null || platformShare <= 0) unavailable = 'no-platform-figure';
  else if (youthShare.floor !== 13) unavailable = 'floor-18';
  else value = (youthShare.value / platformShare) * 100;
  return {
    value,
    platformShare,
    unavailable,
    trace: makeTrace({
      metric: 'platform-relative-index',
      formula: `platformRelativeIndex = youthShare ÷ platformYouthShare(${platform}) × 100`,
      inputs: [
        { name: 'youthShare', value: youthShare.value, unit: 'share' },
        { name: `platformYouthShare(${platform})`, value: platformShare, unit: 'share', ...(figure ? { figureId: figure.id } : {}) },
      ],
      referenceIds: figure ? [figure.id] : [],
      parts: [youthShare.trace],
    }),
  };
}
