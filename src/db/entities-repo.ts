// Reads entities (government bodies, brands, programmes) for the page: names for suggestions and filters.

import { db as defaultDb } from './database';
import type { YouthReachDb } from './database';

/**
 * The case-folded key of an entity name: trimmed, inner whitespace collapsed, NFKC, lower case
 * (locale-independent), so "De Lijn", " de  lijn " and "DE LIJN" are one entity.
 */
export function foldName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Every entity as `{ id, name }`, sorted by name (Dutch collation, case-insensitive). */
export async function listEntities(database: YouthReachDb = defaultDb): Promise<{ id: string; name: string }[]> {
  const rows = await database.entities.toArray();
  return rows
    .map((e) => ({ id: e.id, name: e.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }) || a.id.localeCompare(b.id));
}
