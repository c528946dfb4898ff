// E2E: the report on the sample data: the print layout under print media (no navigation,
// verdict, charts with source lines and data tables) and a PDF of more than one page; the PowerPoint deck
// downloaded from the report has 10 slides and carries the numbers the screens show; presentation mode
// steps with the keyboard.

import { readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, inject, it } from 'vitest';
import { artefactPath, foldSpaces, loadSampleData, useAppSession } from './browser';

describe('report, deck and presentation', () => {
  const session = useAppSession(() => inject('baseUrl'));

  it('prints the report, downloads a deck whose numbers match the screens, and presents with the keys', async () => {
    const { page, guard } = session();
    const table = await loadSampleData(page);
    // The overview's Ketnet YouTube row: 60.1 / 100.0 → "60,1%" (sample-data/README.md).
    const ketnetYoutube = table.find((row) => row[0] === 'Ketnet' && row[1] === 'YouTube');
    expect(ketnetYoutube?.[2]).toBe('60,1%');

    await page.getByRole('link', { name: 'Bereiken we jongeren?' }).first().click();
    const answerVerdictLocator = page.getByTestId('answer-verdict');
    await answerVerdictLocator.waitFor({ timeout: 20_000 });
    const answerVerdict = await answerVerdictLocator.innerText();
    // 1 voldoende (Ketnet), 1 gedeeltelijk (De Lijn), 2 onvoldoende (VDAB, OVAM) of 4 → gedeeltelijk voldoende
    // (sample-data/README.md, test/e2e/answer.test.ts).
    expect(answerVerdict).toBe('gedeeltelijk voldoende');

    await page.getByRole('link', { name: 'Rapport' }).first().click();
    const reportVerdict = page.getByTestId('report-verdict');
    await expect.poll(() => reportVerdict.innerText()).toBe(answerVerdict);
    await page.locator('figure[data-chart="report-age-profile"] .chart-canvas svg').first().waitFor();

    // Print layout: no navigation or buttons, the verdict and the three charts with their data tables.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Afdrukken / PDF' }).isVisible()).toBe(false);
    expect(await reportVerdict.isVisible()).toBe(true);
    const charts = page.locator('figure[data-chart]');
    expect(await charts.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      const chart = charts.nth(i);
      expect(await chart.locator('.chart-canvas svg').first().isVisible()).toBe(true);
      expect(await chart.getByTestId('chart-data-table').isVisible()).toBe(true);
      expect(foldSpaces(await chart.locator('.chart-source').first().innerText())).toMatch(/^Bron: /);
    }
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    writeFileSync(artefactPath('report.pdf'), pdf);
    // A PDF page object is "/Type /Page" (the page tree is "/Type /Pages"): title page, verdict, 3 charts,
    // improvements, method, sources = at least 8 pages.
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    expect(pageCount).toBeGreaterThan(1);
    expect(pageCount).toBeGreaterThanOrEqual(8);
    await page.emulateMedia({ media: 'screen' });

    // The deck: 1 title + 1 verdict + 3 charts + 3 improvements (18 with the sample presence, 8 a slide)
    // + 1 answer as text + 1 method = 10 slides.
    const downloading = page.waitForEvent('download', { timeout: 30_000 });
    await page.getByRole('button', { name: 'PowerPoint' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^jongerenbereik-vraag-3-\d{4}-\d{2}-\d{2}\.pptx$/);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '(10 dia’s)' }).count()).toBe(1);
    const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const slides = Object.keys(files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p));
    expect(slides).toHaveLength(10);
    expect(Object.keys(files).filter((p) => /^ppt\/media\/.*\.png$/.test(p))).toHaveLength(3);
    const xml = (p: string) => foldSpaces(strFromU8(files[p]!));
    // The verdict slide says what the answer screen says; the chart slide's data has the overview table's 60,1%.
    expect(xml('ppt/slides/slide2.xml')).toContain(`<a:t>${answerVerdict}</a:t>`);
    expect(xml('ppt/slides/slide3.xml')).toContain('Jongerenaandeel per account');
    // The chart slide's source names the platforms with age data in platform order (Ketnet's typed TikTok split included).
    expect(xml('ppt/slides/slide3.xml')).toContain('Bron: exports van Facebook, Instagram, YouTube en TikTok; Statbel 2021');
    // Its notes name each share's basis: Ketnet's YouTube split is of views (sample-data/README.md).
    expect(xml('ppt/notesSlides/notesSlide3.xml')).toContain(`Ketnet | YouTube | ${ketnetYoutube?.[2]} | weergaven | 13+`);

    // Presentation mode: the default 6 slides (3 charts, the verdict, the improvements, the method note),
    // stepped with →, Space, PageDown, ←; Escape stops.
    await page.getByRole('link', { name: 'Presenteren' }).first().click();
    await page.getByRole('button', { name: 'Start presentatie' }).click();
    const counter = page.getByTestId('present-counter');
    await expect.poll(() => counter.innerText()).toBe('Dia 1 van 6');
    expect(await page.locator('.present-slide figure[data-chart="youth-share"]').isVisible()).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => counter.innerText()).toBe('Dia 2 van 6');
    expect(await page.getByTestId('present-verdict').innerText()).toBe(answerVerdict);
    await page.keyboard.press('Space');
    await expect.poll(() => counter.innerText()).toBe('Dia 3 van 6');
    await page.keyboard.press('PageDown');
    await expect.poll(() => counter.innerText()).toBe('Dia 4 van 6');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => counter.innerText()).toBe('Dia 3 van 6');
    await page.screenshot({ path: artefactPath('present.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => counter.count()).toBe(0);
    expect(await page.evaluate(() => document.fullscreenElement === null)).toBe(true);

    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });
});
