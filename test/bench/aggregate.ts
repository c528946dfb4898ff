// Bench aggregations over packed observation chunks (npm run bench): the app's column helpers, the former
// unpack path, a column-native reference, and the bare typed-array sum they are measured against.

import { ageComposition } from '../../src/core/metrics/age-composition';
import { isYouthBand } from '../../src/core/model/age-band';
import { ageCompositionOfChunks, dailySumsOfChunks } from '../../src/db/chunk-aggregates';
import { epochDayToIsoDate, unpackObservations } from '../../src/db/observation-chunks';
import type { ObservationChunkRecord } from '../../src/db/schema';
import { NO_PERIOD_DAY } from '../../src/db/schema';

/** A period filter in days since 1970-01-01 (UTC), both inclusive. */
export interface DayRange {
  from: number;
  to: number;
}

/**
 * The baseline: the sum of every chunk's `values` (one pass over the Float64Arrays, no filter, no
 * dictionary lookups). The physical floor of "look at 1M numbers once".
 */
export function bareSum(chunks: readonly ObservationChunkRecord[]): number {
  let sum = 0;
  for (const c of chunks) {
    const v = c.values;
    for (let i = 0; i < c.rowCount; i++) sum += v[i]!;
  }
  return sum;
}

/** First and last day (days since 1970-01-01) over the chunks' `startDays` / `endDays`; null when none. */
export function dayExtent(chunks: readonly ObservationChunkRecord[]): DayRange | null {
  let from = Infinity;
  let to = -Infinity;
  for (const c of chunks) {
    for (let i = 0; i < c.rowCount; i++) {
      const s = c.startDays[i]!;
      if (s === NO_PERIOD_DAY) continue;
      if (s < from) from = s;
      const e = c.endDays[i]!;
      if (e > to) to = e;
    }
  }
  return from === Infinity ? null : { from, to };
}

/**
 * The overview's aggregation as the app does it (`src/db/answer-repo.ts`): `ageCompositionOfChunks`
 * with `basis` views on the columns, with the period `range` (the "filter change"). Returns the youth
 * share 0..1 (null without an age split) and the summed age-known audience (`total`, in the input's unit).
 */
export function appYouthShare(chunks: readonly ObservationChunkRecord[], range: DayRange): { youthShare: number | null; total: number } {
  const period = { start: epochDayToIsoDate(range.from), end: epochDayToIsoDate(range.to) };
  const composition = ageCompositionOfChunks(chunks, 'views', { period });
  return { youthShare: composition?.youthShare ?? null, total: composition?.total ?? 0 };
}

/**
 * The same aggregation the way the app did it before the column helpers (not app code any more, kept to
 * show the gain in one run): `unpackObservations` with `{ metrics: [basis], withAgeBand: true }` into
 * Observation objects, keep those whose period lies in `range`, then `ageComposition(…, basis)`.
 */
export function unpackYouthShare(
  chunks: readonly ObservationChunkRecord[],
  range: DayRange,
): { youthShare: number | null; total: number; observations: number } {
  const from = epochDayToIsoDate(range.from);
  const to = epochDayToIsoDate(range.to);
  const observations = unpackObservations(chunks, { metrics: ['views'], withAgeBand: true }).filter(
    (o) => o.period !== null && o.period.start >= from && o.period.end <= to,
  );
  const composition = ageComposition(observations, 'views');
  return { youthShare: composition?.youthShare ?? null, total: composition?.total ?? 0, observations: observations.length };
}

/**
 * A daily views series with the app's column helper `dailySumsOfChunks(chunks, 'views', { period })`
 * (views summed over every video that day). Returns the number of days and the summed views.
 */
export function appDailyViews(chunks: readonly ObservationChunkRecord[], range: DayRange): { days: number; total: number } {
  const period = { start: epochDayToIsoDate(range.from), end: epochDayToIsoDate(range.to) };
  const series = dailySumsOfChunks(chunks, 'views', { period });
  let total = 0;
  for (const v of series.values) total += v;
  return { days: series.days.length, total };
}

/**
 * The daily views series the way it had to be done before the column helpers (not app code any more):
 * `unpackObservations` with `{ metrics: ['views'] }`, then a Map group-by on the period start of the
 * observations within `range`. Returns the number of days and the summed views.
 */
export function unpackDailyViews(chunks: readonly ObservationChunkRecord[], range: DayRange): { days: number; total: number } {
  const from = epochDayToIsoDate(range.from);
  const to = epochDayToIsoDate(range.to);
  const byDay = new Map<string, number>();
  for (const o of unpackObservations(chunks, { metrics: ['views'] })) {
    if (o.period === null || o.period.start < from || o.period.end > to) continue;
    byDay.set(o.period.start, (byDay.get(o.period.start) ?? 0) + o.value);
  }
  let total = 0;
  for (const v of byDay.values()) total += v;
  return { days: byDay.size, total };
}

/** The chunk's dictionary index of `metric`, or -1 when the chunk has none. */
function metricIndex(chunk: ObservationChunkRecord, metric: string): number {
  return chunk.metricDict.indexOf(metric);
}

/**
 * Reference (not app code): the same daily views series straight on the typed-array columns, a
 * Float64Array indexed by day (research-performance.md §4: typed-array group-by over 1M rows, 33 ms).
 */
export function columnDailyViews(chunks: readonly ObservationChunkRecord[], range: DayRange): { days: number; total: number } {
  const sums = new Float64Array(range.to - range.from + 1);
  const seen = new Uint8Array(sums.length);
  for (const c of chunks) {
    const m = metricIndex(c, 'views');
    if (m < 0) continue;
    const { metric, startDays, endDays, values } = c;
    for (let i = 0; i < c.rowCount; i++) {
      if (metric[i] !== m) continue;
      const s = startDays[i]!;
      if (s === NO_PERIOD_DAY || s < range.from || endDays[i]! > range.to) continue;
      const d = s - range.from;
      sums[d] = sums[d]! + values[i]!;
      seen[d] = 1;
    }
  }
  let total = 0;
  let days = 0;
  for (let d = 0; d < sums.length; d++) {
    total += sums[d]!;
    days += seen[d]!;
  }
  return { days, total };
}

/**
 * Reference (not app code): the youth share of views by age band straight on the columns: per chunk, sum
 * the values per age-band index within `range`, then youth bands (`isYouthBand`) over all known bands.
 */
export function columnYouthShare(chunks: readonly ObservationChunkRecord[], range: DayRange): { youthShare: number | null; total: number } {
  let youth = 0;
  let total = 0;
  for (const c of chunks) {
    const m = metricIndex(c, 'views');
    if (m < 0 || c.ageBandDict.length === 0) continue;
    const bandSums = new Float64Array(c.ageBandDict.length + 1);
    const { metric, ageBand, startDays, endDays, values } = c;
    for (let i = 0; i < c.rowCount; i++) {
      if (metric[i] !== m) continue;
      const b = ageBand[i]!;
      if (b === 0) continue;
      const s = startDays[i]!;
      if (s === NO_PERIOD_DAY || s < range.from || endDays[i]! > range.to) continue;
      bandSums[b] = bandSums[b]! + values[i]!;
    }
    c.ageBandDict.forEach((band, k) => {
      const v = bandSums[k + 1]!;
      total += v;
      if (isYouthBand(band)) youth += v;
    });
  }
  return { youthShare: total > 0 ? youth / total : null, total };
}
