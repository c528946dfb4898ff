// What a chart says apart from its drawing: title, subtitle, source, date, legend and the data behind it.
// The frame, the data table, the CSV and SVG/PNG exports (and later the report and deck) all read it.

/** One cell of a chart's data: text, a number (see the column's kind), or null when there is no value. */
export type ChartCell = string | number | null;

/**
 * A column of a chart's data. `kind`:
 * - `text`: a string cell, shown as is;
 * - `percent`: a share 0..1, shown as a percentage with `decimals` decimals (default 1): 0.601 → `60,1%`
 *   in the table, `60,1` under a header ending in `(%)` in the CSV;
 * - `count`: a number shown as is (in the CSV at most `decimals` decimals, default 2; in the table and deck
 *   with exactly one decimal when `decimals` is 1, so an index reads `75,0` as on screen).
 */
export interface ChartColumn {
  key: string;
  label: string;
  kind: 'text' | 'percent' | 'count';
  decimals?: number;
}

/**
 * A legend entry: its label (which names the platform or series, so colour never carries meaning alone),
 * its `#RRGGBB` colour, and the shape of its mark (`bar`: a filled rectangle; `marker`: the population
 * reference's diamond on a stroke; `dashed-line`: a reference line such as index 100).
 */
export interface ChartLegendItem {
  label: string;
  color: string;
  shape: 'bar' | 'marker' | 'dashed-line';
}

/**
 * Everything a published chart carries besides its drawing, in the interface language:
 * - `id`: a stable slug for element ids (`youth-share`);
 * - `title`, `subtitle` (period, filters), `source` (`Bron: exports van …; Statbel 2021`);
 * - `madeOn`: the ISO date `YYYY-MM-DD` it was made (local date);
 * - `description`: a one-sentence text equivalent (the chart's accessible name);
 * - `notes`: lines printed under the chart (definitions, caveats);
 * - `legend`: the series and their colours;
 * - `columns` and `rows`: the data behind the chart, one row per mark, cells in column order.
 */
export interface ChartSpec {
  id: string;
  title: string;
  subtitle: string;
  source: string;
  madeOn: string;
  description: string;
  notes: readonly string[];
  legend: readonly ChartLegendItem[];
  columns: readonly ChartColumn[];
  rows: readonly (readonly ChartCell[])[];
}

const numberTexts = new Map<string, Intl.NumberFormat>();

/**
 * A number as plain digits with a point, no grouping, rounded by Intl (the same ICU rounding the
 * interface's `formatPercent` uses, so table and CSV never disagree on the last digit):
 * `plainNumber(60.149, 1, 1)` → `60.1`; `plainNumber(-2.5, 0, 2)` → `-2.5`; -0 → `0`.
 */
export function plainNumber(value: number, minDecimals: number, maxDecimals: number): string {
  const key = `${minDecimals}|${maxDecimals}`;
  let f = numberTexts.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-US', {
      useGrouping: false,
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: maxDecimals,
      signDisplay: 'negative',
    });
    numberTexts.set(key, f);
  }
  return f.format(value);
}

/**
 * A percent column's cell as the number of percentage points shown, with a point: share 0.601 with one
 * decimal → `60.1`; rounding by Intl's percent style (half away from zero on the decimal value).
 */
export function percentPoints(share: number, decimals: number): string {
  const key = `%|${decimals}`;
  let f = numberTexts.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-US', {
      style: 'percent',
      useGrouping: false,
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: 'negative',
    });
    numberTexts.set(key, f);
  }
  return f.format(share).replace('%', '');
}

/**
 * A file name for an export: the title as a lower-case ASCII slug, the date, an optional suffix, the
 * extension: (`Jongerenaandeel per account`, `2025-10-12`, `png`, `2x`) →
 * `jongerenaandeel-per-account-2025-10-12-2x.png`. Accents are dropped (`é` → `e`); an empty slug becomes
 * `grafiek`.
 */
export function exportFileName(title: string, madeOn: string, extension: string, suffix?: string): string {
  const slug =
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'grafiek';
  return `${[slug, madeOn, suffix].filter(Boolean).join('-')}.${extension}`;
}

/** Today's local date as ISO `YYYY-MM-DD` (the "made on" date of an export); `now` for tests. */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
