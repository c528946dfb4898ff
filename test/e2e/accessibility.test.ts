// E2E accessibility: axe-core (WCAG 2.x A/AA and best practice) on every screen and state the app can
// reach — sample data and an empty database, Dutch and English, 1280 and 390 px, an import preview and a
// refused file, the narrow menu, the export menu, the trace dialog, the delete confirmation and a running
// presentation — must find nothing; and at 320 px (400 % zoom) no screen may scroll the page
// sideways, and the presentation's Stop button stays on screen.

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { describeViolations, pageOverflow, runAxe } from './axe';
import { loadSampleData, useAppSession } from './browser';
import { firstEntityRoute, openScreen, SAMPLE_VIEWER_AGE, SCREENS } from './screens';

/** Asserts axe finds no violation on the page as it is; the message lists each rule and node. */
async function expectAxeClean(page: Page, where: string, options: { skipRules?: readonly string[] } = {}): Promise<void> {
  const violations = await runAxe(page, options.skipRules);
  expect(`${where}: ${describeViolations(violations)}`).toBe(`${where}: `);
}

// Every rule holds on the answer screen too (its tables are regions named by their own captions).
const ANSWER_SKIP: string[] = [];

describe('axe-core on every screen', () => {
  const session = useAppSession(() => inject('baseUrl'));
  const baseUrl = () => inject('baseUrl');

  it('finds nothing on any screen with the sample data, in Dutch, at 1280 px and at 390 px', async () => {
    const { page, guard } = session();
    await loadSampleData(page);
    const entityRoute = await firstEntityRoute(page, baseUrl());
    const screens = [...SCREENS, { route: entityRoute, ready: (p: Page) => p.getByTestId('presence-table').waitFor() }];
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const screen of screens) {
        await openScreen(page, baseUrl(), screen.route, screen.ready);
        await expectAxeClean(page, `${screen.route} @${width}`, { skipRules: screen.route === '/answer' ? ANSWER_SKIP : [] });
      }
    }
    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  }, 300_000);

  it('finds nothing on an empty database, with an import preview, with a refused file, and in English', async () => {
    const { page, guard } = session();
    // Empty database: the start screen and the screens that say there is nothing yet.
    await page.getByTestId('first-visit').waitFor();
    await expectAxeClean(page, 'empty /');
    for (const route of ['/answer', '/compare', '/report', '/present', '/data', '/settings']) {
      await page.goto(`${baseUrl()}#${route}`);
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('load');
      await expectAxeClean(page, `empty ${route}`, { skipRules: route === '/answer' ? ANSWER_SKIP : [] });
    }

    // An import preview of a readable file, with the export guide open for YouTube.
    await page.goto(`${baseUrl()}#/import?hulp=youtube`);
    await page.getByTestId('import-file-input').setInputFiles(SAMPLE_VIEWER_AGE);
    await page.getByTestId('import-entity').waitFor();
    await expectAxeClean(page, 'import preview');

    // A refused file: PNG bytes named .csv (the PNG signature 89 50 4E 47 0D 0A 1A 0A and nothing more).
    await page.getByTestId('import-file-input').setInputFiles({
      name: 'grafiek.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    });
    await page.getByText(/grafiek\.csv/).first().waitFor();
    await page.locator('.preview-card--error').first().waitFor();
    await expectAxeClean(page, 'import refused');

    // English, with the sample data: every screen again at 1280 px.
    await page.goto(baseUrl());
    await loadSampleData(page);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    for (const screen of SCREENS) {
      await openScreen(page, baseUrl(), screen.route, screen.ready);
      await expectAxeClean(page, `en ${screen.route}`, { skipRules: screen.route === '/answer' ? ANSWER_SKIP : [] });
    }
    // Dutch source titles inside the English text carry lang="nl" (VRT's "toezichtsrapport VRT 2022").
    await openScreen(page, baseUrl(), '/settings', SCREENS[8]!.ready);
    expect(await page.locator('span[lang="nl"]', { hasText: 'toezichtsrapport VRT 2022' }).count()).toBeGreaterThan(0);
    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  }, 300_000);

  it('finds nothing with the menu, the export menu, the trace dialog, the delete confirmation or the presentation open', async () => {
    const { page, guard } = session();
    await loadSampleData(page);

    // The narrow menu (390 px) open.
    await page.setViewportSize({ width: 390, height: 900 });
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Begrippen' }).waitFor();
    await expectAxeClean(page, 'menu open @390');
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1280, height: 900 });

    // The export menu of the overview chart open.
    const frame = page.locator('figure[data-chart]').first();
    await frame.getByRole('button', { name: /^Exporteren/ }).click();
    await frame.getByRole('menu').waitFor();
    await expectAxeClean(page, 'export menu open');
    await page.keyboard.press('Escape');

    // The trace dialog of a youth share in the overview table.
    await page.getByTestId('youth-share-table').getByRole('button').first().click();
    await page.getByTestId('trace-panel').waitFor();
    await expectAxeClean(page, 'trace dialog open');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('trace-panel').count()).toBe(0);

    // The delete confirmation on the data screen.
    await openScreen(page, baseUrl(), '/data', SCREENS[7]!.ready);
    await page.getByTestId('imports-table').getByRole('button', { name: / verwijderen$/ }).first().click();
    await page.getByRole('alertdialog').waitFor();
    await expectAxeClean(page, 'delete confirmation open');
    await page.keyboard.press('Escape');

    // A running presentation.
    await openScreen(page, baseUrl(), '/present', SCREENS[4]!.ready);
    await page.getByRole('button', { name: 'Start presentatie' }).click();
    await page.getByTestId('present-counter').waitFor();
    await expectAxeClean(page, 'presentation running');
    await page.keyboard.press('Escape');
    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  }, 300_000);
});

describe('reflow at 320 px (400 % zoom)', () => {
  const session = useAppSession(() => inject('baseUrl'));
  const baseUrl = () => inject('baseUrl');

  it('scrolls no screen sideways, and keeps the presentation controls on screen', async () => {
    const { page, guard } = session();
    await loadSampleData(page);
    const entityRoute = await firstEntityRoute(page, baseUrl());
    await page.setViewportSize({ width: 320, height: 640 });
    const screens = [...SCREENS, { route: entityRoute, ready: (p: Page) => p.getByTestId('presence-table').waitFor() }];
    for (const screen of screens) {
      await openScreen(page, baseUrl(), screen.route, screen.ready);
      // document.scrollWidth ≤ 320: nothing sticks out of the page (wide tables scroll inside their own box).
      expect({ route: screen.route, overflow: await pageOverflow(page) }).toEqual({ route: screen.route, overflow: null });
    }
    // Every report chart is drawn to the column's width, not a fixed 720 px.
    await openScreen(page, baseUrl(), '/report', SCREENS[3]!.ready);
    const chartWidths = await page.locator('figure[data-chart] .chart-canvas svg.recharts-surface').evaluateAll((svgs) =>
      svgs.map((svg) => Math.round(svg.getBoundingClientRect().right)),
    );
    expect(chartWidths.length).toBeGreaterThan(0);
    for (const right of chartWidths) expect(right).toBeLessThanOrEqual(320);

    // The presentation: its Stop button lies inside the 320 × 640 window.
    await openScreen(page, baseUrl(), '/present', SCREENS[4]!.ready);
    await page.getByRole('button', { name: 'Start presentatie' }).click();
    const stop = page.getByRole('button', { name: /^Stoppen/ });
    const box = await stop.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    expect(box!.y + box!.height).toBeLessThanOrEqual(640);
    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  }, 300_000);
});

describe('help that other screens link to', () => {
  const session = useAppSession(() => inject('baseUrl'));
  const baseUrl = () => inject('baseUrl');

  it('opens the export guide of one platform from #/import?hulp=<platform> and a term from #/begrippen#<term>', async () => {
    const { page, guard } = session();
    // The first visit says in two sentences what the app does and for whom.
    const intro = await page.getByTestId('first-visit').innerText();
    expect(intro.split(/(?<=\.)\s+/)).toHaveLength(2);
    expect(intro).toContain('communicatiemedewerkers');

    await page.goto(`${baseUrl()}#/import?hulp=tiktok`);
    const tiktok = page.locator('details#hulp-tiktok');
    await expect.poll(() => tiktok.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // Only the platform asked for is open; its summary has the focus.
    expect(await page.locator('details#hulp-youtube').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest('details')?.id)).toBe('hulp-tiktok');
    expect(await tiktok.innerText()).toContain('Doelgroep intypen');

    await page.goto(`${baseUrl()}#/begrippen#bereik`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('bereik');
    expect(await page.locator('#bereik').innerText()).toContain('Bereik');
    // The menu reaches the glossary, and the answer screen's menu item says what it holds.
    const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    expect(await nav.getByRole('link', { name: 'Begrippen' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Bereiken we jongeren?' }).count()).toBe(1);
    // The footer links to the accessibility statement.
    await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheidsverklaring' }).click();
    // (The heading carries a soft hyphen, U+00AD, so it can break at 320 px: Toegankelijkheids-verklaring.)
    await expect.poll(async () => (await page.locator('main h1').innerText()).replace(/\u00ad/g, '')).toBe('Toegankelijkheidsverklaring');
    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });
});
