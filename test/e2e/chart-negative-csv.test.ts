// E2E: a chart with a negative number exports it in its CSV as a bare number with a decimal comma
// (`-1,8`), never neutralised like formula text (`'-1,8`). The sample data plus an OVAM Facebook audience
// for August 2025 gives OVAM · Facebook two periods; the compare screen's change chart then shows −1,8
// percentage points, and its CSV must carry exactly the numbers of its data table.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { exportFromChart, loadSampleData, readChartDataTable, useAppSession } from './browser';

/** The compare screen's change chart (ChartFrame renders `<figure data-chart="compare-change">`). */
function changeFrame(page: Page): Locator {
  return page.locator('figure[data-chart="compare-change"]');
}

/**
 * An OVAM Facebook `Audience.csv` for August 2025, made from `sample-data/ovam_facebook_audience.csv`
 * (September 2025): UTF-16 LE with BOM, `sep=,`, the same blocks, with two changes.
 *
 * 1. The 18-24 row. September's rows add up to
 *      18-24 1.3 + 1.9 = 3.2; 25-34 6.8 + 9.7 = 16.5; 35-44 9.9 + 12.4 = 22.3; 45-54 10.6 + 12.8 = 23.4;
 *      55-64 8.7 + 10.1 = 18.8; 65+ 7.2 + 8.7 = 15.9; total 100.1 → youth share 3.2 / 100.1 = 3.197 %.
 *    The rows from 25 add up to 100.1 − 3.2 = 96.9. For 18-24 = x to be 5.0 % of the total:
 *      x / (96.9 + x) = 0.05 → x = 0.05 × 96.9 / 0.95 = 5.1; check 5.1 / 102.0 = 0.05 exactly.
 *    So 18-24 becomes Men 2.1 + Women 3.0 = 5.1; the total 102.0 is within 95-105 (not cut off).
 * 2. The Follows dates: 2025-09-DD → 2025-08-DD, plus a row for 2025-08-31, so the file's period (the
 *    range of those dates) is 1–31 August 2025, before September's 1–30.
 *
 * Change September against August: (0.031968 − 0.05) × 100 = −1.803 points → `-1,8` with one decimal.
 */
function ovamAugustAudience(): Buffer {
  const september = readFileSync(path.resolve(process.cwd(), 'sample-data/ovam_facebook_audience.csv'));
  expect([...september.subarray(0, 2)]).toEqual([0xff, 0xfe]);
  const text = september.subarray(2).toString('utf16le');
  expect(text).toContain('"18-24","1.3","1.9"\n');
  expect(text).toContain('"2025-09-30T00:00:00","1"\n');
  const august = text
    .replace('"18-24","1.3","1.9"\n', '"18-24","2.1","3.0"\n')
    .replaceAll('"2025-09-', '"2025-08-')
    .replace('"2025-08-30T00:00:00","1"\n', '"2025-08-30T00:00:00","1"\n"2025-08-31T00:00:00","2"\n');
  expect(august).not.toContain('2025-09-');
  expect(august.startsWith('sep=,\n')).toBe(true);
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(august, 'utf16le')]);
}

describe('chart CSV with a negative number', () => {
  const session = useAppSession(() => inject('baseUrl'));

  it('writes the compare change chart’s −1,8 points as a bare -1,8, equal to its data table', async () => {
    const { page, guard } = session();
    await loadSampleData(page);

    // Import the August audience for OVAM on Facebook.
    await page.getByRole('navigation').getByRole('link', { name: 'Importeren', exact: true }).click();
    await page.getByTestId('import-file-input').setInputFiles({ name: 'Audience.csv', mimeType: 'text/csv', buffer: ovamAugustAudience() });
    await page.getByTestId('import-platform').selectOption('facebook');
    await page.getByTestId('import-entity').fill('OVAM');
    await page.getByTestId('import-confirm').click();
    await page.getByRole('heading', { name: 'Resultaat' }).waitFor({ timeout: 30_000 });

    await page.getByRole('navigation').getByRole('link', { name: 'Vergelijken', exact: true }).click();
    const frame = changeFrame(page);
    await frame.waitFor({ timeout: 30_000 });
    await expect(frame.getByRole('heading', { name: 'Verandering van het jongerenaandeel (procentpunt)' }).count()).resolves.toBe(1);

    const download = await exportFromChart(page, changeFrame(page), /^Gegevens \(CSV\)/);
    expect(download.suggestedFilename()).toMatch(/^verandering-van-het-jongerenaandeel-procentpunt-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.split('\r\n').filter((line) => line !== '');
    expect(lines[0]).toBe('Account;Verandering (procentpunt)');
    // A bare negative number with a decimal comma, no quote, no leading '.
    expect(lines).toContain('OVAM · Facebook;-1,8');
    expect(text).not.toContain("'-1,8");
    const csv = lines.map((line) => line.split(';'));

    // The CSV is the chart's data table, cell for cell.
    const table = await readChartDataTable(changeFrame(page));
    expect(table).toContainEqual(['OVAM · Facebook', '-1,8']);
    expect(csv).toEqual(table);

    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });
});
