// YouTube Studio column aliases and cell conversion, shared by the YouTube table formats
// (docs/formats.md#youtube).

import type { Metric, Observation, Period, Unit } from '../model/observation';
import type { AliasTable } from './headers';
import { normaliseHeader } from './headers';
import type { FormatContext } from './format-spec';
import { durationCell, numberCell } from './format-helpers';
import type { NumberOptions } from './values';

/**
 * Logical YouTube Studio columns. English names are from real exports (docs/formats.md#youtube); Dutch
 * names are the likely ones of docs/formats.md#youtube (not seen in a real export); German from WDR's importer.
 * `viewsShare` / `watchTimeShare` are the `(%)` columns of the viewer-age and viewer-gender tables.
 */
export type YouTubeColumn =
  | 'views'
  | 'watchTime'
  | 'subscribers'
  | 'impressions'
  | 'clickThroughRate'
  | 'averageViewDuration'
  | 'averagePercentageViewed'
  | 'viewers'
  | 'likes'
  | 'comments'
  | 'shares'
  | 'viewsShare'
  | 'watchTimeShare';

/** The alias table of {@link YouTubeColumn} (one table for all YouTube formats). */
export const YOUTUBE_COLUMNS: AliasTable<YouTubeColumn> = {
  views: ['Views', 'Weergaven', 'Aufrufe', 'Vues'],
  watchTime: ['Watch time (hours)', 'Kijktijd (uren)', 'Wiedergabezeit (Stunden)', 'Durée de visionnage (heures)'],
  subscribers: ['Subscribers', 'Abonnees', 'Abonnenten', 'Abonnés'],
  impressions: ['Impressions', 'Vertoningen', 'Impressionen'],
  clickThroughRate: [
    'Impressions click-through rate (%)',
    'Klikfrequentie voor vertoningen (%)',
    'Klickrate der Impressionen (%)',
    'Taux de clics des impressions (%)',
  ],
  averageViewDuration: ['Average view duration', 'Gemiddelde weergaveduur', 'Durchschnittliche Wiedergabedauer', 'Durée moyenne de visionnage'],
  averagePercentageViewed: [
    'Average percentage viewed (%)',
    'Gemiddeld percentage bekeken (%)',
    'Durchschnittlich angesehener Prozentsatz (%)',
    'Pourcentage moyen regardé (%)',
  ],
  viewers: ['Unique viewers', 'Unieke kijkers', 'Einzelne Zuschauer', 'Spectateurs uniques'],
  likes: ['Likes'],
  comments: ['Comments added', 'Comments'],
  shares: ['Shares'],
  viewsShare: ['Views (%)', 'Weergaven (%)', 'Aufrufe (%)', 'Vues (%)'],
  watchTimeShare: ['Watch time (hours) (%)', 'Kijktijd (uren) (%)', 'Wiedergabezeit (Stunden) (%)', 'Durée de visionnage (heures) (%)'],
};

/** How each logical column becomes an observation: metric, unit and how the cell is read. */
export const YOUTUBE_COLUMN_METRIC: Readonly<
  Record<YouTubeColumn, { metric: Metric; unit: Unit; read: 'count' | 'percentShare' | 'duration' }>
> = {
  views: { metric: 'views', unit: 'count', read: 'count' },
  watchTime: { metric: 'watchTime', unit: 'hours', read: 'count' },
  subscribers: { metric: 'subscribers', unit: 'count', read: 'count' },
  impressions: { metric: 'impressions', unit: 'count', read: 'count' },
  clickThroughRate: { metric: 'clickThroughRate', unit: 'share', read: 'percentShare' },
  averageViewDuration: { metric: 'averageViewDuration', unit: 'seconds', read: 'duration' },
  averagePercentageViewed: { metric: 'averagePercentageViewed', unit: 'share', read: 'percentShare' },
  viewers: { metric: 'viewers', unit: 'count', read: 'count' },
  likes: { metric: 'likes', unit: 'count', read: 'count' },
  comments: { metric: 'comments', unit: 'count', read: 'count' },
  shares: { metric: 'shares', unit: 'count', read: 'count' },
  viewsShare: { metric: 'views', unit: 'share', read: 'percentShare' },
  watchTimeShare: { metric: 'watchTime', unit: 'share', read: 'percentShare' },
};

/**
 * Columns a YouTube table describes its rows with and that carry no metric: never reported as unknown.
 * (Video title, publish time and length of the Content report; their Dutch/German equivalents.)
 */
export const YOUTUBE_DESCRIPTIVE_COLUMNS: readonly string[] = [
  'Video title',
  'Video publish time',
  'Duration',
  'Videotitel',
  'Publicatietijd van video',
  'Duur',
  'Veröffentlichungszeitpunkt des Videos',
  'Dauer',
  'Titre de la vidéo',
  'Heure de publication de la vidéo',
  'Durée',
];

/** Labels of a table's `Total` row: English (and French), Dutch (guess), German `Gesamt` (docs/formats.md#youtube). */
export const YOUTUBE_TOTAL_LABELS: readonly string[] = ['Total', 'Totaal', 'Gesamt', 'Totale'];

/** True when `cell` is a `Total` row label. */
export function isTotalLabel(cell: string | undefined): boolean {
  if (cell === undefined) return false;
  const c = normaliseHeader(cell);
  return YOUTUBE_TOTAL_LABELS.some((t) => normaliseHeader(t) === c);
}

/** True when `header` is a percentage column header (ends with `(%)` or `%`). */
export function isPercentHeader(header: string | undefined): boolean {
  return header !== undefined && /%\)?\s*$/.test(header.trim());
}

/**
 * Reads the mapped metric columns of row `rowIndex` into observations (missing cells give none), each
 * with `period` and the extra fields (`ageBand`, `gender`, `segment`). Percent columns become shares
 * (value / 100), durations seconds, `Watch time (hours)` hours. Throws `ImportError('malformed')`.
 */
export function youtubeRowObservations(
  ctx: FormatContext,
  rowIndex: number,
  columns: Partial<Record<YouTubeColumn, number>>,
  period: Period | null,
  extra: Pick<Observation, 'ageBand' | 'gender' | 'segment'>,
): Observation[] {
  const out: Observation[] = [];
  youtubeRowReader(ctx, columns)(rowIndex, period, extra, out);
  return out;
}

/**
 * Reads one row's mapped metric columns into `out` (see {@link youtubeRowObservations}); appends in the
 * order of `columns`' keys. Throws `ImportError('malformed')`.
 */
export type YouTubeRowReader = (
  rowIndex: number,
  period: Period | null,
  extra: Pick<Observation, 'ageBand' | 'gender' | 'segment'>,
  out: Observation[],
) => void;

/**
 * A {@link YouTubeRowReader} for `columns` of `ctx`: the column specs, labels and number options are worked
 * out once, not per row (a Content report has a row per video per day: up to a million rows). Reads
 * exactly what {@link youtubeRowObservations} reads.
 */
export function youtubeRowReader(ctx: FormatContext, columns: Partial<Record<YouTubeColumn, number>>): YouTubeRowReader {
  const read = youtubeCellReader(ctx, columns);
  return (rowIndex, period, extra, out) => {
    read(rowIndex, (metric, value, unit) => out.push({ metric, period, ...extra, value, unit }));
  };
}

/**
 * Reads one row's mapped metric columns and hands each value that is not missing to `emit`, in the order
 * of `columns`' keys, with its metric and unit: percent columns as shares (value / 100), durations in
 * seconds, `Watch time (hours)` in hours. Throws `ImportError('malformed')`. Shared by the row readers
 * above and the column-wise chart data (`youtube-studio-chart-data.ts`).
 */
export function youtubeCellReader(
  ctx: FormatContext,
  columns: Partial<Record<YouTubeColumn, number>>,
): (rowIndex: number, emit: (metric: Metric, value: number, unit: Unit) => void) => void {
  const headers = ctx.rows[0] ?? [];
  const numberOptions: NumberOptions = { decimalSeparator: ctx.delimiter === ';' ? ',' : undefined };
  const plan: { column: number; metric: Metric; unit: Unit; read: 'count' | 'percentShare' | 'duration'; label: string }[] = [];
  for (const key of Object.keys(columns) as YouTubeColumn[]) {
    const column = columns[key];
    if (column === undefined) continue;
    const spec = YOUTUBE_COLUMN_METRIC[key];
    plan.push({ column, metric: spec.metric, unit: spec.unit, read: spec.read, label: headers[column] ?? key });
  }
  return (rowIndex, emit) => {
    for (const p of plan) {
      let value: number | null;
      if (p.read === 'duration') value = durationCell(ctx, rowIndex, p.column, p.label);
      else {
        value = numberCell(ctx, rowIndex, p.column, p.label, numberOptions);
        if (value !== null && p.read === 'percentShare') value = value / 100;
      }
      if (value !== null) emit(p.metric, value, p.unit);
    }
  };
}
