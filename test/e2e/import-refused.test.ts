// E2E: a PNG renamed `.csv` is refused with a clear message naming the file, and nothing is stored
// (a file that cannot be read gets a message with its name and the reason).

import { describe, expect, inject, it } from 'vitest';
import { countStoredRecords, loadSampleData, readYouthShareTable, useAppSession } from './browser';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('a file that is not an export', () => {
  const session = useAppSession(() => inject('baseUrl'));

  it('refuses a PNG named .csv with a message naming it, and leaves the database unchanged', async () => {
    const { page, guard } = session();

    // Some data first, so "unchanged" means something: the sample data.
    const rowsBefore = await loadSampleData(page);
    const table = page.getByTestId('youth-share-table');
    const storedBefore = await countStoredRecords(page);
    expect(rowsBefore.length).toBeGreaterThan(0);

    // Real PNG bytes: a screenshot of the page itself.
    const png = await page.screenshot();
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);

    await page.getByRole('navigation').getByRole('link', { name: 'Importeren', exact: true }).click();
    await page
      .getByTestId('import-file-input')
      .setInputFiles({ name: 'grafiek.csv', mimeType: 'text/csv', buffer: png });
    // The message names the file and says why (src/i18n/nl.ts problem.binary).
    await page.getByText(/grafiek\.csv.*geen tekstbestand/).first().waitFor({ timeout: 30_000 });

    const confirm = page.getByTestId('import-confirm');
    // With only a refused file there may be nothing to confirm; if the button is live, confirming stores nothing.
    if ((await confirm.count()) > 0 && (await confirm.isEnabled())) {
      await confirm.click();
      await page.getByText(/grafiek\.csv.*geen tekstbestand/).first().waitFor();
    }

    await page.getByRole('navigation').getByRole('link', { name: 'Overzicht', exact: true }).click();
    await table.locator('tbody tr').first().waitFor();
    expect(await readYouthShareTable(page)).toEqual(rowsBefore);
    expect(await countStoredRecords(page)).toEqual(storedBefore);

    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });
});
