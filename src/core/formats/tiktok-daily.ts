// TikTok Studio daily and per-video files (`Overview.csv`, `FollowerHistory.csv`, `Viewers.csv`,
// `FollowerActivity.csv`, `Content.csv`), whose dates carry no year (docs/formats.md#tiktok).

import type { Metric, Observation } from '../model/observation';
import { ImportError } from '../model/parsed-file';
import type { ImportWarning } from '../model/parsed-file';
import type { FormatContext, FormatResult, FormatSpec } from './format-spec';
import { day, malformedRow, numberCell, periodOfDates, requireSteadyColumns, unknownColumnsWarning } from './format-helpers';
import type { AliasTable } from './headers';
import { findColumn, mapColumns, matchesAlias } from './headers';
import { isBlankRow } from './sniff';
import { addDaysIso, daysBetween, isIsoDate, isMissing, isoDayOfEpochMs, parseDate, parseDayMonth, resolveDayMonth, ValueParseError } from './values';
import type { DayMonth } from './values';

/** True when `raw` is a TikTok date without a year (`August 19`, `18 augustus`, `19 août`). */
export function isYearlessDate(raw: string | undefined): boolean {
  return raw !== undefined && parseDayMonth(raw) !== null;
}

/** `ctx.exportDate` when given (checked: `ImportError('invalid-export-date')` when not an ISO day), else null. */
function givenExportDate(ctx: FormatContext): string | null {
  const exportDate = ctx.exportDate;
  if (exportDate === null || exportDate.trim() === '') return null;
  if (!isIsoDate(exportDate)) {
    throw new ImportError('invalid-export-date', ctx.fileName, `The export date "${exportDate}" is not a day of the form YYYY-MM-DD.`, {
      params: { exportDate },
    });
  }
  return exportDate;
}

/**
 * The export day of `ctx` for a file whose rows are not a run of days (`Content.csv`: one row per
 * video): `ctx.exportDate`, checked. Throws `ImportError('export-date-required')` when there is none
 * (`params.example` = a date cell) and `ImportError('invalid-export-date')` when it is not an ISO day.
 * The file's modification time is never used: a copied or mailed file's is the day it was copied.
 */
export function requireExportDate(ctx: FormatContext, example: string): string {
  const exportDate = givenExportDate(ctx);
  if (exportDate === null) {
    throw new ImportError(
      'export-date-required',
      ctx.fileName,
      `"${ctx.fileName}" is a TikTok file whose dates have no year (e.g. "${example}"). ` +
        'Give the day it was downloaded (the export date) so they can be placed in time.',
      { params: { example } },
    );
  }
  return exportDate;
}

/**
 * The ISO day of row `rowIndex`'s date cell, each row on its own: a date without a year resolved against
 * `exportDate` (`resolveDayMonth`), or a full date (`parseDate`). Null for a missing marker. Throws
 * `ImportError('malformed')` with the line otherwise.
 */
function tiktokDateCell(ctx: FormatContext, rowIndex: number, column: number, exportDate: () => string): string | null {
  const raw = (ctx.rows[rowIndex]?.[column] ?? '').trim();
  if (isMissing(raw)) return null;
  const dm = parseDayMonth(raw);
  if (dm !== null) {
    const iso = resolveDayMonth(dm, exportDate());
    if (iso === null) malformedRow(ctx, rowIndex, `the date "${raw}" does not exist in the year before the export date.`);
    return iso;
  }
  return fullDate(ctx, rowIndex, raw);
}

function fullDate(ctx: FormatContext, rowIndex: number, raw: string): string {
  try {
    const iso = parseDate(raw);
    if (iso !== null) return iso;
  } catch (e) {
    if (!(e instanceof ValueParseError)) throw e;
  }
  return malformedRow(ctx, rowIndex, `"${raw}" is not a date.`, { value: raw, column: 'Date', expected: 'date' });
}

/** The first date cell of the file, for messages (stops at the first non-blank row). */
function firstDate(ctx: FormatContext, column: number): string {
  for (let i = 1; i < ctx.rows.length; i++) {
    const row = ctx.rows[i];
    if (row !== undefined && !isBlankRow(row)) return (row[column] ?? '').trim();
  }
  return '';
}

/** TikTok Studio downloads cover at most 365 days (its date picker), so one file spans at most 366. */
const MAX_SPAN_DAYS = 366;

/**
 * The dates of a TikTok file whose rows run forward in time, one or more rows a day (`Overview.csv`,
 * `Viewers.csv`, `FollowerHistory.csv`, `FollowerActivity.csv`), as TikTok Studio writes them, oldest
 * first. Dates without a year are placed backwards from the last row: the last row is the latest day
 * with its month and day on or before the export day (`ctx.exportDate`; without it, the day before
 * "today", the export day being taken as the day after the last row); every earlier row is the latest
 * day with its month and day on or before the row after it. A 365-day file (`February 28` …
 * `February 27`) thus runs from 2025-02-28 to 2026-02-27 for an export on 2026-02-28, where placing each
 * row on its own would put the first row a year late.
 * Returns the ISO day per row index (blank rows absent) and, when it was not given, the export day
 * assumed (`assumed`: that day and `readDay`, the "today" the file was read on). Throws `ImportError('malformed')` with the line for a row without a date, a cell
 * that is no date, or dates that span more than a year (rows not oldest first).
 */
function placeRun(ctx: FormatContext, column: number): { byRow: Map<number, string>; assumed: AssumedExportDate | null; yearless: { first: string; last: string } | null } {
  const rows: { index: number; raw: string; dm: DayMonth | null }[] = [];
  for (let i = 1; i < ctx.rows.length; i++) {
    const row = ctx.rows[i] ?? [];
    if (isBlankRow(row)) continue;
    const raw = (row[column] ?? '').trim();
    if (isMissing(raw)) malformedRow(ctx, i, 'the row has no date.');
    rows.push({ index: i, raw, dm: parseDayMonth(raw) });
  }
  const placed: string[] = new Array<string>(rows.length);
  if (rows.length === 0) return { byRow: new Map(), assumed: null, yearless: null };
  const given = rows.some((r) => r.dm !== null) ? givenExportDate(ctx) : null;
  let assumed: AssumedExportDate | null = null;
  let later: string | null = null;
  for (let k = rows.length - 1; k >= 0; k--) {
    const { index, raw, dm } = rows[k]!;
    let iso: string | null;
    if (dm === null) iso = fullDate(ctx, index, raw);
    else if (later !== null) iso = resolveDayMonth(dm, later);
    else if (given !== null) iso = resolveDayMonth(dm, given);
    else {
      const today = ctx.today ?? isoDayOfEpochMs(Date.now());
      iso = resolveDayMonth(dm, addDaysIso(today, -1));
      if (iso !== null) assumed = { exportDate: addDaysIso(iso, 1), readDay: today };
    }
    if (iso === null) malformedRow(ctx, index, `the date "${raw}" cannot be placed in the year before the row after it or the export date.`);
    placed[k] = iso;
    later = iso;
  }
  // In file order, so observations come out as the rows do.
  const byRow = new Map(rows.map((r, k) => [r.index, placed[k]!] as const));
  const first = placed[0]!;
  const last = placed[rows.length - 1]!;
  if (daysBetween(first, last) > MAX_SPAN_DAYS) {
    malformedRow(ctx, rows[0]!.index, `the dates run from ${first} to ${last}, more than a year: the rows are not in time order (oldest first), so the days without a year cannot be placed.`, {
      kind: 'dates-out-of-order',
    });
  }
  // The days whose year was inferred (rows written without a year), first and last.
  const inferred = rows.flatMap((r, k) => (r.dm !== null ? [placed[k]!] : []));
  const yearless = inferred.length > 0 ? { first: inferred[0]!, last: inferred[inferred.length - 1]! } : null;
  return { byRow, assumed, yearless };
}

/** An export day assumed for a file without one: the day after the last row, and the day the file was read. */
interface AssumedExportDate {
  /** ISO day after the last row. */
  exportDate: string;
  /** ISO day the file was read ("today"): the last row is the latest day with its month and day before it. */
  readDay: string;
}

/**
 * Warning `export-date-assumed`: no export day was given, so the last row was placed on the latest day with
 * its month and day before the day the file was read, and the export day taken as the day after it. Params:
 * `exportDate`, `lastDay`, `readDay` (ISO days).
 */
function assumedExportDateWarning({ exportDate, readDay }: AssumedExportDate): ImportWarning {
  const lastDay = addDaysIso(exportDate, -1);
  return {
    code: 'export-date-assumed',
    message:
      `The dates have no year and no export date was given, so they were placed as days running up to ${lastDay}, the most recent such day before ${readDay} (the day the file was read), ` +
      `taking the export date as the day after the last row (${exportDate}). If the file is older, give its export date and read it again.`,
    params: { exportDate, lastDay, readDay },
  };
}

/**
 * Warning `year-from-export-date`: dates without a year placed by a given export day (typed in, or read from
 * a zip's name: the zip then renames it `year-from-zip-name`), with the days they run over.
 */
export function yearFromExportDateWarning(exportDate: string, yearless: { first: string; last: string }): ImportWarning {
  return {
    code: 'year-from-export-date',
    message: `The dates have no year: the year was taken from the export date ${exportDate}, placing them from ${yearless.first} to ${yearless.last}.`,
    params: { exportDate, firstDay: yearless.first, lastDay: yearless.last },
  };
}

/**
 * The date-placement part of a daily TikTok result: the warning (the export day assumed, or the year taken
 * from the given export day) and the export day to keep with the import.
 */
function placementResult(ctx: FormatContext, placement: { assumed: AssumedExportDate | null; yearless: { first: string; last: string } | null }): { warnings: ImportWarning[]; exportDate?: string } {
  const { assumed, yearless } = placement;
  if (assumed !== null) return { warnings: [assumedExportDateWarning(assumed)], exportDate: assumed.exportDate };
  const given = ctx.exportDate !== null && isIsoDate(ctx.exportDate) ? ctx.exportDate : null;
  if (given === null) return { warnings: [] };
  return { warnings: yearless ? [yearFromExportDateWarning(given, yearless)] : [], exportDate: given };
}

/** A daily TikTok file: its header columns (all required), the metric of each, and its detection name. */
interface DailyLayout<K extends string> {
  id: string;
  label: string;
  columns: AliasTable<K>;
  metrics: Readonly<Record<K, { metric: Metric; segment?: string }>>;
  /** Columns the layout knows and deliberately does not store (never reported as unknown). */
  ignore?: readonly string[];
}

const OVERVIEW: DailyLayout<'videoViews' | 'profileViews' | 'likes' | 'comments' | 'shares'> = {
  id: 'tiktok-overview',
  label: 'TikTok Studio overview (Overview.csv)',
  columns: {
    videoViews: ['Video Views'],
    profileViews: ['Profile Views'],
    likes: ['Likes'],
    comments: ['Comments'],
    shares: ['Shares'],
  },
  metrics: {
    videoViews: { metric: 'views' },
    profileViews: { metric: 'profileViews' },
    likes: { metric: 'likes' },
    comments: { metric: 'comments' },
    shares: { metric: 'shares' },
  },
};

const VIEWERS: DailyLayout<'total' | 'new' | 'returning'> = {
  id: 'tiktok-viewers',
  label: 'TikTok Studio viewers (Viewers.csv)',
  columns: { total: ['Total Viewers'], new: ['New Viewers'], returning: ['Returning Viewers'] },
  metrics: {
    total: { metric: 'viewers' },
    new: { metric: 'viewers', segment: 'viewer-type:new' },
    returning: { metric: 'viewers', segment: 'viewer-type:returning' },
  },
};

const BUSINESS_CENTER: DailyLayout<'videoViews' | 'reached' | 'profileViews' | 'likes' | 'comments' | 'shares' | 'websiteClicks' | 'newFollowers' | 'lostFollowers'> = {
  id: 'tiktok-business-center-overview',
  label: 'TikTok Business Center overview',
  columns: {
    videoViews: ['Video views'],
    reached: ['Reached audience'],
    profileViews: ['Profile views'],
    likes: ['Likes'],
    comments: ['Comments'],
    shares: ['Shares'],
    websiteClicks: ['Website clicks'],
    newFollowers: ['New followers', 'Net followers gained'],
    lostFollowers: ['Lost followers'],
  },
  metrics: {
    videoViews: { metric: 'views' },
    reached: { metric: 'reach' },
    profileViews: { metric: 'profileViews' },
    likes: { metric: 'likes' },
    comments: { metric: 'comments' },
    shares: { metric: 'shares' },
    websiteClicks: { metric: 'linkClicks' },
    newFollowers: { metric: 'follows' },
    lostFollowers: { metric: 'unfollows' },
  },
  // New followers minus lost followers: kept in its two parts, not stored a third time.
  ignore: ['Net growth'],
};

const BUSINESS_CENTER_AUDIENCE: DailyLayout<'newFollowers' | 'totalFollowers' | 'reached'> = {
  id: 'tiktok-business-center-audience',
  label: 'TikTok Business Center audience',
  columns: {
    newFollowers: ['New followers'],
    totalFollowers: ['Total followers'],
    reached: ['Reached audience'],
  },
  metrics: {
    newFollowers: { metric: 'follows' },
    totalFollowers: { metric: 'followers' },
    reached: { metric: 'reach' },
  },
  // Accounts that interacted that day: a unique count of no metric this version stores (no age split either).
  ignore: ['Engaged audience'],
};

/** Reads a daily layout: every mapped column per day; `undefined` and empty cells give no observation. */
function readDaily<K extends string>(ctx: FormatContext, layout: DailyLayout<K>): FormatResult {
  const header = ctx.rows[0] ?? [];
  const { columns, unknown } = mapColumns(header, layout.columns, { skip: [0], ...(layout.ignore ? { ignore: layout.ignore } : {}) });
  const warnings: ImportWarning[] = [];
  const unknownWarning = unknownColumnsWarning(unknown);
  if (unknownWarning) warnings.push(unknownWarning);
  requireSteadyColumns(ctx);
  const run = placeRun(ctx, 0);
  const { byRow } = run;
  const placement = placementResult(ctx, run);
  warnings.push(...placement.warnings);
  const observations: Observation[] = [];
  const dates: string[] = [];
  let missing = 0;
  for (const [i, date] of byRow) {
    dates.push(date);
    for (const key of Object.keys(layout.metrics) as K[]) {
      const column = columns[key];
      if (column === undefined) continue;
      const value = numberCell(ctx, i, column, header[column] ?? key);
      if (value === null) {
        missing++;
        continue;
      }
      const { metric, segment } = layout.metrics[key];
      observations.push({ metric, period: day(date), ...(segment ? { segment } : {}), value, unit: 'count' });
    }
  }
  if (missing > 0) {
    warnings.push({
      code: 'missing-values',
      message: `${String(missing)} cell(s) are empty or read "undefined", "NAN" or "--": no value for those days (not 0).`,
      params: { count: missing },
    });
  }
  return tiktokResult(dates, observations, warnings, placement.exportDate);
}

/** A TikTok daily result: platform tiktok, no account or basis, the period of `dates`, the export day used. */
function tiktokResult(dates: readonly string[], observations: Observation[], warnings: ImportWarning[], exportDate: string | undefined): FormatResult {
  return {
    platform: 'tiktok',
    platformCandidates: ['tiktok'],
    accountName: null,
    period: periodOfDates(dates),
    basis: null,
    observations,
    warnings,
    ...(exportDate !== undefined ? { exportDate } : {}),
  };
}

/** Detects a TikTok daily file: `Date` first, every column of `columns` present, a date in the first row. */
function detectDaily(ctx: FormatContext, required: readonly (readonly string[])[]): boolean {
  const header = ctx.rows[0] ?? [];
  if (!matchesAlias(header[0] ?? '', ['Date'])) return false;
  if (!required.every((aliases) => findColumn(header, aliases) > 0)) return false;
  const first = firstDate(ctx, 0);
  return isYearlessDate(first) || /^\d{4}[-/]\d{2}[-/]\d{2}/.test(first);
}

function dailySpec<K extends string>(layout: DailyLayout<K>, required: readonly K[]): FormatSpec {
  return {
    id: layout.id,
    version: 1,
    label: layout.label,
    platform: 'tiktok',
    detect: (ctx) => detectDaily(ctx, required.map((k) => layout.columns[k])),
    parse: (ctx) => readDaily(ctx, layout),
  };
}

/**
 * `Overview.csv`: `"Date","Video Views","Profile Views","Likes","Comments","Shares"`, one row per day.
 * Yields per day: `views` (video plays), `profileViews`, `likes`, `comments`, `shares` (counts).
 * Dates without a year are placed as a run ending on the last row (see `placeRun`).
 */
export const tiktokOverview: FormatSpec = dailySpec(OVERVIEW, ['videoViews', 'profileViews']);

/**
 * TikTok Business Center / business-account analytics overview download (UTF-8 with BOM):
 * `Date,Video views,Reached audience,Profile views,Likes,Shares,Comments,Website clicks,…,Net growth,New followers,Lost followers`,
 * one row per day with full dates `2025/10/31`, unquoted; `NAN` and `--` are missing values (never 0).
 * Yields per day `views`, `reach` (unique accounts reached that day: a sum over days is an upper bound),
 * `profileViews`, `likes`, `comments`, `shares`, `linkClicks` (website clicks), `follows` (new followers),
 * `unfollows` (lost followers); `Net growth` (new minus lost) is not stored again; other columns are
 * reported as unknown. Detected by `Date` first with both `Video views` and `Reached audience`.
 * Source of the layout: no real file is public; the header, the date form and the UTF-8 BOM are those an
 * other project's parser and notes read from real downloads
 * (https://github.com/AlaskaWildlights/akwl-social-dashboard, `MANUAL_SISTEMA.md` §5, `Code.gs`
 * `parseTikTokOverview`); `NAN` and `--` are from a user's report of a real file. See
 * docs/formats.md#tiktok-business-center.
 */
export const tiktokBusinessCenterOverview: FormatSpec = dailySpec(BUSINESS_CENTER, ['videoViews', 'reached']);

/**
 * TikTok Business Center / business-account audience download (UTF-8 with BOM):
 * `Date,New followers,Total followers,Reached audience,Engaged audience`, one row per day with full dates
 * `2025/10/31`; `NAN` and `--` are missing values (never 0). Yields per day `followers` (the level: Total
 * followers), `follows` (new followers) and `reach` (unique accounts reached that day: a sum over days is an
 * upper bound); `Engaged audience` is not stored (no metric of this version). No age split: this file
 * holds none. Detected by `Date` first with both `Total followers` and `New followers`.
 * Source of the layout: no real file is public; the columns are those an other project's parser reads from
 * real downloads (https://github.com/AlaskaWildlights/akwl-social-dashboard, `Code.gs`
 * `parseTTAudienceCSV`). See docs/formats.md#tiktok-business-center.
 */
export const tiktokBusinessCenterAudience: FormatSpec = dailySpec(BUSINESS_CENTER_AUDIENCE, ['totalFollowers', 'newFollowers']);

/**
 * `Viewers.csv`: `"Date","Total Viewers","New Viewers","Returning Viewers"`. Yields per day `viewers`
 * (unique, count) and the same split by segment `viewer-type:new` / `viewer-type:returning`.
 * `"undefined"` is no value (warning `missing-values`), never 0.
 */
export const tiktokViewers: FormatSpec = dailySpec(VIEWERS, ['total', 'new']);

/**
 * `FollowerHistory.csv`: `"Date","Followers","Difference in followers from previous day"`. Yields
 * `followers` (a level, count) per day. The difference column is mislabelled: it holds the *next* day's
 * count minus this day's (docs/formats.md#tiktok, 59 of 59 rows); it is not stored, since the change per
 * day is recomputed from `Followers` (day d minus day d-1). When the column disagrees with that, warning
 * `follower-difference-mismatch` counts the rows.
 */
export const tiktokFollowerHistory: FormatSpec = {
  id: 'tiktok-follower-history',
  version: 1,
  label: 'TikTok Studio follower history (FollowerHistory.csv)',
  platform: 'tiktok',
  detect: (ctx) => detectDaily(ctx, [['Followers'], ['Difference in followers from previous day']]),
  parse: (ctx) => {
    const header = ctx.rows[0] ?? [];
    const followersColumn = findColumn(header, ['Followers']);
    const diffColumn = findColumn(header, ['Difference in followers from previous day']);
    requireSteadyColumns(ctx);
    const run = placeRun(ctx, 0);
    const { byRow } = run;
    const placement = placementResult(ctx, run);
    const rows: { date: string; followers: number | null; diff: number | null }[] = [];
    for (const [i, date] of byRow) {
      rows.push({
        date,
        followers: numberCell(ctx, i, followersColumn, header[followersColumn] ?? 'Followers'),
        diff: numberCell(ctx, i, diffColumn, header[diffColumn] ?? 'Difference'),
      });
    }
    const sorted = [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    let mismatches = 0;
    for (let k = 0; k + 1 < sorted.length; k++) {
      const here = sorted[k];
      const next = sorted[k + 1];
      if (here?.diff == null || here.followers === null || next?.followers == null) continue;
      if (next.followers - here.followers !== here.diff) mismatches++;
    }
    const warnings: ImportWarning[] = [...placement.warnings];
    if (mismatches > 0) {
      warnings.push({
        code: 'follower-difference-mismatch',
        message: `On ${String(mismatches)} day(s) the "Difference in followers" column is not the next day's followers minus this day's; the change is taken from the Followers column.`,
        params: { count: mismatches },
      });
    }
    const observations: Observation[] = [];
    for (const r of rows) {
      if (r.followers !== null) observations.push({ metric: 'followers', period: day(r.date), value: r.followers, unit: 'count' });
    }
    return tiktokResult(rows.map((r) => r.date), observations, warnings, placement.exportDate);
  },
};

/**
 * `FollowerActivity.csv`: `"Date","Hour","Active followers"` (last 7 days, 24 rows a day). Yields per day
 * and hour `followers` counts with segment `active-hour:HH` (a part, never added to totals).
 */
export const tiktokFollowerActivity: FormatSpec = {
  id: 'tiktok-follower-activity',
  version: 1,
  label: 'TikTok Studio follower activity (FollowerActivity.csv)',
  platform: 'tiktok',
  detect: (ctx) => detectDaily(ctx, [['Hour'], ['Active followers']]),
  parse: (ctx) => {
    const header = ctx.rows[0] ?? [];
    const hourColumn = findColumn(header, ['Hour']);
    const activeColumn = findColumn(header, ['Active followers']);
    requireSteadyColumns(ctx);
    const run = placeRun(ctx, 0);
    const { byRow } = run;
    const placement = placementResult(ctx, run);
    const observations: Observation[] = [];
    const dates: string[] = [];
    for (const [i, date] of byRow) {
      dates.push(date);
      const hour = numberCell(ctx, i, hourColumn, 'Hour');
      const active = numberCell(ctx, i, activeColumn, 'Active followers');
      if (hour === null || active === null) continue;
      if (!Number.isInteger(hour) || hour < 0 || hour > 23) malformedRow(ctx, i, `"${String(hour)}" is not an hour 0-23.`);
      observations.push({ metric: 'followers', period: day(date), segment: `active-hour:${String(hour).padStart(2, '0')}`, value: active, unit: 'count' });
    }
    return tiktokResult(dates, observations, placement.warnings, placement.exportDate);
  },
};

type ContentColumn = 'time' | 'title' | 'link' | 'postTime' | 'likes' | 'comments' | 'shares' | 'views';

const CONTENT_COLUMNS: AliasTable<ContentColumn> = {
  time: ['Time'],
  title: ['Video title'],
  link: ['Video link'],
  postTime: ['Post time'],
  likes: ['Total likes'],
  comments: ['Total comments'],
  shares: ['Total shares'],
  views: ['Total views'],
};

const CONTENT_METRICS: readonly [ContentColumn, Metric][] = [
  ['views', 'views'],
  ['likes', 'likes'],
  ['comments', 'comments'],
  ['shares', 'shares'],
];

/**
 * `Content.csv`: `"Time","Video title","Video link","Post time","Total likes","Total comments",
 * "Total shares","Total views"` (about 15 top videos; docs/formats.md#tiktok, seen in parsers only).
 * Yields per video, segment `video:<link>` and period its post day: `views`, `likes`, `comments`,
 * `shares` (lifetime counts as of the export). Post times without a year need the export date.
 */
export const tiktokContent: FormatSpec = {
  id: 'tiktok-content',
  version: 1,
  label: 'TikTok Studio content (Content.csv)',
  platform: 'tiktok',
  detect: (ctx) => {
    const { columns } = mapColumns(ctx.rows[0] ?? [], CONTENT_COLUMNS);
    return columns.link !== undefined && columns.postTime !== undefined && columns.views !== undefined;
  },
  parse: (ctx) => {
    const header = ctx.rows[0] ?? [];
    const { columns } = mapColumns(header, CONTENT_COLUMNS);
    const postColumn = columns.postTime ?? 0;
    const exportDate = (): string => requireExportDate(ctx, firstDate(ctx, postColumn));
    const observations: Observation[] = [];
    const dates: string[] = [];
    for (let i = 1; i < ctx.rows.length; i++) {
      const row = ctx.rows[i] ?? [];
      if (isBlankRow(row)) continue;
      const link = (row[columns.link ?? 0] ?? '').trim();
      if (link === '') malformedRow(ctx, i, 'the video has no link.');
      const date = tiktokDateCell(ctx, i, postColumn, exportDate);
      if (date === null) malformedRow(ctx, i, `video ${link} has no post time.`);
      dates.push(date);
      for (const [key, metric] of CONTENT_METRICS) {
        const value = numberCell(ctx, i, columns[key], header[columns[key] ?? 0] ?? key);
        if (value !== null) observations.push({ metric, period: day(date), segment: `video:${link}`, value, unit: 'count' });
      }
    }
    return { platform: 'tiktok', platformCandidates: ['tiktok'], accountName: null, period: periodOfDates(dates), basis: null, observations, warnings: [] };
  },
};
