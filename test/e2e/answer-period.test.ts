// E2E: the period choice on the answer screen changes every chart on it and their exported CSVs
// (sample data, sample-data/README.md): "alles" draws every quarter of the data, September 2025 only that month,
// August 2025 none (its one split has no follower count on or before its end).

import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { exportFromChart, foldSpaces, loadSampleData, readChartDataTable, useAppSession, waitUntilSettled } from './browser';

/** Every chart frame on the page, by its `data-chart` id, in page order. */
async function chartIds(page: Page): Promise<string[]> {
  return page.locator('figure[data-chart]').evaluateAll((figs) => figs.map((f) => f.getAttribute('data-chart') ?? ''));
}

/** The CSV a chart frame exports, as rows of cells (UTF-8 with BOM, `;`, CRLF; no quoted cells here). */
async function csvOf(page: Page, frame: Locator): Promise<string[][]> {
  const download = await exportFromChart(page, frame, /^Gegevens \(CSV\)/);
  const text = readFileSync(await download.path()).toString('utf8').replace(/^\uFEFF/, '');
  return text
    .split('\r\n')
    .filter((l) => l !== '')
    .map((l) => l.split(';'));
}

/**
 * Subtitle, data table and CSV of every chart on the answer screen for the URL query `query`, read once the
 * first chart's subtitle names `period` (before, the previous period's charts may still be on screen, marked busy).
 */
async function chartsOfAnswer(page: Page, baseUrl: string, query: string, period: string): Promise<Record<string, { subtitle: string; table: string[][]; csv: string[][] }>> {
  await page.goto(`${baseUrl}#/answer${query}`);
  await page.getByTestId('entity-counts').waitFor({ timeout: 60_000 });
  await page.locator('figure[data-chart] .chart-frame__subtitle', { hasText: period }).first().waitFor({ timeout: 60_000 });
  await waitUntilSettled(page);
  const out: Record<string, { subtitle: string; table: string[][]; csv: string[][] }> = {};
  for (const id of await chartIds(page)) {
    const frame = page.locator(`figure[data-chart="${id}"]`);
    out[id] = {
      subtitle: foldSpaces(await frame.locator('.chart-frame__subtitle').innerText()),
      table: await readChartDataTable(frame),
      csv: await csvOf(page, frame),
    };
  }
  return out;
}

describe('answer screen: one period for every chart', () => {
  const session = useAppSession(() => inject('baseUrl'));

  it('redraws every chart and its CSV for the chosen period', async () => {
    const { page } = session();
    const baseUrl = inject('baseUrl');
    await loadSampleData(page);
    const all = await chartsOfAnswer(page, baseUrl, '', '1 aug – 30 sep 2025');
    // "Alles": the sample's dated data run from 1 Aug to 30 Sep 2025, one (clipped) quarter. Young people per
    // platform, each from the quarter's own splits (sample-data/README.md; test/unit/core/answer/time-data.test.ts):
    // Facebook 14.000 (De Lijn reach) + 2.304 (VDAB) + 207,79 (OVAM) = 16.512; Instagram: only Ketnet's September split
    // has a size (its one follower count, 52.000 on 30 September, is after August's end: not August's level), so
    // it counts alone: 52.000 × 0,541 = 28.132; TikTok 37.400 typed in.
    expect(Object.keys(all)).toEqual(['answer-quarterly-youth']);
    expect(all['answer-quarterly-youth']!.subtitle).toBe('Alle entiteiten · 1 aug – 30 sep 2025 · leeftijden 13-24');
    expect(all['answer-quarterly-youth']!.csv).toEqual([
      ['Kwartaal', 'Van', 'Tot en met', 'Facebook', 'Instagram', 'TikTok'],
      ['2025-Q3', '2025-08-01', '2025-09-30', '16512', '28132', '37400'],
    ]);
    // Views by young people: the sample's viewer-age tables are undated, so no quarter can use them: said, not 0.
    await page.goto(`${baseUrl}#/answer`);
    await page.getByText('Geen kwartaal met weergaven door jongeren in deze periode.').waitFor({ timeout: 60_000 });

    // September 2025 chosen: the quarter is clipped to 1-30 Sep; the same splits as "Alles" (August adds none with a size).
    const september = await chartsOfAnswer(page, baseUrl, '?van=2025-09-01&tot=2025-09-30', '1–30 sep 2025');
    expect(Object.keys(september)).toEqual(['answer-quarterly-youth']);
    expect(september['answer-quarterly-youth']!.subtitle).toBe('Alle entiteiten · 1–30 sep 2025 · leeftijden 13-24');
    expect(september['answer-quarterly-youth']!.csv).toEqual([
      ['Kwartaal', 'Van', 'Tot en met', 'Facebook', 'Instagram', 'TikTok'],
      ['2025-Q3', '2025-09-01', '2025-09-30', '16512', '28132', '37400'],
    ]);
    // The data table says the same as the CSV (thousands grouped on screen).
    expect(september['answer-quarterly-youth']!.table[1]).toEqual(['2025-Q3', '2025-09-01', '2025-09-30', '16.512', '28.132', '37.400']);

    // August 2025 chosen: only Ketnet Instagram's August split lies in it, and it has no size (no follower count on
    // or before 31 August): no quarter with young people, said, not 0.
    await page.goto(`${baseUrl}#/answer?van=2025-08-01&tot=2025-08-31`);
    await page.getByTestId('entity-counts').waitFor({ timeout: 60_000 });
    await page.getByText('Geen kwartaal met jongeren in het publiek in deze periode.').waitFor({ timeout: 60_000 });
    expect(await chartIds(page)).toEqual([]);
  }, 300_000);
});
