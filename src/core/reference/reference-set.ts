// The reference set in use by default: the shipped figures with no overrides (a reset = this set).

import { DEFAULT_REFERENCE_FIGURES } from './default-figures';
import { applyOverrides } from './reference-figure';
import type { ReferenceOverride, ReferenceSet } from './reference-figure';

/** The shipped figures with no user override (docs/reference-figures.md). */
export const DEFAULT_REFERENCE_SET: ReferenceSet = applyOverrides(DEFAULT_REFERENCE_FIGURES, []);

/**
 * The set in use given a user's stored overrides (the settings screen's table `referenceOverrides`):
 * `applyOverrides(DEFAULT_REFERENCE_FIGURES, overrides)`. Throws like {@link applyOverrides}.
 */
export function referenceSetWith(overrides: readonly ReferenceOverride[]): ReferenceSet {
  return applyOverrides(DEFAULT_REFERENCE_FIGURES, overrides);
}

/**
 * The reference set from stored override records (`{ id, value }` where `value` is a {@link ReferenceOverride}
 * without its id): overrides are applied one by one with {@link referenceSetWith}; a record that is not an
 * object or that `applyOverrides` refuses (a share outside 0..1, a new figure without source …) is left out
 * and its id listed in `rejected`.
 */
export function referenceFromOverrides(records: readonly { id: string; value: unknown }[]): {
  set: ReferenceSet;
  overrides: ReferenceOverride[];
  rejected: string[];
} {
  const overrides: ReferenceOverride[] = [];
  const rejected: string[] = [];
  for (const r of records) {
    if (r.value === null || typeof r.value !== 'object') {
      rejected.push(r.id);
      continue;
    }
    const candidate = { ...(r.value as Omit<ReferenceOverride, 'id'>), id: r.id } as ReferenceOverride;
    try {
      referenceSetWith([...overrides, candidate]);
      overrides.push(candidate);
    } catch {
      rejected.push(r.id);
    }
  }
  return { set: referenceSetWith(overrides), overrides, rejected };
}
