// Reads and writes presence (schema v2): whether an entity has an account on a platform, as the user says.

import type { Platform } from '../core/model/platform';
import { db as defaultDb } from './database';
import type { YouthReachDb } from './database';
import type { PresenceRecord, PresenceValue } from './schema';

/** What the user set for `entityId` on `platform`, or `undefined` when not set ("not known", docs/method.md#verdicts). */
export async function getPresence(
  entityId: string,
  platform: Platform,
  database: YouthReachDb = defaultDb,
): Promise<PresenceValue | undefined> {
  return (await database.presence.get([entityId, platform]))?.presence;
}

/** Sets the presence of `entityId` on `platform` (`has-account` or `no-account`), stamping `updatedAt` now. */
export async function putPresence(
  entityId: string,
  platform: Platform,
  presence: PresenceValue,
  database: YouthReachDb = defaultDb,
): Promise<void> {
  await database.presence.put({ entityId, platform, presence, updatedAt: new Date().toISOString() });
}

/** Clears the presence of `entityId` on `platform` (back to "not known"). */
export async function deletePresence(entityId: string, platform: Platform, database: YouthReachDb = defaultDb): Promise<void> {
  await database.presence.delete([entityId, platform]);
}

/** Every presence record, or only those of `entityId` when given. */
export async function listPresence(entityId?: string, database: YouthReachDb = defaultDb): Promise<PresenceRecord[]> {
  return entityId === undefined
    ? database.presence.toArray()
    : database.presence.where('entityId').equals(entityId).toArray();
}
