// Format `youtube-studio-chart-data`: YouTube Studio's `Chart data.csv` and `Totals.csv`, daily rows
// (docs/formats.md#youtube; real file: docs/formats.md#real-exports).

import type { Metric, Period, Unit } from '../model/observation';
import type { ImportWarning } from '../model/parsed-file';
import type { FormatSpec } from './format-spec';
import { dateCell, day, looksLikeDate, looksLikeNumber, malformedRow, unknownColumnsWarning } from './format-helpers';
import { mapColumns, matchesAlias } from './headers';
import { isBlankRow } from './sniff';
import { ObservationColumnsBuilder, withLazyObservations } from './observation-columns';
import { YOUTUBE_COLUMNS, YOUTUBE_DESCRIPTIVE_COLUMNS, youtubeCellReader } from './youtube-columns';

/** Header of a date column: English, Dutch/German `Datum`, French `Date` (guesses beyond English). */
export const DATE_HEADERS: readonly string[] = ['Date', 'Datum', 'Day', 'Dag', 'Tag'];

function firstDataRow(rows: readonly string[][]): string[] | undefined {
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i];
    if (row !== undefined && !isBlankRow(row)) return row;
  }
  return undefined;
}

/**
 * `Date,[dimension,]metric…` with ISO (or Excel-resaved `DD-MM-YYYY`) dates, one row per day (and per
 * dimension value). Detected by a date header, a date in the first data row and at least one known
 * YouTube metric column. The second column is a dimension when it is not a known metric and its first
 * value is not a number. Yields per row the metric observations for that day, with `segment` = the
 * dimension value when there is a dimension column (warning `split-by-dimension`: no daily total in the
 * file). Period = first..last date. Platform youtube. The
 * observations are built column-wise (`FormatResult.columns`): the array only when someone reads it.
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
    // A Content report has a row per video per day (up to a million rows): the observations are built
    // column-wise (`observation-columns.ts`), with one period object per distinct day, and the first and
    // last day tracked as the rows go.
    const readCells = youtubeCellReader(ctx, columns);
    const builder = new ObservationColumnsBuilder(ctx.rows.length);
    const dateLabel = header[0] ?? 'Date';
    const periods = new Map<string, Period>();
    let first: string | null = null;
    let last: string | null = null;
    let period: Period | null = null;
    let lastDate: string | null = null;
    let segment: string | undefined;
    const emit = (metric: Metric, value: number, unit: Unit): void => builder.add(metric, period, value, unit, undefined, undefined, segment);
    for (let i = 1; i < ctx.rows.length; i++) {
      const row = ctx.rows[i] ?? [];
      if (isBlankRow(row)) continue;
      const date = dateCell(ctx, i, 0, dateLabel);
      if (date === null) malformedRow(ctx, i, 'the row has no date.');
      if (date !== lastDate) {
        lastDate = date;
        period = periods.get(date) ?? null;
        if (period === null) {
          period = day(date);
          periods.set(date, period);
          if (first === null || date < first) first = date;
          if (last === null || date > last) last = date;
        }
      }
      const dimension = dimensionColumn === 1 ? (row[1] ?? '').trim() : '';
      segment = dimension === '' ? undefined : dimension;
      readCells(i, emit);
    }
    const columnsRead = builder.columns();
    // Split by a dimension (subscription status, country, video …), the days have no whole count in the
    // file: say so, since nothing of it then shows as the account's views over time (a list of countries
    // or videos is rarely complete, so the parts are never added up into one).
    if (dimensionColumn === 1 && columnsRead.segments.length > 0) {
      const dimension = (header[1] ?? '').trim();
      const values = columnsRead.segments.slice(0, 3).join(', ') + (columnsRead.segments.length > 3 ? ', …' : '');
      warnings.push({
        code: 'split-by-dimension',
        message: `The daily figures are split by "${dimension}" (${values}); the file has no daily total, so they do not count as the account's views or viewers.`,
        params: { dimension, values },
      });
    }
    return withLazyObservations(
      {
        platform: 'youtube' as const,
        platformCandidates: ['youtube' as const],
        accountName: null,
        period: first !== null && last !== null ? { start: first, end: last } : null,
        basis: null,
        observations: [],
        columns: columnsRead,
        warnings,
      },
      columnsRead,
    );
  },
};
