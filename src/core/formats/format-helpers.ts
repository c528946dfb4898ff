// Helpers shared by the format modules: reading typed cells with line-numbered errors, periods, and the
// common warnings.

import type { Metric, Observation, Period } from '../model/observation';
import { ImportError } from '../model/parsed-file';
import type { ImportWarning } from '../model/parsed-file';
import type { FormatContext } from './format-spec';
import { parseDate, parseDuration, parseNumber, ValueParseError } from './values';
import type { NumberOptions } from './values';

/**
 * Throws `ImportError('malformed')` for row `rowIndex` of `ctx`, with its line in the message and in
 * `params.line`, plus any `params` that name the specifics (e.g. `value`, `column`, `expected` for a cell
 * that is not what its column holds) so the interface can say it in its own language.
 */
export function malformedRow(ctx: FormatContext, rowIndex: number, reason: string, params: Record<string, string | number> = {}): never {
  const line = ctx.lineOfRow(rowIndex);
  throw new ImportError('malformed', ctx.fileName, `"${ctx.fileName}", line ${String(line)}: ${reason}`, { line, params: { ...params, line } });
}

/** The raw text of a cell ('' when the row is shorter than the header). */
function rawCell(ctx: FormatContext, rowIndex: number, column: number): string {
  return ctx.rows[rowIndex]?.[column] ?? '';
}

/** Turns a value parser's error for `raw` into `ImportError('malformed')` with the line; rethrows anything else. */
function cellError(ctx: FormatContext, rowIndex: number, label: string, raw: string, e: unknown): never {
  if (e instanceof ValueParseError) {
    return malformedRow(ctx, rowIndex, `the value "${raw}" in column "${label}" is not a ${e.kind}.`, {
      value: raw.length > 60 ? `${raw.slice(0, 60)}…` : raw,
      column: label,
      expected: e.kind,
    });
  }
  throw e;
}

/**
 * The number in row `rowIndex`, column `column` (see `parseNumber`); null when missing or when the row is
 * shorter than the header. `label` names the column in the error. Throws `ImportError('malformed')`.
 */
export function numberCell(
  ctx: FormatContext,
  rowIndex: number,
  column: number | undefined,
  label: string,
  options?: NumberOptions,
): number | null {
  if (column === undefined || column < 0) return null;
  // Called once per cell of a large file: no closure per call (docs/architecture.md#speed).
  const raw = rawCell(ctx, rowIndex, column);
  try {
    return parseNumber(raw, options);
  } catch (e) {
    return cellError(ctx, rowIndex, label, raw, e);
  }
}

/** A duration cell in seconds (see `parseDuration`), null when missing. Throws `ImportError('malformed')`. */
export function durationCell(ctx: FormatContext, rowIndex: number, column: number | undefined, label: string): number | null {
  if (column === undefined || column < 0) return null;
  const raw = rawCell(ctx, rowIndex, column);
  try {
    return parseDuration(raw);
  } catch (e) {
    return cellError(ctx, rowIndex, label, raw, e);
  }
}

/** A date cell as ISO `YYYY-MM-DD` (see `parseDate`), null when missing. Throws `ImportError('malformed')`. */
export function dateCell(ctx: FormatContext, rowIndex: number, column: number | undefined, label: string): string | null {
  if (column === undefined || column < 0) return null;
  const raw = rawCell(ctx, rowIndex, column);
  try {
    return parseDate(raw);
  } catch (e) {
    return cellError(ctx, rowIndex, label, raw, e);
  }
}

/** True when `raw` parses as a date with a year (`parseDate`), without throwing. */
export function looksLikeDate(raw: string | undefined): boolean {
  if (raw === undefined) return false;
  try {
    return parseDate(raw) !== null;
  } catch {
    return false;
  }
}

/** True when `raw` parses as a number (`parseNumber`), without throwing; missing markers are false. */
export function looksLikeNumber(raw: string | undefined): boolean {
  if (raw === undefined) return false;
  try {
    return parseNumber(raw) !== null;
  } catch {
    return false;
  }
}

/** The inclusive period spanned by ISO dates (first..last in time, whatever their order); null when none. */
export function periodOfDates(dates: Iterable<string>): Period | null {
  let start: string | null = null;
  let end: string | null = null;
  for (const d of dates) {
    if (start === null || d < start) start = d;
    if (end === null || d > end) end = d;
  }
  return start !== null && end !== null ? { start, end } : null;
}

/** A one-day period. */
export function day(iso: string): Period {
  return { start: iso, end: iso };
}

/** Warning `unknown-columns-ignored`: "3 unknown columns ignored: A, B, C" (null when `names` is empty). */
export function unknownColumnsWarning(names: readonly string[]): ImportWarning | null {
  if (names.length === 0) return null;
  const noun = names.length === 1 ? 'column' : 'columns';
  return {
    code: 'unknown-columns-ignored',
    message: `${String(names.length)} unknown ${noun} ignored: ${names.join(', ')}`,
    params: { count: names.length, columns: names.join(', ') },
  };
}

/** The first cells of the first non-blank row, quoted for a message: `"Date", "Primary"` (at most 6). */
export function quoteFirstCells(rows: readonly (readonly string[])[]): string {
  const row = rows.find((r) => r.some((c) => c.trim() !== '')) ?? [];
  const cells = row.slice(0, 6).map((c) => {
    const t = c.trim();
    return `"${t.length > 40 ? `${t.slice(0, 40)}…` : t}"`;
  });
  return cells.join(', ') + (row.length > 6 ? ', …' : '');
}

/** An age split whose shares add up to less than this (percent of 100) is refused as cut off: 95. */
export const SPLIT_SUM_MIN_PERCENT = 95;
/** An age split whose shares add up to more than this (percent of 100) is refused as damaged: 105. */
export const SPLIT_SUM_MAX_PERCENT = 105;

/**
 * Checks that the age split of `metric` in `observations` (unit `share`, with an age band; every gender
 * together) adds up to about 100 %, as YouTube's viewer-age `Views (%)` column and Meta's audience age block
 * always do (docs/formats.md#meta-bs-audience, #youtube). A file cut off after a few rows keeps a few bands, and
 * normalising them would give a wrong youth share (a tester found 33,9 % from the real YouTube file cut
 * after 200 bytes: 0.61 + 10.81 + 22.29 = 33.71 % kept). No split at all passes (nothing to check).
 * Throws `ImportError('shares-incomplete')` when the sum is below {@link SPLIT_SUM_MIN_PERCENT} or above
 * {@link SPLIT_SUM_MAX_PERCENT}; params: `sum` (percent, one decimal), `bands` (how many bands were read),
 * `metric`, `direction` (`low` | `high`).
 */
export function requireCompleteSplit(ctx: FormatContext, observations: readonly Observation[], metric: Metric): void {
  let sum = 0;
  const bands = new Set<string>();
  for (const o of observations) {
    if (o.metric !== metric || o.unit !== 'share' || o.ageBand === undefined) continue;
    sum += o.value;
    bands.add(o.ageBand);
  }
  if (bands.size === 0) return;
  const percent = Math.round(sum * 1000) / 10;
  if (percent >= SPLIT_SUM_MIN_PERCENT && percent <= SPLIT_SUM_MAX_PERCENT) return;
  const low = percent < SPLIT_SUM_MIN_PERCENT;
  throw new ImportError(
    'shares-incomplete',
    ctx.fileName,
    `"${ctx.fileName}": the age split adds up to ${String(percent)} %, not 100 %: ` +
      (low ? 'the file looks cut off.' : 'the file looks damaged.'),
    { params: { sum: percent, bands: bands.size, metric, direction: low ? 'low' : 'high' } },
  );
}

/**
 * Refuses a row of a one-table file whose cell count differs from its header's: every non-blank row
 * from `fromRow` on must have exactly `ctx.rows[headerRow].length` cells (a stray quote or delimiter that
 * merges or splits cells would otherwise shift numbers into the wrong column, or drop them). Throws
 * `ImportError('malformed')` with the line and `params.kind: 'column-count'`, `expected`, `found`.
 */
export function requireSteadyColumns(ctx: FormatContext, headerRow = 0, fromRow = headerRow + 1): void {
  const expected = ctx.rows[headerRow]?.length ?? 0;
  for (let i = fromRow; i < ctx.rows.length; i++) {
    const row = ctx.rows[i] ?? [];
    if (row.length === expected || isBlankCells(row)) continue;
    malformedRow(ctx, i, `the row has ${String(row.length)} cells where the header has ${String(expected)}.`, {
      kind: 'column-count',
      expected,
      found: row.length,
    });
  }
}

function isBlankCells(row: readonly string[]): boolean {
  return row.every((c) => c.trim() === '');
}
