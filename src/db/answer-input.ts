// Pure helpers of the answer's input read back from storage: period keys, thresholds and reference overrides.

import type { Period } from '../core/model/observation';
import { applyOverrides } from '../core/reference/reference-figure';
import type { ReferenceOverride, ReferenceSet } from '../core/reference/reference-figure';
import { DEFAULT_REFERENCE_FIGURES } from '../core/reference/default-figures';
import { DEFAULT_THRESHOLDS, validateThresholds } from '../core/reference/thresholds';
import type { Thresholds } from '../core/reference/thresholds';

/** The settings key the thresholds are stored under (`settings` table, a partial {@link Thresholds} object). */
export const THRESHOLDS_SETTING_KEY = 'thresholds';

/** The key of a period in URLs and maps: `2025-09-01_2025-09-30`. */
export function periodKey(period: Period): string {
  return `${period.start}_${period.end}`;
}

/** The period of a key made by {@link periodKey}, or null when `key` is not two ISO dates joined by `_`. */
export function parsePeriodKey(key: string): Period | null {
  const m = /^(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})$/.exec(key);
  return m && m[1]! <= m[2]! ? { start: m[1]!, end: m[2]! } : null;
}

/**
 * Thresholds from a stored setting value: every known key holding a finite number replaces the default
 * (`DEFAULT_THRESHOLDS`); other keys are ignored. When the result fails `validateThresholds`, the defaults
 * are returned with `problem` set to the validation message. `undefined` (never set) gives the defaults.
 */
export function thresholdsFromSetting(value: unknown): { thresholds: Thresholds; problem: string | null } {
  const merged: Thresholds = { ...DEFAULT_THRESHOLDS };
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[]) {
      const v = (value as Record<string, unknown>)[key];
      if (typeof v === 'number' && Number.isFinite(v)) merged[key] = v;
    }
  }
  try {
    return { thresholds: validateThresholds(merged), problem: null };
  } catch (error) {
    return { thresholds: { ...DEFAULT_THRESHOLDS }, problem: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The reference set from stored override records (`referenceOverrides` table, each `{ id, value }` where
 * `value` is a {@link ReferenceOverride}): overrides are applied one by one on the shipped figures
 * (`DEFAULT_REFERENCE_FIGURES`); a record that is not an object or that `applyOverrides` refuses (a share
 * outside 0..1, a new figure without source …) is left out and its id listed in `rejected`.
 */
export function referenceFromOverrides(records: readonly { id: string; value: unknown }[]): { set: ReferenceSet; overrides: ReferenceOverride[]; rejected: string[] } {
  const overrides: ReferenceOverride[] = [];
  const rejected: string[] = [];
  for (const r of records) {
    if (r.value === null || typeof r.value !== 'object') {
      rejected.push(r.id);
      continue;
    }
    const candidate = { ...(r.value as Omit<ReferenceOverride, 'id'>), id: r.id } as ReferenceOverride;
    try {
      applyOverrides(DEFAULT_REFERENCE_FIGURES, [...overrides, candidate]);
      overrides.push(candidate);
    } catch {
      rejected.push(r.id);
    }
  }
  return { set: applyOverrides(DEFAULT_REFERENCE_FIGURES, overrides), overrides, rejected };
}
