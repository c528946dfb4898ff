// Population reference figures for the representation of young people (reference-figures.md §1a, §5).

/** A reference figure: a value with its source, year and confidence (DESIGN.md §3). */
export interface ReferenceFigure {
  id: string;
  value: number;
  unit: 'share' | 'count';
  year: number;
  source: string;
  confidence: 'high' | 'medium' | 'low';
  note?: string;
}

const STATBEL_2021 =
  'Statbel, bevolking naar woonplaats, nationaliteit, burgerlijke staat, leeftijd en geslacht, 1 januari 2021 ' +
  '(eenjarige leeftijden, Vlaams Gewest; aandelen berekend door Youth Reach, zie reference-figures.md §1a)';

/**
 * Share of young people in the Flemish population at the same age floor as the platform data
 * (DESIGN.md §4): 13-24 of 13+ = 871,814 / 5,725,665 = 15.23 %; 18-24 of 18+ = 509,224 / 5,363,075 = 9.50 %.
 * Values are shares 0..1.
 */
export const POPULATION_YOUTH_SHARE: Readonly<Record<13 | 18, ReferenceFigure>> = {
  13: {
    id: 'flanders-2021-youth-share-13plus',
    value: 0.1523,
    unit: 'share',
    year: 2021,
    source: STATBEL_2021,
    confidence: 'high',
    note: '13-24 als aandeel van 13+',
  },
  18: {
    id: 'flanders-2021-youth-share-18plus',
    value: 0.095,
    unit: 'share',
    year: 2021,
    source: STATBEL_2021,
    confidence: 'high',
    note: '18-24 als aandeel van 18+',
  },
};

/** Short source line for charts ("Statbel 2021"). */
export const POPULATION_SOURCE_SHORT = 'Statbel 2021';
