// Reads and writes reference-figure overrides (schema v2): figures the user changed or added.

import { db as defaultDb } from './database';
import type { YouthReachDb } from './database';
import type { ReferenceOverrideRecord } from './schema';

/** The override with this `id` (`{ id, value, updatedAt }`), or `undefined` when the default applies. */
export async function getReferenceOverride(
  id: string,
  database: YouthReachDb = defaultDb,
): Promise<ReferenceOverrideRecord | undefined> {
  return database.referenceOverrides.get(id);
}

/** Stores `value` (the figure as JSON: value, source, year, confidence …) under `id`, stamping `updatedAt` now. */
export async function putReferenceOverride(id: string, value: unknown, database: YouthReachDb = defaultDb): Promise<void> {
  await database.referenceOverrides.put({ id, value, updatedAt: new Date().toISOString() });
}

/** Removes the override `id` (the shipped default applies again). */
export async function deleteReferenceOverride(id: string, database: YouthReachDb = defaultDb): Promise<void> {
  await database.referenceOverrides.delete(id);
}

/** Every override, sorted by id. */
export async function listReferenceOverrides(database: YouthReachDb = defaultDb): Promise<ReferenceOverrideRecord[]> {
  return database.referenceOverrides.orderBy('id').toArray();
}
