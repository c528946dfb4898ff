// The text key of a period, as URLs and maps carry it: `2025-09-01_2025-09-30`.

import type { Period } from './observation';

/** The key of a period in URLs and maps: `2025-09-01_2025-09-30` (start and end ISO days joined by `_`). */
export function periodKey(period: Period): string {
  return `${period.start}_${period.end}`;
}

/** The period of a key made by {@link periodKey}, or null when `key` is not two ISO dates (start ≤ end) joined by `_`. */
export function parsePeriodKey(key: string): Period | null {
  const m = /^(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})$/.exec(key);
  return m && m[1]! <= m[2]! ? { start: m[1]!, end: m[2]! } : null;
}
