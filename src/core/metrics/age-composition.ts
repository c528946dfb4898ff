// Audience composition by age band and the youth share it yields, per account and period, unknown age kept apart (docs/method.md#figures).

import { ageBandBounds, compareAgeBands, isYouthBand } from '../model/age-band';
import type { AgeBand } from '../model/age-band';
import type { Basis, Observation, Period, Unit } from '../model/observation';

/** The age floor of a youth share: 13 when the split has a 13-17 band (even at 0), else 18. */
export type AgeFloor = 13 | 18;

/**
 * The band label for audience whose age is not known (e.g. a platform's "unknown" row, or a manual entry
 * of it). Observations with this band are kept apart: reported in `unknownAge`, never spread over the bands.
 */
export const UNKNOWN_AGE_BAND = 'unknown';

/**
 * An account's audience by age band for one basis.
 * - `shares`: share 0..1 of each band among the audience whose age is known; sums to 1.
 * - `youthShare`: sum of the shares of the youth bands (every band ending at or below 24), 0..1.
 * - `youthAgeFloor`: 13 or 18 (docs/method.md#figures); with floor 18 the youth share covers 18-24 only.
 * - `total`: the sum the shares were normalised by, in the unit of the input (counts, or the raw shares).
 * - `unit`: the unit of the input split (`count` or `share`).
 * - `youthTotal`: the sum of the youth bands in the input unit; `youthCount`: the same when the unit is
 *   `count` (people/accounts reached in the youth bands), else null.
 * - `unknownAge`: the audience of unknown age in the input unit (0 when none was reported); `unknownShare`:
 *   unknownAge ÷ (total + unknownAge), 0..1 — reported, not spread.
 */
export interface AgeComposition {
  basis: Basis;
  shares: Record<AgeBand, number>;
  youthShare: number;
  youthAgeFloor: AgeFloor;
  total: number;
  unit: Unit;
  youthTotal: number;
  youthCount: number | null;
  unknownAge: number;
  unknownShare: number;
}

/** Options of {@link ageComposition}: `period` keeps only observations whose period lies within it (inclusive). */
export interface AgeCompositionOptions {
  period?: Period | null;
}

function isKnownBand(band: string): boolean {
  if (band === UNKNOWN_AGE_BAND) return false;
  try {
    ageBandBounds(band);
    return true;
  } catch {
    return false;
  }
}

function within(p: Period | null, outer: Period): boolean {
  return p !== null && p.start >= outer.start && p.end <= outer.end;
}

/**
 * Builds the age composition of `basis` from observations that carry an age band (shares or counts;
 * gender and segment cells are summed per band). Observations of other metrics, or without an age band,
 * are ignored; with `options.period`, so are those outside it. Returns null when there is no split of
 * known age, or when it sums to 0. Bands are normalised over the bands with known age; the band
 * {@link UNKNOWN_AGE_BAND} (or any label that is not a canonical band) is kept apart as `unknownAge`
 * (docs/method.md#figures). Any band layout works: 13-17/18-24/…, finer (18-20 + 21-24) or coarser (55+).
 */
export function ageComposition(
  observations: readonly Observation[],
  basis: Basis,
  options: AgeCompositionOptions = {},
): AgeComposition | null {
  const entries: [string, number][] = [];
  let unit: Unit | null = null;
  for (const o of observations) {
    if (o.metric !== basis || o.ageBand === undefined) continue;
    if (options.period && !within(o.period, options.period)) continue;
    if (unit === null) unit = o.unit;
    else if (unit !== o.unit) continue; // never mix counts and shares in one split
    entries.push([o.ageBand, o.value]);
  }
  return unit === null ? null : compose(entries, basis, unit);
}

/** Sums the values per band (unknown age apart), normalises over the bands of known age. */
function compose(entries: readonly (readonly [string, number])[], basis: Basis, unit: Unit): AgeComposition | null {
  const sums = new Map<AgeBand, number>();
  let unknownAge = 0;
  for (const [band, value] of entries) {
    if (!isKnownBand(band)) unknownAge += value;
    else sums.set(band, (sums.get(band) ?? 0) + value);
  }
  if (sums.size === 0) return null;
  let total = 0;
  for (const v of sums.values()) total += v;
  if (!(total > 0)) return null;
  const bands = [...sums.keys()].sort(compareAgeBands);
  const shares: Record<AgeBand, number> = {};
  let youthShare = 0;
  let youthTotal = 0;
  for (const band of bands) {
    const value = sums.get(band) ?? 0;
    const share = value / total;
    shares[band] = share;
    if (isYouthBand(band)) {
      youthShare += share;
      youthTotal += value;
    }
  }
  const youngest = ageBandBounds(bands[0]!);
  const youthAgeFloor: AgeFloor = youngest.min < 18 ? 13 : 18;
  return {
    basis,
    shares,
    youthShare,
    youthAgeFloor,
    total,
    unit,
    youthTotal,
    youthCount: unit === 'count' ? youthTotal : null,
    unknownAge,
    unknownShare: unknownAge / (total + unknownAge),
  };
}

/**
 * The composition of a split given as plain values per band label (`{"13-17": 38.4, "18-24": 21.7, …,
 * "unknown": 2}`), in `unit` (`count`, or `share` — percentages work too, they are normalised). For a form
 * or a test; same rules as {@link ageComposition}. Returns null when no band of known age sums above 0.
 */
export function compositionFromBandValues(values: Readonly<Record<string, number>>, basis: Basis, unit: 'count' | 'share'): AgeComposition | null {
  return compose(Object.entries(values), basis, unit);
}

/** One period's composition, for trends: the period (ISO dates, inclusive) and its composition. */
export interface PeriodComposition {
  period: Period;
  composition: AgeComposition;
}

/**
 * The composition of `basis` per distinct period of the age-split observations (observations without a
 * period are skipped), oldest first (by start, then end). Periods whose split is empty are left out.
 */
export function ageCompositionsByPeriod(observations: readonly Observation[], basis: Basis): PeriodComposition[] {
  const groups = new Map<string, { period: Period; observations: Observation[] }>();
  for (const o of observations) {
    if (o.metric !== basis || o.ageBand === undefined || o.period === null) continue;
    const key = `${o.period.start}/${o.period.end}`;
    let g = groups.get(key);
    if (!g) {
      g = { period: o.period, observations: [] };
      groups.set(key, g);
    }
    g.observations.push(o);
  }
  const out: PeriodComposition[] = [];
  for (const g of groups.values()) {
    const composition = ageComposition(g.observations, basis);
    if (composition) out.push({ period: g.period, composition });
  }
  return out.sort((a, b) => a.period.start.localeCompare(b.period.start) || a.period.end.localeCompare(b.period.end));
}

/**
 * The age composition one file shows before it is stored (the import preview, the re-read check): when the
 * file holds age splits of several periods (Facebook's old page export: a 7-day window ending on each day),
 * the most recent one — the latest end, then the shortest window — as the screens show a file's figures
 * without a chosen period; the windows are never added up, which would count a person once per window
 * (docs/method.md#period). Otherwise {@link ageComposition} of all its observations. `period` is the split's
 * period when it is one of several (else null); `splits` how many dated splits of `basis` the file holds.
 */
export function fileComposition(observations: readonly Observation[], basis: Basis): { composition: AgeComposition | null; period: Period | null; splits: number } {
  const byPeriod = ageCompositionsByPeriod(observations, basis);
  if (byPeriod.length <= 1) return { composition: ageComposition(observations, basis), period: null, splits: byPeriod.length };
  const span = (p: Period): number => Date.parse(p.end) - Date.parse(p.start);
  const latest = byPeriod.reduce((best, c) =>
    c.period.end > best.period.end || (c.period.end === best.period.end && span(c.period) < span(best.period)) ? c : best,
  );
  return { composition: latest.composition, period: latest.period, splits: byPeriod.length };
}
