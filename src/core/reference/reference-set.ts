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
