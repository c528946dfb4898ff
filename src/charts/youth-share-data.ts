// Turns overview rows into chart-sized points: one per account with age data, with its population marker.

import { PLATFORM_LABELS, PLATFORMS } from '../core/model/platform';
import type { Platform } from '../core/model/platform';
import type { Basis, Period } from '../core/model/observation';
import { populationYouthShare } from '../core/reference/lookups';
import { populationShareFigure } from '../core/read-model/account-figures';
import type { YouthBand } from '../core/read-model/youth-band';
import type { NoShareReason } from '../core/read-model/account-figures';
import type { ReferenceSet } from '../core/reference/reference-figure';
import type { ChartCell } from './chart-spec';

/** The part of an overview row (`src/core/answer/overview-rows.ts`, `OverviewRow`) the chart reads. */
export interface YouthShareInput {
  accountId: string;
  entityName: string;
  platform: Platform;
  youthShare: number | null;
  youthAgeFloor: 13 | 18 | null;
  /** What the share is a share of (followers, reach, viewers, views …); null or absent when not known. */
  basis?: Basis | null;
  /** The period of the account's age split, inclusive ISO dates; null when the export does not say. */
  period?: Period | null;
  /** The population's share of the same youth band at the same floor (the read model's reference share); absent: by floor from the reference set. */
  populationShare?: number | null;
  /** Without a youth share: why (an undated split and a split without the band's ages are counted apart). */
  noShare?: { reason: NoShareReason };
}

/**
 * The Flemish population's share of the youth band `band` per age floor (shares 0..1) in the reference set
 * in use (the shipped figures with the user's overrides): at floor 13 the band's share of 13+, at floor 18
 * the share of 18-24 in 18+ (13-24 starts at 18 there; 13-17 has none: null). Null also when the figure is
 * unknown (a user marked it unknown, or the set lacks it) — never 0.
 */
export type PopulationShares = Readonly<{ band: YouthBand } & Record<13 | 18, number | null>>;

/**
 * {@link PopulationShares} of `band` from a reference set: 13-24 → 13-24 of 13+ and 18-24 of 18+
 * (`populationYouthShare`, 0.1523 and 0.0950 by default); 18-24 → 18-24 of 13+ (0.0889) and of 18+;
 * 13-17 → 13-17 of 13+ (0.0633) and none at 18 (Statbel 2021, docs/method.md).
 */
export function populationSharesOf(set: ReferenceSet, band: YouthBand = '13-24'): PopulationShares {
  if (band === '13-24') return { band, 13: populationYouthShare(set, 13)?.value ?? null, 18: populationYouthShare(set, 18)?.value ?? null };
  return {
    band,
    13: populationShareFigure(set, band, 13)?.value ?? null,
    18: band === '13-17' ? null : (populationShareFigure(set, '18-24', 18)?.value ?? null),
  };
}

/**
 * One bar: `youthShare` and `population` are shares 0..1; `population` is the Flemish population's youth
 * share at the bar's own age floor in the reference set in use (defaults 13-24 of 13+ = 0.1523, 18-24 of
 * 18+ = 0.0950; Statbel 2021), or null when that figure is unknown (no marker is drawn). `label` is
 * `Entity · Platform`.
 */
export interface YouthSharePoint {
  key: string;
  label: string;
  entityName: string;
  platform: Platform;
  platformLabel: string;
  period: Period | null;
  youthShare: number;
  population: number | null;
  ageFloor: 13 | 18;
  /** What `youthShare` is a share of: followers, reach, viewers, views …; null when not known. */
  basis: Basis | null;
}

/** The chart's points, how many accounts were left out for lack of age data, and how many because their split has no period of its own. */
export interface YouthShareChartData {
  points: YouthSharePoint[];
  withoutAgeData: number;
  undatedSplits: number;
  /** Accounts whose split lacks the chosen band (13-17 of a split that starts at 18). */
  bandUnavailable: number;
  /** Accounts with nothing at all in the chosen period (`no-data-in-period`). */
  noPeriodData: number;
}

/**
 * Keeps the rows that have a youth share and an age floor, in their given order, and counts the others
 * (an account without age data is never drawn as 0). Each point's `population` comes from `reference`
 * (the set in use, with the user's overrides: `referenceFromOverrides(...).set`).
 */
export function toYouthShareChartData(rows: readonly YouthShareInput[], reference: ReferenceSet): YouthShareChartData {
  const population = populationSharesOf(reference);
  const points: YouthSharePoint[] = [];
  let withoutAgeData = 0;
  let undatedSplits = 0;
  let bandUnavailable = 0;
  let noPeriodData = 0;
  for (const row of rows) {
    if (row.youthShare === null || row.youthAgeFloor === null) {
      if (row.noShare?.reason === 'undated-split') undatedSplits += 1;
      else if (row.noShare?.reason === 'band-unavailable') bandUnavailable += 1;
      else if (row.noShare?.reason === 'no-data-in-period') noPeriodData += 1;
      else withoutAgeData += 1;
      continue;
    }
    const platformLabel = PLATFORM_LABELS[row.platform];
    points.push({
      key: row.accountId,
      label: `${row.entityName} · ${platformLabel}`,
      entityName: row.entityName,
      platform: row.platform,
      platformLabel,
      period: row.period ?? null,
      youthShare: row.youthShare,
      population: row.populationShare !== undefined ? row.populationShare : population[row.youthAgeFloor],
      ageFloor: row.youthAgeFloor,
      basis: row.basis ?? null,
    });
  }
  return { points, withoutAgeData, undatedSplits, bandUnavailable, noPeriodData };
}

/**
 * The upper end of the percent axis: the largest youth share or population marker, rounded up to the
 * next 5 percentage points (at least 0.2), as a share 0..1. E.g. max 0.3412 → 0.35.
 */
export function percentAxisMax(points: readonly YouthSharePoint[]): number {
  let max = 0;
  for (const p of points) max = Math.max(max, p.youthShare, p.population ?? 0);
  const steps = Math.ceil(Math.round(max * 10000) / 500); // 5-point steps, guarded against 0.35000000001
  return Math.max(0.2, Math.min(1, (steps * 5) / 100));
}

/** The accounts with the highest and the lowest youth share (the first in order on a tie); null when empty. */
export function youthShareExtremes(
  points: readonly YouthSharePoint[],
): { highest: YouthSharePoint; lowest: YouthSharePoint } | null {
  const first = points[0];
  if (!first) return null;
  let highest = first;
  let lowest = first;
  for (const p of points) {
    if (p.youthShare > highest.youthShare) highest = p;
    if (p.youthShare < lowest.youthShare) lowest = p;
  }
  return { highest, lowest };
}

/**
 * The span of the points' periods: the earliest start to the latest end (ISO dates, inclusive), whether
 * some point has no period, or null for the span when none has one.
 * E.g. 2025-09-01..2025-09-30 and 2025-08-01..2025-08-31 → 2025-08-01..2025-09-30.
 */
export function periodSpan(points: readonly { period: Period | null }[]): { span: Period | null; someUnknown: boolean } {
  let start: string | null = null;
  let end: string | null = null;
  let someUnknown = false;
  for (const { period } of points) {
    if (!period) {
      someUnknown = true;
      continue;
    }
    if (start === null || period.start < start) start = period.start;
    if (end === null || period.end > end) end = period.end;
  }
  return { span: start !== null && end !== null ? { start, end } : null, someUnknown };
}

/** The platforms the points come from, in the interface's platform order (PLATFORMS), each once. */
export function pointPlatforms(points: readonly YouthSharePoint[]): Platform[] {
  const present = new Set(points.map((p) => p.platform));
  return PLATFORMS.filter((platform) => present.has(platform));
}

/**
 * The rows of the chart's data table and CSV, one per bar in chart order, cells in the order of the
 * columns entity, platform, youth share (share 0..1), its basis (`basisText` of it: `weergaven`,
 * `volgers` …; null when not known), age floor (`13+`/`18+`), population share at that floor (0..1,
 * null when unknown): Ketnet YouTube → `['Ketnet', 'YouTube', 0.601, 'weergaven', '13+', 0.1523]`.
 */
export function youthShareRows(points: readonly YouthSharePoint[], basisText: (basis: Basis) => string): ChartCell[][] {
  return points.map((p) => [p.entityName, p.platformLabel, p.youthShare, p.basis ? basisText(p.basis) : null, `${p.ageFloor}+`, p.population]);
}
