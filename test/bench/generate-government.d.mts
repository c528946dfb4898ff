// Types of generate-government.mjs (the bench's generator), for the smoke test in TypeScript.

/** What {@link generateEntity} wrote for one entity. */
export interface GeneratedEntity {
  entity: string;
  files: string[];
  observations: number;
  days: number;
}

/** Videos per YouTube channel in the daily chart data. */
export const VIDEOS: number;
/** Metrics X's account overview yields per day. */
export const X_METRICS_PER_DAY: number;
/** Observations of one YouTube viewer-age table (7 bands × 4 figures). */
export const VIEWER_AGE_OBSERVATIONS: number;
/** The name of entity `index` (0-based). */
export function entityName(index: number): string;
/** Writes the exports of entity `index` under `dir/<nnn>/`. */
export function generateEntity(dir: string, index: number, options?: { firstYear?: number; years?: number; videos?: number }): GeneratedEntity;
/** Writes the exports of `entities` entities under `dir`. */
export function generateGovernment(
  dir: string,
  entities: number,
  options?: { firstYear?: number; years?: number; videos?: number },
): { entities: GeneratedEntity[]; files: number; observations: number; days: number };
