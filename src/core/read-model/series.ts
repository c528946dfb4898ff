// A stitched metric over time, by day, ISO week or month: the buckets of a period with their sums (flows),
// sums as upper bounds (unique counts) or last levels (followers), and gaps kept as gaps.

import type { Period } from '../model/observation';
import { seriesPoints } from './account-history';
import type { AccountHistory } from './account-history';
import { dayToIso, isoToDay } from './import-summary';
import type { SeriesMetric } from './import-summary';

/** How a series is bucketed. */
export type Granularity = 'day' | 'week' | 'month';

/**
 * One bucket: its days (`start`…`end`, ISO, clipped to the period), the value (null = no day with data:
 * a gap, never 0), and on how many of its days there was data.
 */
export interface SeriesBucket {
  start: string;
  end: string;
  value: number | null;
  days: number;
  of: number;
}

/** The granularity that keeps a period's chart readable: days up to 92 days, weeks up to 2 years, months beyond. */
export function defaultGranularity(period: Period): Granularity {
  const days = isoToDay(period.end) - isoToDay(period.start) + 1;
  return days <= 92 ? 'day' : days <= 731 ? 'week' : 'month';
}

/** The first day of the bucket that holds `day` (ISO weeks start on Monday). */
function bucketStart(day: number, g: Granularity): number {
  if (g === 'day') return day;
  if (g === 'week') return day - ((new Date(day * 86_400_000).getUTCDay() + 6) % 7);
  const iso = dayToIso(day);
  return isoToDay(`${iso.slice(0, 7)}-01`);
}

/** The last day of the bucket starting on `start`. */
function bucketEnd(start: number, g: Granularity): number {
  if (g === 'day') return start;
  if (g === 'week') return start + 6;
  const d = new Date(start * 86_400_000);
  return isoToDay(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10));
}

/**
 * The buckets of `metric` over `period` from an account's stitched history: flows (views, impressions)
 * summed; reach and viewers summed too (an upper bound over more than one day); followers the last level
 * of the bucket. Buckets without any day of data have value null. Never throws.
 */
export function seriesOf(history: AccountHistory, metric: SeriesMetric, period: Period, granularity: Granularity): SeriesBucket[] {
  const points = seriesPoints(history.series[metric], period);
  const from = isoToDay(period.start);
  const to = isoToDay(period.end);
  const out: SeriesBucket[] = [];
  let i = 0;
  for (let start = bucketStart(from, granularity); start <= to; start = bucketEnd(start, granularity) + 1) {
    const s = Math.max(start, from);
    const e = Math.min(bucketEnd(start, granularity), to);
    let value: number | null = null;
    let days = 0;
    while (i < points.length && isoToDay(points[i]!.day) <= e) {
      const p = points[i]!;
      value = metric === 'followers' ? p.value : (value ?? 0) + p.value;
      days += 1;
      i += 1;
    }
    out.push({ start: dayToIso(s), end: dayToIso(e), value, days, of: e - s + 1 });
  }
  return out;
}
