// Reads and writes settings (schema v2): one JSON value per key, e.g. the representation-index thresholds.

import { db as defaultDb } from './database';
import type { YouthReachDb } from './database';
import type { SettingRecord } from './schema';
import { DATA_VERSION_KEY } from './data-version';

/** The settings key the thresholds are stored under (a partial `Thresholds` object, see `thresholdsFromSetting` in core/reference/thresholds.ts). */
export const THRESHOLDS_SETTING_KEY = 'thresholds';

/** The stored value of setting `key`, or `undefined` when it was never set (callers then use their default). */
export async function getSetting<T = unknown>(key: string, database: YouthReachDb = defaultDb): Promise<T | undefined> {
  return (await database.settings.get(key))?.value as T | undefined;
}

/** Stores `value` (JSON-compatible: structured-clone safe) under `key`, replacing any earlier value. */
export async function putSetting(key: string, value: unknown, database: YouthReachDb = defaultDb): Promise<void> {
  await database.settings.put({ key, value });
}

/** Removes setting `key` (back to the caller's default); nothing happens when it is not set. */
export async function deleteSetting(key: string, database: YouthReachDb = defaultDb): Promise<void> {
  await database.settings.delete(key);
}

/** Every stored setting as `{ key, value }`, sorted by key (not the data version: src/db/data-version.ts). */
export async function listSettings(database: YouthReachDb = defaultDb): Promise<SettingRecord[]> {
  return (await database.settings.orderBy('key').toArray()).filter((s) => s.key !== DATA_VERSION_KEY);
}
