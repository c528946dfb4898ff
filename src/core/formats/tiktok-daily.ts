// TikTok Studio daily and per-video files (`Overview.csv`, `FollowerHistory.csv`, `Viewers.csv`,
// `FollowerActivity.csv`, `Content.csv`), whose dates carry no year (research-formats.md §3).

import type { Metric, Observation } from '../model/observation';
import { ImportError } from '../model/parsed-file';
import type { ImportWarning } from '../model/parsed-file';
import type { FormatContext, FormatResult, FormatSpec } from './format-spec';
import { day, malformedRow, numberCell, periodOfDates, unknownColumnsWarning } from './format-helpers';
import type { AliasTable } from './headers';
import { findColumn, mapColumns, matchesAlias } from './headers';
import { isBlankRow } from './sniff';
import { isIsoDate, isMissing, isoDayOfEpochMs, parseDate, parseDayMonth, resolveDayMonth, ValueParseError } from './values';

/** True when `raw` is a TikTok date without a year (`August 19`, `18 augustus`, `19 août`). */
export function isYearlessDate(raw: string | undefined): boolean {
  return raw !== undefined && parseDayMonth(raw) !== null;
}

/**
 * The export day of `ctx`, checked: `ctx.exportDate` (from the zip name or `ParseOptions.exportDate`).
 * Throws `ImportError('export-date-required')` when there is none (params: `example` = a date cell,
 * `lastModified` = the ISO day of the file's modification time when known, for the interface to pre-fill)
 * and `ImportError('invalid-export-date')` when it is not an ISO day.
 */
export function requireExportDate(ctx: FormatContext, example: string): string {
  const exportDate = ctx.exportDate;
  if (exportDate === null || exportDate.trim() === '') {
    const params: Record<string, string | number> = { example };
    if (ctx.lastModified !== null && Number.isFinite(ctx.lastModified)) params.lastModified = isoDayOfEpochMs(ctx.lastModified);
    throw new ImportError(
      'export-date-required',
      ctx.fileName,
      `"${ctx.fileName}" is a TikTok file whose dates have no year (e.g. "${example}"). ` +
        'Give the day it was downloaded (the export date) so they can be placed in time.',
      { params },
    );
  }
  if (!isIsoDate(exportDate)) {
    throw new ImportError('invalid-export-date', ctx.fileName, `The export date "${exportDate}" is not a day of the form YYYY-MM-DD.`, {
      params: { exportDate },
    });
  }
  return exportDate;
}

/**
 * The ISO day of row `rowIndex`'s date cell: a date without a year resolved against `exportDate`
 * (`resolveDayMonth`), or a full date (`parseDate`). Null for a missing marker. Throws
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
  try {
    return parseDate(raw);
  } catch (e) {
    if (e instanceof ValueParseError) malformedRow(ctx, rowIndex, `"${raw}" is not a date.`);
    throw e;
  }
}

/** The first date cell of the file, for messages. */
function firstDate(ctx: FormatContext, column: number): string {
  return (ctx.rows.slice(1).find((r) => !isBlankRow(r))?.[column] ?? '').trim();
}

/** A daily TikTok file: its header columns (all required), the metric of each, and its detection name. */
interface DailyLayout<K extends string> {
  id: string;
  label: string;
  columns: AliasTable<K>;
  metrics: Readonly<Record<K, { metric: Metric; segment?: string }>>;
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

/** Reads a daily layout: every mapped column per day; `undefined` and empty cells give no observation. */
function readDaily<K extends string>(ctx: FormatContext, layout: DailyLayout<K>): FormatResult {
  const header = ctx.rows[0] ?? [];
  const { columns, unknown } = mapColumns(header, layout.columns, { skip: [0] });
  const warnings: ImportWarning[] = [];
  const unknownWarning = unknownColumnsWarning(unknown);
  if (unknownWarning) warnings.push(unknownWarning);
  const exportDate = (): string => requireExportDate(ctx, firstDate(ctx, 0));
  const observations: Observation[] = [];
  const dates: string[] = [];
  let missing = 0;
  for (let i = 1; i < ctx.rows.length; i++) {
    if (isBlankRow(ctx.rows[i] ?? [])) continue;
    const date = tiktokDateCell(ctx, i, 0, exportDate);
    if (date === null) malformedRow(ctx, i, 'the row has no date.');
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
      message: `${String(missing)} cell(s) read "undefined" or are empty: no value for those days (not 0).`,
      params: { count: missing },
    });
  }
  return { platform: 'tiktok', platformCandidates: ['tiktok'], accountName: null, period: periodOfDates(dates), basis: null, observations, warnings };
}

/** Detects a TikTok daily file: `Date` first, every column of `columns` present, a date in the first row. */
function detectDaily(ctx: FormatContext, required: readonly (readonly string[])[]): boolean {
  const header = ctx.rows[0] ?? [];
  if (!matchesAlias(header[0] ?? '', ['Date'])) return false;
  if (!required.every((aliases) => findColumn(header, aliases) > 0)) return false;
  const first = firstDate(ctx, 0);
  return isYearlessDate(first) || /^\d{4}-\d{2}-\d{2}/.test(first);
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
 * Dates without a year are placed by the export date (`export-date-required` without one).
 */
export const tiktokOverview: FormatSpec = dailySpec(OVERVIEW, ['videoViews', 'profileViews']);

/**
 * `Viewers.csv`: `"Date","Total Viewers","New Viewers","Returning Viewers"`. Yields per day `viewers`
 * (unique, count) and the same split by segment `viewer-type:new` / `viewer-type:returning`.
 * `"undefined"` is no value (warning `missing-values`), never 0.
 */
export const tiktokViewers: FormatSpec = dailySpec(VIEWERS, ['total', 'new']);

/**
 * `FollowerHistory.csv`: `"Date","Followers","Difference in followers from previous day"`. Yields
 * `followers` (a level, count) per day. The difference column is mislabelled: it holds the *next* day's
 * count minus this day's (research-formats.md §3, 59 of 59 rows); it is not stored, since the change per
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
    const exportDate = (): string => requireExportDate(ctx, firstDate(ctx, 0));
    const rows: { date: string; followers: number | null; diff: number | null }[] = [];
    for (let i = 1; i < ctx.rows.length; i++) {
      if (isBlankRow(ctx.rows[i] ?? [])) continue;
      const date = tiktokDateCell(ctx, i, 0, exportDate);
      if (date === null) malformedRow(ctx, i, 'the row has no date.');
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
    const warnings: ImportWarning[] = [];
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
    return {
      platform: 'tiktok',
      platformCandidates: ['tiktok'],
      accountName: null,
      period: periodOfDates(rows.map((r) => r.date)),
      basis: null,
      observations,
      warnings,
    };
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
    const exportDate = (): string => requireExportDate(ctx, firstDate(ctx, 0));
    const observations: Observation[] = [];
    const dates: string[] = [];
    for (let i = 1; i < ctx.rows.length; i++) {
      if (isBlankRow(ctx.rows[i] ?? [])) continue;
      const date = tiktokDateCell(ctx, i, 0, exportDate);
      if (date === null) malformedRow(ctx, i, 'the row has no date.');
      dates.push(date);
      const hour = numberCell(ctx, i, hourColumn, 'Hour');
      const active = numberCell(ctx, i, activeColumn, 'Active followers');
      if (hour === null || active === null) continue;
      if (!Number.isInteger(hour) || hour < 0 || hour > 23) malformedRow(ctx, i, `"${String(hour)}" is not an hour 0-23.`);
      observations.push({ metric: 'followers', period: day(date), segment: `active-hour:${String(hour).padStart(2, '0')}`, value: active, unit: 'count' });
    }
    return { platform: 'tiktok', platformCandidates: ['tiktok'], accountName: null, period: periodOfDates(dates), basis: null, observations, warnings: [] };
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
 * "Total shares","Total views"` (about 15 top videos; research-formats.md §3, seen in parsers only).
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
