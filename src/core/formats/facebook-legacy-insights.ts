// Format `facebook-legacy-insights`: the legacy Facebook "Page Insights > Export data" file (CSV and XLSX,
// before Meta Business Suite): header row, description row, one row per day (docs/formats.md#facebook-legacy-insights).

import { parseAgeBand } from '../model/age-band';
import type { Basis, Gender, Metric, Observation, Period } from '../model/observation';
import type { ImportWarning } from '../model/parsed-file';
import type { FormatContext, FormatResult, FormatSpec, WorkbookContext, WorkbookFormatSpec } from './format-spec';
import { dateCell, looksLikeDate, numberCell, periodOfDates } from './format-helpers';
import { matchesAlias, normaliseHeader } from './headers';
import { isBlankRow } from './sniff';
import { addDaysIso } from './values';

/** Age × gender breakdowns this format reads: title → metric, and the days a value covers (1, 7, 28). */
const BREAKDOWNS: readonly { titles: readonly string[]; metric: Metric; days: number; basis: Basis }[] = [
  { titles: ['Weekly Reach Demographics'], metric: 'reach', days: 7, basis: 'reach' },
  { titles: ['Lifetime Likes by Gender and Age', 'Lifetime Fans by Gender and Age'], metric: 'followers', days: 1, basis: 'followers' },
];

/**
 * Segment of the weekly and 28-day versions of a whole-page figure. Facebook writes `Daily`, `Weekly` and
 * `28 Days` versions of a metric side by side, each row holding the window that ends that day; the
 * windows overlap (a person reached on Monday is in that day's, that week's and that 28 days' reach), so
 * they are separate figures: the daily one is the whole (`reach`), the others carry this segment and are
 * never added to it or to each other.
 */
export const WINDOW_SEGMENT: Readonly<Record<7 | 28, string>> = { 7: 'window:7d', 28: 'window:28d' };

/**
 * Whole-page columns: title → metric, the days a value covers (stocks: 1, the level on that day) and,
 * for a weekly or 28-day window, its segment ({@link WINDOW_SEGMENT}).
 */
const TOTALS: readonly { titles: readonly string[]; metric: Metric; days: number; segment?: string }[] = [
  { titles: ['Lifetime Total Likes', 'Lifetime Total Fans'], metric: 'followers', days: 1 },
  { titles: ['Daily New Likes'], metric: 'follows', days: 1 },
  { titles: ['Daily Unlikes'], metric: 'unfollows', days: 1 },
  { titles: ['Daily Total Reach'], metric: 'reach', days: 1 },
  { titles: ['Weekly Total Reach'], metric: 'reach', days: 7, segment: WINDOW_SEGMENT[7] },
  { titles: ['28 Days Total Reach'], metric: 'reach', days: 28, segment: WINDOW_SEGMENT[28] },
  { titles: ['Daily Total Impressions'], metric: 'impressions', days: 1 },
  { titles: ['Weekly Total Impressions'], metric: 'impressions', days: 7, segment: WINDOW_SEGMENT[7] },
  { titles: ['28 Days Total Impressions'], metric: 'impressions', days: 28, segment: WINDOW_SEGMENT[28] },
];

const GENDER_PREFIX: Readonly<Record<string, Gender>> = { f: 'female', m: 'male', u: 'unknown' };

/** `F.13-17` → female 13-17; `U.65+` → unknown 65+; null when not a gender.band key. */
export function parseGenderBand(key: string): { gender: Gender; ageBand: string } | null {
  const m = /^([FMU])\.\s*(.+)$/i.exec(key.trim());
  if (!m) return null;
  const gender = GENDER_PREFIX[(m[1] ?? '').toLowerCase()];
  const ageBand = parseAgeBand(m[2] ?? '');
  return gender !== undefined && ageBand !== null ? { gender, ageBand } : null;
}

/** The period a value dated `iso` covers: the `days` days ending on it. */
function periodEnding(iso: string, days: number): Period {
  return { start: days <= 1 ? iso : addDaysIso(iso, -(days - 1)), end: iso };
}

/** What one column means: a breakdown cell, a total, or nothing known. */
type ColumnMeaning =
  | { kind: 'breakdown'; metric: Metric; days: number; basis: Basis; gender: Gender; ageBand: string }
  | { kind: 'total'; metric: Metric; days: number; segment?: string }
  | null;

/** Interprets header `h`; `sheetTitle` is the breakdown a sheet is about (XLSX: one sheet per breakdown). */
function columnMeaning(h: string, sheetTitle: string | null): ColumnMeaning {
  const total = TOTALS.find((t) => matchesAlias(h, t.titles));
  if (total) return { kind: 'total', metric: total.metric, days: total.days, ...(total.segment ? { segment: total.segment } : {}) };
  const sep = h.lastIndexOf(' - ');
  const title = sep >= 0 ? h.slice(0, sep) : sheetTitle;
  const key = sep >= 0 ? h.slice(sep + 3) : h;
  if (title === null) return null;
  const breakdown = BREAKDOWNS.find((b) => b.titles.some((t) => sameOrCutTitle(title, t)));
  const cell = parseGenderBand(key);
  if (!breakdown || !cell) return null;
  return { kind: 'breakdown', metric: breakdown.metric, days: breakdown.days, basis: breakdown.basis, ...cell };
}

/** True when `title` is `full`, or `full` cut by Excel to 31 characters with `...` (sheet names). */
function sameOrCutTitle(title: string, full: string): boolean {
  const t = normaliseHeader(title);
  const f = normaliseHeader(full);
  if (t === f) return true;
  const cut = t.endsWith('...') ? t.slice(0, -3).replace(/[(\s]+$/, '') : t.endsWith('…') ? t.slice(0, -1) : null;
  return cut !== null && cut.length >= 10 && f.startsWith(cut);
}

function isDateHeader(cell: string | undefined): boolean {
  return matchesAlias(cell ?? '', ['Date', 'Datum', 'Date de fin', 'End date']);
}

/** True when `ctx` has the legacy layout: `Date` first and at least one known total or breakdown column. */
function looksLegacy(ctx: FormatContext, sheetTitle: string | null): boolean {
  const header = ctx.rows[0] ?? [];
  if (!isDateHeader(header[0])) return false;
  return header.slice(1).some((h) => columnMeaning(h, sheetTitle) !== null);
}

interface TableRead {
  observations: Observation[];
  dates: string[];
  ignored: number;
  bases: Set<Basis>;
}

/**
 * Reads one legacy table (a CSV or one sheet): row 0 the titles, then the description row (any row whose
 * first cell is not a date is skipped before the data starts), then days.
 */
function readTable(ctx: FormatContext, sheetTitle: string | null): TableRead {
  const header = ctx.rows[0] ?? [];
  const meanings = header.map((h, i) => (i === 0 ? null : columnMeaning(h, sheetTitle)));
  const ignored = header.filter((h, i) => i > 0 && h.trim() !== '' && meanings[i] === null).length;
  const observations: Observation[] = [];
  const dates: string[] = [];
  const bases = new Set<Basis>();
  for (let i = 1; i < ctx.rows.length; i++) {
    const row = ctx.rows[i] ?? [];
    if (isBlankRow(row) || !looksLikeDate(row[0])) continue; // the description row, blank rows
    const date = dateCell(ctx, i, 0, header[0] ?? 'Date');
    if (date === null) continue;
    dates.push(date);
    meanings.forEach((meaning, c) => {
      if (meaning === null) return;
      const value = numberCell(ctx, i, c, header[c] ?? '');
      if (value === null) return;
      const period = periodEnding(date, meaning.days);
      if (meaning.kind === 'total') {
        observations.push({ metric: meaning.metric, period, ...(meaning.segment ? { segment: meaning.segment } : {}), value, unit: 'count' });
      }
      else {
        bases.add(meaning.basis);
        observations.push({ metric: meaning.metric, period, ageBand: meaning.ageBand, gender: meaning.gender, value, unit: 'count' });
      }
    });
  }
  return { observations, dates, ignored, bases };
}

function result(reads: readonly TableRead[]): FormatResult {
  const seen = new Set<string>();
  const observations: Observation[] = [];
  for (const r of reads) {
    for (const o of r.observations) {
      const key = `${o.metric}|${o.period?.start ?? ''}|${o.period?.end ?? ''}|${o.ageBand ?? ''}|${o.gender ?? ''}|${o.segment ?? ''}`;
      if (seen.has(key)) continue; // Key Metrics and a breakdown sheet may both hold a cell
      seen.add(key);
      observations.push(o);
    }
  }
  const bases = new Set(reads.flatMap((r) => [...r.bases]));
  const ignored = reads.reduce((n, r) => n + r.ignored, 0);
  const warnings: ImportWarning[] = [];
  if (ignored > 0) {
    warnings.push({
      code: 'quiet-columns-ignored',
      message: `${String(ignored)} other Page Insights columns ignored.`,
      params: { count: ignored },
    });
  }
  const basis: Basis | null = bases.has('reach') ? 'reach' : bases.has('followers') ? 'followers' : null;
  if (bases.size > 1) {
    warnings.push({
      code: 'basis-chosen',
      message: 'The file has age splits of both reach and followers (likes); the reach split is used.',
      params: { basis: 'reach' },
    });
  }
  return {
    platform: 'facebook',
    platformCandidates: ['facebook'],
    accountName: null,
    period: periodOfDates(reads.flatMap((r) => r.dates)),
    basis,
    observations,
    warnings,
  };
}

/**
 * Legacy Page Insights CSV (`Facebook Insights Data Export - <Page> - <YYYY-MM-DD>.csv`). Detected by a
 * `Date` first column and at least one known column: `Lifetime Likes by Gender and Age - F.13-17` …
 * `U.65+`, `Weekly Reach Demographics - F.13-17` …, `Lifetime Total Likes`, `Daily Total Reach`, ….
 * Yields counts (not shares): `followers` per band × gender per day (Lifetime Likes: the fan base that
 * day), `reach` per band × gender over the 7 days ending each day (Weekly Reach Demographics), and the
 * whole page's `followers` (Lifetime Total Likes), `follows` (Daily New Likes), `unfollows`, `reach` and
 * `impressions` (daily as the whole; weekly and 28-day windows as their own figures with segment
 * `window:7d` / `window:28d`, never summed with the daily ones). Basis `reach` when the reach split exists (it is the
 * audience reached), else `followers`; floor 13 (the split has 13-17). Platform facebook.
 */
export const facebookLegacyInsights: FormatSpec = {
  id: 'facebook-legacy-insights',
  version: 1,
  label: 'Facebook Page Insights (legacy export)',
  platform: 'facebook',
  detect: (ctx) => looksLegacy(ctx, null),
  parse: (ctx) => result([readTable(ctx, null)]),
};

/**
 * Legacy Page Insights XLSX: a `Key Metrics` sheet in the CSV layout plus one sheet per breakdown, named
 * after it (cut to 31 characters with `...`), whose columns are the bare keys `F.13-17` … or the full
 * `<title> - F.13-17`; data from row 3. Same yield as {@link facebookLegacyInsights}; a cell found in
 * two sheets is taken once.
 */
export const facebookLegacyInsightsWorkbook: WorkbookFormatSpec = {
  id: 'facebook-legacy-insights',
  version: 1,
  label: 'Facebook Page Insights (legacy export, XLSX)',
  platform: 'facebook',
  detect: (book: WorkbookContext) => book.sheets.some((s) => looksLegacy(s, s.sheetName)),
  parse: (book: WorkbookContext) =>
    result(book.sheets.filter((s) => looksLegacy(s, s.sheetName)).map((s) => readTable(s, s.sheetName))),
};
