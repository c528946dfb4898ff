// Many workspace files merged at once (src/db/workspace-batch.ts) against fake-indexeddb: one after another,
// each all-or-nothing; a failing middle file is named and leaves the files before and after it in.

import { describe, expect, it } from 'vitest';
import { putSetting } from '../../../src/db/settings-repo';
import { exportWorkspace } from '../../../src/db/workspace';
import { mergeWorkspaceFiles } from '../../../src/db/workspace-batch';
import type { WorkspaceBatchProgress } from '../../../src/db/workspace-batch';
import { metaReach, youtubeViewerAge } from '../../support/parsed-files';
import { storeText } from '../../support/storage-fixtures';
import { blobBytes, editDatabaseJson, filled, fresh, tableRows } from '../../support/workspace-fixtures';

describe('merging several workspace files at once', () => {
  it('merges the good files, names the failing middle one and writes nothing of it', async () => {
    // A: Ketnet (YouTube, Instagram) and VDAB (Facebook): 3 imports, presence, thresholds 80/120.
    const a = new File([await exportWorkspace({ database: await filled() })], 'ketnet-vdab.zip');
    // B: De Lijn and OVAM, with the name of its second entity replaced by the number 12345.
    const bBytes = await blobBytes(await exportWorkspace({ database: await filled({ ketnet: 'De Lijn', vdab: 'OVAM', prefix: 'b ' }) }));
    let badRow = 0;
    const b = new File(
      [
        editDatabaseJson(bBytes, (json) => {
          tableRows(json, 'entities')[1]!.name = 12345;
          badRow = 2;
        }),
      ],
      'de-lijn-ovam.zip',
    );
    // C: Stad Gent with the same YouTube bytes as A (already there after A), VDAB with a new Facebook file,
    // and thresholds 70/130 (a difference: this browser's 80/120 from A is kept).
    const cDb = fresh();
    await storeText(cDb, 'viewer-age.csv', 'youtube bytes', youtubeViewerAge(), 'Stad Gent', 'youtube');
    await storeText(cDb, 'Reach-okt.csv', 'reach october', metaReach('Reach-okt.csv'), 'VDAB', 'facebook');
    await putSetting('thresholds', { low: 70, high: 130 }, cDb);
    const c = new File([await exportWorkspace({ database: cDb })], 'gent.zip');

    const target = fresh();
    const seen: WorkspaceBatchProgress[] = [];
    const results = await mergeWorkspaceFiles([a, b, c], { database: target, onProgress: (p) => seen.push(p) });

    expect(results.map((r) => [r.fileName, r.status])).toEqual([
      ['ketnet-vdab.zip', 'merged'],
      ['de-lijn-ovam.zip', 'failed'],
      ['gent.zip', 'merged'],
    ]);
    const [ra, rb, rc] = results;
    // A into an empty database: all 3 imports new, 2 entities new, nothing to settle.
    expect(ra!.status === 'merged' && ra!.plan).toMatchObject({ newImports: 3, skippedImports: 0, newEntities: 2, conflicts: [] });
    // B: refused, naming table, row and field.
    expect(rb!.status === 'failed' && rb!.failure).toMatchObject({
      code: 'invalid',
      params: { table: 'entities', row: badRow, field: 'name', expected: 'text', found: '12345' },
    });
    // C: Reach-okt.csv new (1), the YouTube file already there from A (1 skipped); Stad Gent new, VDAB
    // matched by name; the thresholds differ (1 conflict, kept).
    expect(rc!.status === 'merged' && rc!.plan).toMatchObject({ newImports: 1, skippedImports: 1, newEntities: 1, matchedEntities: 1 });
    expect(rc!.status === 'merged' && rc!.plan.conflicts.map((x) => [x.kind, x.label])).toEqual([['setting', 'thresholds']]);

    // In the database: A's 3 imports + C's 1 = 4; files likewise; entities Ketnet, VDAB, Stad Gent — none of B.
    expect(await target.imports.count()).toBe(4);
    expect(await target.sourceFiles.count()).toBe(4);
    expect((await target.entities.toArray()).map((e) => e.name).sort()).toEqual(['Ketnet', 'Stad Gent', 'VDAB']);
    expect((await target.settings.get('thresholds'))?.value).toEqual({ low: 80, high: 120 });

    // Progress named each file in turn, as "file i of 3".
    expect([...new Set(seen.map((p) => `${p.index}/${p.total} ${p.fileName}`))]).toEqual([
      '1/3 ketnet-vdab.zip',
      '2/3 de-lijn-ovam.zip',
      '3/3 gent.zip',
    ]);
  });
});
