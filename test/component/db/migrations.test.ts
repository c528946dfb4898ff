// Schema upgrades: a database created by every earlier schema version, with data in it, opens with the
// current schema, keeps its data and gains what the later versions add (src/db/migrations/).

import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/database';
import type { YouthReachDb } from '../../../src/db/database';
import { loadOverviewRows } from '../../../src/db/answer-repo';
import { getPresence, putPresence } from '../../../src/db/presence-repo';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../src/db/schema';
import { getSetting, putSetting } from '../../../src/db/settings-repo';
import { createOldDatabase, V1_FILE_TEXT } from '../../support/storage-fixtures';
import { readSourceBytes } from '../../../src/db/source-bytes';

let database: YouthReachDb | undefined;
afterEach(async () => {
  await database?.delete();
  database = undefined;
});

describe('schema versions', () => {
  it('are numbered 1, 2, … without gaps, the last one current', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
    expect(CURRENT_SCHEMA_VERSION).toBe(2);
  });

  for (const earlier of SCHEMA_VERSIONS.filter((v) => v.version < CURRENT_SCHEMA_VERSION)) {
    it(`upgrades a database of version ${earlier.version} with data in it`, async () => {
      const name = `upgrade-from-${earlier.version}-${crypto.randomUUID()}`;
      const { importId, sha256 } = await createOldDatabase(name, earlier.version);
      database = openDatabase(name);
      await database.open();
      expect(database.verno).toBe(CURRENT_SCHEMA_VERSION);

      // The import of version 1 had no provenance: it came from a platform file, so `export`; still complete.
      const imp = await database.imports.get(importId);
      expect(imp?.provenance).toBe('export');
      expect(imp?.status).toBe('complete');
      expect(await database.imports.where('status').equals('complete').count()).toBe(1);
      // The source file's bytes are untouched.
      const file = await database.sourceFiles.where('sha256').equals(sha256).first();
      expect(new TextDecoder().decode(await readSourceBytes(file!.bytes))).toBe(V1_FILE_TEXT);

      // The overview reads the old chunk: youth share (0.61 + 10.81) / 100 = 0.1142, floor 13, basis views.
      const rows = await loadOverviewRows(database);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ entityName: 'Ketnet', platform: 'youtube', youthAgeFloor: 13, basis: 'views' });
      expect(rows[0]!.youthShare).toBeCloseTo(0.1142, 10);

      // The new tables of version 2 exist and take data.
      await putSetting('thresholds', { low: 80, high: 120 }, database);
      await putPresence('ent-1', 'tiktok', 'no-account', database);
      expect(await getSetting('thresholds', database)).toEqual({ low: 80, high: 120 });
      expect(await getPresence('ent-1', 'tiktok', database)).toBe('no-account');
    });
  }
});
