// The rows of a 100 % stacked age profile: an account's band shares beside the population's at the same age floor (Statbel 2021, docs/reference-figures.md#population).

import { populationShareId } from '../core/reference/default-figures';
import type { ReferenceSet } from '../core/reference/reference-figure';
import { contrastRatio } from './palette';

/** One bar of the profile: its label, whether it is an account or the population, its age floor and the share 0..1 of each age band. */
export interface AgeProfileRow {
  key: string;
  label: string;
  kind: 'account' | 'population';
  floor: 13 | 18;
  shares: Readonly<Record<string, number>>;
}

/** The population bands of each floor: 13+ = 13-17 … 65+, 18+ = 18-24 … 65+. */
const POPULATION_BANDS: Readonly<Record<13 | 18, readonly string[]>> = {
  13: ['13-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'],
  18: ['18-24', '25-34', '35-44', '45-54', '55-64', '65+'],
};

/**
 * The Flemish population's age profile at `floor` from `set` (shares 0..1 of the 13+ or 18+ population,
 * figures `population.flanders.share-13plus.<band>` / `share-18plus.<band>`): 13+ → 13-17 0.0633,
 * 18-24 0.0889, 25-34 0.143 …; a band whose figure is unknown is left out. Null when no band is known.
 */
export function populationProfile(set: ReferenceSet, floor: 13 | 18): Record<string, number> | null {
  const out: Record<string, number> = {};
  for (const band of POPULATION_BANDS[floor]) {
    const f = set.byId[populationShareId('flanders', band, floor === 13 ? '13+' : '18+')];
    if (f && f.value !== null) out[band] = f.value;
  }
  return Object.keys(out).length > 0 ? out : null;
}

/** The lowest age of a band label (`13-17` → 13, `65+` → 65); unknown forms sort last. */
export function bandStart(band: string): number {
  const m = /^(\d+)/.exec(band);
  return m ? Number(m[1]) : 999;
}

/** Every band of `rows`, youngest first. */
export function profileBands(rows: readonly AgeProfileRow[]): string[] {
  const bands = new Set<string>();
  for (const r of rows) for (const b of Object.keys(r.shares)) bands.add(b);
  return [...bands].sort((a, b) => bandStart(a) - bandStart(b) || a.localeCompare(b));
}

/**
 * Youth bands in warm browns, older bands in blues, teal, violet and slate, so young people stand out. Every
 * colour has at least 4:1 contrast on white (WCAG 2.1 SC 1.4.11 asks 3:1; segments are also parted by a
 * white line), and any two bands that can sit side by side in a stacked bar (including Snapchat's 18-20 and
 * 21-24, TikTok's 55+ and Snapchat's 35+) are at least 12 apart in CIEDE2000, seen normally and through the
 * protanopia, deuteranopia and tritanopia simulations. Every band has its own colour (a legend with 55-64
 * and 55+ tells them apart): any two are at least 13 apart in CIEDE2000 seen normally (all checked in
 * `test/unit/charts/palette.test.ts`).
 */
export const BAND_COLORS: Readonly<Record<string, string>> = {
  '13-17': '#7F2704', // dark brown, 9.6:1
  '18-24': '#C2410C', // burnt orange, 5.2:1
  '18-20': '#BB6666', // dusky rose, 4.0:1
  '21-24': '#7A1F3D', // maroon, 10.0:1
  '25-34': '#08306B', // navy, 12.8:1
  '35-44': '#4A7FD0', // mid blue, 4.0:1
  '35+': '#2244FF', // bright blue, 6.3:1
  '45-54': '#1A5E63', // teal, 7.4:1
  '55-64': '#8A5AB0', // violet, 5.0:1
  '55+': '#667744', // olive, 4.9:1
  '65+': '#52595E', // slate, 7.1:1
};

/**
 * A band's fill colour: the fixed colour of a known band ({@link BAND_COLORS}), else a brown for a
 * youth band or a grey by its start age, never lighter than #767676 (4.5:1 on white).
 */
export function bandColor(band: string): string {
  const fixed = BAND_COLORS[band];
  if (fixed) return fixed;
  const start = bandStart(band);
  if (start < 25) return '#9A3B06';
  const grey = Math.min(0x76, 70 + Math.max(0, start - 25));
  const hex = grey.toString(16).padStart(2, '0');
  return `#${hex}${hex}${hex}`;
}

/** The text colour on `fill` with the better contrast: white or near-black (WCAG 2.1 contrast ratio). */
export function textColorOn(fill: string): string {
  return contrastRatio(fill, '#FFFFFF') >= contrastRatio(fill, '#1B1B1B') ? '#FFFFFF' : '#1B1B1B';
}

/**
 * The account rows followed by one population row per age floor among them (13+ before 18+), labelled by
 * `populationLabel(floor)`; a floor whose population profile is unknown gets no row.
 */
export function withPopulationRows(accounts: readonly AgeProfileRow[], set: ReferenceSet, populationLabel: (floor: 13 | 18) => string): AgeProfileRow[] {
  const floors = ([13, 18] as const).filter((f) => accounts.some((a) => a.floor === f));
  const population: AgeProfileRow[] = [];
  for (const floor of floors) {
    const shares = populationProfile(set, floor);
    if (shares) population.push({ key: `population-${floor}`, label: populationLabel(floor), kind: 'population', floor, shares });
  }
  return [...accounts, ...population];
}
