// Shared reader of simple daily tables (`Date,metric…`, one row per day): the X exports.

import type { Metric, Observation, Unit } from '../model/observation';
import type { ImportWarning } from '../model/parsed-file';
import type { FormatContext } from './format-spec';
import { dateCell, day, malformedRow, numberCell, periodOfDates, unknownColumnsWarning } from './format-helpers';
import type { AliasTable } from './headers';
import { mapColumns } from './headers';
import { isBlankRow } from './sniff';

/**
 * Reads a table whose first column is a date and whose other columns map (through `table`, keyed by
 * metric) to daily values in `units[metric]` (default count). Missing cells (`-`, empty) give no
 * observation. Rows may be in any order (X writes newest first). Unknown columns are reported in one
 * `unknown-columns-ignored` warning, except those `isQuiet` accepts, which are counted in a
 * `quiet-columns-ignored` warning with `quietLabel`. Throws `ImportError('malformed')`.
 */
export function readDailyTable<K extends Metric>(
  ctx: FormatContext,
  table: AliasTable<K>,
  options: { units?: Partial<Record<K, Unit>>; isQuiet?: (header: string) => boolean; quietLabel?: string } = {},
): { observations: Observation[]; warnings: ImportWarning[]; period: ReturnType<typeof periodOfDates> } {
  const header = ctx.rows[0] ?? [];
  const { columns, unknown } = mapColumns(header, table, { skip: [0] });
  const warnings: ImportWarning[] = [];
  const quiet = options.isQuiet ? unknown.filter(options.isQuiet) : [];
  const loud = unknown.filter((u) => !quiet.includes(u));
  const unknownWarning = unknownColumnsWarning(loud);
  if (unknownWarning) warnings.push(unknownWarning);
  if (quiet.length > 0) {
    warnings.push({
      code: 'quiet-columns-ignored',
      message: `${String(quiet.length)} ${options.quietLabel ?? 'other'} columns ignored.`,
      params: { count: quiet.length },
    });
  }
  const metrics = (Object.keys(columns) as K[]).sort((a, b) => (columns[a] ?? 0) - (columns[b] ?? 0));
  const observations: Observation[] = [];
  const dates: string[] = [];
  for (let i = 1; i < ctx.rows.length; i++) {
    const row = ctx.rows[i] ?? [];
    if (isBlankRow(row)) continue;
    const date = dateCell(ctx, i, 0, header[0] ?? 'Date');
    if (date === null) malformedRow(ctx, i, 'the row has no date.');
    dates.push(date);
    for (const metric of metrics) {
      const column = columns[metric];
      const value = numberCell(ctx, i, column, header[column ?? 0] ?? metric);
      if (value !== null) observations.push({ metric, period: day(date), value, unit: options.units?.[metric] ?? 'count' });
    }
  }
  return { observations, warnings, period: periodOfDates(dates) };
}
