// Trend of an account's youth share over periods: change in percentage points between consecutive periods and its direction.

import type { Period } from '../model/observation';
import type { AgeFloor } from './age-composition';
import { makeTrace, NO_SOURCE } from './trace';
import type { SourceRef, Trace } from './trace';

/** One period's youth share (0..1) with its age floor and where it came from. */
export interface TrendPoint {
  period: Period;
  youthShare: number;
  floor: AgeFloor;
  source?: SourceRef;
}

/** Direction of a change: beyond ± the tolerance (percentage points) it is rising or falling, else flat. */
export type TrendDirection = 'rising' | 'falling' | 'flat';

/**
 * The change between two consecutive periods: `changePoints` = (later − earlier) × 100 in percentage
 * points, or null (direction null) when the two floors differ (13+ and 18+ shares do not compare).
 */
export interface TrendChange {
  from: Period;
  to: Period;
  changePoints: number | null;
  direction: TrendDirection | null;
}

/**
 * A youth-share trend: the points oldest first, the change between each pair of consecutive points,
 * `latest` = the last change (the period against the previous one) and `direction` its direction
 * (null with fewer than two points or when the floors differ).
 */
export interface YouthShareTrend {
  points: TrendPoint[];
  changes: TrendChange[];
  latest: TrendChange | null;
  direction: TrendDirection | null;
  trace: Trace;
}

/** The direction of a change of `points` percentage points with `tolerancePoints` tolerance (|change| ≤ tolerance = flat). */
export function trendDirection(points: number, tolerancePoints: number): TrendDirection {
  if (points > tolerancePoints) return 'rising';
  if (points < -tolerancePoints) return 'falling';
  return 'flat';
}

/**
 * The trend of `points` (any order; sorted by period start, then end). Throws `Error` when
 * `tolerancePoints` is negative or not finite.
 */
export function youthShareTrend(points: readonly TrendPoint[], tolerancePoints = 1): YouthShareTrend {
  if (!Number.isFinite(tolerancePoints) || tolerancePoints < 0) throw new Error(`youthShareTrend: tolerance must be ≥ 0, got ${tolerancePoints}`);
  const sorted = [...points].sort((a, b) => a.period.start.localeCompare(b.period.start) || a.period.end.localeCompare(b.period.end));
  const changes: TrendChange[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    const changePoints = a.floor === b.floor ? (b.youthShare - a.youthShare) * 100 : null;
    changes.push({ from: a.period, to: b.period, changePoints, direction: changePoints === null ? null : trendDirection(changePoints, tolerancePoints) });
  }
  const latest = changes.at(-1) ?? null;
  return {
    points: sorted,
    changes,
    latest,
    direction: latest?.direction ?? null,
    trace: makeTrace({
      metric: 'youth-share-trend',
      formula: 'change (points) = (youthShare(period) − youthShare(previous period)) × 100; |change| ≤ tolerance = flat',
      inputs: [
        ...sorted.map((p) => ({ name: `youthShare ${p.period.start}…${p.period.end}`, value: p.youthShare, unit: 'share' as const })),
        { name: 'trendTolerancePoints', value: tolerancePoints, unit: 'points', threshold: 'trendTolerancePoints' },
      ],
      sources: sorted.map((p) => p.source ?? NO_SOURCE),
    }),
  };
}
