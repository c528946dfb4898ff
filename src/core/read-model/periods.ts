// The period presets a user can choose (last 28 days, last quarter, a calendar year, a school year,
// everything), computed from the span of the stored data.

import type { Period } from '../model/observation';
import { dayToIso, isoToDay } from './import-summary';

/** A period preset: `id` (stable, for the URL's select), `kind` (which label), the period and label params. */
export interface PeriodPreset {
  id: string;
  kind: 'all' | 'last28' | 'lastQuarter' | 'year' | 'schoolYear';
  period: Period;
  params: Record<string, string>;
}

/** The last day of the month of an ISO date. */
function monthEnd(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/**
 * The presets for data spanning `span` (ISO days, inclusive), newest first within each kind:
 * - `all`: the whole span;
 * - `last28`: the 28 days ending on the span's last day;
 * - `lastQuarter`: the last calendar quarter that ends on or before the span's last day and overlaps it;
 * - `year`: each calendar year the span touches (newest first, at most 5);
 * - `schoolYear`: each school year (1 September – 31 August) the span touches (newest first, at most 5).
 * Returns [] when `span` is null.
 */
export function periodPresets(span: Period | null): PeriodPreset[] {
  if (!span) return [];
  const out: PeriodPreset[] = [{ id: 'all', kind: 'all', period: span, params: {} }];
  const end = span.end;
  out.push({ id: 'last28', kind: 'last28', period: { start: dayToIso(isoToDay(end) - 27), end }, params: {} });
  const y = Number(end.slice(0, 4));
  const m = Number(end.slice(5, 7));
  // The quarter ending on `end` if it is a quarter's last day, else the one before.
  let qEndMonth = Math.floor((m - 1) / 3) * 3 + 3;
  let qYear = y;
  if (monthEnd(qYear, qEndMonth) !== end) {
    qEndMonth -= 3;
    if (qEndMonth <= 0) {
      qEndMonth += 12;
      qYear -= 1;
    }
  }
  const qEnd = monthEnd(qYear, qEndMonth);
  const qStart = `${qYear}-${String(qEndMonth - 2).padStart(2, '0')}-01`;
  if (qEnd >= span.start) out.push({ id: 'last-quarter', kind: 'lastQuarter', period: { start: qStart, end: qEnd }, params: {} });
  const firstYear = Number(span.start.slice(0, 4));
  for (let year = y; year >= Math.max(firstYear, y - 4); year--) {
    out.push({ id: `year-${year}`, kind: 'year', period: { start: `${year}-01-01`, end: `${year}-12-31` }, params: { year: String(year) } });
  }
  const lastSchoolStart = m >= 9 ? y : y - 1;
  const firstSchoolStart = Number(span.start.slice(5, 7)) >= 9 ? firstYear : firstYear - 1;
  for (let from = lastSchoolStart; from >= Math.max(firstSchoolStart, lastSchoolStart - 4); from--) {
    out.push({ id: `school-${from}`, kind: 'schoolYear', period: { start: `${from}-09-01`, end: `${from + 1}-08-31` }, params: { from: String(from), to: String(from + 1) } });
  }
  return out;
}
