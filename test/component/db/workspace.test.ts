// The workspace file (src/db/workspace.ts) against fake-indexeddb: round trip, selection, merge with an
// overlapping file and a conflict, refusal of a newer version, upgrade of an older one.

import Dexie from 'dexie';
import { strToU8, unzipSync, zipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadOverviewRows } from '../../../src/db/answer-repo';
import { getPresence, putPresence } from '../../../src/db/presence-repo';
import { putSetting } from '../../../src/db/settings-repo';
import { exportWorkspace, readWorkspace, WorkspaceError } from '../../../src/db/workspace';
import { applyWorkspace, planMerge } from '../../../src/db/workspace-merge';
import { metaReach, youtubeViewerAge } from '../../support/parsed-files';
import { blobBytes, filled, fresh, track } from '../../support/workspace-fixtures';
import { createOldDatabase, dumpTables, storeText, V1_FILE_TEXT } from '../../support/storage-fixtures';
import { readSourceBytes } from '../../../src/db/source-bytes';

describe('workspace file', () => {
  it('round trip: export, wipe, import (replace) gives every record back, source bytes byte for byte', async () => {
    const a = await filled();
    const before = await dumpTables(a);
    const rowsBefore = await loadOverviewRows(a);
    const file = await exportWorkspace({ database: a });

    // The zip holds the manifest, the dexie-export-import JSON and each source file by its SHA-256.
    const members = unzipSync(await blobBytes(file));
    const manifest = JSON.parse(strFromU8(members['manifest.json']!));
    expect(manifest).toMatchObject({ format: 'youth-reach-workspace', formatVersion: 1, schemaVersion: 2, scope: 'all' });
    // 2 entities, 3 accounts, 3 files, 3 imports, 3 chunks (each import < 50,000 rows), 1 presence, 1 setting
    // (the database's data version, src/db/data-version.ts, is its own and not exported).
    expect(manifest.counts).toMatchObject({ entities: 2, accounts: 3, sourceFiles: 3, imports: 3, observationChunks: 3, presence: 1, settings: 1 });
    const sourceMembers = Object.keys(members).filter((k) => k.startsWith('source-files/')).sort();
    expect(sourceMembers).toHaveLength(3);
    expect(strFromU8(members[sourceMembers.find((k) => k.endsWith('/Reach.csv'))!]!)).toBe('reach bytes');

    const b = fresh();
    await storeText(b, 'other.csv', 'other bytes', metaReach('other.csv'), 'OVAM', 'facebook'); // replaced away
    const ws = await readWorkspace(file);
    await applyWorkspace(ws, 'replace', { database: b });
    expect(await dumpTables(b)).toEqual(before);
    expect(await loadOverviewRows(b)).toEqual(rowsBefore);
  });

  it('exports only the chosen entities with their accounts, imports, files and presence', async () => {
    const a = await filled();
    const vdab = (await a.entities.where('nameKey').equals('vdab').first())!;
    const ws = await readWorkspace(await exportWorkspace({ database: a, entityIds: [vdab.id] }));
    expect(ws.manifest.scope).toBe('entities');
    expect(ws.entities.map((e) => e.name)).toEqual(['VDAB']);
    expect(ws.imports.map((i) => i.fileName)).toEqual(['Reach.csv']);
    expect(await Promise.all(ws.sourceFiles.map(async (s) => new TextDecoder().decode(await readSourceBytes(s.bytes))))).toEqual(['reach bytes']);
    expect(ws.presence).toEqual([]); // the presence row belongs to Ketnet
    expect(ws.observationChunks.map((c) => c.importId)).toEqual([ws.imports[0]!.id]);
  });

  it('merge: an overlapping file counts once, a new one is added, a presence conflict is settled by the user', async () => {
    const a = await filled(); // files: youtube, audience, reach bytes; Ketnet has no account on TikTok
    const b = fresh();
    // B knows Ketnet as "KETNET" (same entity by folded name), has the same YouTube file and a new one.
    const kb = await storeText(b, 'viewer-age (copy).csv', 'youtube bytes', youtubeViewerAge(), 'KETNET', 'youtube');
    await storeText(b, 'Reach-okt.csv', 'reach october', metaReach('Reach-okt.csv'), 'KETNET', 'facebook');
    await putPresence(kb.entityId, 'tiktok', 'has-account', b);

    const ws = await readWorkspace(await exportWorkspace({ database: b }));
    const plan = await planMerge(ws, a);
    // 1 entity matched by name; of 2 files 1 is already in A (same SHA-256) → 1 new import, 1 skipped.
    expect(plan).toMatchObject({ newEntities: 0, matchedEntities: 1, newSourceFiles: 1, duplicateSourceFiles: 1, newImports: 1, skippedImports: 1 });
    expect(plan.conflicts).toHaveLength(1);
    const conflict = plan.conflicts[0]!;
    expect(conflict).toMatchObject({ kind: 'presence', mine: 'no-account', theirs: 'has-account', label: 'KETNET · tiktok' });
    expect(await a.imports.count()).toBe(3); // planning wrote nothing

    await applyWorkspace(ws, 'merge', { database: a, resolutions: { [conflict.key]: 'theirs' } });
    // A had 3 imports, 3 files; + 1 new (Reach-okt.csv). Entities stay 2 (Ketnet, VDAB).
    expect(await a.imports.count()).toBe(4);
    expect(await a.sourceFiles.count()).toBe(4);
    expect(await a.entities.count()).toBe(2);
    const ketnet = (await a.entities.where('nameKey').equals('ketnet').first())!;
    expect(ketnet.name).toBe('Ketnet'); // the existing name is kept
    expect(await getPresence(ketnet.id, 'tiktok', a)).toBe('has-account');
    const added = (await a.imports.filter((i) => i.fileName === 'Reach-okt.csv').first())!;
    expect(added.entityId).toBe(ketnet.id);
    expect(await a.observationChunks.where('[importId+seq]').between([added.id, 0], [added.id, 9]).count()).toBe(1);

    // Merging the same file again adds nothing: both of its files are now stored.
    const again = await applyWorkspace(ws, 'merge', { database: a });
    expect(again).toMatchObject({ newImports: 0, skippedImports: 2, newSourceFiles: 0 });
    expect(await a.imports.count()).toBe(4);
  });

  it('keeps "mine" for a conflict the user did not settle', async () => {
    const a = await filled();
    const b = fresh();
    await putSetting('thresholds', { low: 70, high: 130 }, b);
    const ws = await readWorkspace(await exportWorkspace({ database: b }));
    const plan = await planMerge(ws, a);
    expect(plan.conflicts.map((c) => [c.kind, c.label])).toEqual([['setting', 'thresholds']]);
    await applyWorkspace(ws, 'merge', { database: a });
    expect((await a.settings.get('thresholds'))?.value).toEqual({ low: 80, high: 120 });
  });

  it('refuses a file of a newer schema or format version with a clear error and changes nothing', async () => {
    const a = await filled();
    const before = await dumpTables(a);
    const members = unzipSync(await blobBytes(await exportWorkspace({ database: a })));
    const manifest = JSON.parse(strFromU8(members['manifest.json']!));
    for (const patch of [{ schemaVersion: 3 }, { formatVersion: 2 }]) {
      const newer = zipSync({ ...members, 'manifest.json': strToU8(JSON.stringify({ ...manifest, ...patch })) });
      const error = await readWorkspace(new Blob([newer])).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkspaceError);
      expect((error as WorkspaceError).code).toBe('newer-version');
      // this app: format 1, schema 2
      expect((error as WorkspaceError).params.appVersion).toBe('1.2');
    }
    expect(await dumpTables(a)).toEqual(before);
  });

  it('refuses a file that is not a workspace, and one whose source file was altered', async () => {
    await expect(readWorkspace(new Blob(['not a zip']))).rejects.toMatchObject({ code: 'not-workspace' });
    const a = await filled();
    const members = unzipSync(await blobBytes(await exportWorkspace({ database: a })));
    const key = Object.keys(members).find((k) => k.endsWith('/Reach.csv'))!;
    const altered = zipSync({ ...members, [key]: strToU8('reach bytez') });
    await expect(readWorkspace(new Blob([altered]))).rejects.toMatchObject({ code: 'damaged' });
  });

  it('upgrades a workspace file written at schema version 1', async () => {
    const name = `ws-v1-${crypto.randomUUID()}`;
    await createOldDatabase(name, 1);
    const v1 = new Dexie(name);
    track(v1);
    await v1.open(); // opens at its installed version 1 with its own tables
    const file = await exportWorkspace({ database: v1 });
    const manifest = JSON.parse(strFromU8(unzipSync(await blobBytes(file))['manifest.json']!));
    expect(manifest.schemaVersion).toBe(1);

    const ws = await readWorkspace(file);
    expect(ws.imports.map((i) => [i.provenance, i.status])).toEqual([['export', 'complete']]);
    expect(new TextDecoder().decode(await readSourceBytes(ws.sourceFiles[0]!.bytes))).toBe(V1_FILE_TEXT);
    const b = fresh();
    await applyWorkspace(ws, 'replace', { database: b });
    const rows = await loadOverviewRows(b);
    // youth share of the v1 fixture: (0.61 + 10.81) / 100 = 0.1142
    expect(rows[0]!.youthShare).toBeCloseTo(0.1142, 10);
  });
});
