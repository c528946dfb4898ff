// The data version (src/db/data-version.ts): every write replaces it in the write's own transaction, a read
// leaves it, a write that fails leaves it; so a result kept with a version holds exactly while the data does.

import { afterEach, describe, expect, it } from 'vitest';
import { confirmDataVersion, readDataVersion } from '../../../src/db/data-version';
import type { YouthReachDb } from '../../../src/db/database';
import { freshDatabase } from '../../support/parsed-files';

let database: YouthReachDb;
afterEach(async () => {
  await database?.delete();
});

const entity = (id: string, name: string) => ({ id, name, nameKey: name.toLowerCase(), createdAt: '2026-12-05T10:00:00.000Z' });
const version = () => readDataVersion(database.settings);

describe('the data version', () => {
  it('is absent before the first write and new after every write of any table', async () => {
    database = freshDatabase();
    expect(await version()).toBeNull();
    const seen = new Set<string>();
    const step = async (write: () => Promise<unknown>) => {
      await write();
      const v = await version();
      expect(v).not.toBeNull();
      expect(seen.has(v!)).toBe(false); // never a version seen before
      seen.add(v!);
    };
    await step(() => database.entities.add(entity('e1', 'VDAB')));
    await step(() => database.entities.update('e1', { name: 'VDAB Vlaanderen' }));
    await step(() => database.presence.put({ entityId: 'e1', platform: 'tiktok', presence: 'no-account', updatedAt: '2026-12-05T10:00:00.000Z' }));
    await step(() => database.settings.put({ key: 'thresholds', value: {} }));
    await step(() => database.entities.where('id').equals('e1').modify({ name: 'VDAB' }));
    await step(() => database.presence.clear());
    await step(() => database.entities.delete('e1'));
    expect(seen.size).toBe(7);
  });

  it('is written once per transaction, however many changes it holds', async () => {
    database = freshDatabase();
    const puts: string[] = [];
    database.use({
      stack: 'dbcore',
      name: 'countSettingsPuts',
      level: -1, // below the data version middleware: sees its writes
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return { ...table, mutate: (req) => (name === 'settings' && req.type === 'put' && puts.push(name), table.mutate(req)) };
        },
      }),
    });
    await database.transaction('rw', database.entities, async () => {
      await database.entities.add(entity('e1', 'VDAB'));
      await database.entities.add(entity('e2', 'Ketnet'));
      await database.entities.update('e1', { name: 'VDAB Vlaanderen' });
    });
    expect(puts).toHaveLength(1);
    const first = await version();
    await database.entities.delete('e2');
    expect(puts).toHaveLength(2);
    expect(await version()).not.toBe(first);
  });

  it('is left as it was by reads and by a write that fails (rolled back with it)', async () => {
    database = freshDatabase();
    await database.entities.add(entity('e1', 'VDAB'));
    const before = await version();
    await database.entities.toArray();
    await database.transaction('r', database.entities, () => database.entities.get('e1'));
    expect(await version()).toBe(before);
    await expect(
      database.transaction('rw', database.entities, async () => {
        await database.entities.add(entity('e2', 'Ketnet'));
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await database.entities.get('e2')).toBeUndefined();
    expect(await version()).toBe(before);
  });

  it('is confirmed only while unchanged; a database that never had one gets one', async () => {
    database = freshDatabase();
    expect(await version()).toBeNull();
    const given = await confirmDataVersion(database, null);
    expect(given).not.toBeNull();
    expect(await version()).toBe(given);
    expect(await confirmDataVersion(database, given)).toBe(given);
    await database.entities.add(entity('e1', 'VDAB'));
    expect(await confirmDataVersion(database, given)).toBeNull(); // written to since
    expect(await confirmDataVersion(database, null)).toBeNull(); // has one now: "never written" no longer holds
  });
});
