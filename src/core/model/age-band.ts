// Age bands: parsing platform labels into one canonical form, and what counts as "youth" (docs/architecture.md#vocabulary, docs/method.md#figures).

/**
 * An age band in canonical form: `"13-17"`, `"18-24"`, `"65+"`, `"18-20"` … (plain hyphen, no unit).
 * Bounds are inclusive ages in years; an open band has no upper bound.
 */
export type AgeBand = string;

/** Inclusive bounds of an age band in years; `max` is null for an open band such as `65+`. */
export interface AgeBandBounds {
  min: number;
  max: number | null;
}

/** The bands Meta, YouTube and the Statbel reference use, youngest first. */
export const STANDARD_AGE_BANDS: readonly AgeBand[] = ['13-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'];

/** Youth = every band that ends at or below this age (docs/architecture.md#vocabulary). */
export const YOUTH_MAX_AGE = 24;

/**
 * Parses a platform's age label into a canonical band, or null when it is not an age band.
 * Accepts `13–17 years` (YouTube, EN DASH), `18-24` (Meta), `age18-24` / `age65-` (YouTube API codes),
 * `F.13-17` is *not* accepted here (strip the gender prefix first), `65+ years`, `55+`, `13 - 17 jaar`,
 * `18-24 ans`, `18 à 24 ans`, `18 tot 24 jaar`.
 */
export function parseAgeBand(label: string): AgeBand | null {
  const s = label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\u00ad/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/^age/, '')
    .replace(/\b(years?|jaar|ans|jahre|yrs?)\b\.?/g, '')
    .replace(/\s+(tot|à|a|bis|to)\s+/g, '-')
    .replace(/\s+/g, '')
    .trim();
  let m = /^(\d{1,3})-(\d{1,3})$/.exec(s);
  if (m) {
    const min = Number(m[1]);
    const max = Number(m[2]);
    if (max < min || max > 120) return null;
    return `${min}-${max}`;
  }
  m = /^(\d{1,3})(?:\+|-|en ouder|etplus|\+ans)$/.exec(s);
  if (m) return `${Number(m[1])}+`;
  return null;
}

/** Bounds of a canonical band. Throws `Error` when `band` is not canonical (see {@link parseAgeBand}). */
export function ageBandBounds(band: AgeBand): AgeBandBounds {
  let m = /^(\d+)-(\d+)$/.exec(band);
  if (m) return { min: Number(m[1]), max: Number(m[2]) };
  m = /^(\d+)\+$/.exec(band);
  if (m) return { min: Number(m[1]), max: null };
  throw new Error(`not a canonical age band: ${band}`);
}

/** True when the whole band is at or below {@link YOUTH_MAX_AGE} (13-17, 18-24, 18-20, 21-24 …). */
export function isYouthBand(band: AgeBand): boolean {
  const { max } = ageBandBounds(band);
  return max !== null && max <= YOUTH_MAX_AGE;
}

/** Sorts bands youngest first (by lower bound, then upper bound). */
export function compareAgeBands(a: AgeBand, b: AgeBand): number {
  const x = ageBandBounds(a);
  const y = ageBandBounds(b);
  return x.min - y.min || (x.max ?? 999) - (y.max ?? 999);
}
