// Format `youtube-studio-chart-data`: YouTube Studio's `Chart data.csv` and `Totals.csv`, daily rows
// (research-formats.md §2; real file ../shared/real-exports/youtube/subscription-status_chart-data.csv).

import type { Observation } from '../model/observation';
import type { ImportWarning } from '../model/parsed-file';
import type { FormatSpec } from './format-spec';
import { dateCell, day, looksLikeDate, looksLikeNumber, malformedRow, periodOfDates, unknownColumnsWarning } from './format-helpers';
import { mapColumns, matchesAlias } from './headers';
import { isBlankRow } from './sniff';
import { YOUTUBE_COLUMNS, YOUTUBE_DESCRIPTIVE_COLUMNS, youtubeRowObservations } from './youtube-columns';

/** Header of a date column: English, Dutch/German `Datum`, French `Date` (guesses beyond English). */
export const DATE_HEADERS: readonly string[] = ['Date', 'Datum', 'Day', 'Dag', 'Tag'];

function firstDataRow(rows: readonly string[][]): string[] | undefined {
  return rows.slice(1).find((r) => !isBlankRow(r));
}

/**
 * `Date,[dimension,]metric…` with ISO (or Excel-resaved `DD-MM-YYYY`) dates, one row per day (and per
 * dimension value). Detected by a date header, a date in the first data row and at least one known
 * YouTube metric column. The second column is a dimension when it is not a known metric and its first
 * value is not a number. Yields per row the metric observations for that day, with `segment` = the
 * dimension value when there is a dimension column. Period = first..last date. Platform youtube.
 */
export const youtubeStudioChartData: FormatSpec = {
  id: 'youtube-studio-chart-data',
  version: 1,
  label: 'YouTube Studio chart data',
  platform: 'youtube',
  detect: (ctx) => {
    const header = ctx.rows[0];
    if (header === undefined || header.length < 2 || !matchesAlias(header[0] ?? '', DATE_HEADERS)) return false;
    if (!looksLikeDate(firstDataRow(ctx.rows)?.[0])) return false;
    const { columns } = mapColumns(header, YOUTUBE_COLUMNS, { skip: [0] });
    return Object.keys(columns).length > 0;
  },
  parse: (ctx) => {
    const header = ctx.rows[0] ?? [];
    const probe = mapColumns(header, YOUTUBE_COLUMNS, { skip: [0] });
    const dimensionColumn =
      header.length > 2 && !Object.values(probe.columns).includes(1) && !looksLikeNumber(firstDataRow(ctx.rows)?.[1])
        ? 1
        : -1;
    const skip = dimensionColumn === 1 ? [0, 1] : [0];
    const { columns, unknown } = mapColumns(header, YOUTUBE_COLUMNS, { ignore: YOUTUBE_DESCRIPTIVE_COLUMNS, skip });
    const warnings: ImportWarning[] = [];
    const unknownWarning = unknownColumnsWarning(unknown);
    if (unknownWarning) warnings.push(unknownWarning);
    const observations: Observation[] = [];
    const dates: string[] = [];
    for (let i = 1; i < ctx.rows.length; i++) {
      const row = ctx.rows[i] ?? [];
      if (isBlankRow(row)) continue;
      const date = dateCell(ctx, i, 0, header[0] ?? 'Date');
      if (date === null) malformedRow(ctx, i, 'the row has no date.');
      dates.push(date);
      const segment = dimensionColumn === 1 ? (row[1] ?? '').trim() : '';
      observations.push(...youtubeRowObservations(ctx, i, columns, day(date), segment === '' ? {} : { segment }));
    }
    return {
      platform: 'youtube',
      platformCandidates: ['youtube'],
      accountName: null,
      period: periodOfDates(dates),
      basis: null,
      observations,
      warnings,
    };
  },
};
