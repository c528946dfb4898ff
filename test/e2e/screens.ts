// The screens the e2e accessibility and keyboard tests walk through: each route with what shows it is
// ready, and a sample export to import.

import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** A sample export in the repository: Ketnet's YouTube viewer age (sample-data/README.md: youth share 60,1%). */
export const SAMPLE_VIEWER_AGE = path.resolve(process.cwd(), 'sample-data', 'ketnet_youtube_viewer-age_table-data.csv');

/** Each screen's route and an element that is there once the screen has its data. */
export const SCREENS: readonly { route: string; ready: (page: Page) => Promise<unknown> }[] = [
  { route: '/', ready: (p) => p.getByTestId('youth-share-table').waitFor() },
  { route: '/answer', ready: (p) => p.getByTestId('answer-verdict').waitFor() },
  { route: '/compare', ready: (p) => p.getByTestId('compare-matrix').waitFor() },
  { route: '/report', ready: (p) => p.getByTestId('report-verdict').waitFor() },
  { route: '/present', ready: (p) => p.getByRole('button', { name: /^(Start presentatie|Start presentation)$/ }).waitFor() },
  { route: '/import', ready: (p) => p.getByTestId('import-file-input').waitFor({ state: 'attached' }) },
  { route: '/audience', ready: (p) => p.locator('main h1').waitFor() },
  { route: '/data', ready: (p) => p.getByTestId('imports-table').waitFor() },
  { route: '/settings', ready: (p) => p.locator('tr[data-figure]').first().waitFor() },
  { route: '/begrippen', ready: (p) => p.locator('dl.glossary').waitFor() },
  { route: '/toegankelijkheid', ready: (p) => p.locator('main h1').waitFor() },
];

/** Opens `route` of the app (hash routing) and waits until `ready` resolves and the charts are drawn. */
export async function openScreen(page: Page, baseUrl: string, route: string, ready: (page: Page) => Promise<unknown>): Promise<void> {
  await page.goto(`${baseUrl}#${route}`);
  await ready(page);
  // Charts measure their container after the first paint: wait until no frame is still empty.
  await expect.poll(() => page.locator('figure[data-chart] .chart-canvas:not(:has(svg))').count(), { timeout: 20_000 }).toBe(0);
}

/** The route of the first entity page the overview links to (`/entity/<id>`). */
export async function firstEntityRoute(page: Page, baseUrl: string): Promise<string> {
  await openScreen(page, baseUrl, '/', SCREENS[0]!.ready);
  const href = await page.getByTestId('youth-share-table').locator('a[href*="entity/"]').first().getAttribute('href');
  if (!href) throw new Error('the overview links to no entity page');
  return href.replace(/^#/, '');
}
