// E2E (generic CSV): an unknown CSV is mapped by columns in the dialog, saved as a format, and
// the saved format is offered ("Lezen als: …") for a second file with the same columns.

import { expect, inject, it, describe } from 'vitest';
import type { Page } from 'playwright-core';
import { foldSpaces, useAppSession } from './browser';

/** A Snapchat-like age split of followers typed by someone into a sheet: `;`, decimal comma. */
function csv(day: string, shares: [string, string][]): Buffer {
  return Buffer.from(['Dag;Leeftijd;Aandeel', ...shares.map(([band, share]) => `${day};${band};${share}`)].join('\r\n') + '\r\n');
}

async function upload(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.getByTestId('import-file-input').setInputFiles({ name, mimeType: 'text/csv', buffer: bytes });
  await page.getByRole('listitem', { name }).waitFor({ timeout: 30_000 });
}

describe('the generic CSV mapping', () => {
  const session = useAppSession(() => inject('baseUrl'));

  it('maps an unknown CSV, saves the mapping, and offers it for the next file', async () => {
    const { page, guard } = session();
    await page.getByTestId('load-sample-data').waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Importeren', exact: true }).click();

    // 12,5 + 30 + 27,5 + 30 = 100; youth share = 13-17 + 18-24 = 42,5% of the split, age floor 13+.
    await upload(page, 'snap-okt.csv', csv('2025-10-01', [['13-17', '12,5'], ['18-24', '30'], ['25-34', '27,5'], ['35+', '30']]));
    const card = page.getByRole('listitem', { name: 'snap-okt.csv' });
    expect(foldSpaces(await card.getByRole('alert').innerText())).toMatch(/^snap-okt\.csv, regel 1: dit is geen export die de app kent; de eerste regel luidt: "Dag", "Leeftijd", "Aandeel"\. Is het een tabel met cijfers\? Koppel dan zelf de kolommen$/);
    await card.getByRole('button', { name: 'Kolommen koppelen' }).click();

    const dialog = page.getByRole('dialog', { name: 'Kolommen koppelen: snap-okt.csv' });
    await dialog.waitFor();
    // The guesses: date = Dag, age band = Leeftijd, value = Aandeel as a percentage; platform and basis to choose.
    await dialog.getByLabel('Platform').selectOption('snapchat');
    await dialog.getByLabel('Basis van de leeftijdsverdeling').selectOption('followers');
    const summary = dialog.getByTestId('mapping-preview-summary');
    await summary.getByText('Jongerenaandeel').waitFor();
    expect(foldSpaces(await summary.innerText())).toBe('4 cijfers gelezen Jongerenaandeel: 42,5% (leeftijdsgrens 13+)');

    await dialog.getByLabel('Naam van het formaat').fill('Snapchat leeftijden');
    await dialog.getByRole('button', { name: 'Opslaan als formaat' }).click();
    await dialog.getByText('Opgeslagen als "Snapchat leeftijden".').waitFor();
    await dialog.getByRole('button', { name: 'Toepassen' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The card is now an ok preview with the youth share the mapping yields.
    await card.getByText('Gelezen met de koppeling "Snapchat leeftijden".').waitFor();
    expect(foldSpaces(await card.locator('.youth-share').innerText())).toBe('42,5% (leeftijdsgrens 13+)');
    await card.getByTestId('import-entity').fill('VDAB');
    await page.getByTestId('import-confirm').click();
    await page.getByRole('heading', { name: 'Resultaat' }).waitFor({ timeout: 30_000 });

    // A second file with the same columns: the saved format is offered. 10 + 35 = 45% of 100 (floor 13+).
    await page.getByRole('button', { name: 'Andere bestanden importeren' }).click();
    await upload(page, 'snap-nov.csv', csv('2025-11-01', [['13-17', '10'], ['18-24', '35'], ['25-34', '25'], ['35+', '30']]));
    const next = page.getByRole('listitem', { name: 'snap-nov.csv' });
    await next.getByRole('button', { name: 'Lezen als: Snapchat leeftijden' }).click();
    await next.getByText('Gelezen met de koppeling "Snapchat leeftijden".').waitFor();
    expect(foldSpaces(await next.locator('.youth-share').innerText())).toBe('45,0% (leeftijdsgrens 13+)');
    expect(await next.getByText('Snapchat', { exact: true }).count()).toBe(1);
    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });
});
