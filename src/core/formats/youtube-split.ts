// Shared reader of YouTube Studio's split tables (Viewer age, Viewer gender): one row per age band or
// gender, `(%)` share columns, no Total row in real files (docs/formats.md#youtube).

import type { Observation } from '../model/observation';
import type { ImportWarning } from '../model/parsed-file';
import type { FormatContext } from './format-spec';
import { malformedRow, unknownColumnsWarning } from './format-helpers';
import { mapColumns } from './headers';
import { isBlankRow } from './sniff';
import { isPercentHeader, isTotalLabel, YOUTUBE_COLUMNS, YOUTUBE_DESCRIPTIVE_COLUMNS, youtubeRowObservations } from './youtube-columns';

/**
 * True when the file is a split table whose first column's labels all pass `isKey` (Total and blank rows
 * aside, at least `minRows` of them) and which has at least one percentage column.
 */
export function looksLikeYouTubeSplit(ctx: FormatContext, isKey: (label: string) => boolean, minRows: number): boolean {
  const header = ctx.rows[0];
  if (header === undefined || header.length < 2) return false;
  if (!header.slice(1).some(isPercentHeader)) return false;
  let keys = 0;
  for (let i = 1; i < ctx.rows.length; i++) {
    const row = ctx.rows[i] ?? [];
    if (isBlankRow(row) || isTotalLabel(row[0])) continue;
    if (!isKey(row[0] ?? '')) return false;
    keys++;
  }
  return keys >= minRows;
}

/**
 * Reads a split table: per row, the observations of every known column with the row's key fields
 * (`ageBand` or `gender`) from `keyOf`, period null. When no `Views (%)` column is found by name, the
 * first unmapped percentage column is taken as the views share (warning `assumed-views-column`); a Total
 * row is skipped (warning `total-row-skipped`); other columns are ignored (`unknown-columns-ignored`).
 * Throws `ImportError('malformed')` for a row whose label `keyOf` rejects or a cell that is not a number.
 */
export function readYouTubeSplit(
  ctx: FormatContext,
  keyOf: (label: string) => Pick<Observation, 'ageBand' | 'gender'> | null,
): { observations: Observation[]; warnings: ImportWarning[] } {
  const header = ctx.rows[0] ?? [];
  const warnings: ImportWarning[] = [];
  const { columns, unknown } = mapColumns(header, YOUTUBE_COLUMNS, { ignore: YOUTUBE_DESCRIPTIVE_COLUMNS, skip: [0] });
  if (columns.viewsShare === undefined) {
    const index = header.findIndex((h, i) => i > 0 && isPercentHeader(h) && unknown.includes(h.trim()));
    if (index > 0) {
      columns.viewsShare = index;
      unknown.splice(unknown.indexOf((header[index] ?? '').trim()), 1);
      warnings.push({
        code: 'assumed-views-column',
        message: `Column "${(header[index] ?? '').trim()}" was read as the share of views (%).`,
        params: { column: (header[index] ?? '').trim() },
      });
    }
  }
  const unknownWarning = unknownColumnsWarning(unknown);
  if (unknownWarning) warnings.push(unknownWarning);
  const observations: Observation[] = [];
  for (let i = 1; i < ctx.rows.length; i++) {
    const row = ctx.rows[i] ?? [];
    if (isBlankRow(row)) continue;
    const label = (row[0] ?? '').trim();
    if (isTotalLabel(label)) {
      warnings.push({ code: 'total-row-skipped', message: `The "${label}" row was skipped.`, params: { label } });
      continue;
    }
    const key = keyOf(label);
    if (key === null) malformedRow(ctx, i, `"${label}" is not a label this table should contain.`);
    observations.push(...youtubeRowObservations(ctx, i, columns, null, key));
  }
  return { observations, warnings };
}
