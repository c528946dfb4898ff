// What the read model keeps of one import: daily whole counts per metric, whole counts of a longer or
// unstated period (a table's Total row), and its age splits. Computed once, when the file is imported, so
// that no screen ever reads an import's observations again (docs/architecture.md#read-model).

import type { AgeBand } from '../model/age-band';
import { UPPER_BOUND_SEGMENT } from '../model/observation';
import type { Basis, Observation, Period } from '../model/observation';

/** The headline metrics the read model keeps over time: flows (views, impressions), unique counts (reach, viewers), a stock (followers). */
export type SeriesMetric = 'views' | 'impressions' | 'reach' | 'viewers' | 'followers';

/** Every {@link SeriesMetric}, in output order. */
export const SERIES_METRICS: readonly SeriesMetric[] = ['views', 'impressions', 'reach', 'viewers', 'followers'];

/** The metrics an age split can be a share of (a {@link Basis} that is also a stored metric). */
const SPLIT_METRICS: ReadonlySet<string> = new Set<Basis>(['reach', 'views', 'viewers', 'watchTime', 'followers']);

/**
 * One value per day, dense from `start` (ISO `YYYY-MM-DD`): `values[i]` is the count of day `start + i`,
 * or NaN when the import has no value for that day (a gap, never 0). A typed array, so that reading
 * hundreds of imports' summaries from IndexedDB copies bytes instead of building a number per day.
 */
export interface DailyValues {
  start: string;
  values: Float64Array;
}

/**
 * A whole count that is not of one day: the Total row of a table over its period, or a count whose period
 * the file does not state (`period` null). `value` is a count. `bound: 'upper'` when it is only an upper
 * bound of the whole (a sum of unique counts over parts, e.g. the reach of each post added up: rows with
 * segment `bound:upper`, see `UPPER_BOUND_SEGMENT` in src/core/model/observation.ts); absent when exact.
 */
export interface PeriodTotal {
  metric: SeriesMetric;
  period: Period | null;
  value: number;
  bound?: 'upper';
}

/**
 * One age split of an import: the `basis` it is a share of, its `period` (null when the file does not say),
 * the `unit` of its cells (`count`: people/views per band; `share`: fractions or percentages), the sum per
 * band (gender and segment cells added up; canonical band labels, see `core/model/age-band.ts`) and the
 * audience of unknown age kept apart (`unknownAge`, same unit; 0 when none).
 */
export interface SplitSummary {
  basis: Basis;
  period: Period | null;
  unit: 'count' | 'share';
  bands: Record<AgeBand, number>;
  unknownAge: number;
}

/**
 * The summary of one import (`version` 2; version 1 kept daily values as a plain array with nulls):
 * `daily` whole counts per metric, `periodTotals`, `splits`. Stored on the import record. Its size grows
 * with the days and splits of the file, never with its segments (countries, posts, videos).
 */
export interface ImportSummary {
  version: 2;
  daily: Partial<Record<SeriesMetric, DailyValues>>;
  periodTotals: PeriodTotal[];
  splits: SplitSummary[];
}

/**
 * The version of an {@link ImportSummary} as the read model computes with it (64-bit daily values). An
 * import record keeps version 3 (`packSummary`, ./stored-summary.ts) or, written before, version 2; a
 * summary of any other version is computed again from the observations.
 */
export const IMPORT_SUMMARY_VERSION = 2;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date (UTC). */
export function isoToDay(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** The ISO date of a day count since 1970-01-01 (UTC). */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function isSeriesMetric(metric: string): metric is SeriesMetric {
  return (SERIES_METRICS as readonly string[]).includes(metric);
}

/** The key of a period in maps (`start_end`, or `-` for none). */
export function periodKeyOf(period: Period | null): string {
  return period === null ? '-' : `${period.start}_${period.end}`;
}

/**
 * One row as {@link summariseRows} reads it: an observation with its period as day numbers since
 * 1970-01-01 (`startDay`/`endDay` null when it has no period). Storage feeds its packed columns through a
 * reused object of this shape, so summarising a large import allocates nothing per row.
 */
export interface SummaryRow {
  metric: string;
  value: number;
  unit: string;
  ageBand: string | undefined;
  gender: string | undefined;
  segment: string | undefined;
  startDay: number | null;
  endDay: number | null;
}

/** The observations as {@link SummaryRow}s (one reused object). */
function* rowsOf(observations: Iterable<Observation>): Iterable<SummaryRow> {
  const row: SummaryRow = { metric: '', value: 0, unit: '', ageBand: undefined, gender: undefined, segment: undefined, startDay: null, endDay: null };
  for (const o of observations) {
    row.metric = o.metric;
    row.value = o.value;
    row.unit = o.unit;
    row.ageBand = o.ageBand;
    row.gender = o.gender;
    row.segment = o.segment;
    row.startDay = o.period ? isoToDay(o.period.start) : null;
    row.endDay = o.period ? isoToDay(o.period.end) : null;
    yield row;
  }
}

/** Summarises an import's observations: see {@link summariseRows}. */
export function summariseObservations(observations: Iterable<Observation>): ImportSummary {
  return summariseRows(rowsOf(observations));
}

function periodOfDays(startDay: number | null, endDay: number | null): Period | null {
  return startDay === null || endDay === null ? null : { start: dayToIso(startDay), end: dayToIso(endDay) };
}

/**
 * Summarises an import's rows (any order):
 * - whole counts (no age band, gender or segment; unit `count`; finite) of a {@link SeriesMetric}: of one
 *   day → `daily` (several values of one metric and day in one file are added; a followers level keeps the
 *   last); over several days or undated → `periodTotals` (added per metric and period); a followers level
 *   over several days is the level at the period's end (a day);
 * - rows with an age band whose metric is a basis (reach, views, viewers, watch time, followers) → one
 *   split per basis, period and unit (a unit mixed into another's split is never added to it); labels that
 *   are not an age band (a platform's "unknown") are kept apart as `unknownAge`.
 * Parts of a whole (segments: countries, posts, videos; genders) never count as a whole. A whole count
 * marked as an upper bound (segment `bound:upper`) → `periodTotals` with `bound: 'upper'`, apart from any
 * exact total of the same metric and period. Never throws.
 */
export function summariseRows(rows: Iterable<SummaryRow>): ImportSummary {
  const days = new Map<SeriesMetric, Map<number, number>>();
  const totals = new Map<string, PeriodTotal>();
  const splits = new Map<string, SplitSummary>();
  for (const o of rows) {
    if (!Number.isFinite(o.value)) continue;
    if (o.ageBand !== undefined) {
      if (!SPLIT_METRICS.has(o.metric) || (o.unit !== 'count' && o.unit !== 'share')) continue;
      const key = `${o.metric}|${o.startDay ?? '-'}|${o.endDay ?? '-'}|${o.unit}`;
      let split = splits.get(key);
      if (!split) {
        split = { basis: o.metric as Basis, period: periodOfDays(o.startDay, o.endDay), unit: o.unit, bands: {}, unknownAge: 0 };
        splits.set(key, split);
      }
      split.bands[o.ageBand] = (split.bands[o.ageBand] ?? 0) + o.value;
      continue;
    }
    if (o.gender !== undefined || o.unit !== 'count' || !isSeriesMetric(o.metric)) continue;
    if (o.segment !== undefined) {
      if (o.segment !== UPPER_BOUND_SEGMENT) continue;
      const key = `${o.metric}|${o.startDay ?? '-'}|${o.endDay ?? '-'}|upper`;
      const t = totals.get(key);
      if (t) t.value += o.value;
      else totals.set(key, { metric: o.metric, period: periodOfDays(o.startDay, o.endDay), value: o.value, bound: 'upper' });
      continue;
    }
    const metric = o.metric;
    if (o.endDay !== null && (o.startDay === o.endDay || metric === 'followers')) {
      let m = days.get(metric);
      if (!m) days.set(metric, (m = new Map()));
      m.set(o.endDay, metric === 'followers' ? o.value : (m.get(o.endDay) ?? 0) + o.value);
    } else {
      const key = `${metric}|${o.startDay ?? '-'}|${o.endDay ?? '-'}`;
      const t = totals.get(key);
      if (t) t.value += o.value;
      else totals.set(key, { metric, period: periodOfDays(o.startDay, o.endDay), value: o.value });
    }
  }
  const daily: Partial<Record<SeriesMetric, DailyValues>> = {};
  for (const [metric, m] of days) {
    const sorted = [...m.keys()].sort((a, b) => a - b);
    const first = sorted[0]!;
    const values = new Float64Array(sorted.at(-1)! - first + 1).fill(Number.NaN);
    for (const d of sorted) values[d - first] = m.get(d)!;
    daily[metric] = { start: dayToIso(first), values };
  }
  for (const split of splits.values()) {
    for (const band of Object.keys(split.bands)) {
      if (!/^\d+(-\d+|\+)$/.test(band)) {
        split.unknownAge += split.bands[band]!;
        delete split.bands[band];
      }
    }
  }
  return {
    version: IMPORT_SUMMARY_VERSION,
    daily,
    periodTotals: [...totals.values()],
    splits: [...splits.values()].filter((s) => Object.keys(s.bands).length > 0),
  };
}
