// E2E: three workspace files dropped at once on the data screen, in real Chromium (worker, IndexedDB, the
// app's CSP): two are merged, the one with a wrong type in its database.json is refused by name, the
// summary is announced and focused, and the data is back exactly as it was.

import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artefactPath, foldSpaces, readYouthShareTable, useAppSession } from './browser';
import { loadAllSampleData, openDataScreen, openOverview, readSourceFiles } from './storage-helpers';

/** Exports the entities named `names` through "Alleen deze entiteiten" and saves the file; returns its path. */
async function exportEntities(page: Page, names: string[], file: string): Promise<string> {
  const choice = page.locator('details.entity-choice');
  if (!(await choice.evaluate((d) => (d as HTMLDetailsElement).open))) await choice.locator('summary').click();
  for (const box of await choice.getByRole('checkbox').all()) await box.setChecked(false);
  for (const name of names) await choice.getByRole('checkbox', { name, exact: true }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    choice.getByRole('button', { name: 'Gekozen entiteiten exporteren' }).click(),
  ]);
  const target = artefactPath(file);
  await download.saveAs(target);
  return target;
}

/** Drops `files` (name → bytes) on the workspace drop zone in one drop, as a file manager would. */
async function dropFiles(page: Page, files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (ch) => ch.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: 'application/zip' }));
    }
    return dt;
  }, payload);
  await page.getByTestId('workspace-drop').dispatchEvent('drop', { dataTransfer });
}

describe('many workspace files at once', () => {
  const session = useAppSession(() => inject('baseUrl'));

  it('three files dropped at once: two merged, the broken one named, summary announced and focused', async () => {
    const { page, guard } = session();
    const rows = await loadAllSampleData(page);
    const files = await readSourceFiles(page);

    await openDataScreen(page);
    // sample-data/manifest.json: Ketnet has 7 files; VDAB 4, De Lijn 3 and OVAM 4 (11).
    const ketnet = await exportEntities(page, ['Ketnet'], 'batch-ketnet.zip');
    const rest = await exportEntities(page, ['VDAB', 'De Lijn', 'OVAM'], 'batch-rest.zip');
    // The broken file: Ketnet's workspace whose only entity (row 1) has the name 12345.
    const members = unzipSync(readFileSync(ketnet));
    const json = JSON.parse(strFromU8(members['database.json']!));
    json.data.data.find((b: { tableName: string }) => b.tableName === 'entities').rows[0].name = 12345;
    const broken = zipSync({ ...members, 'database.json': strToU8(JSON.stringify(json)) });

    await page.getByRole('button', { name: 'Alle gegevens wissen' }).click();
    await page.getByRole('alertdialog', { name: 'Alle gegevens wissen?' }).getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByText('Alle gegevens zijn gewist.').waitFor();

    await dropFiles(page, [
      { name: 'ketnet.zip', bytes: readFileSync(ketnet) },
      { name: 'kapot.zip', bytes: broken },
      { name: 'rest.zip', bytes: readFileSync(rest) },
    ]);
    const result = page.getByTestId('workspace-batch-result');
    await result.waitFor({ timeout: 60_000 });
    // 7 + 11 = 18 imports added into the emptied database; nothing was there, so nothing to settle.
    expect(foldSpaces(await page.getByTestId('workspace-batch-status').innerText())).toBe(
      '3 werkruimtebestanden verwerkt: 2 samengevoegd, 1 geweigerd. Samen 18 imports toegevoegd, 0 al aanwezig en 0 verschillen waarin deze browser behouden bleef.',
    );
    const table = await result.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('th, td'), (cell) => (cell as HTMLElement).innerText)),
    );
    expect(table.map((r) => r.map(foldSpaces))).toEqual([
      ['ketnet.zip', 'Samengevoegd', '7', '0', '0'],
      [
        'kapot.zip',
        'Geweigerd: Het werkruimtebestand bevat foute gegevens: entities, rij 1, veld name: verwacht tekst, gevonden 12345. Er werd niets gewijzigd.',
      ],
      ['rest.zip', 'Samengevoegd', '11', '0', '0'],
    ]);
    // Focus moved to the result, the summary sits in a live region.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('workspace-batch-result');
    expect(await page.getByTestId('workspace-batch-status').getAttribute('role')).toBe('status');

    // Everything is back: the same 10 overview rows and the same 18 files, byte for byte.
    expect(await readSourceFiles(page)).toEqual(files);
    await openOverview(page);
    await page.getByTestId('youth-share-table').locator('tbody tr').nth(rows.length - 1).waitFor();
    expect(await readYouthShareTable(page)).toEqual(rows);
    // No CSP violation (the worker's schema checks build no code), no page or console error.
    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });
});
