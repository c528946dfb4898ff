// Youth coverage: estimated youth reach ÷ Flemish residents of the same ages; totals across accounts are upper bounds (DESIGN.md §4).

import { populationCount, youthBandOfFloor } from '../reference/lookups';
import type { ReferenceSet } from '../reference/reference-figure';
import type { EstimatedYouthReach } from './estimated-youth-reach';
import { makeTrace } from './trace';
import type { Trace } from './trace';

/**
 * Youth coverage, a share 0..1 (may exceed 1 for views or audiences beyond Flanders):
 * - `value`: estimated youth reach ÷ residents of Flanders in `band`, or null when that count is unknown;
 * - `band`: `13-24` (floor 13) or `18-24` (floor 18); `residents`: the count used;
 * - `youthReach`: the estimated youth reach (or their sum, for a total);
 * - `upperBound`: true for a total across accounts or platforms (the same person counts twice), or when
 *   the reach was itself an upper bound.
 */
export interface YouthCoverage {
  value: number | null;
  band: '13-24' | '18-24';
  residents: number | null;
  youthReach: number;
  upperBound: boolean;
  trace: Trace;
}

/** Youth coverage of one account: `estimatedYouthReach ÷ residents(13-24 or 18-24)`. Never throws. */
export function youthCoverage(estimate: EstimatedYouthReach, set: ReferenceSet): YouthCoverage {
  const band = youthBandOfFloor(estimate.floor) as '13-24' | '18-24';
  const figure = populationCount(set, band);
  const residents = figure?.value ?? null;
  return {
    value: residents !== null && residents > 0 ? estimate.value / residents : null,
    band,
    residents,
    youthReach: estimate.value,
    upperBound: estimate.upperBound,
    trace: makeTrace({
      metric: 'youth-coverage',
      formula: `youthCoverage = estimatedYouthReach ÷ residents of Flanders aged ${band}`,
      inputs: [
        { name: 'estimatedYouthReach', value: estimate.value, unit: 'count' },
        { name: `residents ${band}`, value: residents, unit: 'count', ...(figure ? { figureId: figure.id } : {}) },
      ],
      referenceIds: figure ? [figure.id] : [],
      parts: [estimate.trace],
    }),
  };
}

/**
 * Youth coverage of several accounts (platforms, entities) together: the sum of their estimated youth
 * reach ÷ residents aged 13-24 when any estimate has floor 13, else 18-24. Always `upperBound: true`
 * (reach is not additive across platforms or accounts). Returns null for an empty list.
 */
export function totalYouthCoverage(estimates: readonly EstimatedYouthReach[], set: ReferenceSet): YouthCoverage | null {
  if (estimates.length === 0) return null;
  const band = estimates.some((e) => e.floor === 13) ? '13-24' : '18-24';
  const figure = populationCount(set, band);
  const residents = figure?.value ?? null;
  const youthReach = estimates.reduce((sum, e) => sum + e.value, 0);
  return {
    value: residents !== null && residents > 0 ? youthReach / residents : null,
    band,
    residents,
    youthReach,
    upperBound: true,
    trace: makeTrace({
      metric: 'youth-coverage-total',
      formula: `youthCoverage (upper bound) = Σ estimatedYouthReach ÷ residents of Flanders aged ${band}`,
      inputs: [
        ...estimates.map((e, i) => ({ name: `estimatedYouthReach[${i + 1}]`, value: e.value, unit: 'count' as const })),
        { name: `residents ${band}`, value: residents, unit: 'count', ...(figure ? { figureId: figure.id } : {}) },
      ],
      referenceIds: figure ? [figure.id] : [],
      parts: estimates.map((e) => e.trace),
    }),
  };
}
