// The Flemish population's youth share at each age floor, as the overview marks it (docs/reference-figures.md#population); from the default figures.

import { DEFAULT_REFERENCE_FIGURES, populationShareId } from './default-figures';
import type { KnownReferenceFigure, ReferenceFigure } from './reference-figure';

function known(id: string): KnownReferenceFigure {
  const f: ReferenceFigure | undefined = DEFAULT_REFERENCE_FIGURES.find((x) => x.id === id);
  if (f === undefined || f.value === null) throw new Error(`default reference figure ${id} missing`);
  return { ...f, value: f.value };
}

/**
 * Share of young people in the Flemish population at the same age floor as the platform data
 * (docs/method.md#figures), the shipped defaults (user overrides: see `reference-set.ts`):
 * 13 → 13-24 of 13+ = 871,814 / 5,725,665 = 15.23 % (0.1523); 18 → 18-24 of 18+ = 509,224 / 5,363,075
 * = 9.50 % (0.0950). Values are shares 0..1 (Statbel, 1 January 2021).
 */
export const POPULATION_YOUTH_SHARE: Readonly<Record<13 | 18, KnownReferenceFigure>> = {
  13: known(populationShareId('flanders', '13-24', '13+')),
  18: known(populationShareId('flanders', '18-24', '18+')),
};

/** Short source line for charts ("Statbel 2021"). */
export const POPULATION_SOURCE_SHORT = 'Statbel 2021';
