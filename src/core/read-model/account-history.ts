// One history per account, stitched from every import of it: each day counted once (the most recent
// export wins where windows overlap), each report total and age split of a period counted once
// (docs/method.md#stitching).

import { compositionFromBandValues } from '../metrics/age-composition';
import type { AgeComposition } from '../metrics/age-composition';
import type { Period, Provenance } from '../model/observation';
import { dayToIso, isoToDay, periodKeyOf, SERIES_METRICS } from './import-summary';
import type { ImportSummary, PeriodTotal, SeriesMetric, SplitSummary } from './import-summary';

/**
 * One stored import as the history reads it: ids, file name, import time (ISO timestamp), the export day
 * when known (ISO), the file's period, provenance (`export` = a platform file, `manual` = typed in) and its
 * {@link ImportSummary}.
 */
export interface HistoryImport {
  importId: string;
  fileId: string;
  fileName: string;
  importedAt: string;
  exportDate?: string | null;
  period: Period | null;
  provenance: Provenance;
  summary: ImportSummary;
}

/** Where a number of the history comes from: the import, its source file and provenance. */
export interface HistoryOrigin {
  importId: string;
  fileId: string;
  provenance: Provenance;
}

/** One day of a metric's stitched series: ISO day, count, and the import that gave it. */
export interface SeriesPoint extends HistoryOrigin {
  day: string;
  value: number;
}

/**
 * One metric's stitched days, dense from day `first` (days since 1970-01-01, UTC) to `first + values.length
 * - 1`: `values[i]` is the count of day `first + i` and `owner[i]` the index in `origins` of the import
 * that gave it, or -1 when no import has that day (a gap, never 0; `values[i]` is then 0 and means
 * nothing). The first and last day always have a value. `origins` lists the account's imports oldest first
 * (the same array for every metric). Typed arrays: three years of days are two arrays, not 1,096 objects
 * (read with {@link seriesPoints}, {@link seriesWithin}, {@link seriesSpan}).
 */
export interface DailySeries {
  first: number;
  values: Float64Array;
  owner: Int32Array;
  origins: readonly HistoryOrigin[];
}

/** A report total of one period (or of an unstated one), counted once, with its origin. */
export interface HistoryTotal extends PeriodTotal, HistoryOrigin {}

/** An age split of one period and basis, counted once, with its composition (youth share, floor …) and its import's rank in recency (0 = oldest). */
export interface HistorySplit extends SplitSummary, HistoryOrigin {
  composition: AgeComposition;
  recency: number;
}

/**
 * Two imports that give different values for the same days of one metric: the newer (`kept*`) wins.
 * `days` lists the ISO days concerned (sorted), `firstDay`/`lastDay` bound them.
 */
export interface SeriesConflict {
  metric: SeriesMetric;
  days: string[];
  keptImportId: string;
  keptFileName: string;
  droppedImportId: string;
  droppedFileName: string;
}

/**
 * An account's stitched history:
 * - `series`: per metric, its days ({@link DailySeries}: dense, gaps marked, each day's import);
 * - `totals`: report totals per metric and period (one per metric and period, the newest import's; an
 *   upper bound, `bound: 'upper'`, is kept apart from an exact total of the same metric and period);
 * - `splits`: age splits per basis, period and unit (one each, the newest import's), oldest period first; a
 *   split without a period of its own takes its file's period;
 * - `conflicts`: overlapping days whose values differed.
 */
export interface AccountHistory {
  series: Partial<Record<SeriesMetric, DailySeries>>;
  totals: HistoryTotal[];
  splits: HistorySplit[];
  conflicts: SeriesConflict[];
}

/**
 * The recency order of imports, oldest first: by export day (else the end of the file's period), then
 * import time. An export of a later window is the more recent one; a re-import of the same window wins
 * over the older copy.
 */
export function byRecency(a: HistoryImport, b: HistoryImport): number {
  const ka = a.exportDate ?? a.period?.end ?? '';
  const kb = b.exportDate ?? b.period?.end ?? '';
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : 0;
}

/** Values are the same when they differ by less than a millionth (rounding of decimal exports). */
function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

const isoOfDayCache = new Map<number, string>();

/** {@link dayToIso}, remembered per day (a history names the same few thousand days many times). */
function isoOfDay(day: number): string {
  let iso = isoOfDayCache.get(day);
  if (iso === undefined) {
    iso = dayToIso(day);
    isoOfDayCache.set(day, iso);
  }
  return iso;
}

/**
 * Stitches an account's imports (any order) into one {@link AccountHistory}. Imports are applied oldest
 * first ({@link byRecency}); a newer import's day, total or split replaces an older one's; where the values
 * differ, the days are listed in `conflicts` (per pair of imports and metric). Deleting an import and
 * stitching again restores what only it had replaced. Never throws.
 */
export function stitchHistory(imports: readonly HistoryImport[]): AccountHistory {
  const ordered = [...imports].sort(byRecency);
  const totals = new Map<string, HistoryTotal>();
  const splits = new Map<string, HistorySplit>();
  const conflicts = new Map<string, SeriesConflict>();
  // Conflicts are listed as imports are applied: by the newer import, then metric, then first day.
  const conflictOrder = new Map<SeriesConflict, [number, number, number]>();
  const fileName = new Map(imports.map((i) => [i.importId, i.fileName]));
  const origins: HistoryOrigin[] = ordered.map((imp) => ({ importId: imp.importId, fileId: imp.fileId, provenance: imp.provenance }));

  // Each metric's days in one dense table over the days any import has (value and the recency rank of the
  // import that gave it, -1 = none), so a day costs two array writes, not an object, until the end.
  const series: Partial<Record<SeriesMetric, DailySeries>> = {};
  for (const [metricIndex, metric] of SERIES_METRICS.entries()) {
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const imp of ordered) {
      const d = imp.summary.daily[metric];
      if (!d || d.values.length === 0) continue;
      const start = isoToDay(d.start);
      first = Math.min(first, start);
      last = Math.max(last, start + d.values.length - 1);
    }
    if (first > last) continue;
    const values = new Float64Array(last - first + 1);
    const owner = new Int32Array(last - first + 1).fill(-1);
    for (const [recency, imp] of ordered.entries()) {
      const d = imp.summary.daily[metric];
      if (!d) continue;
      const offset = isoToDay(d.start) - first;
      for (let i = 0; i < d.values.length; i++) {
        const value = d.values[i]!;
        if (Number.isNaN(value)) continue; // a gap in this import
        const at = offset + i;
        const before = owner[at]!;
        if (before >= 0 && !sameValue(values[at]!, value)) {
          const dropped = ordered[before]!;
          const key = `${metric}|${dropped.importId}|${imp.importId}`;
          let c = conflicts.get(key);
          if (!c) {
            c = { metric, days: [], keptImportId: imp.importId, keptFileName: imp.fileName, droppedImportId: dropped.importId, droppedFileName: fileName.get(dropped.importId) ?? '' };
            conflicts.set(key, c);
            conflictOrder.set(c, [recency, metricIndex, at]);
          }
          c.days.push(isoOfDay(first + at));
        }
        values[at] = value;
        owner[at] = recency;
      }
    }
    // Trim days no import has at either end (an import whose first or last days are gaps).
    let lo = 0;
    while (lo < owner.length && owner[lo]! < 0) lo++;
    if (lo === owner.length) continue;
    let hi = owner.length - 1;
    while (owner[hi]! < 0) hi--;
    series[metric] =
      lo === 0 && hi === owner.length - 1
        ? { first, values, owner, origins }
        : { first: first + lo, values: values.slice(lo, hi + 1), owner: owner.slice(lo, hi + 1), origins };
  }

  for (const [recency, imp] of ordered.entries()) {
    const origin = origins[recency]!;
    for (const t of imp.summary.periodTotals) totals.set(`${t.metric}|${periodKeyOf(t.period)}${t.bound === 'upper' ? '|upper' : ''}`, { ...t, ...origin });
    for (const split of imp.summary.splits) {
      const composition = compositionFromBandValues(split.bands, split.basis, split.unit);
      if (!composition) continue;
      if (split.unknownAge > 0) {
        composition.unknownAge = split.unknownAge;
        composition.unknownShare = split.unknownAge / (composition.total + split.unknownAge);
      }
      // A snapshot split without its own period (Meta's audience file: the followers at export time) is dated
      // by the file it came from, so two monthly downloads are two dated splits, not one.
      const s = split.period === null && imp.period !== null ? { ...split, period: imp.period } : split;
      splits.set(`${s.basis}|${periodKeyOf(s.period)}|${s.unit}`, { ...s, ...origin, composition, recency });
    }
  }

  return {
    series,
    totals: [...totals.values()],
    splits: [...splits.values()].sort(
      (a, b) => (a.period?.end ?? '').localeCompare(b.period?.end ?? '') || (a.period?.start ?? '').localeCompare(b.period?.start ?? ''),
    ),
    conflicts: [...conflicts.values()]
      .sort((a, b) => {
        const [ra, ma, da] = conflictOrder.get(a)!;
        const [rb, mb, db] = conflictOrder.get(b)!;
        return ra - rb || ma - mb || da - db;
      })
      .map((c) => ({ ...c, days: [...c.days].sort() })),
  };
}

/** The index range of `series` inside `period` (ISO days, inclusive), or null when they do not meet. */
function indexRange(series: DailySeries, period: Period): [number, number] | null {
  const from = Math.max(0, isoToDay(period.start) - series.first);
  const to = Math.min(series.values.length - 1, isoToDay(period.end) - series.first);
  return from <= to ? [from, to] : null;
}

/**
 * The days of `series` that have a value, as points oldest first: all of them, or those within `period`
 * (ISO, inclusive). An empty list for no series. For charts, exports and tests; the figures read the arrays.
 */
export function seriesPoints(series: DailySeries | undefined, period: Period | null = null): SeriesPoint[] {
  if (!series) return [];
  const range: [number, number] | null = period ? indexRange(series, period) : [0, series.values.length - 1];
  if (!range) return [];
  const [from, to] = range;
  const points: SeriesPoint[] = [];
  for (let i = from; i <= to; i++) {
    const o = series.owner[i]!;
    if (o < 0) continue;
    const origin = series.origins[o]!;
    points.push({ importId: origin.importId, fileId: origin.fileId, provenance: origin.provenance, day: isoOfDay(series.first + i), value: series.values[i]! });
  }
  return points;
}

/**
 * What `series` holds within `period` (ISO, inclusive): the sum of its values (counts), the number of days
 * with a value, the value of the last such day, and the imports that gave them (each once, in the order of
 * their first day within the period);
 * null when no day of the period has a value.
 */
export function seriesWithin(series: DailySeries | undefined, period: Period): { value: number; days: number; lastValue: number; origins: HistoryOrigin[] } | null {
  if (!series) return null;
  const range = indexRange(series, period);
  if (!range) return null;
  let value = 0;
  let days = 0;
  let lastValue = 0;
  const used = new Set<number>();
  // Days come in runs of one import: the set is touched once per run, not once per day.
  let lastOwner = -1;
  for (let i = range[0]; i <= range[1]; i++) {
    const o = series.owner[i]!;
    if (o < 0) continue;
    value += series.values[i]!;
    lastValue = series.values[i]!;
    days++;
    if (o !== lastOwner) {
      used.add(o);
      lastOwner = o;
    }
  }
  if (days === 0) return null;
  return { value, days, lastValue, origins: [...used].map((o) => series.origins[o]!) };
}

/** The first and last day (ISO) of `series` that have a value, or null for no series. */
export function seriesSpan(series: DailySeries | undefined): Period | null {
  if (!series || series.values.length === 0) return null;
  return { start: isoOfDay(series.first), end: isoOfDay(series.first + series.values.length - 1) };
}
