// The workspace panel of the data screen in jsdom: a refused file's message in Dutch and English (table,
// row, field; the unpack limit), and several files at once: one summary in a live region, focus on it.

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/db/database';
import { exportWorkspace } from '../../../../src/db/workspace';
import { blobBytes, claimSize, editDatabaseJson, filled, tableRows } from '../../../support/workspace-fixtures';
import { fakeParse, fold, renderApp, resetDatabase, serviceClient } from '../../../support/ui-test-utils';

/** A valid workspace zip of a database with Ketnet (2 imports) and VDAB (1 import); `prefix` varies its file bytes. */
async function workspaceBytes(prefix: string, names: { ketnet?: string; vdab?: string } = {}): Promise<Uint8Array<ArrayBuffer>> {
  return blobBytes(await exportWorkspace({ database: await filled({ ...names, prefix }) }));
}

describe('workspace panel', () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it('names the unpack limit of a zip that claims 3 GiB, in Dutch', async () => {
    const user = userEvent.setup();
    renderApp('/data', serviceClient(fakeParse));
    const bomb = claimSize(await workspaceBytes(''), 'database.json', 3 * 1024 ** 3);
    await user.upload(await screen.findByTestId('workspace-import'), new File([bomb], 'bom.zip'));
    // 3,221,225,472 bytes → "3,2 GB"; the limit 500,000,000 → "500 MB"
    expect(fold((await screen.findByTestId('workspace-problem', {}, { timeout: 20_000 })).textContent)).toBe(
      'Het onderdeel database.json van dit werkruimtebestand zou uitgepakt 3,2 GB innemen; de grens is 500 MB per onderdeel. Er werd niets uitgepakt en niets gewijzigd.',
    );
    expect(await db.imports.count()).toBe(0);
  });

  it('names table, row and field of a wrong value, in English', async () => {
    const user = userEvent.setup();
    renderApp('/data', serviceClient(fakeParse), 'en');
    const bad = editDatabaseJson(await workspaceBytes(''), (json) => {
      tableRows(json, 'imports')[0]!.period = { start: 'gisteren' };
    });
    await user.upload(await screen.findByTestId('workspace-import'), new File([bad], 'werkruimte.zip'));
    expect((await screen.findByTestId('workspace-problem', {}, { timeout: 20_000 })).textContent).toBe(
      'The workspace file holds wrong data: imports, row 1, field period.start: expected a date (YYYY-MM-DD), found "gisteren". Nothing was changed.',
    );
    expect(screen.queryByTestId('workspace-import-confirm')).toBeNull();
  });

  it('merges several files at once: one summary in a live region, focus on the result, the broken file named', async () => {
    const user = userEvent.setup();
    renderApp('/data', serviceClient(fakeParse));
    const good1 = new File([await workspaceBytes('a ')], 'ketnet.zip');
    const broken = new File(
      [
        editDatabaseJson(await workspaceBytes('b '), (json) => {
          tableRows(json, 'entities')[0]!.name = 12345;
        }),
      ],
      'kapot.zip',
    );
    const good2 = new File([await workspaceBytes('c ', { ketnet: 'De Lijn', vdab: 'OVAM' })], 'de-lijn.zip');
    await user.upload(await screen.findByTestId('workspace-import'), [good1, broken, good2]);

    const result = await screen.findByTestId('workspace-batch-result', {}, { timeout: 30_000 });
    // 3 imports from each good file (different bytes: prefixes "a " and "c "), nothing already here; both
    // files carry thresholds 80/120, so the second finds the same value: no difference.
    expect(fold(screen.getByTestId('workspace-batch-status').textContent)).toBe(
      '3 werkruimtebestanden verwerkt: 2 samengevoegd, 1 geweigerd. Samen 6 imports toegevoegd, 0 al aanwezig en 0 verschillen waarin deze browser behouden bleef.',
    );
    expect(screen.getByTestId('workspace-batch-status').getAttribute('role')).toBe('status');
    await waitFor(() => expect(document.activeElement).toBe(result));
    const rows = within(result).getAllByRole('row').slice(1).map((r) => Array.from(r.children, (c) => fold(c.textContent)));
    expect(rows).toEqual([
      ['ketnet.zip', 'Samengevoegd', '3', '0', '0'],
      ['kapot.zip', 'Geweigerd: Het werkruimtebestand bevat foute gegevens: entities, rij 1, veld name: verwacht tekst, gevonden 12345. Er werd niets gewijzigd.'],
      ['de-lijn.zip', 'Samengevoegd', '3', '0', '0'],
    ]);
    expect(await db.imports.count()).toBe(6);
    expect((await db.entities.toArray()).map((e) => e.name).sort()).toEqual(['De Lijn', 'Ketnet', 'OVAM', 'VDAB']);
  });
});
