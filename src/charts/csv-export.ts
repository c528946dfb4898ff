// The data behind a chart as CSV: UTF-8 with BOM, `;` and a decimal comma in Dutch, `,` and a point in
// English, formula-looking text neutralised (docs/architecture.md#security), numbers left as numbers.

import Papa from 'papaparse';
import type { Language } from '../i18n/format';
import { percentPoints, plainNumber } from './chart-spec';
import type { ChartCell, ChartSpec } from './chart-spec';

/** The byte order mark that makes Excel read the file as UTF-8 (U+FEFF, encoded EF BB BF). */
export const UTF8_BOM = '\uFEFF';

/**
 * The field delimiter and decimal mark per interface language: Dutch (nl-BE) `;` and `,`, as Excel in a
 * Belgian locale expects (its list separator is `;` because `,` is the decimal mark); English `,` and `.`.
 */
export const CSV_DIALECT: Readonly<Record<Language, { delimiter: string; decimal: string }>> = {
  nl: { delimiter: ';', decimal: ',' },
  en: { delimiter: ',', decimal: '.' },
};

/** Text that a spreadsheet would read as a formula: it starts with `=`, `+`, `-`, `@`, tab, CR or NUL. */
const FORMULA_START = /^[=+\-@\t\r\0]/;

/**
 * Neutralises a text cell against formula injection (CWE-1236; OWASP CSV Injection; ASVS 1.2.10): when it
 * starts with `=`, `+`, `-`, `@`, tab, CR or NUL, a `'` is put in front (`=1+1` → `'=1+1`), so
 * spreadsheets show it as text. Other text is returned unchanged. Only for text cells: numbers are
 * written by {@link toCsv} as numbers, so `-2,5` stays `-2,5`.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A CSV cell: text (neutralised, then quoted by PapaParse where RFC 4180 needs it), a number (written
 * with the language's decimal mark, no thousands grouping, decimals per {@link CsvOptions}),
 * or null (an empty cell). A number that is not finite is written as an empty cell.
 */
export type CsvCell = string | number | null;

/**
 * Options of {@link toCsv}: the interface language, and per column the decimals a number is written with
 * (`{ min, max }`, default `{ min: 0, max: 6 }`): `{ min: 1, max: 1 }` writes 60 as `60,0`.
 */
export interface CsvOptions {
  language: Language;
  decimals?: readonly ({ min: number; max: number } | undefined)[];
}

/**
 * Writes a header and rows as CSV text starting with a BOM, lines ended by CRLF (RFC 4180).
 *
 * Quoting and escaping are PapaParse's `unparse` (a field with the delimiter, a quote, a line break or a
 * leading/trailing space is quoted, quotes doubled). Its own `escapeFormulae` is not used: it skips only JS
 * numbers, and a Dutch number must reach it as the text `-2,5`, which it would turn into `'-2,5`. So text
 * cells go through {@link neutraliseFormula} here, numbers are formatted here (never neutralised), and a
 * neutralised cell is quoted as well, as PapaParse's option does (`"'=1+1"`).
 *
 * E.g. Dutch, header `['Naam', 'Waarde']`, row `['=1+1', -2.5]` → `\uFEFFNaam;Waarde\r\n"'=1+1";-2,5`.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: CsvOptions): string {
  const { delimiter, decimal } = CSV_DIALECT[options.language];
  const quoted = new Set<string>();
  const cell = (value: CsvCell, column: number): string => {
    if (value === null) return '';
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return '';
      const d = options.decimals?.[column] ?? { min: 0, max: 6 };
      return plainNumber(value, d.min, d.max).replace('.', decimal);
    }
    const safe = neutraliseFormula(value);
    if (safe !== value) quoted.add(safe);
    return safe;
  };
  const data = [header.map((h) => cell(h, -1)), ...rows.map((row) => row.map(cell))];
  const body = Papa.unparse(data, {
    delimiter,
    newline: '\r\n',
    quotes: (value: unknown) => typeof value === 'string' && quoted.has(value),
    escapeFormulae: false,
    header: false,
  });
  return UTF8_BOM + body;
}

/**
 * The data behind a chart ({@link ChartSpec} `columns` and `rows`) as CSV ({@link toCsv}): a percent
 * column is written as percentage points with the column's decimals (default 1) under its label plus
 * ` (%)` — share 0.601 → `60,1` in Dutch — so the numbers are the data table's without the `%` sign (both
 * rounded by Intl); a count column with at most its decimals (default 2), exactly one when its decimals
 * are 1 (`75,0`, as the data table); text as it is; null empty.
 */
export function chartSpecToCsv(spec: Pick<ChartSpec, 'columns' | 'rows'>, language: Language): string {
  const header = spec.columns.map((c) => (c.kind === 'percent' ? `${c.label} (%)` : c.label));
  const decimals = spec.columns.map((c) => {
    if (c.kind === 'percent') return { min: c.decimals ?? 1, max: c.decimals ?? 1 };
    // One decimal (an index, a change in points) is written as the data table shows it: 75,0 and 0,0.
    if (c.kind === 'count') return { min: c.decimals === 1 ? 1 : 0, max: c.decimals ?? 2 };
    return undefined;
  });
  const rows = spec.rows.map((row) =>
    spec.columns.map((column, i): CsvCell => {
      const value: ChartCell = row[i] ?? null;
      if (column.kind === 'percent' && typeof value === 'number' && Number.isFinite(value)) {
        // Rounded by Intl's percent style first, exactly as the table's formatPercent rounds.
        return Number(percentPoints(value, column.decimals ?? 1));
      }
      return value;
    }),
  );
  return toCsv(header, rows, { language, decimals });
}
