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

/**
 * Stitches an account's imports (any order) into one {@link AccountHistory}. Imports are applied oldest
 * first ({@link byRecency}); a newer import's day, total or split replaces an older one's; where the values
 * differ, the days are listed in `conflicts` (per pair of imports and metric). Deleting an import and
 * stitching again restores what only it had replaced. Never throws.
 */
export function stitchHistory(imports: readonly HistoryImport[]): AccountHistory {
  const ordered = [...imports].sort(byRecency);
  const days = new Map<SeriesMetric, Map<number, SeriesPoint>>();
  const totals = new Map<string, HistoryTotal>();
  const splits = new Map<string, HistorySplit>();
  const conflicts = new Map<string, SeriesConflict>();
  const fileName = new Map(imports.map((i) => [i.importId, i.fileName]));

  for (const [recency, imp] of ordered.entries()) {
    const origin: HistoryOrigin = { importId: imp.importId, fileId: imp.fileId, provenance: imp.provenance };
    for (const metric of SERIES_METRICS) {
      const d = imp.summary.daily[metric];
      if (!d) continue;
      let m = days.get(metric);
      if (!m) days.set(metric, (m = new Map()));
      const first = isoToDay(d.start);
      d.values.forEach((value, i) => {
        if (value === null) return;
        const day = first + i;
        const before = m.get(day);
        if (before && !sameValue(before.value, value)) {
          const key = `${metric}|${before.importId}|${imp.importId}`;
          let c = conflicts.get(key);
          if (!c) {
            c = { metric, days: [], keptImportId: imp.importId, keptFileName: imp.fileName, droppedImportId: before.importId, droppedFileName: fileName.get(before.importId) ?? '' };
            conflicts.set(key, c);
          }
          c.days.push(dayToIso(day));
        }
        m.set(day, { ...origin, day: dayToIso(day), value });
      });
    }
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

  const series: Partial<Record<SeriesMetric, SeriesPoint[]>> = {};
  for (const [metric, m] of days) series[metric] = [...m.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p);
  return {
    series,
    totals: [...totals.values()],
    splits: [...splits.values()].sort(
      (a, b) => (a.period?.end ?? '').localeCompare(b.period?.end ?? '') || (a.period?.start ?? '').localeCompare(b.period?.start ?? ''),
    ),
    conflicts: [...conflicts.values()].map((c) => ({ ...c, days: [...c.days].sort() })),
  };
}
