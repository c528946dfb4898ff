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
 * - `series`: per metric, one point per day (sorted by day; days without a value are absent: a gap, never 0);
 * - `totals`: report totals per metric and period (one per metric and period, the newest import's; an
 *   upper bound, `bound: 'upper'`, is kept apart from an exact total of the same metric and period);
 * - `splits`: age splits per basis, period and unit (one each, the newest import's), oldest period first; a
 *   split without a period of its own takes its file's period;
 * - `conflicts`: overlapping days whose values differed.
 */
export interface AccountHistory {
  series: Partial<Record<SeriesMetric, SeriesPoint[]>>;
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
  const series: Partial<Record<SeriesMetric, SeriesPoint[]>> = {};
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
    const points: SeriesPoint[] = [];
    for (let at = 0; at < owner.length; at++) {
      const o = owner[at]!;
      if (o < 0) continue;
      const origin = origins[o]!;
      points.push({ importId: origin.importId, fileId: origin.fileId, provenance: origin.provenance, day: isoOfDay(first + at), value: values[at]! });
    }
    series[metric] = points;
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
