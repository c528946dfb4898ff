// The compare screen's filters as URL search parameters (bookmarkable; Back restores the previous view).

import { isPlatform } from '../../core/model/platform';
import type { Platform } from '../../core/model/platform';

/** The metric shown in the matrix and bars: youth share (0..1), representation index, or estimated youth reach (count). */
export type CompareMetric = 'youthShare' | 'index' | 'reach';

/**
 * The filters: `entities` (entity ids; empty = all), `platforms` (empty = all), `period` (a period key
 * `YYYY-MM-DD_YYYY-MM-DD`, or null = every period, each account's best split), `metric`.
 */
export interface CompareFilters {
  entities: string[];
  platforms: Platform[];
  period: string | null;
  metric: CompareMetric;
}

const METRICS: readonly CompareMetric[] = ['youthShare', 'index', 'reach'];

/**
 * Reads the filters from `?entities=a,b&platforms=youtube,facebook&period=2025-09-01_2025-09-30&metric=index`.
 * Unknown platforms and metrics are dropped (metric defaults to `youthShare`); values are comma-separated.
 */
export function readCompareFilters(params: URLSearchParams): CompareFilters {
  const list = (name: string) => (params.get(name) ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  const metric = params.get('metric');
  return {
    entities: list('entities'),
    platforms: list('platforms').filter(isPlatform),
    period: params.get('period') || null,
    metric: METRICS.includes(metric as CompareMetric) ? (metric as CompareMetric) : 'youthShare',
  };
}

/** The search parameters of `filters`, leaving out what is at its default (all entities, all platforms, every period, youth share). */
export function writeCompareFilters(filters: CompareFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.entities.length > 0) params.set('entities', filters.entities.join(','));
  if (filters.platforms.length > 0) params.set('platforms', filters.platforms.join(','));
  if (filters.period) params.set('period', filters.period);
  if (filters.metric !== 'youthShare') params.set('metric', filters.metric);
  return params;
}

/** `values` with `value` added or removed; an empty result means "all". */
export function toggle<T>(values: readonly T[], value: T, on: boolean): T[] {
  return on ? (values.includes(value) ? [...values] : [...values, value]) : values.filter((v) => v !== value);
}
