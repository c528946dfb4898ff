// Aggregations straight on the typed-array columns of observation chunks, without building an
// Observation per row: the overview's age composition and daily sums of a metric (docs/architecture.md#speed).

import { ageComposition } from '../core/metrics/age-composition';
import type { AgeComposition, PeriodComposition } from '../core/metrics/age-composition';
import type { AgeBand } from '../core/model/age-band';
import type { Basis, Metric, Observation, Period, Unit } from '../core/model/observation';
import { summariseRows } from '../core/read-model/import-summary';
import type { ImportSummary, SummaryRow } from '../core/read-model/import-summary';
import { packSummary } from '../core/read-model/stored-summary';
import type { PackedImportSummary } from '../core/read-model/stored-summary';
import { epochDayToIsoDate, isoDateToEpochDay, unpackObservations } from './observation-chunks';
import { NO_PERIOD_DAY } from './schema';
import type { ObservationChunkRecord } from './schema';

/** The chunks in `seq` order (the order they were packed in), whatever the input order. */
function inSeqOrder(chunks: readonly ObservationChunkRecord[]): readonly ObservationChunkRecord[] {
  for (let i = 1; i < chunks.length; i++) {
    if (chunks[i]!.seq < chunks[i - 1]!.seq) return [...chunks].sort((a, b) => a.seq - b.seq);
  }
  return chunks;
}

/** A period as an inclusive range of days since 1970-01-01; null when its dates are not ISO calendar days. */
function dayRange(period: Period): { from: number; to: number } | null {
  try {
    return { from: isoDateToEpochDay(period.start), to: isoDateToEpochDay(period.end) };
  } catch {
    return null;
  }
}

/**
 * Options of {@link ageCompositionOfChunks}: `period` keeps only rows whose period lies within it
 * (inclusive, ISO dates), as `ageComposition`'s option of the same name.
 */
export interface ChunkCompositionOptions {
  period?: Period | null;
}

/**
 * The age composition of `basis` over packed chunks: the same result as
 * `ageComposition(unpackObservations(chunks), basis, options)` (`src/core/metrics/age-composition.ts`,
 * docs/method.md#figures), computed on the columns: bit for bit (only `unknownAge` may differ in its last bit when
 * several different unknown-age labels are interleaved, as they are summed per label first). Rows of the basis metric with an age band are
 * summed per band label in packing order (gender and segment cells together); the first such row's unit
 * decides and rows in another unit are skipped; labels that are not a canonical band are summed apart as
 * unknown age. The sums go to `ageComposition` as one observation per band, which normalises them.
 * Returns null when there is no split of known age or it sums to 0. A `period` whose dates are not ISO
 * calendar days falls back to unpacking (same answer, slower). Never throws.
 */
export function ageCompositionOfChunks(
  chunks: readonly ObservationChunkRecord[],
  basis: Basis,
  options: ChunkCompositionOptions = {},
): AgeComposition | null {
  const range = options.period ? dayRange(options.period) : null;
  if (options.period && range === null) {
    return ageComposition(unpackObservations(chunks, { metrics: [basis], withAgeBand: true }), basis, options);
  }
  return composeOnColumns(chunks, basis, range === null ? null : { ...range, exact: false });
}

/**
 * The loop of {@link ageCompositionOfChunks}: `days` keeps rows whose period lies within `from..to`
 * (`exact` false) or equals it (`exact` true); null keeps every row.
 */
function composeOnColumns(
  chunks: readonly ObservationChunkRecord[],
  basis: Basis,
  days: { from: number; to: number; exact: boolean } | null,
): AgeComposition | null {
  const sums = new Map<string, number>();
  let unit: string | null = null;
  for (const c of inSeqOrder(chunks)) {
    const m = c.metricDict.indexOf(basis);
    if (m < 0) continue;
    const { metric, ageBand, unit: unitColumn, values, startDays, endDays, ageBandDict, unitDict } = c;
    for (let i = 0; i < c.rowCount; i++) {
      if (metric[i] !== m) continue;
      const b = ageBand[i]!;
      if (b === 0) continue;
      if (days !== null) {
        const s = startDays[i]!;
        const e = endDays[i]!;
        if (s === NO_PERIOD_DAY) continue;
        if (days.exact ? s !== days.from || e !== days.to : s < days.from || e > days.to) continue;
      }
      const u = unitDict[unitColumn[i]!]!;
      if (unit === null) unit = u;
      else if (u !== unit) continue; // never mix counts and shares in one split
      const band = ageBandDict[b - 1]!;
      sums.set(band, (sums.get(band) ?? 0) + values[i]!);
    }
  }
  if (unit === null) return null;
  const summed: Observation[] = [];
  for (const [band, value] of sums) summed.push({ metric: basis as Metric, period: null, ageBand: band as AgeBand, value, unit: unit as Unit });
  return ageComposition(summed, basis);
}

/**
 * The age composition of `basis` per distinct period of the age-split rows (rows without a period
 * skipped), oldest first (by start, then end): the same as `ageCompositionsByPeriod(unpackObservations(
 * chunks), basis)` for trends, computed on the columns ({@link ageCompositionOfChunks} per period).
 * Periods whose split is empty are left out.
 */
export function ageCompositionsByPeriodOfChunks(chunks: readonly ObservationChunkRecord[], basis: Basis): PeriodComposition[] {
  const periods = new Map<string, { start: number; end: number }>();
  for (const c of chunks) {
    const m = c.metricDict.indexOf(basis);
    if (m < 0) continue;
    for (let i = 0; i < c.rowCount; i++) {
      if (c.metric[i] !== m || c.ageBand[i] === 0) continue;
      const s = c.startDays[i]!;
      if (s === NO_PERIOD_DAY) continue;
      const e = c.endDays[i]!;
      const key = `${String(s)}:${String(e)}`;
      if (!periods.has(key)) periods.set(key, { start: s, end: e });
    }
  }
  const out: PeriodComposition[] = [];
  for (const p of periods.values()) {
    const period = { start: epochDayToIsoDate(p.start), end: epochDayToIsoDate(p.end) };
    // Rows of exactly this period (a range would also take shorter periods inside it).
    const composition = composeOnColumns(chunks, basis, { from: p.start, to: p.end, exact: true });
    if (composition) out.push({ period, composition });
  }
  return out.sort((a, b) => a.period.start.localeCompare(b.period.start) || a.period.end.localeCompare(b.period.end));
}

/**
 * A metric summed per day: `days` ISO dates ascending (only days with at least one row), `values` the sum
 * of that day's rows in the metric's unit (e.g. views of every video that day), in packing order.
 */
export interface DailySeries {
  days: string[];
  values: number[];
}

/**
 * Options of {@link dailySumsOfChunks}: `period` keeps rows whose period lies within it (inclusive, ISO
 * dates); `unit` keeps rows in that unit only (default: every unit, e.g. a count table has only `count`);
 * `withSegments` false drops rows with a segment (parts such as one video), `withAgeBand` false drops rows
 * of an age split (defaults: keep both).
 */
export interface DailySumsOptions {
  period?: Period | null;
  unit?: Unit;
  withSegments?: boolean;
  withAgeBand?: boolean;
}

/**
 * Sums `metric` per start day over packed chunks, on the columns (a Float64Array indexed by day): the
 * same as grouping `unpackObservations(chunks, { metrics: [metric] })` by `period.start` and adding the
 * values in order. Rows without a period are skipped. Only one-day rows are meaningful per day; a longer
 * period counts on its first day. Throws `RangeError` when `options.period` is not two ISO calendar dates.
 */
export function dailySumsOfChunks(chunks: readonly ObservationChunkRecord[], metric: Metric, options: DailySumsOptions = {}): DailySeries {
  let from = Infinity;
  let to = -Infinity;
  if (options.period) {
    from = isoDateToEpochDay(options.period.start);
    to = isoDateToEpochDay(options.period.end);
  } else {
    for (const c of chunks) {
      const m = c.metricDict.indexOf(metric);
      if (m < 0) continue;
      for (let i = 0; i < c.rowCount; i++) {
        if (c.metric[i] !== m) continue;
        const s = c.startDays[i]!;
        if (s === NO_PERIOD_DAY) continue;
        if (s < from) from = s;
        if (s > to) to = s;
      }
    }
  }
  if (!(to >= from)) return { days: [], values: [] };
  const sums = new Float64Array(to - from + 1);
  const seen = new Uint8Array(sums.length);
  const limitEnd = options.period ? to : Infinity;
  for (const c of inSeqOrder(chunks)) {
    const m = c.metricDict.indexOf(metric);
    if (m < 0) continue;
    const u = options.unit === undefined ? -1 : c.unitDict.indexOf(options.unit);
    if (options.unit !== undefined && u < 0) continue;
    const { metric: metricColumn, unit, segment, ageBand, startDays, endDays, values } = c;
    const noSegments = options.withSegments === false;
    const noBands = options.withAgeBand === false;
    for (let i = 0; i < c.rowCount; i++) {
      if (metricColumn[i] !== m) continue;
      if (u >= 0 && unit[i] !== u) continue;
      if (noSegments && segment[i] !== 0) continue;
      if (noBands && ageBand[i] !== 0) continue;
      const s = startDays[i]!;
      if (s === NO_PERIOD_DAY || s < from || endDays[i]! > limitEnd) continue;
      const d = s - from;
      sums[d] = sums[d]! + values[i]!;
      seen[d] = 1;
    }
  }
  const days: string[] = [];
  const out: number[] = [];
  for (let d = 0; d < sums.length; d++) {
    if (seen[d] === 0) continue;
    days.push(epochDayToIsoDate(from + d));
    out.push(sums[d]!);
  }
  return { days, values: out };
}

/**
 * The read model's summary of one import from its packed chunks (`summariseRows`,
 * src/core/read-model/import-summary.ts), fed row by row through one reused object: no Observation is
 * built. Same result as `summariseObservations(unpackObservations(chunks))`. Never throws.
 */
export function summariseChunks(chunks: readonly ObservationChunkRecord[]): ImportSummary {
  function* rows(): Iterable<SummaryRow> {
    const row: SummaryRow = { metric: '', value: 0, unit: '', ageBand: undefined, gender: undefined, segment: undefined, startDay: null, endDay: null };
    for (const c of inSeqOrder(chunks)) {
      for (let i = 0; i < c.rowCount; i++) {
        const a = c.ageBand[i]!;
        const g = c.gender[i]!;
        const s = c.segment[i]!;
        const start = c.startDays[i]!;
        row.metric = c.metricDict[c.metric[i]!]!;
        row.value = c.values[i]!;
        row.unit = c.unitDict[c.unit[i]!]!;
        row.ageBand = a === 0 ? undefined : c.ageBandDict[a - 1];
        row.gender = g === 0 ? undefined : c.genderDict[g - 1];
        row.segment = s === 0 ? undefined : c.segmentDict[s - 1];
        row.startDay = start === NO_PERIOD_DAY ? null : start;
        row.endDay = start === NO_PERIOD_DAY ? null : c.endDays[i]!;
        yield row;
      }
    }
  }
  return summariseRows(rows());
}

/**
 * The summary to keep on an import record, from its packed chunks: {@link summariseChunks} in its stored
 * form (`packSummary`, src/core/read-model/stored-summary.ts: whole daily counts as 32-bit). Never throws.
 */
export function storedSummaryOf(chunks: readonly ObservationChunkRecord[]): PackedImportSummary {
  return packSummary(summariseChunks(chunks));
}
