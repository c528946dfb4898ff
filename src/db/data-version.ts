// The data version of the database: a random id that every write replaces, in the same transaction, so a
// result computed from the stored data can be kept and trusted exactly as long as the data it was computed
// from (the read model's snapshot, docs/architecture.md#read-model-snapshot).

import type { DBCore, Middleware, Table } from 'dexie';
import type { YouthReachDb } from './database';
import type { SettingRecord } from './schema';

/** The `settings` key of the data version record: `{ key: 'data-version', value: <random id> }`. */
export const DATA_VERSION_KEY = 'data-version';

const SETTINGS = 'settings';

/** A new random data version (a UUID where `crypto.randomUUID` exists, else 128 random bits in hex). */
function newDataVersion(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A Dexie DBCore middleware (https://dexie.org/docs/Dexie/Dexie.use()) that writes a new data version into
 * `settings` after the first change of any table (add, put, delete, clear, modify: a `mutate`) in each
 * read-write transaction, in that transaction: it adds `settings` to the scope of every read-write transaction (the way
 * dexie-cloud adds its mutation tables). The version commits or rolls back with the change, so two reads
 * that see the same version see the same data. A database without a `settings` table (schema 1, during its
 * upgrade) is left alone.
 */
export const dataVersionMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'dataVersion',
  create(down) {
    if (!down.schema.tables.some((t) => t.name === SETTINGS)) return down;
    const settings = down.table(SETTINGS);
    // The transactions whose version is written: one new version per transaction is enough, as the
    // version commits or rolls back with all of that transaction's changes together.
    const versioned = new WeakSet<object>();
    return {
      ...down,
      transaction(stores, mode, options) {
        const scope = mode === 'readwrite' && !stores.includes(SETTINGS) ? [...stores, SETTINGS] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          async mutate(request) {
            const result = await table.mutate(request);
            if (!versioned.has(request.trans)) {
              await settings.mutate({ type: 'put', trans: request.trans, values: [{ key: DATA_VERSION_KEY, value: newDataVersion() }] });
              versioned.add(request.trans);
            }
            return result;
          },
        };
      },
    };
  },
};

/** The data version in a `settings` table (null when nothing was written since data versions exist). Throws what Dexie throws. */
export async function readDataVersion(settings: Table<SettingRecord, string>): Promise<string | null> {
  const record = await settings.get(DATA_VERSION_KEY);
  return typeof record?.value === 'string' ? record.value : null;
}

/**
 * The data version of `database`, given one first when it has none and `expected` is null: then no write
 * happened since versions exist, so the data read with "no version" is the data now (checked and written
 * in one transaction). Returns null when the version is no longer `expected` (something was written since
 * the caller read it). Throws what Dexie throws.
 */
export async function confirmDataVersion(database: YouthReachDb, expected: string | null): Promise<string | null> {
  if (expected !== null) return (await readDataVersion(database.settings)) === expected ? expected : null;
  return database.transaction('rw', database.settings, async () => {
    if ((await readDataVersion(database.settings)) !== null) return null;
    await database.settings.put({ key: DATA_VERSION_KEY, value: null }); // the middleware writes the version after it
    return readDataVersion(database.settings);
  });
}
