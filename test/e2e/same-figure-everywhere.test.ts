// E2E: one read model. On the sample data, the same account and period show the same youth share on the
// overview, the answer screen, the entity page, the compare matrix and the report — also for a chosen period
// (sample-data/README.md: Ketnet Instagram 54,1 % in September, 57,0 % in August; De Lijn Facebook 29,2 %).

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { foldSpaces, loadSampleData, useAppSession, waitUntilSettled } from './browser';

/** The youth share each screen shows for `entity` on `platform` (text of its youth-share cell), for the URL query `query`. */
async function sharesOnEveryScreen(page: Page, baseUrl: string, entity: string, platform: string, platformKey: string, query: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const go = async (hash: string) => {
    await page.goto(`${baseUrl}#${hash}`);
  };
  await go(`/${query}`);
  const table = page.getByTestId('youth-share-table');
  await table.waitFor({ timeout: 60_000 });
  await waitUntilSettled(page);
  const row = table.locator('tbody tr').filter({ has: page.locator('th', { hasText: entity }) }).filter({ has: page.locator('td', { hasText: new RegExp(`^${platform}$`) }) });
  out.overview = foldSpaces(await row.locator('td').nth(1).innerText()).split(' ')[0]!;

  await go(`/answer${query}`);
  const article = page.locator(`article[data-entity="${entity}"]`);
  await article.waitFor({ timeout: 60_000 });
  await waitUntilSettled(page);
  const answerRow = article.locator('table.answer-accounts tbody tr').filter({ has: page.locator('th', { hasText: platform }) });
  out.answer = foldSpaces(await answerRow.locator('[data-cell="youth-share"] button').first().innerText());

  await article.getByRole('link', { name: new RegExp(entity) }).click();
  await page.getByTestId('presence-table').waitFor({ timeout: 60_000 });
  await waitUntilSettled(page);
  const entityRow = page.locator('tbody tr').filter({ has: page.locator('th', { hasText: new RegExp(`^${platform}$`) }) }).filter({ has: page.locator('[data-cell="youth-share"]') });
  out.entity = foldSpaces(await entityRow.locator('[data-cell="youth-share"] button').first().innerText());

  const params = new URLSearchParams(query.replace(/^\?/, ''));
  params.set('metric', 'youthShare');
  params.set('entities', entity);
  await go(`/compare?${params.toString()}`);
  const cell = page.locator(`[data-cell="${entity}|${platformKey}"]`);
  await cell.waitFor({ timeout: 60_000 });
  await waitUntilSettled(page);
  out.compare = foldSpaces(await cell.innerText());
  return out;
}

describe('one read model', () => {
  const session = useAppSession(() => inject('baseUrl'));

  it('shows the same youth share for the same account and period on every screen', async () => {
    const { page } = session();
    const baseUrl = inject('baseUrl');
    await loadSampleData(page);
    // Most recent split: Ketnet Instagram (14.2 + 17.5 + 9.8 + 12.6) / 100.0 = 54,1%
    expect(await sharesOnEveryScreen(page, baseUrl, 'Ketnet', 'Instagram', 'instagram', '')).toEqual({ overview: '54,1%', answer: '54,1%', entity: '54,1%', compare: '54,1%' });
    // De Lijn Facebook, legacy export: 14,000 / 48,000 = 29,2%
    expect(await sharesOnEveryScreen(page, baseUrl, 'De Lijn', 'Facebook', 'facebook', '')).toEqual({ overview: '29,2%', answer: '29,2%', entity: '29,2%', compare: '29,2%' });
    // August 2025 chosen: Ketnet Instagram's August split (15.0 + 18.0 + 10.5 + 13.5) / 100.0 = 57,0%
    expect(await sharesOnEveryScreen(page, baseUrl, 'Ketnet', 'Instagram', 'instagram', '?van=2025-08-01&tot=2025-08-31')).toEqual({ overview: '57,0%', answer: '57,0%', entity: '57,0%', compare: '57,0%' });
  }, 300_000);
});
