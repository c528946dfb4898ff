// Reads and writes saved formats (schema v2): named column mappings of the generic CSV import.

import { db as defaultDb } from './database';
import type { YouthReachDb } from './database';
import { newId } from './new-id';
import type { SavedFormatRecord } from './schema';

/** The saved format `id`, or `undefined`. */
export async function getSavedFormat(id: string, database: YouthReachDb = defaultDb): Promise<SavedFormatRecord | undefined> {
  return database.savedFormats.get(id);
}

/**
 * Saves a mapping under `name`: updates `id` when given (keeping its `createdAt`), else creates a new id.
 * Returns the stored record. `mapping` is the generic CSV path's JSON shape, stored as is.
 */
export async function putSavedFormat(
  input: { id?: string; name: string; mapping: unknown },
  database: YouthReachDb = defaultDb,
): Promise<SavedFormatRecord> {
  return database.transaction('rw', database.savedFormats, async () => {
    const now = new Date().toISOString();
    const existing = input.id === undefined ? undefined : await database.savedFormats.get(input.id);
    const record: SavedFormatRecord = {
      id: input.id ?? newId(),
      name: input.name,
      mapping: input.mapping,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await database.savedFormats.put(record);
    return record;
  });
}

/** Removes the saved format `id`. */
export async function deleteSavedFormat(id: string, database: YouthReachDb = defaultDb): Promise<void> {
  await database.savedFormats.delete(id);
}

/** Every saved format, sorted by name (Dutch collation, case-insensitive). */
export async function listSavedFormats(database: YouthReachDb = defaultDb): Promise<SavedFormatRecord[]> {
  const rows = await database.savedFormats.toArray();
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }) || a.id.localeCompare(b.id));
}
