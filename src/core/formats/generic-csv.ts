// The generic CSV path for files no format recognises: inspecting a file for the mapping dialog, and
// parsing it with a user's column mapping (saved as plain JSON) into a ParsedFile `generic-csv:<name>`.

import { parseAgeBand } from '../model/age-band';
import { METRIC_KIND } from '../model/observation';
import type { Basis, Metric, Observation, Period, Unit } from '../model/observation';
import { ImportError } from '../model/parsed-file';
import type { ParsedFile, SourceInput, TextEncodingName } from '../model/parsed-file';
import type { Platform } from '../model/platform';
import type { FormatContext } from './format-spec';
import { day, malformedRow, periodOfDates } from './format-helpers';
import { normaliseHeader } from './headers';
import { isBlankRow, readTextFile } from './sniff';
import { isIsoDate, parseDate, parseNumber, ValueParseError } from './values';

/** What a column's sample values look like (for the dialog's suggestions). */
export type ColumnKind = 'date' | 'number' | 'age-band' | 'text' | 'empty';

/** One column of an inspected file: its index, header text, up to 5 non-empty sample values, and kind. */
export interface InspectedColumn {
  index: number;
  header: string;
  samples: string[];
  kind: ColumnKind;
}

/**
 * What the mapping dialog shows: the decoded rows (at most `maxRows`, default 50), the guessed header
 * row (0-based index into `rows`: the first row, among the first 10, with at least two non-empty cells
 * and no cell that reads as a number), the columns under that header, encoding and delimiter.
 */
export interface CsvInspection {
  fileName: string;
  encoding: TextEncodingName;
  delimiter: string;
  rows: string[][];
  totalRows: number;
  headerRow: number;
  columns: InspectedColumn[];
}

function kindOf(samples: readonly string[]): ColumnKind {
  if (samples.length === 0) return 'empty';
  const all = (test: (s: string) => boolean): boolean => samples.every((s) => {
    try {
      return test(s);
    } catch {
      return false;
    }
  });
  if (all((s) => parseAgeBand(s) !== null)) return 'age-band';
  if (all((s) => parseDate(s) !== null)) return 'date';
  if (all((s) => parseNumber(s) !== null)) return 'number';
  return 'text';
}

function guessHeaderRow(rows: readonly string[][]): number {
  for (let i = 0; i < Math.min(rows.length, 10); i++) {
    const cells = (rows[i] ?? []).filter((c) => c.trim() !== '');
    const numeric = cells.some((c) => {
      try {
        return parseNumber(c) !== null;
      } catch {
        return false;
      }
    });
    if (cells.length >= 2 && !numeric) return i;
  }
  return 0;
}

/**
 * Decodes and tokenises `input` (same sniffers as every format) and describes it for the mapping
 * dialog. Throws `ImportError` (`empty`, `binary`, `malformed`) like `readTextFile`.
 */
export function inspectCsv(input: SourceInput, maxRows = 50): CsvInspection {
  const ctx = readTextFile(input);
  const headerRow = guessHeaderRow(ctx.rows);
  const header = ctx.rows[headerRow] ?? [];
  const width = Math.max(header.length, ...ctx.rows.slice(headerRow + 1, headerRow + 51).map((r) => r.length));
  const columns: InspectedColumn[] = [];
  for (let c = 0; c < width; c++) {
    const samples: string[] = [];
    for (let i = headerRow + 1; i < ctx.rows.length && samples.length < 5; i++) {
      const v = (ctx.rows[i]?.[c] ?? '').trim();
      if (v !== '') samples.push(v);
    }
    columns.push({ index: c, header: (header[c] ?? '').trim(), samples, kind: kindOf(samples) });
  }
  return {
    fileName: input.name,
    encoding: ctx.encoding,
    delimiter: ctx.delimiter,
    rows: ctx.rows.slice(0, maxRows),
    totalRows: ctx.rows.length,
    headerRow,
    columns,
  };
}

/** A column named by its header text (preferred: survives re-ordered exports) or by 0-based index. */
export type ColumnRef = { header: string } | { index: number };

/**
 * A user's mapping of a CSV, stored as plain JSON by the interface and offered again next time:
 * - `name`: the mapping's name; the ParsedFile's format is `generic-csv:<name>`;
 * - `headerRow`: 0-based index of the header row (see {@link CsvInspection.headerRow});
 * - `date`: the date column and how to read it (`iso`, `mdy` = MM/DD/YYYY, `dmy` = DD/MM/YYYY, or
 *   `auto` = any form `parseDate` knows with US slashes), or null with a fixed `period`;
 * - `metric`: `{ fixed: Metric }` or `{ column }` whose cells name a metric (`views`, `reach`, … or a
 *   Dutch/French word, see {@link METRIC_WORDS});
 * - `ageBand`: the age band column, or null; `value`: the value column;
 * - `platform`, `basis` (what an age split is a share of; required with `ageBand`, equal to the metric);
 * - `valueKind`: `percent` (0..100 → share), `fraction` (0..1 share) or `count`;
 * - `decimalSeparator`: `,` or `.` when the file says (default: from the delimiter, `;` → `,`).
 */
export interface GenericCsvMapping {
  name: string;
  headerRow: number;
  date: { column: ColumnRef; format: 'iso' | 'mdy' | 'dmy' | 'auto' } | null;
  period?: Period;
  metric: { fixed: Metric } | { column: ColumnRef };
  ageBand: ColumnRef | null;
  value: ColumnRef;
  platform: Platform;
  basis: Basis | null;
  valueKind: 'percent' | 'fraction' | 'count';
  decimalSeparator?: ',' | '.';
}

/** Words a metric column may hold, per metric (English, Dutch, French), compared after normalising. */
export const METRIC_WORDS: Readonly<Partial<Record<Metric, readonly string[]>>> = {
  views: ['views', 'weergaven', 'vues', 'video views', 'aufrufe'],
  reach: ['reach', 'bereik', 'couverture', 'portée', 'reichweite'],
  impressions: ['impressions', 'vertoningen', 'impressionen'],
  followers: ['followers', 'volgers', 'abonnés', 'fans', 'abonnees'],
  viewers: ['viewers', 'kijkers', 'spectateurs'],
  follows: ['follows', 'new follows', 'nieuwe volgers'],
  engagement: ['engagement', 'engagements', 'interacties'],
  watchTime: ['watch time', 'watchtime', 'kijktijd'],
  likes: ['likes', 'reactions', 'reacties'],
  comments: ['comments', 'opmerkingen', 'commentaires'],
  shares: ['shares', 'gedeeld', 'partages'],
};

function metricOfWord(word: string): Metric | null {
  const w = normaliseHeader(word);
  if (w in METRIC_KIND) return w as Metric;
  for (const [metric, words] of Object.entries(METRIC_WORDS)) {
    if (words.some((x) => normaliseHeader(x) === w)) return metric as Metric;
  }
  return (Object.keys(METRIC_KIND) as Metric[]).find((m) => m.toLowerCase() === w) ?? null;
}

function invalid(fileName: string, reason: string): ImportError {
  return new ImportError('mapping-invalid', fileName, `The mapping does not fit "${fileName}": ${reason}`, { params: { reason } });
}

function resolveColumn(ctx: FormatContext, header: readonly string[], ref: ColumnRef, role: string): number {
  if ('index' in ref) {
    if (!Number.isInteger(ref.index) || ref.index < 0 || ref.index >= Math.max(header.length, 1)) throw invalid(ctx.fileName, `the ${role} column ${String(ref.index + 1)} does not exist.`);
    return ref.index;
  }
  const want = normaliseHeader(ref.header);
  const index = header.findIndex((h) => normaliseHeader(h) === want);
  if (index < 0) throw invalid(ctx.fileName, `there is no column "${ref.header}" (the ${role} column).`);
  return index;
}

/**
 * Parses `input` with `mapping` into a ParsedFile (format `generic-csv:<name>`, version 1, provenance
 * `export`): one observation per data row (rows after `headerRow`; blank rows skipped; a missing value
 * gives none): metric, period (the row's day, or the fixed period), age band, value in the unit
 * `valueKind` gives (`percent` ÷ 100 → share, `fraction` → share, `count`). Basis is the mapping's when
 * an age band column is mapped, else null. Throws `ImportError('mapping-invalid')` when the mapping
 * does not fit the file (a column missing, an age split whose basis differs from its metric, a share
 * without an age band), `ImportError('malformed')` for a cell that is not what the mapping says (with
 * its line), and what `readTextFile` throws.
 */
export function parseWithMapping(input: SourceInput, mapping: GenericCsvMapping): ParsedFile {
  const ctx = readTextFile(input);
  if (ctx.quoteProblem) throw ctx.quoteProblem;
  const header = ctx.rows[mapping.headerRow] ?? [];
  if (header.length === 0) throw invalid(input.name, `row ${String(mapping.headerRow + 1)} is not a header.`);
  const valueColumn = resolveColumn(ctx, header, mapping.value, 'value');
  const bandColumn = mapping.ageBand === null ? null : resolveColumn(ctx, header, mapping.ageBand, 'age band');
  const dateColumn = mapping.date === null ? null : resolveColumn(ctx, header, mapping.date.column, 'date');
  const metricColumn = 'column' in mapping.metric ? resolveColumn(ctx, header, mapping.metric.column, 'metric') : null;
  const fixedMetric = 'fixed' in mapping.metric ? mapping.metric.fixed : null;
  if (fixedMetric !== null && !(fixedMetric in METRIC_KIND)) throw invalid(input.name, `"${String(fixedMetric)}" is not a metric.`);
  if (mapping.date === null && (mapping.period === undefined || !isIsoDate(mapping.period.start) || !isIsoDate(mapping.period.end))) {
    throw invalid(input.name, 'without a date column, a fixed period (two ISO days) is needed.');
  }
  const share = mapping.valueKind !== 'count';
  if (share && bandColumn === null) throw invalid(input.name, 'percentages or fractions need an age band column (they are shares of an age split).');
  if (bandColumn !== null && mapping.basis === null) throw invalid(input.name, 'an age split needs a basis.');
  if (bandColumn !== null && fixedMetric !== null && fixedMetric !== mapping.basis) {
    throw invalid(input.name, `an age split of ${String(mapping.basis)} must have the metric ${String(mapping.basis)}.`);
  }
  const decimalSeparator = mapping.decimalSeparator ?? (ctx.delimiter === ';' ? ',' : undefined);
  const unit: Unit = share ? 'share' : 'count';
  const observations: Observation[] = [];
  const dates: string[] = [];
  for (let i = mapping.headerRow + 1; i < ctx.rows.length; i++) {
    const row = ctx.rows[i] ?? [];
    if (isBlankRow(row)) continue;
    let period: Period;
    if (dateColumn !== null && mapping.date !== null) {
      const raw = (row[dateColumn] ?? '').trim();
      let iso: string | null;
      try {
        iso = mapping.date.format === 'iso' ? (isIsoDate(raw.slice(0, 10)) ? raw.slice(0, 10) : null) : parseDate(raw, { slashOrder: mapping.date.format === 'dmy' ? 'dmy' : 'mdy' });
      } catch (e) {
        if (!(e instanceof ValueParseError)) throw e;
        iso = null;
      }
      if (iso === null) malformedRow(ctx, i, `"${raw}" is not a date in the form the mapping says (${mapping.date.format}).`);
      dates.push(iso);
      period = day(iso);
    } else {
      period = mapping.period as Period;
    }
    let metric: Metric;
    if (metricColumn !== null) {
      const word = row[metricColumn] ?? '';
      const m = metricOfWord(word);
      if (m === null) malformedRow(ctx, i, `"${word}" is not a metric (views, reach, followers, …).`);
      metric = m;
    } else metric = fixedMetric as Metric;
    let ageBand: string | undefined;
    if (bandColumn !== null) {
      const band = parseAgeBand(row[bandColumn] ?? '');
      if (band === null) malformedRow(ctx, i, `"${row[bandColumn] ?? ''}" is not an age band.`);
      ageBand = band;
    }
    let value: number | null;
    try {
      value = parseNumber(row[valueColumn] ?? '', { decimalSeparator });
    } catch (e) {
      if (!(e instanceof ValueParseError)) throw e;
      malformedRow(ctx, i, `"${row[valueColumn] ?? ''}" is not a number.`);
    }
    if (value === null) continue;
    if (mapping.valueKind === 'percent') value = value / 100;
    observations.push({ metric, period, ...(ageBand !== undefined ? { ageBand } : {}), value, unit });
  }
  return {
    fileName: input.name,
    format: `generic-csv:${mapping.name}`,
    formatVersion: 1,
    formatLabel: `Own mapping: ${mapping.name}`,
    platform: mapping.platform,
    platformCandidates: [mapping.platform],
    accountName: null,
    period: mapping.date === null ? (mapping.period ?? null) : periodOfDates(dates),
    basis: bandColumn !== null ? mapping.basis : null,
    observations,
    warnings: ctx.warnings,
    encoding: ctx.encoding,
    delimiter: ctx.delimiter,
  };
}
