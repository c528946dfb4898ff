// The data table behind a chart: the same numbers as the drawing and the CSV, for reading without sight.

import { useTranslation } from 'react-i18next';
import { formatCount, formatOneDecimal, formatPercent } from '../i18n/format';
import type { Language } from '../i18n/format';
import { useLanguage } from '../i18n/i18n';
import type { ChartCell, ChartColumn, ChartSpec } from './chart-spec';

/**
 * A cell as the table shows it: a percent column's share 0..1 as `60,1%` (Dutch) / `60.1%` (English) with
 * the column's decimals (default 1); a count column with `decimals` 1 (an index, a change in points) with
 * exactly one decimal (`75,0`); another count with grouping (`12.345`); text as is; null as `missing`.
 */
export function formatChartCell(value: ChartCell, column: ChartColumn, language: Language, missing: string): string {
  if (value === null) return missing;
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return missing;
  if (column.kind === 'percent') return formatPercent(value, language, column.decimals ?? 1);
  // An index column (one decimal) shows 75,0 as the screen does, never 75.
  if (column.decimals === 1) return formatOneDecimal(value, language);
  return formatCount(value, language);
}

/**
 * `<table data-testid="chart-data-table">` of a chart's `columns` and `rows`: the caption is the chart's
 * title; the first column is the row header; numeric columns are right-aligned. Wrapped in a focusable
 * region that scrolls horizontally on narrow screens.
 */
export function ChartDataTable({ spec }: { spec: Pick<ChartSpec, 'id' | 'title' | 'columns' | 'rows'> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const missing = t('charts.missing');
  const captionId = `${spec.id}-data-caption`;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table" data-testid="chart-data-table">
        <caption id={captionId} className="sr-only">
          {t('charts.tableCaption', { title: spec.title })}
        </caption>
        <thead>
          <tr>
            {spec.columns.map((column) => (
              <th key={column.key} scope="col" className={column.kind === 'text' ? undefined : 'num'}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.rows.map((row, r) => (
            <tr key={r}>
              {spec.columns.map((column, c) => {
                const text = formatChartCell(row[c] ?? null, column, language, missing);
                const className = column.kind === 'text' ? undefined : 'num';
                return c === 0 ? (
                  <th key={column.key} scope="row" className={className}>
                    {text}
                  </th>
                ) : (
                  <td key={column.key} className={className}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
