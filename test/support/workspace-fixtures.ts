// Helpers of the workspace tests: fresh databases, a filled one, the bytes of a Blob, and a workspace zip
// whose database.json (dexie-export-import JSON) is edited by hand.

import type Dexie from 'dexie';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach } from 'vitest';
import { openDatabase } from '../../src/db/database';
import type { YouthReachDb } from '../../src/db/database';
import { putPresence } from '../../src/db/presence-repo';
import { putSetting } from '../../src/db/settings-repo';
import { metaAudience, metaReach, youtubeViewerAge } from './parsed-files';
import { storeText } from './storage-fixtures';

const opened: Dexie[] = [];

/** Registers `d` to be deleted after the test. */
export function track<T extends Dexie>(d: T): T {
  opened.push(d);
  return d;
}

/** A new empty database (deleted after the test). */
export function fresh(): YouthReachDb {
  return track(openDatabase(`ws-${crypto.randomUUID()}`));
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((d) => d.delete()));
});

/** The bytes of a Blob (jsdom's Blob has no arrayBuffer(): read it with FileReader). */
export function blobBytes(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable blob'));
    reader.readAsArrayBuffer(blob);
  });
}

/**
 * A database with Ketnet (YouTube viewer age + Meta audience on Instagram) and VDAB (Facebook reach):
 * 2 entities, 3 accounts, 3 source files, 3 imports, 3 chunks, 1 presence (Ketnet: no TikTok account),
 * 1 setting (thresholds 80/120).
 */
export async function filled(names: { ketnet?: string; vdab?: string; prefix?: string } = {}): Promise<YouthReachDb> {
  const d = fresh();
  const p = names.prefix ?? '';
  const k = await storeText(d, 'viewer-age.csv', `${p}youtube bytes`, youtubeViewerAge(), names.ketnet ?? 'Ketnet', 'youtube');
  await storeText(d, 'Audience.csv', `${p}audience bytes`, metaAudience(), names.ketnet ?? 'Ketnet', 'instagram');
  await storeText(d, 'Reach.csv', `${p}reach bytes`, metaReach(), names.vdab ?? 'VDAB', 'facebook');
  await putPresence(k.entityId, 'tiktok', 'no-account', d);
  await putSetting('thresholds', { low: 80, high: 120 }, d);
  return d;
}

/** dexie-export-import's JSON: `data.data` holds one block of rows per table. */
export interface DexieJson {
  formatName: string;
  data: { databaseVersion: number; tables: { name: string; schema: string; rowCount: number }[]; data: { tableName: string; rows: Record<string, unknown>[] }[] };
}

/** The rows of `table` in a dexie-export-import JSON (the live array: edit it in place). */
export function tableRows(json: DexieJson, table: string): Record<string, unknown>[] {
  const block = json.data.data.find((b) => b.tableName === table);
  if (!block) throw new Error(`no table ${table}`);
  return block.rows;
}

/** The workspace zip `zip` with its database.json edited by `edit` (which changes the parsed JSON in place). */
export function editDatabaseJson(zip: Uint8Array, edit: (json: DexieJson) => void): Blob {
  const members = unzipSync(zip);
  const json = JSON.parse(strFromU8(members['database.json']!)) as DexieJson;
  edit(json);
  return new Blob([zipSync({ ...members, 'database.json': strToU8(JSON.stringify(json)) })]);
}

/**
 * A copy of the zip `zip` whose central-directory entry for `member` claims `size` unpacked bytes (a zip
 * bomb's lie) and whose first 64 deflated bytes of that member are overwritten with garbage, so any attempt
 * to inflate it would fail as damaged. Throws when the zip has no such member.
 */
export function claimSize(zip: Uint8Array, member: string, size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer);
  const name = strToU8(member);
  for (let i = 0; i + 46 < bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue; // central directory file header
    const nameLength = view.getUint16(i + 28, true);
    if (nameLength !== name.length || !name.every((b, k) => bytes[i + 46 + k] === b)) continue;
    view.setUint32(i + 24, size, true); // uncompressed size
    const local = view.getUint32(i + 42, true); // offset of the local header
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    bytes.fill(0xff, dataStart, dataStart + 64);
    return bytes;
  }
  throw new Error(`no member ${member}`);
}
