// Lookups into a reference set: population youth share and counts, platform youth share and use, youth relevance.

import {
  dailyUseId,
  platformYouthShareId,
  populationCountId,
  populationShareId,
  weeklyUseId,
  youthRelevanceListId,
} from './default-figures';
import type { PopulationBand, Region } from './default-figures';
import type { Platform } from '../model/platform';
import { figureById } from './reference-figure';
import type { ReferenceSet, SetFigure } from './reference-figure';

/**
 * The youth share of the population at the same age floor as an account's data:
 * floor 13 → share of 13-24 in the 13+ population (Flanders 2021: 0.1523); floor 18 → share of 18-24 in
 * the 18+ population (0.0950). Returns the figure (value 0..1, or null when a user marked it unknown),
 * or null when the set has no such figure.
 */
export function populationYouthShare(set: ReferenceSet, floor: 13 | 18, region: Region = 'flanders'): SetFigure | null {
  return floor === 13 ? figureById(set, populationShareId(region, '13-24', '13+')) : figureById(set, populationShareId(region, '18-24', '18+'));
}

/**
 * The number of residents of `region` in `band` on 1 January 2021 (e.g. `13-24` → 871,814 in Flanders),
 * or null when the set has no count for that band. Bands with counts: 13-17, 18-24, 13-24, 0-24, 12-17,
 * 12-24, 16-24, and the bases 13+, 18+, total.
 */
export function populationCount(set: ReferenceSet, band: PopulationBand, region: Region = 'flanders'): SetFigure | null {
  return figureById(set, populationCountId(region, band));
}

/** The youth band of an age floor, as a population band: 13 → `13-24`, 18 → `18-24`. */
export function youthBandOfFloor(floor: 13 | 18): PopulationBand {
  return floor === 13 ? '13-24' : '18-24';
}

/**
 * The share 0..1 of `platform`'s Belgian users who are young (Facebook 0.20, Instagram 0.33, TikTok
 * 0.455 (15-24, low confidence); null value for Snapchat, YouTube, X, LinkedIn), or null when absent.
 */
export function platformYouthShare(set: ReferenceSet, platform: Platform): SetFigure | null {
  return figureById(set, platformYouthShareId(platform));
}

/**
 * The share 0..1 of Belgians aged 16-24 who use `platform` daily (SMI Barometer 2025: Instagram 0.834,
 * TikTok 0.72, Snapchat 0.707, Facebook 0.43; YouTube at least 0.516 (2024); X, LinkedIn null value), or
 * null when absent.
 */
export function youthPlatformUse(set: ReferenceSet, platform: Platform): SetFigure | null {
  return figureById(set, dailyUseId(platform));
}

/**
 * Why a platform is or is not youth-relevant: `weekly-use` when a weekly-use figure for 12-24-year-olds is
 * known (it is compared with the threshold); else `daily-use` when young people's daily use is known and
 * at least the threshold (a platform used daily by that share is used weekly by at least as many); else
 * `kpi14-list` when the VRT KPI 14 list names it; else `unknown` (not relevant, and said so: not known is
 * not "under 10 %"). `figureIds` are the figures used.
 */
export interface YouthRelevance {
  platform: Platform;
  relevant: boolean;
  decidedBy: 'weekly-use' | 'daily-use' | 'kpi14-list' | 'unknown';
  figureIds: string[];
}

/**
 * Is `platform` youth-relevant, i.e. used weekly by at least `minWeeklyUse` (share 0..1, default 0.10)
 * of young people (the VRT KPI 14 yardstick)? A known weekly-use figure decides; without one, a known daily
 * use at or above it; else the KPI 14 list (YouTube, Snapchat, TikTok, Instagram listed; Facebook, LinkedIn
 * and X not asked: not known). See {@link YouthRelevance}.
 */
export function youthRelevance(set: ReferenceSet, platform: Platform, minWeeklyUse = 0.1): YouthRelevance {
  const weekly = figureById(set, weeklyUseId(platform));
  if (weekly !== null && weekly.value !== null) {
    return { platform, relevant: weekly.value >= minWeeklyUse, decidedBy: 'weekly-use', figureIds: [weekly.id] };
  }
  const daily = figureById(set, dailyUseId(platform));
  if (daily !== null && daily.value !== null && daily.value >= minWeeklyUse) {
    return { platform, relevant: true, decidedBy: 'daily-use', figureIds: [daily.id] };
  }
  const listed = figureById(set, youthRelevanceListId(platform));
  if (listed !== null && listed.value !== null) {
    return { platform, relevant: listed.value === 1, decidedBy: 'kpi14-list', figureIds: [listed.id] };
  }
  return { platform, relevant: false, decidedBy: 'unknown', figureIds: [] };
}

/** True when `platform` is youth-relevant (see {@link youthRelevance}). */
export function isYouthRelevantPlatform(set: ReferenceSet, platform: Platform, minWeeklyUse = 0.1): boolean {
  return youthRelevance(set, platform, minWeeklyUse).relevant;
}
