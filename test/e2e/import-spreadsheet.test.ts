// E2E: the import worker fetches the spreadsheet reader only for a spreadsheet. A CSV is read without it;
// an XLSX workbook (LinkedIn's visitors layout, written here with @e965/xlsx) makes the worker fetch it
// and is read with the right values (the first-load budget: the reader is about 160 kB gzipped).

import * as XLSX from '@e965/xlsx';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSession } from './browser';

/**
 * The scripts the import worker has fetched besides its own (its Resource Timing entries), as file names.
 * Throws when the page has no import worker, so an empty list means "nothing fetched", not "not looked".
 */
async function workerScripts(page: Page): Promise<string[]> {
  const worker = page.workers().find((w) => w.url().includes('import.worker'));
  if (!worker) throw new Error(`no import worker among ${page.workers().map((w) => w.url()).join(', ') || 'none'}`);
  const urls = await worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  return urls.map((u) => u.slice(u.lastIndexOf('/') + 1));
}

/** A LinkedIn visitors workbook (sheet `Visitor metrics`) with two days, as XLSX bytes. */
function visitorsWorkbook(): Buffer {
  const wb = XLSX.utils.book_new();
  const rows = [
    ['Date', 'Overview page views (desktop)', 'Overview page views (mobile)', 'Total page views (total)', 'Total unique visitors (total)'],
    ['09/01/2025', 30, 10, 55, 21],
    ['09/02/2025', 12, 8, 24, 9],
  ];
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Visitor metrics');
  return Buffer.from(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('the spreadsheet reader is fetched on demand', () => {
  const session = useAppSession(() => inject('baseUrl'));

  it('reads a CSV without it and fetches it for an XLSX, which is then read', async () => {
    const { page, guard } = session();
    await page.getByRole('navigation').getByRole('link', { name: 'Importeren', exact: true }).click();
    const input = page.getByTestId('import-file-input');
    await input.waitFor({ state: 'attached' });

    // A CSV first: YouTube's viewer-gender table layout, two rows → two values.
    const csv = 'Viewer gender,Views (%)\nFemale,48.5\nMale,51.5\n';
    await input.setInputFiles({ name: 'Table data.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByText('2 cijfers gelezen').first().waitFor({ timeout: 30_000 });
    const afterCsv = await workerScripts(page);
    expect(afterCsv.filter((f) => f.startsWith('xlsx-') && !f.startsWith('xlsx-on-demand'))).toEqual([]);

    // Another CSV: the new selection lets the worker forget the first one's file (discard), still without
    // the reader. Three rows → three values.
    await input.setInputFiles({ name: 'Table data (1).csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv}User-specified,0\n`) });
    await page.getByText('3 cijfers gelezen').first().waitFor({ timeout: 30_000 });
    const afterSecondCsv = await workerScripts(page);
    expect(afterSecondCsv.filter((f) => f.startsWith('xlsx-') && !f.startsWith('xlsx-on-demand'))).toEqual([]);

    // Then the workbook: 2 days × (page views, unique visitors) = 4 values.
    await input.setInputFiles({
      name: 'vlaanderen_visitors_1.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: visitorsWorkbook(),
    });
    await page.getByText('4 cijfers gelezen').first().waitFor({ timeout: 30_000 });
    await page.getByText('LinkedIn').first().waitFor();
    const afterXlsx = await workerScripts(page);
    expect(afterXlsx.filter((f) => f.startsWith('xlsx-') && !f.startsWith('xlsx-on-demand'))).toHaveLength(1);

    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });
});
