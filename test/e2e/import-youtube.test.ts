// E2E: the real YouTube viewer-age export imported for a new entity shows 11,4% at age floor 13+, survives a
// reload, and importing the same file again is recognised as `al geïmporteerd` and changes nothing.

import { expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeRealExports, realExportPath } from '../unit/real-exports';
import { countStoredRecords, readYouthShareTable, useAppSession } from './browser';

const VIEWER_AGE = realExportPath('youtube', 'viewer-age_table-data.csv');
const ENTITY = 'Testentiteit';

/** Opens the import screen through the main navigation. */
async function openImport(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Importeren', exact: true }).click();
  await page.getByTestId('import-file-input').waitFor({ state: 'attached' });
}

/** Opens the overview through the main navigation and waits until the table has a row for `entity`. */
async function openOverviewWith(page: Page, entity: string): Promise<string[][]> {
  await page.getByRole('navigation').getByRole('link', { name: 'Overzicht', exact: true }).click();
  await page.getByTestId('youth-share-table').locator('tbody tr', { hasText: entity }).first().waitFor();
  return readYouthShareTable(page);
}

/** Clicks `import-confirm` and waits for the import screen's result (heading `Resultaat`). */
async function confirmImport(page: Page): Promise<void> {
  await page.getByTestId('import-confirm').click();
  await page.getByRole('heading', { name: 'Resultaat' }).waitFor({ timeout: 30_000 });
}

describeRealExports('import of the real YouTube viewer-age export', () => {
  const session = useAppSession(() => inject('baseUrl'));

  it('shows 11,4% at 13+ for a new entity, keeps it after reload, and counts a re-import once', async () => {
    const { page, guard } = session();
    await page.getByTestId('load-sample-data').waitFor(); // empty database: the start screen

    // 1. Import the file for a new entity.
    await openImport(page);
    await page.getByTestId('import-file-input').setInputFiles(VIEWER_AGE);
    const entityInput = page.getByTestId('import-entity');
    const alert = page.getByRole('alert').first();
    await entityInput.or(alert).first().waitFor();
    if (await alert.isVisible()) throw new Error(`the preview refused the file: ${await alert.innerText()}`);
    // The preview already shows the youth share the file yields: (0.61 + 10.81) / 100 = 0.1142 → 11,4%.
    await page.getByText('11,4%', { exact: false }).first().waitFor();
    await entityInput.fill(ENTITY);
    await confirmImport(page);

    // 2. Its row in the overview: youth share (0.61 + 10.81) / 100 = 0.1142 → "11,4%" (nl-BE, one decimal);
    //    the file has a 13–17 band, so the age floor is 13+; YouTube's split is a share of views.
    const rows = await openOverviewWith(page, ENTITY);
    const mine = rows.filter((cells) => cells[0] === ENTITY);
    expect(mine).toHaveLength(1);
    const [entity, platform, youthShare, ageFloor, basis] = mine[0] ?? [];
    expect(entity).toBe(ENTITY);
    expect(platform?.toLowerCase()).toBe('youtube');
    expect(youthShare).toBe('11,4%');
    expect(ageFloor).toBe('13+');
    expect(basis).toBe('weergaven');
    const storedBefore = await countStoredRecords(page);
    expect(storedBefore['sourceFiles']).toBe(1); // one file imported so far

    // 3. Reload: the data comes back from IndexedDB.
    await page.reload({ waitUntil: 'load' });
    await page.getByTestId('youth-share-table').locator('tbody tr', { hasText: ENTITY }).first().waitFor();
    expect(await readYouthShareTable(page)).toEqual(rows);

    // 4. The same file again: recognised by its SHA-256 as already stored, and stored once.
    await openImport(page);
    await page.getByTestId('import-file-input').setInputFiles(VIEWER_AGE);
    await page.getByText('al geïmporteerd', { exact: false }).first().waitFor();
    const again = page.getByTestId('import-entity');
    if ((await again.count()) > 0 && (await again.first().isEditable())) await again.first().fill(ENTITY);
    const confirm = page.getByTestId('import-confirm');
    // The button may be disabled when every file is a duplicate; confirming must change nothing either way.
    if ((await confirm.count()) > 0 && (await confirm.isEnabled())) await confirmImport(page);
    const rowsAfter = await openOverviewWith(page, ENTITY);
    expect(rowsAfter).toEqual(rows);
    expect(await countStoredRecords(page)).toEqual(storedBefore);

    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });
});
