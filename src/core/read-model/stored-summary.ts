// An import summary as it is kept on the import record: the daily counts in 32-bit whole numbers where
// every value fits, so that the full reading after a write (every import's summary read from IndexedDB)
// reads half the bytes (docs/architecture.md#read-model). Exact: a series with any value that is not a
// whole number in the 32-bit range keeps its 64-bit floats.

import type { DailyValues, ImportSummary, PeriodTotal, SeriesMetric, SplitSummary } from './import-summary';

/** The Int32 value that stands for a day without a value (NaN in {@link DailyValues}); never a count. */
export const STORED_GAP = -2147483648;

/** The highest count an Int32 series holds; a higher one keeps the series in 64-bit floats. */
const INT32_MAX = 2147483647;

/**
 * One metric's days as stored, dense from `start` (ISO `YYYY-MM-DD`): either as in {@link DailyValues}
 * (a `Float64Array`, NaN for a gap) or, when every value is a whole number from -2 147 483 647 to
 * 2 147 483 647, an `Int32Array` with {@link STORED_GAP} for a gap.
 */
export interface StoredDailyValues {
  start: string;
  values: Float64Array | Int32Array;
}

/**
 * The summary kept on an import record, `version` 3: an {@link ImportSummary} whose daily values may be
 * 32-bit ({@link StoredDailyValues}); totals and splits as they are.
 */
export interface PackedImportSummary {
  version: 3;
  daily: Partial<Record<SeriesMetric, StoredDailyValues>>;
  periodTotals: PeriodTotal[];
  splits: SplitSummary[];
}

/**
 * What an import record may hold: version 3 ({@link PackedImportSummary}, written since it exists) or
 * version 2 ({@link ImportSummary}, 64-bit floats, written before; read as it is, never rewritten).
 */
export type StoredImportSummary = ImportSummary | PackedImportSummary;

/** True when `summary` is a version the read model reads as it is (2 or 3); older ones are computed again. */
export function isReadableSummary(summary: { version: number } | undefined): summary is StoredImportSummary {
  return summary?.version === 2 || summary?.version === 3;
}

/** True when every value of `values` is NaN or a whole number that an Int32 holds besides {@link STORED_GAP}. */
function fitsInt32(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    if (!Number.isInteger(v) || v <= STORED_GAP || v > INT32_MAX) return false;
  }
  return true;
}

/**
 * The stored form of `summary` (version 3): each daily series as an `Int32Array` (gaps as
 * {@link STORED_GAP}) when every value fits, else its `Float64Array` as it is. `unpackSummary` gives the
 * same numbers back (a -0 comes back as 0). Never throws.
 */
export function packSummary(summary: ImportSummary): PackedImportSummary {
  const daily: Partial<Record<SeriesMetric, StoredDailyValues>> = {};
  for (const [metric, d] of Object.entries(summary.daily) as [SeriesMetric, DailyValues][]) {
    if (!fitsInt32(d.values)) {
      daily[metric] = d;
      continue;
    }
    const whole = new Int32Array(d.values.length);
    for (let i = 0; i < whole.length; i++) {
      const v = d.values[i]!;
      whole[i] = Number.isNaN(v) ? STORED_GAP : v;
    }
    daily[metric] = { start: d.start, values: whole };
  }
  return { version: 3, daily, periodTotals: summary.periodTotals, splits: summary.splits };
}

/**
 * The summary the read model computes with, from what an import record holds: version 3's Int32 series
 * become `Float64Array`s ({@link STORED_GAP} → NaN), version 2 is returned as it is. Never throws.
 */
export function unpackSummary(stored: StoredImportSummary): ImportSummary {
  if (stored.version === 2) return stored;
  const daily: Partial<Record<SeriesMetric, DailyValues>> = {};
  for (const [metric, d] of Object.entries(stored.daily) as [SeriesMetric, StoredDailyValues][]) {
    // Tag, not instanceof: an array read from another realm (a test's fake IndexedDB) is still an Int32Array.
    if (Object.prototype.toString.call(d.values) !== '[object Int32Array]') {
      daily[metric] = { start: d.start, values: d.values as Float64Array };
      continue;
    }
    const values = new Float64Array(d.values.length);
    for (let i = 0; i < values.length; i++) {
      const v = d.values[i]!;
      values[i] = v === STORED_GAP ? Number.NaN : v;
    }
    daily[metric] = { start: d.start, values };
  }
  return { version: 2, daily, periodTotals: stored.periodTotals, splits: stored.splits };
}
