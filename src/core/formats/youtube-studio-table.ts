// Format `youtube-studio-table`: any other YouTube Studio `Table data.csv` (Geography, Subscription
// status, Content, …) with its `Total` row (docs/formats.md#youtube; real files:
// docs/formats.md#real-exports).

import type { Observation } from '../model/observation';
import type { ImportWarning } from '../model/parsed-file';
import type { FormatSpec } from './format-spec';
import { unknownColumnsWarning } from './format-helpers';
import { mapColumns, matchesAlias } from './headers';
import { isBlankRow } from './sniff';
import { isTotalLabel, YOUTUBE_COLUMNS, YOUTUBE_DESCRIPTIVE_COLUMNS, youtubeRowObservations } from './youtube-columns';
import { DATE_HEADERS } from './youtube-studio-chart-data';

/**
 * Names of YouTube Studio report dimensions (first header of a table). English from real files and the
 * Studio menu; Dutch are guesses; German `Videos` from WDR (docs/formats.md#youtube).
 */
export const YOUTUBE_DIMENSIONS: readonly string[] = [
  'Geography', 'Subscription status', 'Content', 'Video', 'Traffic source', 'Traffic source type', 'Device type',
  'Operating system', 'Playback location', 'Subtitles and CC', 'Sharing service', 'New and returning viewers',
  'Geografie', 'Abonnementsstatus', 'Inhoud', 'Verkeersbron', 'Apparaattype', 'Videos', 'Inhalte', 'Abostatus',
];

/**
 * Any YouTube Studio dimension table: header `<dimension>,<metric>…`, usually a `Total` row first.
 * Detected when at least one known YouTube metric column is present, the first header is not a date, and
 * either a Total row is among the first two data rows or the first header names a known dimension.
 * Yields: the Total row as observations without segment (the whole), every other row as observations
 * with `segment` = its first cell (country code, status, video ID …); Views, Watch time (hours),
 * Subscribers, Impressions, Impressions click-through rate (%) → share, Average view duration → seconds,
 * Unique viewers → viewers, Likes, Comments added, Shares. Unknown columns are ignored with one warning.
 * Platform youtube, period null, basis null.
 */
export const youtubeStudioTable: FormatSpec = {
  id: 'youtube-studio-table',
  version: 1,
  label: 'YouTube Studio table',
  platform: 'youtube',
  detect: (ctx) => {
    const header = ctx.rows[0];
    if (header === undefined || header.length < 2) return false;
    if (matchesAlias(header[0] ?? '', DATE_HEADERS)) return false;
    const { columns } = mapColumns(header, YOUTUBE_COLUMNS, { skip: [0] });
    if (Object.keys(columns).length === 0) return false;
    const totalRow = isTotalLabel(ctx.rows[1]?.[0]) || isTotalLabel(ctx.rows[2]?.[0]);
    return totalRow || matchesAlias(header[0] ?? '', YOUTUBE_DIMENSIONS);
  },
  parse: (ctx) => {
    const header = ctx.rows[0] ?? [];
    const { columns, unknown } = mapColumns(header, YOUTUBE_COLUMNS, { ignore: YOUTUBE_DESCRIPTIVE_COLUMNS, skip: [0] });
    const warnings: ImportWarning[] = [];
    const unknownWarning = unknownColumnsWarning(unknown);
    if (unknownWarning) warnings.push(unknownWarning);
    const observations: Observation[] = [];
    let unlabelled = 0;
    for (let i = 1; i < ctx.rows.length; i++) {
      const row = ctx.rows[i] ?? [];
      if (isBlankRow(row)) continue;
      const label = (row[0] ?? '').trim();
      if (isTotalLabel(label)) observations.push(...youtubeRowObservations(ctx, i, columns, null, {}));
      else if (label === '') unlabelled++;
      else observations.push(...youtubeRowObservations(ctx, i, columns, null, { segment: label }));
    }
    if (unlabelled > 0) {
      warnings.push({
        code: 'rows-skipped',
        message: `${String(unlabelled)} rows without a label in the first column were skipped.`,
        params: { count: unlabelled },
      });
    }
    return {
      platform: 'youtube',
      platformCandidates: ['youtube'],
      accountName: null,
      period: null,
      basis: null,
      observations,
      warnings,
    };
  },
};
