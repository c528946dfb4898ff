// Cell value parsers: numbers (decimal comma or point, thousands separators, `%`), missing markers,
// durations and dates, all from the raw strings of an export (docs/formats.md#traps items 4-6).

import { foldMonthWord, monthWordTable } from './month-names';

/**
 * Thrown by the value parsers when a cell is neither a value of the expected kind nor a missing marker.
 * Format modules turn it into an `ImportError('malformed', …)` with the line (see `format-helpers.ts`).
 * `kind` is what was expected; `raw` is the cell text as read.
 */
export class ValueParseError extends Error {
  readonly kind: 'number' | 'duration' | 'date';
  readonly raw: string;

  constructor(kind: 'number' | 'duration' | 'date', raw: string) {
    super(`"${raw}" is not a ${kind}`);
    this.name = 'ValueParseError';
    this.kind = kind;
    this.raw = raw;
  }
}

/**
 * Cell texts that mean "no value" (never 0): empty, `-` (legacy X, docs/formats.md#x), `undefined`
 * (TikTok, docs/formats.md#tiktok), `N/A` (Meta posts' caption type), `null`, `NaN`, `--`, an EN or EM DASH.
 */
const MISSING_MARKERS = new Set(['', '-', '--', '\u2013', '\u2014', 'undefined', 'n/a', 'na', 'null', 'nan']);

/** True when `raw` (trimmed, case-insensitive) is a missing-value marker, see {@link MISSING_MARKERS}. */
export function isMissing(raw: string): boolean {
  // Fast path (hot: once per cell): no marker starts with a digit, and trimming cannot make one start so.
  const first = raw.charCodeAt(0);
  if (first >= 48 && first <= 57) return false;
  return MISSING_MARKERS.has(raw.trim().toLowerCase());
}

/** True when `raw` is 1-300 ASCII digits, optionally after one `-`: read the same by every path below. */
function isPlainInteger(raw: string): boolean {
  const n = raw.length;
  if (n === 0 || n > 300) return false;
  let i = raw.charCodeAt(0) === 45 ? 1 : 0;
  if (i === n) return false;
  for (; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Options of {@link parseNumber}. `decimalSeparator` settles the ambiguous cases only: with `,` (a file
 * written with `;` delimiters by a Dutch/German Excel) `12,400` is 12.4 and `1.234` is 1234.
 */
export interface NumberOptions {
  decimalSeparator?: ',' | '.';
}

const GROUPED_COMMA = /^[-+]?\d{1,3}(?:,\d{3})+$/;
const GROUPED_DOT = /^[-+]?\d{1,3}(?:\.\d{3})+$/;
const PLAIN_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;

/**
 * Parses a number as exports write it: `1234`, `-3`, `194.6712`, `0,61` (decimal comma), `12,400` /
 * `12.400` / `1 234` (thousands separators), `1.234,5` / `1,234.5`, `12,3 %` (the `%` sign is dropped:
 * whether a value is a percentage is decided by the format module, never here).
 * Without `decimalSeparator`, a lone comma followed by exactly three digits in groups (`12,400`, seen in
 * Instagram post fixtures, docs/formats.md#meta) is a thousands separator, any other lone comma is a
 * decimal comma, and a lone point is a decimal point unless there are several (`1.234.567`).
 * Returns null for a missing marker ({@link isMissing}); throws {@link ValueParseError} otherwise.
 */
export function parseNumber(raw: string, options: NumberOptions = {}): number | null {
  // Fast path for the commonest cell, a bare integer (`1234`, `-3`): no separators, so the rules below
  // would only strip nothing and hand it to Number() (docs/architecture.md#speed: per-cell cost).
  if (isPlainInteger(raw)) return Number(raw);
  if (isMissing(raw)) return null;
  let s = raw
    .trim()
    .replace(/[\s\u00a0\u202f']/g, '')
    .replace(/\u2212/g, '-')
    .replace(/%$/, '');
  if (s === '') throw new ValueParseError('number', raw);
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    // Both present: the later one is the decimal separator.
    if (comma > dot) s = s.replace(/\./g, '').replace(',', '.');
    else s = s.replace(/,/g, '');
  } else if (comma >= 0) {
    const grouped = GROUPED_COMMA.test(s);
    if (grouped && options.decimalSeparator !== ',') {
      s = s.replace(/,/g, '');
    } else {
      if (s.indexOf(',') !== comma) throw new ValueParseError('number', raw);
      s = s.replace(',', '.');
    }
  } else if (dot >= 0) {
    const grouped = GROUPED_DOT.test(s);
    const manyDots = s.indexOf('.') !== dot;
    if (manyDots || (grouped && options.decimalSeparator === ',')) {
      if (!grouped) throw new ValueParseError('number', raw);
      s = s.replace(/\./g, '');
    }
  }
  if (!PLAIN_NUMBER.test(s)) throw new ValueParseError('number', raw);
  const n = Number(s);
  if (!Number.isFinite(n)) throw new ValueParseError('number', raw);
  return n;
}

/**
 * Parses a duration `H:MM:SS` (YouTube's `Average view duration`, e.g. `0:04:40` → 280) or `M:SS` into
 * seconds. Returns null for a missing marker; throws {@link ValueParseError} otherwise.
 */
export function parseDuration(raw: string): number | null {
  if (isMissing(raw)) return null;
  const s = raw.trim();
  let m = /^(\d+):([0-5]?\d):([0-5]?\d)$/.exec(s);
  if (m) return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  m = /^(\d+):([0-5]?\d)$/.exec(s);
  if (m) return Number(m[1]) * 60 + Number(m[2]);
  throw new ValueParseError('duration', raw);
}

/**
 * Month names and abbreviations keyed by their first three letters without diacritics: English, plus
 * Dutch (`mrt`, `mei`, `okt`), German (`mrz`, `mai`, `dez`, docs/formats.md#youtube on WDR's importer) and
 * French (`fev`, `avr`, `aou`). `jui` is ambiguous in French and is resolved on four letters.
 */
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, fev: 2, mar: 3, mrt: 3, mrz: 3, maa: 3, apr: 4, avr: 4, may: 5, mei: 5, mai: 5,
  jun: 6, jul: 7, aug: 8, aou: 8, sep: 9, oct: 10, okt: 10, nov: 11, dec: 12, dez: 12,
};

function monthNumber(word: string): number | null {
  const w = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\.$/, '');
  if (w.startsWith('juin')) return 6;
  if (w.startsWith('juil')) return 7;
  return MONTHS[w.slice(0, 3)] ?? null;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2999) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Options of {@link parseDate}: `slashOrder` says how `NN/NN/YYYY` reads: `mdy` (US: Meta posts,
 * LinkedIn; the default) or `dmy` (European, only where a format or a user's mapping says so).
 * `DD.MM.YYYY` (German) is always day first.
 */
export interface DateOptions {
  slashOrder?: 'mdy' | 'dmy';
}

/**
 * Parses the date forms the exports use into an ISO `YYYY-MM-DD` string (any time of day is dropped):
 * - ISO `2025-09-20`, `2025-09-20T00:00:00` (Meta page metrics), `2021-01-30 12:56 +0000` (legacy X);
 * - US `MM/DD/YYYY [HH:MM]` (Meta posts' `Publish time`, LinkedIn), or `DD/MM/YYYY` with
 *   `options.slashOrder = 'dmy'`; `DD.MM.YYYY`;
 * - `DD-MM-YYYY` (a YouTube `Totals.csv` re-saved by Excel, docs/formats.md#youtube);
 * - `Dec 15, 2023` (YouTube), `Thu, Sep 11, 2025` (X account overview), `15 Dec 2023`.
 * A date without a year (TikTok's `August 19`) is not a date here. Returns null for a missing marker;
 * throws {@link ValueParseError} for anything else, including impossible days such as `2025-02-30`.
 */
export function parseDate(raw: string, options: DateOptions = {}): string | null {
  // Exports repeat each date on many rows (one per video, post or segment): memoise per distinct text.
  const cache = options.slashOrder === 'dmy' ? DATE_CACHE_DMY : options.slashOrder === 'mdy' ? DATE_CACHE_MDY : DATE_CACHE_DEFAULT;
  // Consecutive rows mostly repeat the previous date: comparing two short strings beats hashing one.
  if (cache === lastDate.cache && raw === lastDate.raw) return lastDate.iso;
  let iso = cache.get(raw);
  if (iso === undefined) {
    iso = parseDateUncached(raw, options);
    if (cache.size >= DATE_CACHE_LIMIT) cache.clear();
    cache.set(raw, iso);
  }
  lastDate.cache = cache;
  lastDate.raw = raw;
  lastDate.iso = iso;
  return iso;
}

/** The last text {@link parseDate} answered, with the cache (options) and the answer. */
const lastDate: { cache: Map<string, string | null> | null; raw: string; iso: string | null } = { cache: null, raw: '', iso: null };

/** How many distinct date texts each {@link parseDate} cache keeps before it starts over (a few years of days). */
const DATE_CACHE_LIMIT = 4096;
const DATE_CACHE_DEFAULT = new Map<string, string | null>();
const DATE_CACHE_MDY = new Map<string, string | null>();
const DATE_CACHE_DMY = new Map<string, string | null>();

/** {@link parseDate} without the memo (the memo keeps only results, never errors). */
function parseDateUncached(raw: string, options: DateOptions): string | null {
  if (isMissing(raw)) return null;
  const s = raw.trim().replace(/\s+/g, ' ');
  let iso: string | null = null;
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z| ?[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  else if ((m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:,? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?)?$/.exec(s))) {
    const dmy = options.slashOrder === 'dmy' || (options.slashOrder === undefined && s.includes('.'));
    iso = dmy ? isoDate(Number(m[3]), Number(m[2]), Number(m[1])) : isoDate(Number(m[3]), Number(m[1]), Number(m[2]));
  } else if ((m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(s))) {
    iso = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  } else if ((m = /^(?:[^\d\s,]{2,12}\.?, ?)?([^\d\s,]{3,12}) (\d{1,2}),? (\d{4})$/.exec(s))) {
    const month = monthNumber(m[1] ?? '');
    if (month !== null) iso = isoDate(Number(m[3]), month, Number(m[2]));
  } else if ((m = /^(\d{1,2})\.? ([^\d\s,]{3,12}),? (\d{4})$/.exec(s))) {
    const month = monthNumber(m[2] ?? '');
    if (month !== null) iso = isoDate(Number(m[3]), month, Number(m[1]));
  }
  if (iso === null) throw new ValueParseError('date', raw);
  return iso;
}

/** A percentage 0..100 as a share 0..1 (`10.81` → `0.1081`). The format module decides it is a percentage. */
export function percentToShare(percent: number): number {
  return percent / 100;
}

/**
 * The month 1..12 of a month word in any language of `MONTH_NAME_LOCALES` (full or abbreviated, as CLDR
 * writes it: `marzo`, `März`, `mrt`, `sept.`, `marca`), else null. A word that is not in the table is
 * accepted as an abbreviation (3+ letters) when it starts exactly one month's names.
 */
export function monthOfName(word: string): number | null {
  const w = foldMonthWord(word);
  if (w.length < 3) return null;
  const words = monthWordTable();
  const exact = words.get(w);
  if (exact !== undefined) return exact;
  // `juin`/`juil…` and `jun`/`jul` share a prefix: only abbreviations of a single month's names count.
  const hits = new Set<number>();
  for (const [name, month] of words) if (name.startsWith(w)) hits.add(month);
  return hits.size === 1 ? ([...hits][0] ?? null) : null;
}

/** A day of a month without a year, as TikTok writes its dates (docs/formats.md#tiktok). */
export interface DayMonth {
  month: number;
  day: number;
}

/**
 * Parses a date without a year: `August 19`, `Aug 19`, `19 August`, `18 augustus`, `19 août`, `1er août`,
 * `19. August`, `8 de marzo`, `8 de março`, `8 marca`, `március 8.` (month names of `MONTH_NAME_LOCALES`).
 * Returns null when `raw` is not of that form (including impossible days such as `February 30`);
 * `February 29` is accepted (the year decides).
 */
export function parseDayMonth(raw: string): DayMonth | null {
  const s = raw.trim().replace(/\s+/g, ' ');
  let m = /^(\p{L}[\p{L}.]*) (\d{1,2})\.?$/u.exec(s);
  let word: string | undefined;
  let dayText: string | undefined;
  if (m) {
    word = m[1];
    dayText = m[2];
  } else if ((m = /^(\d{1,2})(?:er|\.|º|°)? (?:de |d'|di )?(\p{L}[\p{L}.]*)$/u.exec(s))) {
    dayText = m[1];
    word = m[2];
  }
  if (word === undefined || dayText === undefined) return null;
  const month = monthOfName(word);
  const day = Number(dayText);
  if (month === null || day < 1) return null;
  const maxDay = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
  return day <= maxDay ? { month, day } : null;
}

/** True when `iso` is a real calendar day `YYYY-MM-DD`. */
export function isIsoDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m !== null && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === iso;
}

/**
 * Places a day without a year in time: the latest year in which that day falls on or before
 * `exportDate` (ISO). TikTok exports cover at most 365 days back from the download (docs/formats.md#tiktok-dates), so every row of one file resolves uniquely, across the December→January wrap: with export day
 * 2026-01-03, `December 30` → 2025-12-30 and `January 2` → 2026-01-02. `February 29` goes to the latest
 * leap year within the 366 days before the export day, else null.
 */
export function resolveDayMonth(dm: DayMonth, exportDate: string): string | null {
  const exportYear = Number(exportDate.slice(0, 4));
  for (const year of [exportYear, exportYear - 1]) {
    const iso = isoDate(year, dm.month, dm.day);
    if (iso !== null && iso <= exportDate) return iso;
  }
  return null;
}

/** The ISO day `days` days after `iso` (before, when negative). */
export function addDaysIso(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from ISO day `from` to ISO day `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The ISO day (UTC) of an epoch time in milliseconds. */
export function isoDayOfEpochMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
