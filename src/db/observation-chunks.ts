// Packs observations into typed-array column chunks and back (pure, no Dexie; docs/architecture.md#speed).

import type { AgeBand } from '../core/model/age-band';
import type { Basis, Gender, Metric, Observation, Period, Unit } from '../core/model/observation';
import type { ObservationColumns } from '../core/model/observation-columns';
import { CHUNK_ROWS, NO_PERIOD_DAY } from './schema';
import type { ObservationChunkRecord } from './schema';
import { Dictionary } from '../core/formats/observation-columns';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days since 1970-01-01 (UTC) of an ISO date `YYYY-MM-DD`, e.g. `1970-01-02` → 1, `2024-01-01` → 19723.
 * Throws `RangeError` when `iso` is not a real calendar date in that form.
 */
export function isoDateToEpochDay(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
    throw new RangeError(`not a calendar date: ${iso}`);
  }
  return Math.round(ms / MS_PER_DAY);
}

/** The ISO date `YYYY-MM-DD` of a day count since 1970-01-01 (UTC); inverse of {@link isoDateToEpochDay}. */
export function epochDayToIsoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A Uint8Array when every index (≤ `maxIndex`) fits in a byte, else a Uint16Array. */
function indexArray(maxIndex: number, values: readonly number[]): Uint8Array | Uint16Array {
  if (maxIndex > 0xffff) throw new RangeError(`dictionary too large for a chunk: ${maxIndex + 1} entries`);
  return maxIndex <= 0xff ? Uint8Array.from(values) : Uint16Array.from(values);
}

/**
 * Packs one import's observations into chunks of at most `chunkRows` rows (default 50,000,
 * docs/architecture.md#storage), `seq` 0, 1, 2 … in input order. An empty list gives no chunks.
 * Throws `RangeError` when a period date is not an ISO calendar date or `chunkRows` is not a positive
 * integer ≤ 65,535 (the optional columns hold index + 1 in at most 16 bits).
 */
export function packObservations(
  importId: string,
  observations: readonly Observation[],
  chunkRows: number = CHUNK_ROWS,
): ObservationChunkRecord[] {
  if (!Number.isInteger(chunkRows) || chunkRows < 1 || chunkRows > 0xffff) {
    throw new RangeError(`chunk size must be an integer 1..65535, got ${chunkRows}`);
  }
  const chunks: ObservationChunkRecord[] = [];
  for (let from = 0, seq = 0; from < observations.length; from += chunkRows, seq++) {
    chunks.push(packChunk(importId, seq, observations, from, Math.min(from + chunkRows, observations.length)));
  }
  return chunks;
}

function packChunk(
  importId: string,
  seq: number,
  observations: readonly Observation[],
  from: number,
  to: number,
): ObservationChunkRecord {
  const n = to - from;
  const values = new Float64Array(n);
  const startDays = new Int32Array(n);
  const endDays = new Int32Array(n);
  const metricIdx: number[] = new Array<number>(n);
  const unitIdx: number[] = new Array<number>(n);
  const bandIdx: number[] = new Array<number>(n);
  const genderIdx: number[] = new Array<number>(n);
  const segmentIdx: number[] = new Array<number>(n);
  const metrics = new Dictionary();
  const units = new Dictionary();
  const bands = new Dictionary();
  const genders = new Dictionary();
  const segments = new Dictionary();
  // Dates repeat a lot (one per day, many metrics); memoise their conversion, and formats share one
  // period object per day, so the last period seen answers most rows without a lookup.
  const dayCache = new Map<string, number>();
  const toDay = (iso: string): number => {
    let d = dayCache.get(iso);
    if (d === undefined) {
      d = isoDateToEpochDay(iso);
      dayCache.set(iso, d);
    }
    return d;
  };
  let lastPeriod: Period | null = null;
  let lastStart = NO_PERIOD_DAY;
  let lastEnd = NO_PERIOD_DAY;
  // Consecutive rows mostly share metric and unit: compare with the previous row before any Map lookup.
  let lastMetric = '';
  let lastMetricIdx = -1;
  let lastUnit = '';
  let lastUnitIdx = -1;
  for (let i = 0; i < n; i++) {
    const o = observations[from + i]!;
    values[i] = o.value;
    const period = o.period;
    if (period === null) {
      startDays[i] = NO_PERIOD_DAY;
      endDays[i] = NO_PERIOD_DAY;
    } else {
      if (period !== lastPeriod) {
        lastStart = toDay(period.start);
        lastEnd = period.end === period.start ? lastStart : toDay(period.end);
        lastPeriod = period;
      }
      startDays[i] = lastStart;
      endDays[i] = lastEnd;
    }
    if (o.metric !== lastMetric || lastMetricIdx < 0) {
      lastMetric = o.metric;
      lastMetricIdx = metrics.indexOf(o.metric);
    }
    metricIdx[i] = lastMetricIdx;
    if (o.unit !== lastUnit || lastUnitIdx < 0) {
      lastUnit = o.unit;
      lastUnitIdx = units.indexOf(o.unit);
    }
    unitIdx[i] = lastUnitIdx;
    bandIdx[i] = o.ageBand === undefined ? 0 : bands.indexOf(o.ageBand) + 1;
    genderIdx[i] = o.gender === undefined ? 0 : genders.indexOf(o.gender) + 1;
    segmentIdx[i] = o.segment === undefined ? 0 : segments.indexOf(o.segment) + 1;
  }
  return {
    importId,
    seq,
    rowCount: n,
    values,
    startDays,
    endDays,
    metric: indexArray(metrics.entries.length - 1, metricIdx),
    metricDict: metrics.entries,
    unit: indexArray(units.entries.length - 1, unitIdx),
    unitDict: units.entries,
    ageBand: indexArray(bands.entries.length, bandIdx),
    ageBandDict: bands.entries,
    gender: indexArray(genders.entries.length, genderIdx),
    genderDict: genders.entries,
    segment: indexArray(segments.entries.length, segmentIdx),
    segmentDict: segments.entries,
  };
}

/**
 * Packs one import's observations given as columns (`ObservationColumns`, as column-wise formats build
 * them) into the same chunks {@link packObservations} makes of the same observations in the same order:
 * at most `chunkRows` rows each, per-chunk dictionaries in first-use order. Each distinct period is
 * converted to days once. Throws `RangeError` as {@link packObservations} does.
 */
export function packColumns(importId: string, columns: ObservationColumns, chunkRows: number = CHUNK_ROWS): ObservationChunkRecord[] {
  if (!Number.isInteger(chunkRows) || chunkRows < 1 || chunkRows > 0xffff) {
    throw new RangeError(`chunk size must be an integer 1..65535, got ${chunkRows}`);
  }
  const startOf = new Int32Array(columns.periods.length);
  const endOf = new Int32Array(columns.periods.length);
  columns.periods.forEach((p, k) => {
    startOf[k] = isoDateToEpochDay(p.start);
    endOf[k] = p.end === p.start ? startOf[k]! : isoDateToEpochDay(p.end);
  });
  const chunks: ObservationChunkRecord[] = [];
  for (let from = 0, seq = 0; from < columns.length; from += chunkRows, seq++) {
    const to = Math.min(from + chunkRows, columns.length);
    const n = to - from;
    const period = columns.period.subarray(from, to);
    const startDays = new Int32Array(n);
    const endDays = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const p = period[i]!;
      startDays[i] = p < 0 ? NO_PERIOD_DAY : startOf[p]!;
      endDays[i] = p < 0 ? NO_PERIOD_DAY : endOf[p]!;
    }
    const metric = remapColumn(columns.metric.subarray(from, to), columns.metrics, false);
    const unit = remapColumn(columns.unit.subarray(from, to), columns.units, false);
    const ageBand = remapColumn(columns.ageBand.subarray(from, to), columns.ageBands, true);
    const gender = remapColumn(columns.gender.subarray(from, to), columns.genders, true);
    const segment = remapColumn(columns.segment.subarray(from, to), columns.segments, true);
    chunks.push({
      importId,
      seq,
      rowCount: n,
      values: columns.values.slice(from, to),
      startDays,
      endDays,
      metric: metric.column,
      metricDict: metric.dict,
      unit: unit.column,
      unitDict: unit.dict,
      ageBand: ageBand.column,
      ageBandDict: ageBand.dict,
      gender: gender.column,
      genderDict: gender.dict,
      segment: segment.column,
      segmentDict: segment.dict,
    });
  }
  return chunks;
}

/**
 * One chunk's slice of a file-wide index column, renumbered to a chunk dictionary in first-use order (as
 * {@link packObservations} builds it). `optional`: 0 means absent and indexes are stored + 1.
 */
function remapColumn<T extends string>(
  slice: Int32Array,
  fileDict: readonly T[],
  optional: boolean,
): { column: Uint8Array | Uint16Array; dict: T[] } {
  const offset = optional ? 1 : 0;
  const local = new Int32Array(fileDict.length).fill(-1);
  const dict: T[] = [];
  const out = new Array<number>(slice.length);
  for (let i = 0; i < slice.length; i++) {
    const v = slice[i]!;
    if (optional && v === 0) {
      out[i] = 0;
      continue;
    }
    const g = v - offset;
    let l = local[g]!;
    if (l < 0) {
      l = dict.length;
      local[g] = l;
      dict.push(fileDict[g]!);
    }
    out[i] = l + offset;
  }
  return { column: indexArray(optional ? dict.length : dict.length - 1, out), dict };
}

/**
 * Which rows {@link unpackObservations} returns: only these metrics, and/or only rows with an age band.
 * Rows are skipped on their column indexes before any object is built.
 */
export interface UnpackFilter {
  /** Metric names to keep; a `Basis` such as `views` names its metric. */
  metrics?: readonly (Metric | Basis)[];
  withAgeBand?: boolean;
}

/**
 * Unpacks chunks (in `seq` order, whatever the input order) back into observations equal to those packed:
 * `period` null for the sentinel, and `ageBand` / `gender` / `segment` keys present only when set.
 * `filter` keeps only some rows (see {@link UnpackFilter}).
 */
export function unpackObservations(
  chunks: readonly ObservationChunkRecord[],
  filter: UnpackFilter = {},
): Observation[] {
  const out: Observation[] = [];
  const ordered = [...chunks].sort((a, b) => a.seq - b.seq);
  for (const c of ordered) {
    const wantMetric = filter.metrics
      ? c.metricDict.map((m) => (filter.metrics as readonly string[]).includes(m))
      : null;
    if (wantMetric && !wantMetric.includes(true)) continue;
    const periods = new Map<string, Period>();
    for (let i = 0; i < c.rowCount; i++) {
      const mi = c.metric[i]!;
      if (wantMetric && !wantMetric[mi]) continue;
      const bi = c.ageBand[i]!;
      if (filter.withAgeBand && bi === 0) continue;
      const s = c.startDays[i]!;
      const e = c.endDays[i]!;
      let period: Period | null = null;
      if (s !== NO_PERIOD_DAY) {
        const key = `${s}:${e}`;
        period = periods.get(key) ?? null;
        if (period === null) {
          period = { start: epochDayToIsoDate(s), end: epochDayToIsoDate(e) };
          periods.set(key, period);
        }
        // Each observation gets its own period object so callers may mutate it safely.
        period = { start: period.start, end: period.end };
      }
      const o: Observation = {
        metric: c.metricDict[mi] as Metric,
        period,
        value: c.values[i]!,
        unit: c.unitDict[c.unit[i]!] as Unit,
      };
      if (bi !== 0) o.ageBand = c.ageBandDict[bi - 1] as AgeBand;
      const gi = c.gender[i]!;
      if (gi !== 0) o.gender = c.genderDict[gi - 1] as Gender;
      const si = c.segment[i]!;
      if (si !== 0) o.segment = c.segmentDict[si - 1]!;
      out.push(o);
    }
  }
  return out;
}
