// Building observations column-wise for large files, and a ParsedFile whose `observations` array is only
// built when someone asks for it (docs/architecture.md#speed; `npm run bench`: a Content report has a row per video per day).

import type { AgeBand } from '../model/age-band';
import type { Gender, Metric, Observation, Period, Unit } from '../model/observation';
import { observationsOfColumns } from '../model/observation-columns';
import { addDaysIso, daysBetween } from './values';
import type { ObservationColumns } from '../model/observation-columns';

/** Positions of distinct strings in first-use order (the dictionaries of packed observation columns). */
export class Dictionary<T extends string = string> {
  readonly entries: T[] = [];
  private readonly positions = new Map<T, number>();

  indexOf(value: T): number {
    let i = this.positions.get(value);
    if (i === undefined) {
      i = this.entries.length;
      this.entries.push(value);
      this.positions.set(value, i);
    }
    return i;
  }
}

/**
 * Appends observations to growing typed-array columns ({@link ObservationColumns}) instead of an array of
 * objects: one row costs a few array writes, and repeated metric, unit, period and segment values are
 * looked up once. `add` takes the same fields as an {@link Observation}; `period` is best passed as the
 * same object for rows of the same period (the previous one is recognised without a lookup).
 */
export class ObservationColumnsBuilder {
  private capacity: number;
  private length = 0;
  private values: Float64Array;
  private period: Int32Array;
  private metric: Int32Array;
  private unit: Int32Array;
  private ageBand: Int32Array;
  private gender: Int32Array;
  private segment: Int32Array;
  private readonly periods: Period[] = [];
  private readonly periodIndex = new Map<Period, number>();
  private readonly metrics = new Dictionary<Metric>();
  private readonly units = new Dictionary<Unit>();
  private readonly ageBands = new Dictionary<AgeBand>();
  private readonly genders = new Dictionary<Gender>();
  private readonly segments = new Dictionary<string>();
  private lastPeriod: Period | null = null;
  private lastPeriodIdx = -1;
  private lastMetric: Metric | null = null;
  private lastMetricIdx = -1;
  private lastUnit: Unit | null = null;
  private lastUnitIdx = -1;

  /** `expectedRows`: a capacity hint (the columns grow as needed). */
  constructor(expectedRows = 1024) {
    this.capacity = Math.max(16, expectedRows);
    this.values = new Float64Array(this.capacity);
    this.period = new Int32Array(this.capacity);
    this.metric = new Int32Array(this.capacity);
    this.unit = new Int32Array(this.capacity);
    this.ageBand = new Int32Array(this.capacity);
    this.gender = new Int32Array(this.capacity);
    this.segment = new Int32Array(this.capacity);
  }

  private grow(): void {
    this.capacity *= 2;
    const grown = <T extends Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(this.capacity);
      b.set(a);
      return b;
    };
    this.values = grown(this.values, (n) => new Float64Array(n));
    this.period = grown(this.period, (n) => new Int32Array(n));
    this.metric = grown(this.metric, (n) => new Int32Array(n));
    this.unit = grown(this.unit, (n) => new Int32Array(n));
    this.ageBand = grown(this.ageBand, (n) => new Int32Array(n));
    this.gender = grown(this.gender, (n) => new Int32Array(n));
    this.segment = grown(this.segment, (n) => new Int32Array(n));
  }

  private periodOf(period: Period | null): number {
    if (period === null) return -1;
    if (period === this.lastPeriod) return this.lastPeriodIdx;
    let i = this.periodIndex.get(period);
    if (i === undefined) {
      i = this.periods.length;
      this.periods.push(period);
      this.periodIndex.set(period, i);
    }
    this.lastPeriod = period;
    this.lastPeriodIdx = i;
    return i;
  }

  /** Appends one observation (the fields of {@link Observation}; `segment` '' counts as a segment). */
  add(metric: Metric, period: Period | null, value: number, unit: Unit, ageBand?: AgeBand, gender?: Gender, segment?: string): void {
    if (this.length === this.capacity) this.grow();
    const i = this.length++;
    this.values[i] = value;
    this.period[i] = this.periodOf(period);
    if (metric !== this.lastMetric) {
      this.lastMetric = metric;
      this.lastMetricIdx = this.metrics.indexOf(metric);
    }
    this.metric[i] = this.lastMetricIdx;
    if (unit !== this.lastUnit) {
      this.lastUnit = unit;
      this.lastUnitIdx = this.units.indexOf(unit);
    }
    this.unit[i] = this.lastUnitIdx;
    this.ageBand[i] = ageBand === undefined ? 0 : this.ageBands.indexOf(ageBand) + 1;
    this.gender[i] = gender === undefined ? 0 : this.genders.indexOf(gender) + 1;
    this.segment[i] = segment === undefined ? 0 : this.segments.indexOf(segment) + 1;
  }

  /** How many rows were added. */
  get size(): number {
    return this.length;
  }

  /** The columns so far (they share the builder's arrays: stop adding once taken). */
  columns(): ObservationColumns {
    return {
      length: this.length,
      values: this.values,
      period: this.period,
      metric: this.metric,
      unit: this.unit,
      ageBand: this.ageBand,
      gender: this.gender,
      segment: this.segment,
      periods: this.periods,
      metrics: this.metrics.entries,
      units: this.units.entries,
      ageBands: this.ageBands.entries,
      genders: this.genders.entries,
      segments: this.segments.entries,
    };
  }
}

/**
 * Gives `target` a lazy `observations` property over `columns` and a non-enumerable `columns` property:
 * the first read of `observations` builds the array (`observationsOfColumns`), keeps it, and removes
 * `columns`; assigning `observations` does the same with the array given. Returns `target`, typed with both.
 */
export function withLazyObservations<T extends object>(target: T, columns: ObservationColumns): T & { observations: Observation[]; columns?: ObservationColumns } {
  const settle = (self: object, value: Observation[]): void => {
    Object.defineProperty(self, 'observations', { value, writable: true, enumerable: true, configurable: true });
    delete (self as { columns?: unknown }).columns;
  };
  Object.defineProperty(target, 'columns', { value: columns, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(target, 'observations', {
    enumerable: true,
    configurable: true,
    get(this: object): Observation[] {
      const value = observationsOfColumns(columns);
      settle(this, value);
      return value;
    },
    set(this: object, value: Observation[]) {
      settle(this, value);
    },
  });
  return target as T & { observations: Observation[]; columns?: ObservationColumns };
}

/** How many observations `parsed` holds, without building them when it carries columns. */
export function observationCount(parsed: { observations: readonly Observation[]; columns?: ObservationColumns }): number {
  return parsed.columns ? parsed.columns.length : parsed.observations.length;
}

/**
 * What a person counts in a file, by kind: `ageCells` values with an age band (one per age × gender cell
 * when `byGender`, else one per age band), `segmentValues` values per city, country or other segment,
 * `otherValues` the rest (follower counts, daily values, totals). The three add up to
 * {@link observationCount}. Read from the columns when `parsed` carries them, without building objects.
 */
export interface ObservationKinds {
  ageCells: number;
  byGender: boolean;
  segmentValues: number;
  otherValues: number;
}

/** The {@link ObservationKinds} of `parsed`. */
export function observationKinds(parsed: { observations: readonly Observation[]; columns?: ObservationColumns }): ObservationKinds {
  const kinds: ObservationKinds = { ageCells: 0, byGender: false, segmentValues: 0, otherValues: 0 };
  const add = (hasAge: boolean, hasGender: boolean, hasSegment: boolean) => {
    if (hasAge) {
      kinds.ageCells++;
      if (hasGender) kinds.byGender = true;
    } else if (hasSegment) kinds.segmentValues++;
    else kinds.otherValues++;
  };
  const c = parsed.columns;
  if (c) for (let i = 0; i < c.length; i++) add(c.ageBand[i] !== 0, c.gender[i] !== 0, c.segment[i] !== 0);
  else for (const o of parsed.observations) add(o.ageBand !== undefined, o.gender !== undefined, o.segment !== undefined);
  return kinds;
}

/** The distinct metrics of `parsed`'s observations in first-seen order, without building them when it carries columns. */
export function observedMetrics(parsed: { observations: readonly Observation[]; columns?: ObservationColumns }): Metric[] {
  if (parsed.columns) return [...parsed.columns.metrics];
  return [...new Set(parsed.observations.map((o) => o.metric))];
}

/**
 * The days of a daily file's `period` (ISO, inclusive) for which none of its observations has a value:
 * their count and the runs of consecutive missing days, oldest first. Null when nothing is missing, when
 * the file has no period, or when it holds fewer than two whole single-day values (not a daily file: a
 * weekly or monthly table, or a table of posts or videos, has no days to miss). Read from the columns
 * without building objects when `parsed` carries them.
 */
export function missingDays(parsed: { period: Period | null; observations: readonly Observation[]; columns?: ObservationColumns }): { count: number; ranges: Period[] } | null {
  if (parsed.period === null) return null;
  // Only whole daily counts: a post, video or country value dated on a day (segment), or an age cell, is
  // not a day of the series (a posts file has no row on a day without posts; that day is not missing).
  // Days as offsets from the period's first day.
  const start = parsed.period.start;
  const days = new Set<number>();
  const addDay = (p: Period | null): void => {
    if (p && p.start === p.end) days.add(daysBetween(start, p.start));
  };
  const c = parsed.columns;
  if (c) {
    for (let i = 0; i < c.length; i++) if (c.segment[i] === 0 && c.ageBand[i] === 0 && c.gender[i] === 0 && c.period[i]! >= 0) addDay(c.periods[c.period[i]!]!);
  } else {
    for (const o of parsed.observations) if (o.segment === undefined && o.ageBand === undefined && o.gender === undefined) addDay(o.period);
  }
  if (days.size < 2) return null;
  const last = daysBetween(start, parsed.period.end);
  const ranges: Period[] = [];
  let count = 0;
  let runStart: number | null = null;
  for (let d = 0; d <= last + 1; d++) {
    const missing = d <= last && !days.has(d);
    if (missing) {
      count++;
      runStart ??= d;
    } else if (runStart !== null) {
      ranges.push({ start: addDaysIso(start, runStart), end: addDaysIso(start, d - 1) });
      runStart = null;
    }
  }
  return count === 0 ? null : { count, ranges };
}
