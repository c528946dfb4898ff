// Turns overview rows into chart-sized points: one per account with age data, with its population marker.

import { PLATFORM_LABELS } from '../core/model/platform';
import type { Platform } from '../core/model/platform';
import { POPULATION_YOUTH_SHARE } from '../core/reference/population';

/** The part of an overview row (`src/db/overview-repo.ts`, `OverviewRow`) the chart reads. */
export interface YouthShareInput {
  accountId: string;
  entityName: string;
  platform: Platform;
  youthShare: number | null;
  youthAgeFloor: 13 | 18 | null;
}

/**
 * One bar: `youthShare` and `population` are shares 0..1; `population` is the Flemish population's youth
 * share at the bar's own age floor (13-24 of 13+ = 0.1523, 18-24 of 18+ = 0.0950; Statbel 2021,
 * `src/core/reference/population.ts`). `label` is `Entity · Platform`.
 */
export interface YouthSharePoint {
  key: string;
  label: string;
  entityName: string;
  platformLabel: string;
  youthShare: number;
  population: number;
  ageFloor: 13 | 18;
}

/** The chart's points and how many accounts were left out for lack of age data. */
export interface YouthShareChartData {
  points: YouthSharePoint[];
  withoutAgeData: number;
}

/**
 * Keeps the rows that have a youth share and an age floor, in their given order, and counts the others
 * (an account without age data is never drawn as 0).
 */
export function toYouthShareChartData(rows: readonly YouthShareInput[]): YouthShareChartData {
  const points: YouthSharePoint[] = [];
  let withoutAgeData = 0;
  for (const row of rows) {
    if (row.youthShare === null || row.youthAgeFloor === null) {
      withoutAgeData += 1;
      continue;
    }
    const platformLabel = PLATFORM_LABELS[row.platform];
    points.push({
      key: row.accountId,
      label: `${row.entityName} · ${platformLabel}`,
      entityName: row.entityName,
      platformLabel,
      youthShare: row.youthShare,
      population: POPULATION_YOUTH_SHARE[row.youthAgeFloor].value,
      ageFloor: row.youthAgeFloor,
    });
  }
  return { points, withoutAgeData };
}

/**
 * The upper end of the percent axis: the largest youth share or population marker, rounded up to the
 * next 5 percentage points (at least 0.2), as a share 0..1. E.g. max 0.3412 → 0.35.
 */
export function percentAxisMax(points: readonly YouthSharePoint[]): number {
  let max = 0;
  for (const p of points) max = Math.max(max, p.youthShare, p.population);
  const steps = Math.ceil(Math.round(max * 10000) / 500); // 5-point steps, guarded against 0.35000000001
  return Math.max(0.2, Math.min(1, (steps * 5) / 100));
}
