// E2E: the answer to question 3 on the sample data (issue 4 §6): the verdicts, a number followed to its
// source file, a threshold changed in settings that changes the verdict, and the compare screen's filters
// surviving a reload and going back with the browser's Back.

import { describe, expect, inject, it } from 'vitest';
import { foldSpaces, loadSampleData, useAppSession } from './browser';

describe('answer to question 3', () => {
  const session = useAppSession(() => inject('baseUrl'));

  it('gives the verdicts, traces a number to its file, and follows a threshold change', async () => {
    const { page, guard } = session();
    await loadSampleData(page);

    await page.getByRole('link', { name: 'Bereiken we jongeren?' }).click();
    const verdict = page.getByTestId('answer-verdict');
    // test/unit/core/answer/sample-data-answer.test.ts: overall mean index (394.62 + 355.22 + 107.03 + 101.05
    // + 229.38 + 26.92 + 33.65) / 7 = 178.27 ≥ 80 with data on 3 youth platforms → voldoende;
    // OVAM 26.92 and 33.65 both < 80 → onvoldoende; De Lijn 229.38 on one youth platform → gedeeltelijk voldoende.
    await expect.poll(() => verdict.innerText()).toBe('voldoende');
    const entityVerdict = (name: string) => page.locator(`article[data-entity="${name}"]`).getByTestId('entity-verdict').innerText();
    expect(await entityVerdict('OVAM')).toBe('onvoldoende');
    expect(await entityVerdict('De Lijn')).toBe('gedeeltelijk voldoende');
    expect(await entityVerdict('Ketnet')).toBe('voldoende');

    // Ketnet YouTube's index 60.1 / 15.23 × 100 = 394.62 → "394,6": its trace names the file it came from.
    await page.getByRole('button', { name: 'Herkomst van Representatie-index Ketnet · YouTube: 394,6' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const text = foldSpaces(await dialog.innerText());
    expect(text).toContain('ketnet_youtube_viewer-age_table-data.csv');
    expect(text).toContain('15,23%');
    expect(text).toContain('Statbel');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    // Raise "under-represented" to below 400 (and "over-represented" to 500, as the lower bound may not pass the
    // upper one). The highest index is Ketnet YouTube's 394.62 < 400, so every judged account is under-represented:
    // rule verdict-insufficient → onvoldoende overall, and De Lijn (229.38) → onvoldoende too.
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByLabel('Oververtegenwoordigd boven index').fill('500');
    await page.getByLabel('Ondervertegenwoordigd onder index').fill('400');
    await page.getByRole('button', { name: 'Drempels bewaren' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Drempels bewaard' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Bereiken we jongeren?' }).click();
    await expect.poll(() => page.getByTestId('answer-verdict').innerText()).toBe('onvoldoende');
    expect(await entityVerdict('De Lijn')).toBe('onvoldoende');

    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });

  it('keeps the compare filters in the URL: they survive a reload and Back restores the previous view', async () => {
    const { page, guard } = session();
    await loadSampleData(page);
    await page.getByRole('link', { name: 'Vergelijken' }).click();
    const matrix = page.getByTestId('compare-matrix');
    await matrix.waitFor();

    // Each change navigates (a new history entry), then the checkbox follows the URL: click, then wait for it.
    const ovam = page.getByRole('group', { name: 'Entiteiten' }).getByLabel('OVAM');
    await ovam.click();
    await expect.poll(() => ovam.isChecked()).toBe(true);
    const youtube = page.getByRole('group', { name: 'Platformen' }).getByLabel('YouTube');
    await youtube.click();
    await expect.poll(() => youtube.isChecked()).toBe(true);
    await page.getByLabel('Getoond cijfer').selectOption('index');
    await expect.poll(() => page.url()).toMatch(/metric=index/);
    expect(page.url()).toMatch(/platforms=youtube/);
    // Entities are written by name (stable across browsers, unlike ids).
    expect(new URL(page.url().replace('#', '')).searchParams.get('entities')).toBe('OVAM');

    const cells = async () => (await matrix.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('th, td'), (c) => (c as HTMLElement).innerText)))).map((r) => r.map(foldSpaces));
    // OVAM YouTube: (4.1 / 99.99) / 0.1523 × 100 = 26.92 → "26,9"; one row, one platform column.
    await expect.poll(cells).toEqual([['OVAM', '26,9']]);

    await page.reload({ waitUntil: 'load' });
    await matrix.waitFor();
    await expect.poll(cells).toEqual([['OVAM', '26,9']]);
    expect(await page.getByLabel('Getoond cijfer').inputValue()).toBe('index');
    expect(await page.getByRole('group', { name: 'Entiteiten' }).getByLabel('OVAM').isChecked()).toBe(true);

    // Back: the view before the metric change — youth share 4.1 / 99.99 = 4,1%.
    await page.goBack();
    await expect.poll(cells).toEqual([['OVAM', '4,1%']]);
    expect(page.url()).not.toMatch(/metric=/);
    expect(await page.getByLabel('Getoond cijfer').inputValue()).toBe('youthShare');

    // A hand-written link with a name in another case works; unknown values are listed, not an empty matrix.
    const base = page.url().slice(0, page.url().indexOf('#'));
    await page.goto(`${base}#/compare?entities=ovam&platforms=youtube&metric=index`);
    await expect.poll(cells).toEqual([['OVAM', '26,9']]);
    await page.goto(`${base}#/compare?entities=Nobody&platforms=myspace&metric=fame`);
    const unknown = page.getByTestId('compare-unknown');
    await unknown.waitFor();
    const text = foldSpaces(await unknown.innerText());
    expect(text).toContain('Onbekende entiteiten: “Nobody”.');
    expect(text).toContain('Onbekende platformen: “myspace”.');
    expect(text).toContain('Onbekende maatstaf: “fame”');
    expect(await matrix.count()).toBe(0);

    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });
});
