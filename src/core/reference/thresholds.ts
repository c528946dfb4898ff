// The editable thresholds the metrics and the answer use, with their defaults and sources (docs/method.md#thresholds).
// No official Flemish target exists for any of them: each is a proposal that says so, except where a source is given.

import { errorMessage } from '../model/errors';
import { problem, ProblemError } from '../model/problem';
import type { Problem } from '../model/problem';
import type { FigureSource } from './reference-figure';

/**
 * Thresholds (a settings screen edits them; plain JSON, stored under a settings key):
 * - `underIndex` / `overIndex`: representation index bands — index < underIndex = under-represented,
 *   underIndex..overIndex (inclusive) = proportional, > overIndex = over-represented (defaults 80, 120);
 * - `minReachedPerBand`: a youth band with fewer people (accounts) reached than this, where counts are
 *   known, gives `insufficient-data` (default 100);
 * - `relevantPlatformWeeklyUse`: share 0..1 of 12-24-year-olds using a platform weekly that makes it a
 *   youth-relevant platform when a weekly-use figure is known (default 0.10);
 * - `concentrationShare`: share 0..1 of an entity's estimated youth reach on one platform above which the
 *   reach is "concentrated" (default 0.8);
 * - `minYouthCoverage`: share 0..1 of the Flemish residents of the youth band that an entity must reach as
 *   young people (followers, reach or viewers × youth share) for its reach to count as met (default 0.01 =
 *   1 %, about 8.700 young people aged 13-24; a proposal without an official norm);
 * - `trendTolerancePoints`: a change of youth share within ± this many percentage points is `flat`
 *   (default 1).
 */
export interface Thresholds {
  underIndex: number;
  overIndex: number;
  minReachedPerBand: number;
  relevantPlatformWeeklyUse: number;
  concentrationShare: number;
  minYouthCoverage: number;
  trendTolerancePoints: number;
}

/** The default thresholds: proposals of Youth Reach (no official Flemish norm exists), except `relevantPlatformWeeklyUse` (VRT KPI 14) and `minReachedPerBand` (Instagram's privacy threshold). */
export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = {
  underIndex: 80,
  overIndex: 120,
  minReachedPerBand: 100,
  relevantPlatformWeeklyUse: 0.1,
  concentrationShare: 0.8,
  minYouthCoverage: 0.01,
  trendTolerancePoints: 1,
};

/** Where each default threshold comes from (shown beside it in settings). */
export const THRESHOLD_SOURCES: Readonly<Record<keyof Thresholds, FigureSource>> = {
  underIndex: {
    text: 'Proposal without an official norm: below 80 under-represented; the index itself is the media-planning selectiviteitsindex',
    url: 'https://www.mediaspecs.be/glossary/selectiviteitsindex/',
  },
  overIndex: {
    text: 'Proposal without an official norm: above 120 over-represented',
    url: 'https://www.mediaspecs.be/glossary/selectiviteitsindex/',
  },
  minReachedPerBand: {
    text: "Mirrors Instagram's privacy threshold of about 100 people per demographic breakdown",
    url: 'https://www.ayrshare.com/docs/help-center/technical-support/instagram_analytics_demographics_warning.md',
  },
  relevantPlatformWeeklyUse: {
    text: 'VRT management agreement KPI 14: platforms used weekly by at least 10 % of 12-24-year-olds',
    url: 'https://vlaamseregulatormedia.be/nl/over-vrm/rapporten/2022/toezichtsrapport-vrt/toezichtsrapport-vrt-2022/strategische-doelstelling-2-5',
  },
  concentrationShare: { text: 'Proposal without an official norm', url: null },
  minYouthCoverage: { text: 'Proposal without an official norm: 1 % of the Flemish residents of the youth band (Statbel)', url: null },
  trendTolerancePoints: { text: 'Proposal without an official norm', url: null },
};

/** Threshold keys that are shares 0..1. */
const SHARE_THRESHOLDS: readonly (keyof Thresholds)[] = ['relevantPlatformWeeklyUse', 'concentrationShare', 'minYouthCoverage'];

/**
 * The coded problems of `thresholds` (empty when they hold), with `params.key` (and `params.field`, the key
 * of the field to mark) naming the threshold: `threshold-not-number` for a value that is not a finite
 * number, `threshold-negative` for one below 0, `threshold-order` when `underIndex` > `overIndex` (fields `underIndex` and
 * `overIndex`), `threshold-share` for a share above 1. The `message` is English.
 */
export function thresholdProblems(thresholds: Thresholds): Problem[] {
  const found: Problem[] = [];
  for (const [k, v] of Object.entries(thresholds)) {
    const message = `threshold ${k} must be a non-negative number, got ${String(v)}`;
    if (typeof v !== 'number' || !Number.isFinite(v)) found.push(problem('threshold-not-number', message, { key: k, field: k }));
    else if (v < 0) found.push(problem('threshold-negative', message, { key: k, field: k }));
  }
  if (found.length > 0) return found;
  if (thresholds.underIndex > thresholds.overIndex) {
    found.push(problem('threshold-order', 'threshold underIndex must not exceed overIndex', { key: 'underIndex', field: 'underIndex', otherField: 'overIndex' }));
  }
  for (const k of SHARE_THRESHOLDS) {
    if (thresholds[k] > 1) found.push(problem('threshold-share', `threshold ${k} is a share 0..1`, { key: k, field: k }));
  }
  return found;
}

/**
 * Checks `thresholds` and returns it. Throws a `ProblemError` carrying the first of
 * {@link thresholdProblems} (a value not finite or negative, `underIndex` > `overIndex`, a share above 1).
 */
export function validateThresholds(thresholds: Thresholds): Thresholds {
  const first = thresholdProblems(thresholds)[0];
  if (first) throw new ProblemError(first);
  return thresholds;
}

/**
 * Thresholds from a stored setting value: every known key holding a finite number replaces the default
 * ({@link DEFAULT_THRESHOLDS}); other keys are ignored. When the result fails {@link validateThresholds}, the
 * defaults are returned with `problem` set to the validation message. `undefined` (never set) gives the defaults.
 */
export function thresholdsFromSetting(value: unknown): { thresholds: Thresholds; problem: string | null } {
  const merged: Thresholds = { ...DEFAULT_THRESHOLDS };
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[]) {
      const v = (value as Record<string, unknown>)[key];
      if (typeof v === 'number' && Number.isFinite(v)) merged[key] = v;
    }
  }
  try {
    return { thresholds: validateThresholds(merged), problem: null };
  } catch (error) {
    return { thresholds: { ...DEFAULT_THRESHOLDS }, problem: errorMessage(error) };
  }
}
