// Format `meta-bs-page-metric`: a Meta Business Suite page-level metric file (UTF-16 LE, `sep=,`, a title
// line, `"Date","Primary"`), docs/formats.md#meta-bs-page-metric; real files: docs/formats.md#real-exports.

import type { Metric, Observation } from '../model/observation';
import { ImportError } from '../model/parsed-file';
import type { Platform } from '../model/platform';
import type { FormatContext, FormatSpec } from './format-spec';
import { dateCell, day, malformedRow, numberCell, periodOfDates } from './format-helpers';
import { matchesAlias, normaliseHeader } from './headers';
import { isBlankRow } from './sniff';
import { DATE_HEADERS } from './youtube-studio-chart-data';

/** Header of the value column of Meta's daily series. */
export const META_PRIMARY_HEADERS: readonly string[] = ['Primary', 'Primair', 'Primär', 'Principal'];

/**
 * Title line → metric and platform. Titles seen in real exports (docs/formats.md#meta-bs-page-metric):
 * `Facebook follows`, `Instagram follows`, `Views`, `Viewers`, `Facebook visits`, `Content interactions`,
 * `Facebook link clicks`; the reach titles and the un-prefixed variants are expected, not seen.
 */
const TITLES: Readonly<Record<string, { metric: Metric; platform: Platform | null }>> = {
  'facebook follows': { metric: 'follows', platform: 'facebook' },
  'instagram follows': { metric: 'follows', platform: 'instagram' },
  follows: { metric: 'follows', platform: null },
  views: { metric: 'views', platform: null },
  'facebook views': { metric: 'views', platform: 'facebook' },
  'instagram views': { metric: 'views', platform: 'instagram' },
  viewers: { metric: 'viewers', platform: null },
  reach: { metric: 'reach', platform: null },
  'facebook reach': { metric: 'reach', platform: 'facebook' },
  'instagram reach': { metric: 'reach', platform: 'instagram' },
  visits: { metric: 'visits', platform: null },
  'facebook visits': { metric: 'visits', platform: 'facebook' },
  // Instagram's profile visits count visits to the account's profile: `profileViews`, the figure TikTok
  // ("Profile views") and X ("Profile visits") give; Facebook's Page visits stay `visits`.
  'instagram profile visits': { metric: 'profileViews', platform: 'instagram' },
  'profile visits': { metric: 'profileViews', platform: 'instagram' },
  'instagram visits': { metric: 'profileViews', platform: 'instagram' },
  'content interactions': { metric: 'engagement', platform: null },
  'link clicks': { metric: 'linkClicks', platform: null },
  'facebook link clicks': { metric: 'linkClicks', platform: 'facebook' },
};

/** The metric and platform a page-metric title names, or null when the title is not known. */
export function metaTitleMetric(title: string): { metric: Metric; platform: Platform | null } | null {
  return TITLES[normaliseHeader(title)] ?? null;
}

/** True when `row` is `"Date","Primary"`. */
export function isDatePrimaryHeader(row: readonly string[] | undefined): boolean {
  return (
    row !== undefined &&
    row.length >= 2 &&
    matchesAlias(row[0] ?? '', DATE_HEADERS) &&
    matchesAlias(row[1] ?? '', META_PRIMARY_HEADERS)
  );
}

/**
 * Reads `"Date","Primary"` rows from `from` up to the next blank row (or the end) into per-day
 * observations of `metric` (count); missing values give none. Returns the observations, the dates and
 * the index after the block. Throws `ImportError('malformed')` for a bad date or number.
 */
export function readDailyPrimary(
  ctx: FormatContext,
  from: number,
  metric: Metric,
): { observations: Observation[]; dates: string[]; next: number } {
  const observations: Observation[] = [];
  const dates: string[] = [];
  let i = from;
  for (; i < ctx.rows.length; i++) {
    const row = ctx.rows[i] ?? [];
    if (isBlankRow(row)) break;
    const date = dateCell(ctx, i, 0, 'Date');
    if (date === null) malformedRow(ctx, i, 'the row has no date.');
    dates.push(date);
    const value = numberCell(ctx, i, 1, 'Primary');
    if (value !== null) observations.push({ metric, period: day(date), value, unit: 'count' });
  }
  return { observations, dates, next: i };
}

/**
 * Meta Business Suite page-level metric: `sep=,` (optional here), a one-cell title line, then
 * `"Date","Primary"` and daily rows `"2025-09-20T00:00:00","20"`. Days may be missing (Meta omits days
 * with 0 in some series). The title gives metric and platform (see {@link metaTitleMetric}); an unknown
 * title → `ImportError('unsupported')` naming it. Yields one count per day; period = first..last date;
 * platform from the title, else null with candidates facebook and instagram.
 */
export const metaBsPageMetric: FormatSpec = {
  id: 'meta-bs-page-metric',
  version: 1,
  label: 'Meta Business Suite page metric',
  platform: null,
  detect: (ctx) => {
    const title = ctx.rows[0];
    return title !== undefined && title.filter((c) => c.trim() !== '').length === 1 && isDatePrimaryHeader(ctx.rows[1]);
  },
  parse: (ctx) => {
    const title = (ctx.rows[0]?.find((c) => c.trim() !== '') ?? '').trim();
    const known = metaTitleMetric(title);
    if (known === null) {
      throw new ImportError(
        'unsupported',
        ctx.fileName,
        `"${ctx.fileName}" is a Meta Business Suite file for "${title}", a metric this version does not import.`,
        { line: ctx.lineOfRow(0), params: { title } },
      );
    }
    const { observations, dates } = readDailyPrimary(ctx, 2, known.metric);
    return {
      platform: known.platform,
      platformCandidates: known.platform ? [known.platform] : ['facebook', 'instagram'],
      accountName: null,
      period: periodOfDates(dates),
      basis: null,
      observations,
      warnings: [],
    };
  },
};
