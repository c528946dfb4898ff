// Representation index: youth share ÷ the population's youth share at the same age floor × 100, with its band (DESIGN.md §4, reference-figures.md §4b).

import { populationYouthShare } from '../reference/lookups';
import type { ReferenceSet } from '../reference/reference-figure';
import type { Thresholds } from '../reference/thresholds';
import type { AgeFloor } from './age-composition';
import { makeTrace } from './trace';
import type { Trace } from './trace';
import type { YouthShareResult } from './youth-share';

/** Where an index falls: below `underIndex`, between the bounds (inclusive), above `overIndex`. */
export type IndexBand = 'under' | 'proportional' | 'over';

/** An index band, or `insufficient-data` when the youth bands' reached count is below the minimum. */
export type RepresentationBand = IndexBand | 'insufficient-data';

/**
 * A representation index (100 = young people reached in proportion to the population):
 * - `value`: the index, or null when the population figure is unknown (never computed against 0);
 * - `band`: see {@link RepresentationBand}; null when `value` is null;
 * - `populationShare`: the reference share 0..1 used; `floor`: the age floor of both shares.
 */
export interface RepresentationIndex {
  value: number | null;
  band: RepresentationBand | null;
  populationShare: number | null;
  floor: AgeFloor;
  trace: Trace;
}

/** The band of `index`: `under` when < underIndex, `over` when > overIndex, else `proportional`. */
export function indexBand(index: number, thresholds: Pick<Thresholds, 'underIndex' | 'overIndex'>): IndexBand {
  if (index < thresholds.underIndex) return 'under';
  if (index > thresholds.overIndex) return 'over';
  return 'proportional';
}

/**
 * Representation index = `youthShare ÷ populationYouthShare(floor+) × 100` (the media-planning
 * selectiviteitsindex, https://www.mediaspecs.be/glossary/selectiviteitsindex/), against the Flemish
 * population of `set` at the youth share's own age floor (13+ or 18+). Band `insufficient-data` when the
 * youth bands' reached count is known and below `thresholds.minReachedPerBand` (the value is still given).
 * Never throws.
 */
export function representationIndex(
  youthShare: YouthShareResult,
  set: ReferenceSet,
  thresholds: Pick<Thresholds, 'underIndex' | 'overIndex' | 'minReachedPerBand'>,
): RepresentationIndex {
  const figure = populationYouthShare(set, youthShare.floor);
  const populationShare = figure?.value ?? null;
  const value = populationShare !== null && populationShare > 0 ? (youthShare.value / populationShare) * 100 : null;
  const tooFew = youthShare.youthCount !== null && youthShare.youthCount < thresholds.minReachedPerBand;
  const band: RepresentationBand | null = value === null ? null : tooFew ? 'insufficient-data' : indexBand(value, thresholds);
  const base = youthShare.floor === 13 ? '13+' : '18+';
  return {
    value,
    band,
    populationShare,
    floor: youthShare.floor,
    trace: makeTrace({
      metric: 'representation-index',
      formula: `representationIndex = youthShare ÷ populationYouthShare(${base}) × 100`,
      inputs: [
        { name: 'youthShare', value: youthShare.value, unit: 'share' },
        { name: `populationYouthShare(${base})`, value: populationShare, unit: 'share', ...(figure ? { figureId: figure.id } : {}) },
        { name: 'underIndex', value: thresholds.underIndex, unit: 'index', threshold: 'underIndex' },
        { name: 'overIndex', value: thresholds.overIndex, unit: 'index', threshold: 'overIndex' },
        ...(youthShare.youthCount !== null
          ? [
              { name: 'youthCount', value: youthShare.youthCount, unit: 'count' as const },
              { name: 'minReachedPerBand', value: thresholds.minReachedPerBand, unit: 'count' as const, threshold: 'minReachedPerBand' },
            ]
          : []),
      ],
      referenceIds: figure ? [figure.id] : [],
      parts: [youthShare.trace],
    }),
  };
}
