// Youth share with its age floor, as a traced metric result (DESIGN.md §4).

import type { AgeBand } from '../model/age-band';
import type { Basis } from '../model/observation';
import type { AgeComposition, AgeFloor } from './age-composition';
import { makeTrace, NO_SOURCE } from './trace';
import type { SourceRef, Trace, TraceInput } from './trace';

/**
 * An account's youth share with its trace:
 * - `value`: share 0..1 of the audience of known age in the youth bands (13-17 + 18-24, or 18-24 only);
 * - `floor`: 13 or 18 (13 when the split has a 13-17 band); `basis`: what the split is a share of;
 * - `youthCount`: people/accounts in the youth bands when the split was counts, else null.
 */
export interface YouthShareResult {
  value: number;
  floor: AgeFloor;
  basis: Basis;
  youthCount: number | null;
  trace: Trace;
}

/** What {@link youthShareMetric} needs: a full composition, or the stored figures of one (shares optional). */
export type YouthShareSource = Pick<AgeComposition, 'youthShare' | 'youthAgeFloor' | 'basis' | 'youthCount'> & {
  shares?: Record<AgeBand, number>;
};

/**
 * The youth share of a composition, traced to `source` (the account, imports and files of the split).
 * Formula: `sum of youth band shares ÷ sum of bands with known age` (floor 13: 13-17 + 18-24; floor 18:
 * 18-24). When `shares` are given each band is listed as an input. Never throws.
 */
export function youthShareMetric(c: YouthShareSource, source: SourceRef = NO_SOURCE): YouthShareResult {
  const inputs: TraceInput[] = [];
  for (const [band, share] of Object.entries(c.shares ?? {})) inputs.push({ name: `share ${band}`, value: share, unit: 'share' });
  inputs.push({ name: 'youthShare', value: c.youthShare, unit: 'share' });
  inputs.push({ name: 'ageFloor', value: c.youthAgeFloor, unit: 'count' });
  inputs.push({ name: 'basis', value: c.basis, unit: 'text' });
  if (c.youthCount !== null) inputs.push({ name: 'youthCount', value: c.youthCount, unit: 'count' });
  return {
    value: c.youthShare,
    floor: c.youthAgeFloor,
    basis: c.basis,
    youthCount: c.youthCount,
    trace: makeTrace({
      metric: 'youth-share',
      formula:
        c.youthAgeFloor === 13
          ? 'youthShare = (share 13-17 + share 18-24) ÷ sum of shares of bands with known age'
          : 'youthShare = share 18-24 ÷ sum of shares of bands with known age (no 13-17 band: floor 18)',
      inputs,
      sources: [source],
    }),
  };
}
