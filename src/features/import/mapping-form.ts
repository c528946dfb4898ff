// The mapping dialog's form state and the generic CSV mapping it stands for.

import type { ColumnRef, CsvInspection, GenericCsvMapping } from '../../core/formats/generic-csv';
import { METRIC_KIND } from '../../core/model/observation';
import type { Basis, Metric } from '../../core/model/observation';
import type { Platform } from '../../core/model/platform';

export const METRICS = Object.keys(METRIC_KIND) as Metric[];

/** The dialog's form state; column indexes as strings ('' = not chosen). */
export interface MappingForm {
  headerRow: number;
  dateColumn: string;
  dateFormat: 'iso' | 'mdy' | 'dmy' | 'auto';
  periodStart: string;
  periodEnd: string;
  metricMode: 'fixed' | 'column';
  metric: Metric;
  metricColumn: string;
  ageBandColumn: string;
  valueColumn: string;
  valueKind: 'percent' | 'fraction' | 'count';
  platform: Platform | '';
  basis: Basis & Metric;
  name: string;
}

/** First guesses from the inspected columns: the first date, age-band and number columns. */
export function initialForm(inspection: CsvInspection, fileName: string): MappingForm {
  const cols = inspection.columns;
  const date = cols.find((c) => c.kind === 'date');
  const band = cols.find((c) => c.kind === 'age-band');
  const value = cols.find((c) => c.kind === 'number' && c !== date);
  return {
    headerRow: inspection.headerRow,
    dateColumn: date ? String(date.index) : '',
    dateFormat: 'auto',
    periodStart: '',
    periodEnd: '',
    metricMode: 'fixed',
    metric: 'views',
    metricColumn: '',
    ageBandColumn: band ? String(band.index) : '',
    valueColumn: value ? String(value.index) : '',
    valueKind: band ? 'percent' : 'count',
    platform: '',
    basis: 'views',
    name: fileName.replace(/\.[^.]+$/, ''),
  };
}

/** A column by its header when that header is unique and not blank (survives re-ordered exports), else by index. */
export function columnRef(inspection: CsvInspection, index: number): ColumnRef {
  const header = inspection.columns[index]?.header ?? '';
  const same = inspection.columns.filter((c) => c.header.trim().toLowerCase() === header.trim().toLowerCase());
  return header.trim() !== '' && same.length === 1 ? { header } : { index };
}

/**
 * The mapping the form describes, or null while something required is missing (value column, platform,
 * a date column or a whole fixed period, the metric column in column mode).
 */
export function mappingOf(form: MappingForm, inspection: CsvInspection): GenericCsvMapping | null {
  if (form.valueColumn === '' || form.platform === '') return null;
  if (form.dateColumn === '' && (form.periodStart === '' || form.periodEnd === '')) return null;
  if (form.metricMode === 'column' && form.metricColumn === '') return null;
  const hasBand = form.ageBandColumn !== '';
  const metric = hasBand ? form.basis : form.metric;
  return {
    name: form.name.trim() || 'CSV',
    headerRow: form.headerRow,
    date: form.dateColumn === '' ? null : { column: columnRef(inspection, Number(form.dateColumn)), format: form.dateFormat },
    ...(form.dateColumn === '' ? { period: { start: form.periodStart, end: form.periodEnd } } : {}),
    metric: form.metricMode === 'column' && !hasBand ? { column: columnRef(inspection, Number(form.metricColumn)) } : { fixed: metric },
    ageBand: hasBand ? columnRef(inspection, Number(form.ageBandColumn)) : null,
    value: columnRef(inspection, Number(form.valueColumn)),
    platform: form.platform,
    basis: hasBand ? form.basis : null,
    valueKind: hasBand ? form.valueKind : 'count',
  };
}
