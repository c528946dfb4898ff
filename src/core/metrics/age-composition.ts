// Audience composition by age band and the youth share it yields (DESIGN.md §4).

import { ageBandBounds, compareAgeBands, isYouthBand } from '../model/age-band';
import type { AgeBand } from '../model/age-band';
import type { Basis, Observation } from '../model/observation';

/** The age floor of a youth share: 13 when the split has a 13-17 band (even at 0), else 18. */
export type AgeFloor = 13 | 18;

/**
 * An account's audience by age band for one basis.
 * - `shares`: share 0..1 of each band among the audience whose age is known; sums to 1.
 * - `youthShare`: sum of the shares of the youth bands (every band ending at or below 24), 0..1.
 * - `youthAgeFloor`: 13 or 18 (DESIGN.md §4); with floor 18 the youth share covers 18-24 only.
 * - `total`: the sum the shares were normalised by, in the unit of the input (counts, or the raw shares).
 */
export interface AgeComposition {
  basis: Basis;
  shares: Record<AgeBand, number>;
  youthShare: number;
  youthAgeFloor: AgeFloor;
  total: number;
}

/**
 * Builds the age composition of `basis` from observations that carry an age band (shares or counts;
 * gender and segment cells are summed per band). Observations of other metrics, or without an age band,
 * are ignored. Returns null when there is no age split, or when it sums to 0.
 * Bands are normalised over the bands with known age: unknown age is not spread (DESIGN.md §4).
 */
export function ageComposition(observations: readonly Observation[], basis: Basis): AgeComposition | null {
  const sums = new Map<AgeBand, number>();
  let unit: string | null = null;
  for (const o of observations) {
    if (o.metric !== basis || o.ageBand === undefined) continue;
    if (unit === null) unit = o.unit;
    else if (unit !== o.unit) continue; // never mix counts and shares in one split
    sums.set(o.ageBand, (sums.get(o.ageBand) ?? 0) + o.value);
  }
  if (sums.size === 0) return null;
  let total = 0;
  for (const v of sums.values()) total += v;
  if (!(total > 0)) return null;
  const bands = [...sums.keys()].sort(compareAgeBands);
  const shares: Record<AgeBand, number> = {};
  let youthShare = 0;
  for (const band of bands) {
    const share = (sums.get(band) ?? 0) / total;
    shares[band] = share;
    if (isYouthBand(band)) youthShare += share;
  }
  const youngest = ageBandBounds(bands[0]!);
  const youthAgeFloor: AgeFloor = youngest.min < 18 ? 13 : 18;
  return { basis, shares, youthShare, youthAgeFloor, total };
}
