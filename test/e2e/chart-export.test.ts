// E2E: the overview chart's export menu on the sample data: PNG at 2× is twice the chart's
// CSS size, the SVG parses and carries the title and source line as text, the CSV is UTF-8 with BOM, `;`
// and a decimal comma with the numbers of the chart's data table; an entity named like a formula is
// neutralised in the CSV.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  artefactPath,
  exportFromChart,
  foldSpaces,
  loadSampleData,
  readChartDataTable,
  readYouthShareTable,
  useAppSession,
} from './browser';

/** The overview chart's frame (ChartFrame renders `<figure data-chart="youth-share">`). */
function chartFrame(page: Page): Locator {
  return page.locator('figure[data-chart="youth-share"]');
}

/** The bytes of a finished download. */
async function downloadBytes(download: Download): Promise<Buffer> {
  const file = await download.path();
  return readFileSync(file);
}

/**
 * Width and height of a PNG from its IHDR chunk: after the 8-byte signature come the chunk length (4),
 * the type `IHDR` (4), then width and height as big-endian 32-bit integers at bytes 16 and 20.
 */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Splits CSV text (no quoted delimiters or line breaks expected here except as tested) into cells. */
function parseSimpleCsv(text: string, delimiter: string): string[][] {
  return text
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(delimiter));
}

describe('chart export', () => {
  const session = useAppSession(() => inject('baseUrl'));

  it('exports the overview chart as PNG 2×, SVG and CSV that match the chart and its table', async () => {
    const { page, guard } = session();
    const overviewTable = await loadSampleData(page);
    const frame = chartFrame(page);
    await frame.waitFor();
    const chartSvg = frame.locator('[role="img"] svg').first();
    const cssSize = await chartSvg.evaluate((svg) => {
      const r = svg.getBoundingClientRect();
      return { width: r.width, height: r.height };
    });
    expect(cssSize.width).toBeGreaterThan(300);

    // SVG: parses as XML, as wide as the chart on screen, taller (title, legend, source around it), and
    // carries title and source line as <text>.
    const svgDownload = await exportFromChart(page, chartFrame(page), /^SVG/);
    expect(svgDownload.suggestedFilename()).toMatch(/^jongerenaandeel-per-account-\d{4}-\d{2}-\d{2}\.svg$/);
    const svgText = (await downloadBytes(svgDownload)).toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        name: root.localName,
        namespace: root.namespaceURI,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        title: root.querySelector(':scope > title')?.textContent ?? '',
        texts: Array.from(root.children)
          .filter((el) => el.localName === 'text')
          .map((el) => el.textContent ?? ''),
        fontFamily: root.getAttribute('font-family') ?? '',
      };
    }, svgText);
    expect(parsed.error).toBe(false);
    expect(parsed.name).toBe('svg');
    expect(parsed.namespace).toBe('http://www.w3.org/2000/svg');
    expect(parsed.width).toBe(Math.round(cssSize.width));
    expect(parsed.height).toBeGreaterThan(cssSize.height);
    expect(parsed.title).toBe('Jongerenaandeel per account');
    const printed = foldSpaces(parsed.texts.join(' '));
    expect(printed).toContain('Jongerenaandeel per account');
    // The sample data's accounts with age data are on Facebook, Instagram, YouTube and TikTok (Ketnet's typed
    // split), in platform order (sample-data/README.md "Per account").
    expect(printed).toContain('Bron: exports van Facebook, Instagram, YouTube en TikTok; Statbel 2021');
    expect(printed).toMatch(/Gemaakt op \d{1,2} \S+ \d{4} met Jongerenbereik/);
    expect(parsed.fontFamily).toContain('system-ui');
    // The drawing came along with its styles inlined (bars in the platform colours, palette.ts).
    expect(svgText).toContain('fill="rgb(255, 32, 73)"'); // YouTube #FF2049

    // PNG at 2×: twice the chart's CSS width, twice the SVG's height (same layout).
    const pngDownload = await exportFromChart(page, chartFrame(page), /^PNG \(2×\)/);
    expect(pngDownload.suggestedFilename()).toMatch(/-2x\.png$/);
    const png = pngSize(await downloadBytes(pngDownload));
    expect(png).toEqual({ width: 2 * Math.round(cssSize.width), height: 2 * parsed.height });
    const pngFile = artefactPath('chart-export-2x.png');
    await pngDownload.saveAs(pngFile);

    // CSV: BOM, `;`, decimal comma, CRLF; the same values as the chart's data table.
    const csvDownload = await exportFromChart(page, chartFrame(page), /^Gegevens \(CSV\)/);
    expect(csvDownload.suggestedFilename()).toMatch(/^jongerenaandeel-per-account-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvBytes = await downloadBytes(csvDownload);
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = parseSimpleCsv(csvBytes.subarray(3).toString('utf8'), ';');
    expect(csv[0]).toEqual([
      'Entiteit',
      'Platform',
      'Jongerenaandeel (%)',
      'Basis (aandeel van)',
      'Leeftijdsgrens',
      'Bevolking (zelfde leeftijdsgrens) (%)',
    ]);
    const table = await readChartDataTable(chartFrame(page));
    expect(table[0]).toEqual(['Entiteit', 'Platform', 'Jongerenaandeel', 'Basis (aandeel van)', 'Leeftijdsgrens', 'Bevolking (zelfde leeftijdsgrens)']);
    // Same rows, same order; the table's `60,1%` is the CSV's `60,1`.
    expect(csv.slice(1)).toEqual(table.slice(1).map((cells) => cells.map((c) => c.replace(/ ?%$/, ''))));
    // Nine accounts with age data (sample-data/README.md "Per account": ten accounts, Ketnet Facebook without age data).
    expect(csv).toHaveLength(1 + 9);
    // Hand-worked values of sample-data/README.md: Ketnet YouTube 38.4 + 21.7 = 60.1 % at 13+ (population
    // 13-24 of 13+ = 871,814 / 5,725,665 = 15.23 %); VDAB Facebook 9.6 % at 18+ (509,224 / 5,363,075 = 9.50 %).
    expect(csv).toContainEqual(['Ketnet', 'YouTube', '60,1', 'weergaven', '13+', '15,23']);
    expect(csv).toContainEqual(['VDAB', 'Facebook', '9,6', 'volgers', '18+', '9,50']);
    // Ketnet TikTok: typed in, 44 / (44 + 28 + 15 + 8 + 5) = 44.0 % at 18+ (population 18-24 of 18+ = 9.50 %).
    expect(csv).toContainEqual(['Ketnet', 'TikTok', '44,0', 'volgers', '18+', '9,50']);
    // And each youth share agrees with the always-visible youth-share-table (which marks the typed-in split).
    for (const [entity, platform, share] of csv.slice(1)) {
      const row = overviewTable.find((cells) => cells[0] === entity && cells[1] === platform);
      const typed = entity === 'Ketnet' && platform === 'TikTok';
      expect(row?.[2], `${entity} ${platform}`).toBe(typed ? `${share}% ingetypt` : `${share}%`);
    }

    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });

  it('neutralises an entity named like a formula in the CSV and keeps its number a number', async () => {
    const { page, guard } = session();
    await page.getByTestId('load-sample-data').waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Importeren', exact: true }).click();
    await page
      .getByTestId('import-file-input')
      .setInputFiles(path.resolve(process.cwd(), 'test/fixtures/formats/youtube-viewer-age-nl_table-data.csv'));
    const entity = '=1+1 Testentiteit';
    await page.getByTestId('import-entity').fill(entity);
    await page.getByTestId('import-confirm').click();
    await page.getByRole('heading', { name: 'Resultaat' }).waitFor({ timeout: 30_000 });
    await page.getByRole('navigation').getByRole('link', { name: 'Overzicht', exact: true }).click();
    await page.getByTestId('youth-share-table').locator('tbody tr').first().waitFor();
    // The fixture's youth share: (4.20 + 21.30) / 100 = 0.255 → 25,5% at 13+ (test/fixtures/formats/README.md).
    expect(await readYouthShareTable(page)).toContainEqual([entity, 'YouTube', '25,5%', '13+', 'weergaven', '—']);

    const csvDownload = await exportFromChart(page, chartFrame(page), /^Gegevens \(CSV\)/);
    const text = (await downloadBytes(csvDownload)).toString('utf8');
    // The text cell gets a leading ' and quotes; the numbers stay bare numbers with a decimal comma.
    expect(text.split('\r\n')).toContain(`"'${entity}";YouTube;25,5;weergaven;13+;15,23`);

    // The data table shows the name as typed.
    const table = await readChartDataTable(chartFrame(page));
    expect(table).toContainEqual([entity, 'YouTube', '25,5%', 'weergaven', '13+', '15,23%']);
    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });
});
