// Helpers of the storage e2e tests: open the data screen, read the stored source files with a hash of
// their bytes, and run raw IndexedDB code in a page of the app's origin.

import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { APP_DATABASE, countStoredRecords, loadSampleData, readYouthShareTable } from './browser';

/** Opens the data screen (`Gegevens`) through the main navigation. */
export async function openDataScreen(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Gegevens', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Gegevens' }).waitFor();
}

/** Opens the overview through the main navigation. */
export async function openOverview(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Overzicht', exact: true }).click();
}

/**
 * Every stored source file as `name sha256 sha256-of-its-bytes size`, sorted: the SHA-256 of the bytes is
 * computed in the page from what IndexedDB holds, so equal lists mean byte-for-byte equal files.
 */
export function readSourceFiles(page: Page): Promise<string[]> {
  return page.evaluate(async (name) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('cannot open'));
    });
    try {
      // The app stores the bytes as a Blob (src/db/source-bytes.ts); older records hold an ArrayBuffer.
      const rows = await new Promise<{ name: string; sha256: string; size: number; bytes: ArrayBuffer | Blob }[]>((resolve, reject) => {
        const request = database.transaction('sourceFiles', 'readonly').objectStore('sourceFiles').getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('cannot read'));
      });
      const out: string[] = [];
      for (const row of rows) {
        const bytes = row.bytes instanceof Blob ? await row.bytes.arrayBuffer() : row.bytes;
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
        const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
        out.push(`${row.name} ${row.sha256} ${hex} ${row.size}`);
      }
      return out.sort();
    } finally {
      database.close();
    }
  }, APP_DATABASE);
}

/** Number of files in sample-data/manifest.json. */
export const SAMPLE_FILES = 18;

/**
 * Loads the sample data and waits until all {@link SAMPLE_FILES} files are stored (the table shows its
 * first row before the last file is in); returns the table's rows then.
 */
export async function loadAllSampleData(page: Page): Promise<string[][]> {
  await loadSampleData(page);
  await expect.poll(async () => (await countStoredRecords(page))['sourceFiles'], { timeout: 30_000 }).toBe(SAMPLE_FILES);
  await page.getByRole('status').filter({ hasText: 'Voorbeeldgegevens worden geladen' }).waitFor({ state: 'detached' });
  // 10 accounts (sample-data/README.md "Per account"): the 10th row is nth(9).
  await page.getByTestId('youth-share-table').locator('tbody tr').nth(9).waitFor();
  return readYouthShareTable(page);
}
