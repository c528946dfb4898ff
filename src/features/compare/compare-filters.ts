// The compare screen's filters as URL search parameters (bookmarkable, shareable; Back restores the previous view).

import { isPlatform, PLATFORM_LABELS, PLATFORMS } from '../../core/model/platform';
import type { Platform } from '../../core/model/platform';
import { foldName } from '../../db/entities-repo';

/** The metric shown in the matrix and bars: youth share (0..1), representation index, or estimated youth reach (count). */
export type CompareMetric = 'youthShare' | 'index' | 'platformIndex' | 'reach';

/**
 * The filters in use: `entities` (entity ids; empty = all), `platforms` (empty = all), `period` (a period
 * key `YYYY-MM-DD_YYYY-MM-DD`, or null = every period, each account's best split), `metric`.
 */
export interface CompareFilters {
  entities: string[];
  platforms: Platform[];
  period: string | null;
  metric: CompareMetric;
}

/**
 * The filters as written in the URL, before they are matched against the stored data: `entities` are
 * entity names (any case) or ids, `platforms` and `metric` any text; absent = empty list / null.
 */
export interface CompareUrlFilters {
  entities: string[];
  platforms: string[];
  period: string | null;
  metric: string | null;
}

/** What the URL asks for that does not exist: entity names/ids, platforms, metric and period as written. */
export interface UnknownFilters {
  entities: string[];
  platforms: string[];
  metric: string | null;
  period: string | null;
}

/** An entity the filters can name: its id and its name. */
export interface FilterEntity {
  entityId: string;
  name: string;
}

const METRICS: readonly CompareMetric[] = ['youthShare', 'index', 'platformIndex', 'reach'];

/**
 * Reads `?entities=OVAM,De%20Lijn&platforms=youtube,facebook&period=2025-09-01_2025-09-30&metric=index`
 * as written (comma-separated, trimmed, empty items dropped, each value once); nothing is dropped for
 * being unknown — see {@link resolveCompareFilters}.
 */
export function readCompareUrl(params: URLSearchParams): CompareUrlFilters {
  const list = (name: string) => [...new Set((params.get(name) ?? '').split(',').map((s) => s.trim()).filter((s) => s !== ''))];
  return {
    entities: list('entities'),
    platforms: list('platforms'),
    period: params.get('period')?.trim() || null,
    metric: params.get('metric')?.trim() || null,
  };
}

/** The platform `text` names: its id or label in any case (`youtube`, `YouTube`, `X`), or null. */
export function platformOf(text: string): Platform | null {
  const folded = text.trim().toLowerCase();
  if (isPlatform(folded)) return folded;
  return PLATFORMS.find((p) => PLATFORM_LABELS[p].toLowerCase() === folded) ?? null;
}

/**
 * Matches URL filters against the stored `entities` and `periodKeys`: an entity by id, else by name
 * case-insensitively (`ovam` = `OVAM`, spaces folded); a platform by id or label in any case; the metric
 * in any case (`Index`). Returns the filters in use (ids; unknown values left out; an unknown metric →
 * youth share; an unknown period → every period) and every value that matched nothing, as written.
 */
export function resolveCompareFilters(
  url: CompareUrlFilters,
  entities: readonly FilterEntity[],
  periodKeys: readonly string[],
): { filters: CompareFilters; unknown: UnknownFilters } {
  const byId = new Map(entities.map((e) => [e.entityId, e.entityId]));
  const byName = new Map(entities.map((e) => [foldName(e.name), e.entityId]));
  const entityIds: string[] = [];
  const unknownEntities: string[] = [];
  for (const token of url.entities) {
    const id = byId.get(token) ?? byName.get(foldName(token));
    if (id === undefined) unknownEntities.push(token);
    else if (!entityIds.includes(id)) entityIds.push(id);
  }
  const platforms: Platform[] = [];
  const unknownPlatforms: string[] = [];
  for (const token of url.platforms) {
    const p = platformOf(token);
    if (p === null) unknownPlatforms.push(token);
    else if (!platforms.includes(p)) platforms.push(p);
  }
  const metric = url.metric === null ? 'youthShare' : METRICS.find((m) => m.toLowerCase() === url.metric!.toLowerCase()) ?? null;
  const period = url.period !== null && periodKeys.includes(url.period) ? url.period : null;
  return {
    filters: { entities: entityIds, platforms, period, metric: metric ?? 'youthShare' },
    unknown: {
      entities: unknownEntities,
      platforms: unknownPlatforms,
      metric: metric === null ? url.metric : null,
      period: url.period !== null && period === null ? url.period : null,
    },
  };
}

/** True when the URL named something that does not exist. */
export function hasUnknown(unknown: UnknownFilters): boolean {
  return unknown.entities.length > 0 || unknown.platforms.length > 0 || unknown.metric !== null || unknown.period !== null;
}

/**
 * The search parameters of `filters`, leaving out what is at its default (all entities, all platforms,
 * every period, youth share). Entities are written by name (stable across browsers, unlike ids); a name
 * with a comma, or an id not in `entities`, is written as its id.
 */
export function writeCompareFilters(filters: CompareFilters, entities: readonly FilterEntity[] = []): URLSearchParams {
  const nameOf = new Map(entities.map((e) => [e.entityId, e.name]));
  const params = new URLSearchParams();
  if (filters.entities.length > 0) {
    params.set(
      'entities',
      filters.entities
        .map((id) => {
          const name = nameOf.get(id);
          return name !== undefined && !name.includes(',') && name.trim() !== '' ? name : id;
        })
        .join(','),
    );
  }
  if (filters.platforms.length > 0) params.set('platforms', filters.platforms.join(','));
  if (filters.period) params.set('period', filters.period);
  if (filters.metric !== 'youthShare') params.set('metric', filters.metric);
  return params;
}

/** `values` with `value` added or removed; an empty result means "all". */
export function toggle<T>(values: readonly T[], value: T, on: boolean): T[] {
  return on ? (values.includes(value) ? [...values] : [...values, value]) : values.filter((v) => v !== value);
}
