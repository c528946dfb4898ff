// E2E: a new user enters TikTok's age split by hand for an entity and sees it in the
// overview, marked as typed in.

import { expect, inject, it, describe } from 'vitest';
import { readYouthShareTable, useAppSession } from './browser';

describe('typing in an audience', () => {
  const session = useAppSession(() => inject('baseUrl'));

  it("stores TikTok's follower ages for Ketnet and shows 41,5% at 18+ marked \"ingetypt\"", async () => {
    const { page, guard } = session();
    // A new user: the start screen, which links to the form.
    await page.getByTestId('load-sample-data').waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Doelgroep intypen' }).click();
    await page.getByRole('heading', { name: 'Doelgroep intypen', level: 1 }).waitFor();

    await page.getByLabel('Entiteit').fill('Ketnet');
    await page.getByLabel('Platform', { exact: true }).selectOption('tiktok');
    await page.getByLabel('Account (handle of paginanaam)').fill('@ketnet');
    await page.getByLabel('Periode: van').fill('2025-10-01');
    await page.getByLabel('tot en met').fill('2025-10-31');
    // TikTok's own bands are pre-filled: 18-24, 25-34, 35-44, 45-54, 55+.
    const bands = await page.locator('.band-input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(bands).toEqual(['18-24', '25-34', '35-44', '45-54', '55+']);
    const shares: [string, string][] = [['18-24', '41,5'], ['25-34', '30'], ['35-44', '15'], ['45-54', '8,5'], ['55+', '5']];
    for (const [band, share] of shares) await page.getByLabel(`Aandeel van ${band} (%)`).fill(share);
    // 41.5 + 30 + 15 + 8.5 + 5 = 100 → no warning.
    expect(await page.getByTestId('audience-sum').innerText()).toBe('Som: 100 %');
    await page.getByLabel('Waar afgelezen').fill('TikTok Studio › Analyse › Volgers, 12-11-2026');
    await page.getByRole('button', { name: 'Bewaren' }).click();

    // TikTok shows no 13-17 band: the youth share is 18-24 of 18+ = 41.5 / 100 → 41,5% (age floor 18+).
    await page.getByText('Bewaard voor Ketnet (TikTok): jongerenaandeel 41,5%.').waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Naar het overzicht' }).click();
    await page.getByTestId('youth-share-table').locator('tbody tr').first().waitFor();
    const rows = await readYouthShareTable(page);
    expect(rows).toHaveLength(1);
    const [entity, platform, youthShare, floor, basis] = rows[0] ?? [];
    expect([entity, platform, floor, basis]).toEqual(['Ketnet', 'TikTok', '18+', 'volgers']);
    // The number keeps its own text; the marker is a separate element after it.
    expect(youthShare).toBe('41,5% ingetypt');
    expect(await page.getByTestId('typed-in-marker').innerText()).toBe('ingetypt');
    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });
});
