// Observations as columns (typed arrays + dictionaries): how a large file's numbers travel from its format
// to storage without an object per row (docs/architecture.md#speed).

import type { AgeBand } from './age-band';
import type { Gender, Metric, Observation, Period, Unit } from './observation';

/**
 * `length` observations of one file in columns, row `i` being one {@link Observation}:
 * - `values[i]`: the value in the row's unit;
 * - `period[i]`: index into `periods`, or -1 when the observation has no period;
 * - `metric[i]` / `unit[i]`: indexes into `metrics` / `units`;
 * - `ageBand[i]` / `gender[i]` / `segment[i]`: 0 when absent, else index + 1 into `ageBands` /
 *   `genders` / `segments`.
 * The typed arrays may be longer than `length` (spare capacity); only `[0, length)` counts. Every
 * dictionary lists its entries in the order rows first use them, and holds only entries some row uses.
 */
export interface ObservationColumns {
  length: number;
  values: Float64Array;
  period: Int32Array;
  metric: Int32Array;
  unit: Int32Array;
  ageBand: Int32Array;
  gender: Int32Array;
  segment: Int32Array;
  periods: Period[];
  metrics: Metric[];
  units: Unit[];
  ageBands: AgeBand[];
  genders: Gender[];
  segments: string[];
}

/**
 * The observations of `columns`, in row order: `{ metric, period, ageBand?, gender?, segment?, value,
 * unit }` with the optional keys present only when set. Rows with the same period index share one period
 * object (`columns.periods[k]`).
 */
export function observationsOfColumns(columns: ObservationColumns): Observation[] {
  const { values, period, metric, unit, ageBand, gender, segment, periods, metrics, units, ageBands, genders, segments } = columns;
  const out = new Array<Observation>(columns.length);
  for (let i = 0; i < columns.length; i++) {
    const p = period[i]!;
    const b = ageBand[i]!;
    const g = gender[i]!;
    const s = segment[i]!;
    const o: Observation = { metric: metrics[metric[i]!]!, period: p < 0 ? null : periods[p]! } as Observation;
    if (b !== 0) o.ageBand = ageBands[b - 1]!;
    if (g !== 0) o.gender = genders[g - 1]!;
    if (s !== 0) o.segment = segments[s - 1]!;
    o.value = values[i]!;
    o.unit = units[unit[i]!]!;
    out[i] = o;
  }
  return out;
}
