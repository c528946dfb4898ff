// E2E: the workspace file in real Chromium — round trip of the sample data (export,
// wipe, import: identical overview and source files byte for byte), merge with an overlapping file, and
// refusal of a file from a newer version with the database untouched.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeRealExports, realExportPath } from '../unit/real-exports';
import { artefactPath, countStoredRecords, foldSpaces, readYouthShareTable, useAppSession } from './browser';
import { loadAllSampleData, openDataScreen, openOverview, readSourceFiles } from './storage-helpers';

const WORKSPACE = artefactPath('workspace.zip');
const VIEWER_AGE = realExportPath('youtube', 'viewer-age_table-data.csv');

/** Sets `file` on `workspace-import` and waits for the merge/replace form (or an alert). */
async function chooseWorkspace(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.getByTestId('workspace-import').setInputFiles(file);
}

/** Confirms the staged workspace and waits for the success message; returns its text. */
async function confirmWorkspace(page: Page): Promise<string> {
  await page.getByTestId('workspace-import-confirm').click();
  const done = page.getByTestId('workspace-message');
  await done.or(page.getByTestId('workspace-problem')).first().waitFor({ timeout: 30_000 });
  if (await page.getByTestId('workspace-problem').isVisible()) throw new Error(await page.getByTestId('workspace-problem').innerText());
  return foldSpaces(await done.innerText());
}

/** Waits until the overview table has `n` rows and returns them. */
async function overviewRows(page: Page, n: number): Promise<string[][]> {
  await openOverview(page);
  await page.getByTestId('youth-share-table').locator('tbody tr').nth(n - 1).waitFor();
  return readYouthShareTable(page);
}

describeRealExports('workspace file', () => {
  const session = useAppSession(() => inject('baseUrl'));

  it('round trip: sample data → export → delete all → import gives the same figures and the same bytes', async () => {
    const { page, guard } = session();
    const rows = await loadAllSampleData(page);
    const files = await readSourceFiles(page);
    expect(files).toHaveLength(18); // the 18 files of sample-data/manifest.json
    const counts = await countStoredRecords(page);

    await openDataScreen(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('workspace-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^jongerenbereik-werkruimte-\d{4}-\d{2}-\d{2}\.zip$/);
    await download.saveAs(WORKSPACE);
    const manifest = JSON.parse(strFromU8(unzipSync(readFileSync(WORKSPACE))['manifest.json']!));
    expect(manifest).toMatchObject({ format: 'youth-reach-workspace', formatVersion: 1, schemaVersion: 2 });

    // Wipe: the confirmation says what goes (4 entities: Ketnet, VDAB, De Lijn, OVAM; 18 imports, one per file).
    await page.getByRole('button', { name: 'Alle gegevens wissen' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Alle gegevens wissen?' });
    expect(foldSpaces(await confirm.innerText())).toContain('4 entiteiten');
    expect(foldSpaces(await confirm.innerText())).toContain('18 imports');
    await confirm.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByText('Alle gegevens zijn gewist.').waitFor();
    expect(Object.values(await countStoredRecords(page)).every((n) => n === 0)).toBe(true);

    await chooseWorkspace(page, WORKSPACE);
    await page.getByRole('radio', { name: /Vervangen/ }).check();
    expect(await confirmWorkspace(page)).toContain('18 imports toegevoegd');
    expect(await overviewRows(page, rows.length)).toEqual(rows);
    expect(await readSourceFiles(page)).toEqual(files);
    expect(await countStoredRecords(page)).toEqual(counts);
    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });

  it('merge: a file present on both sides counts once, the rest is added', async () => {
    const { page, guard } = session();
    // This browser: one sample file (Ketnet's YouTube viewer-age table, also in the workspace) and the real
    // YouTube export for an entity the workspace does not have.
    await page.getByRole('navigation').getByRole('link', { name: 'Importeren', exact: true }).click();
    await page.getByTestId('import-file-input').setInputFiles([
      path.resolve('sample-data/ketnet_youtube_viewer-age_table-data.csv'),
      VIEWER_AGE,
    ]);
    const entities = page.getByTestId('import-entity');
    await entities.nth(1).waitFor();
    // The import screen copies an entity typed in one card to the empty others when the field is left: let
    // that happen first, then overwrite the first card.
    await entities.nth(1).fill('Testentiteit');
    await entities.nth(1).blur();
    await expect.poll(() => entities.nth(0).inputValue()).toBe('Testentiteit');
    await entities.nth(0).fill('Ketnet');
    expect([await entities.nth(0).inputValue(), await entities.nth(1).inputValue()]).toEqual(['Ketnet', 'Testentiteit']);
    await page.getByTestId('import-confirm').click();
    await page.getByRole('heading', { name: 'Resultaat' }).waitFor();

    await openDataScreen(page);
    await chooseWorkspace(page, WORKSPACE);
    // 18 files in the workspace, 1 already here → 17 new imports, 1 counted once; Ketnet is matched by name,
    // VDAB, De Lijn and OVAM are new.
    await page.getByText('17 nieuwe imports; 1 bestand staat hier al en telt één keer; 3 nieuwe entiteiten.').waitFor();
    expect(await confirmWorkspace(page)).toContain('17 imports toegevoegd, 1 overgeslagen');

    const files = await readSourceFiles(page);
    expect(files).toHaveLength(19); // 18 sample files + the real export, the shared one once
    const rows = await overviewRows(page, 11);
    // The sample table (10 accounts: Ketnet 4, VDAB 2, De Lijn 2, OVAM 2) plus Testentiteit's YouTube row at 11,4%.
    expect(rows).toHaveLength(11);
    expect(rows.find((r) => r[0] === 'Testentiteit')?.slice(0, 4)).toEqual(['Testentiteit', 'YouTube', '11,4%', '13+']);
    // Ketnet: YouTube, Instagram, TikTok, Facebook.
    expect(rows.filter((r) => r[0] === 'Ketnet')).toHaveLength(4);
    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });

  it('refuses a workspace from a newer version with a clear message and leaves the database untouched', async () => {
    const { page, guard } = session();
    await loadAllSampleData(page);
    const before = await countStoredRecords(page);
    const filesBefore = await readSourceFiles(page);

    const members = unzipSync(readFileSync(WORKSPACE));
    const manifest = JSON.parse(strFromU8(members['manifest.json']!));
    const newer = zipSync({ ...members, 'manifest.json': strToU8(JSON.stringify({ ...manifest, schemaVersion: 3 })) });
    const newerPath = artefactPath('workspace-newer.zip');
    writeFileSync(newerPath, newer);

    await openDataScreen(page);
    await chooseWorkspace(page, newerPath);
    const problem = page.getByTestId('workspace-problem');
    await problem.waitFor();
    // file: format 1, schema 3; this app: format 1, schema 2
    expect(foldSpaces(await problem.innerText())).toBe(
      'Dit bestand werd gemaakt met een nieuwere versie van Jongerenbereik, die deze versie nog niet kan lezen (bestandsformaat.schema: bestand 1.3, deze app 1.2). Er werd niets gewijzigd. Werk de app bij en probeer opnieuw.',
    );
    expect(await page.getByTestId('workspace-import-confirm').count()).toBe(0);
    expect(await countStoredRecords(page)).toEqual(before);
    expect(await readSourceFiles(page)).toEqual(filesBefore);
    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });
});
