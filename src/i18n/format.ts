// Number, percent and date formatting in the interface language (nl-BE or en-GB), via Intl (docs/architecture.md#test-hooks).

import type { Period } from '../core/model/observation';

/** An interface language. Dutch is the default whatever the browser says (docs/architecture.md#test-hooks). */
export type Language = 'nl' | 'en';

/** The languages the interface offers, default first. */
export const LANGUAGES: readonly Language[] = ['nl', 'en'];

/** The Intl locale used to format numbers and dates per interface language. */
export const INTL_LOCALE: Readonly<Record<Language, string>> = { nl: 'nl-BE', en: 'en-GB' };

/** The value of `<html lang>` per interface language. */
export const HTML_LANG: Readonly<Record<Language, string>> = { nl: 'nl-BE', en: 'en' };

/** Type guard: is `value` one of {@link LANGUAGES}? */
export function isLanguage(value: unknown): value is Language {
  return value === 'nl' || value === 'en';
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/**
 * Formats a share 0..1 as a percentage with one decimal: `0.1142` → `11,4%` (nl-BE) or `11.4%` (en-GB).
 * `decimals` sets the number of decimals (default 1).
 */
export function formatPercent(share: number, language: Language, decimals = 1): string {
  const key = `${language}|${decimals}`;
  let f = percentFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[language], {
      style: 'percent',
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    percentFormats.set(key, f);
  }
  return f.format(share);
}

const oneDecimalFormats = new Map<Language, Intl.NumberFormat>();

/** A number with exactly one decimal in the language (an index, percentage points): 394.62 → `394,6` (nl-BE), `394.6` (en-GB). */
export function formatOneDecimal(value: number, language: Language): string {
  let f = oneDecimalFormats.get(language);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[language], { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    oneDecimalFormats.set(language, f);
  }
  return f.format(value);
}

/** One count formatter per language (making an Intl formatter costs far more than using one). */
const countFormats = new Map<Language, Intl.NumberFormat>();

/** Formats a count with the language's grouping: `12345` → `12.345` (nl-BE) or `12,345` (en-GB). */
export function formatCount(value: number, language: Language): string {
  let f = countFormats.get(language);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[language], { maximumFractionDigits: 1 });
    countFormats.set(language, f);
  }
  return f.format(value);
}

/**
 * Formats a size in bytes (a count) for people, in decimal units as browsers report storage quota:
 * `0 byte`, `12,3 kB`, `4,5 MB`, `1,2 GB` (nl-BE) or `12.3 kB` … (en-GB), one decimal at most.
 */
export function formatBytes(bytes: number, language: Language): string {
  const [unit, divisor] =
    bytes >= 1e9
      ? (['gigabyte', 1e9] as const)
      : bytes >= 1e6
        ? (['megabyte', 1e6] as const)
        : bytes >= 1e3
          ? (['kilobyte', 1e3] as const)
          : (['byte', 1] as const);
  return new Intl.NumberFormat(INTL_LOCALE[language], { style: 'unit', unit, maximumFractionDigits: 1 }).format(bytes / divisor);
}

const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/** The day-month-year formatter of `language` (short month, UTC so no time zone shifts the day). */
function dateFormat(language: Language): Intl.DateTimeFormat {
  let f = dateFormats.get(language);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[language], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(language, f);
  }
  return f;
}

/** An ISO date `YYYY-MM-DD` as a UTC Date, or null when it is not one. */
function parseIsoDate(isoDate: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/**
 * Formats an ISO date `YYYY-MM-DD` as day, short month, year: `2025-03-01` → `1 mrt 2025` (nl-BE),
 * `1 Mar 2025` (en-GB). Returns the input unchanged when it is not an ISO date.
 */
export function formatDate(isoDate: string, language: Language): string {
  const date = parseIsoDate(isoDate);
  return date ? dateFormat(language).format(date) : isoDate;
}

/** Formatted periods by language and days: a screen names the same few periods hundreds of times. */
const periodTexts = new Map<string, string>();

/**
 * Formats an inclusive period with Intl's range form, which drops what both ends share:
 * 2025-09-01..2025-09-30 → `1–30 sep 2025` (nl-BE), `1 – 30 Sept 2025` (en-GB); one date when start = end;
 * `fallback` when the period is null (the file did not say).
 */
export function formatPeriod(period: Period | null, language: Language, fallback: string): string {
  if (!period) return fallback;
  const key = `${language}|${period.start}|${period.end}`;
  let text = periodTexts.get(key);
  if (text === undefined) {
    text = periodText(period, language);
    periodTexts.set(key, text);
  }
  return text;
}

function periodText(period: Period, language: Language): string {
  const start = parseIsoDate(period.start);
  const end = parseIsoDate(period.end);
  if (!start || !end) return `${period.start} – ${period.end}`;
  if (start.getTime() === end.getTime()) return dateFormat(language).format(start);
  const f = dateFormat(language);
  return typeof f.formatRange === 'function' && start < end
    ? f.formatRange(start, end)
    : `${f.format(start)} – ${f.format(end)}`;
}

/** The youth share's age floor as shown in the interface: `13+` or `18+`. */
export function formatAgeFloor(floor: 13 | 18): string {
  return `${floor}+`;
}

/** Decimals for a share shown as a percent: 1, or 2 when it is above 0 but under 0,1 % (0.0004 → 0,04 %, never 0,0 %). */
export function smallShareDecimals(share: number): number {
  return share > 0 && share < 0.001 ? 2 : 1;
}

/**
 * The two ends of a range of shares (0..1), written with the same decimals: two when either end is below
 * 0,1 % ({@link smallShareDecimals}), so a range never reads "0,10% tot 0,2%" nor "0,0% tot 0,0%".
 */
export function formatShareRange(low: number, high: number, language: Language): [string, string] {
  const decimals = rangeShareDecimals(low, high);
  return [formatPercent(low, language, decimals), formatPercent(high, language, decimals)];
}

/** The decimals shares written side by side take: the most any of them needs alone ({@link smallShareDecimals}). */
export function rangeShareDecimals(...shares: number[]): number {
  return Math.max(...shares.map(smallShareDecimals));
}

/**
 * `lowShare` and `highShare` of a range of shares (0..1) for a sentence: both with the same decimals
 * ({@link formatShareRange}); an unknown end reads `unknown`, the other end as it would alone.
 */
export function shareRangeParams(low: number | null, high: number | null, language: Language, unknown: string): { lowShare: string; highShare: string } {
  if (low !== null && high !== null) {
    const [lowShare, highShare] = formatShareRange(low, high, language);
    return { lowShare, highShare };
  }
  const one = (v: number | null): string => (v === null ? unknown : formatPercent(v, language, smallShareDecimals(v)));
  return { lowShare: one(low), highShare: one(high) };
}
