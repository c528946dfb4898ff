// What the page can learn about its database without opening it (no Dexie): its name, and whether it is
// already at the schema version this code opens it with.

import { CURRENT_SCHEMA_VERSION } from './schema';

/** The IndexedDB name of the app's database. */
export const DATABASE_NAME = 'youth-reach';

/**
 * True when the browser lists database `name` at the IndexedDB version Dexie opens schema version
 * {@link CURRENT_SCHEMA_VERSION} with (the schema version × 10, https://dexie.org/docs/Dexie/Dexie.version()):
 * opening it then upgrades nothing, so it can neither be blocked by another tab holding an older version
 * nor create an empty database. False when it is absent or at another version, or when the browser cannot
 * list its databases (`indexedDB.databases()`); never rejects.
 */
export async function databaseIsCurrent(name: string = DATABASE_NAME): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return false;
    const listed = await indexedDB.databases();
    return listed.some((d) => d.name === name && d.version === Math.round(CURRENT_SCHEMA_VERSION * 10));
  } catch {
    return false;
  }
}
