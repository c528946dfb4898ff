// E2E keyboard use: import (focus and announcement after reading and after storing), the compare filters
// (the focus stays on the filter), the export menu, the trace dialog, the presentation (Tab stays on the
// slides), the settings form (a refused value is marked and focused) and the delete confirmation (the safe
// button first, Escape cancels) — each driven with keys only, after the first focus.

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { countStoredRecords, loadSampleData, useAppSession } from './browser';
import { openScreen, SAMPLE_VIEWER_AGE, SCREENS } from './screens';

/** What has the focus: its tag, id, accessible-ish name (aria-label or text) and the data-testid, for assertions. */
function focused(page: Page): Promise<{ tag: string; text: string; testId: string | null; inLayer: boolean; inMain: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.getAttribute('aria-label') ?? el?.innerText ?? '').trim(),
      testId: el?.getAttribute('data-testid') ?? null,
      inLayer: Boolean(el?.closest('.present-layer')),
      inMain: Boolean(el?.closest('main')),
    };
  });
}

/** The text of the import screen's polite live region. */
function announcement(page: Page): Promise<string> {
  return page.getByTestId('import-announcement').innerText();
}

describe('keyboard', () => {
  const session = useAppSession(() => inject('baseUrl'));
  const baseUrl = () => inject('baseUrl');

  it('imports a file: the focus lands on the preview, then on the result, and both are announced', async () => {
    const { page, guard } = session();
    await openScreen(page, baseUrl(), '/import', SCREENS[5]!.ready);
    // The file input is reached with Tab (it is drawn by its label "Bestanden kiezen"); the chooser itself
    // is the browser's, so the file is handed to the input as a user picking it would.
    await page.getByTestId('import-file-input').focus();
    await page.getByTestId('import-file-input').setInputFiles(SAMPLE_VIEWER_AGE);
    await expect.poll(() => focused(page).then((f) => f.text), { timeout: 30_000 }).toBe('Voorbeeld');
    // One readable file: "1 bestand gelezen: 1 klaar om te importeren, 0 al geïmporteerd, 0 met een probleem."
    await expect.poll(() => announcement(page)).toBe('1 bestand gelezen: 1 klaar om te importeren, 0 al geïmporteerd, 0 met een probleem.');

    // Tab into the card until the entity field, type a name, Enter submits the preview form (Importeren).
    for (let i = 0; i < 15 && (await focused(page)).testId !== 'import-entity'; i++) await page.keyboard.press('Tab');
    expect((await focused(page)).testId).toBe('import-entity');
    await page.keyboard.type('Toetsenbord');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page).then((f) => f.text), { timeout: 30_000 }).toBe('Resultaat');
    // The file is stored once: 1 stored, none already there, none refused.
    await expect.poll(() => announcement(page)).toBe('Importeren klaar: 1 bewaard, 0 al geïmporteerd, 0 niet bewaard.');
    expect((await countStoredRecords(page)).imports).toBe(1);
    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });

  it('ticks a compare filter with Space and keeps the focus on it; opens and leaves the export menu and the trace dialog', async () => {
    const { page, guard } = session();
    await loadSampleData(page);

    // The trace dialog: Enter on a youth share of the overview opens it on its close button; Escape closes it
    // and the focus returns to the number.
    const traceButton = page.getByTestId('youth-share-table').getByRole('button').first();
    await traceButton.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('trace-panel').waitFor();
    expect((await focused(page)).text).toBe('Sluiten');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('trace-panel').count()).toBe(0);
    await expect.poll(() => traceButton.evaluate((b) => b === document.activeElement)).toBe(true);

    // The export menu: Enter opens it on its first item, ArrowDown moves, Escape closes it on its button.
    const frame = page.locator('figure[data-chart]').first();
    const exportButton = frame.getByRole('button', { name: /^Exporteren/ });
    await exportButton.focus();
    await page.keyboard.press('Enter');
    await frame.getByRole('menu').waitFor();
    const items = await frame.getByRole('menuitem').allInnerTexts();
    await expect.poll(() => focused(page).then((f) => f.text)).toBe(items[0]!.trim());
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focused(page).then((f) => f.text)).toBe(items[1]!.trim());
    await page.keyboard.press('Escape');
    await expect.poll(() => frame.getByRole('menu').count()).toBe(0);
    expect(await exportButton.evaluate((b) => b === document.activeElement)).toBe(true);

    // Compare: Space on the OVAM filter changes the address (the filters live in it) and the focus stays on
    // the checkbox instead of jumping to the main landmark.
    await openScreen(page, baseUrl(), '/compare', SCREENS[2]!.ready);
    const ovam = page.getByRole('group', { name: 'Entiteiten' }).getByLabel('OVAM');
    await ovam.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toContain('entities=');
    await expect.poll(() => ovam.isChecked()).toBe(true);
    expect(await ovam.evaluate((box) => box === document.activeElement)).toBe(true);
    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });

  it('keeps Tab inside the presentation, steps with the arrows and stops with Escape back on Start', async () => {
    const { page, guard } = session();
    await loadSampleData(page);
    await openScreen(page, baseUrl(), '/present', SCREENS[4]!.ready);
    // Improvements and "what the figures cannot show" are chosen by default: 3 charts + verdict + 2 = 6 slides.
    const start = page.getByRole('button', { name: 'Start presentatie' });
    await start.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('present-counter').innerText()).toBe('Dia 1 van 6');
    // Twelve Tabs never leave the slide layer: the page behind it is inert.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect((await focused(page)).inLayer).toBe(true);
    }
    await page.keyboard.press('End');
    await expect.poll(() => page.getByTestId('present-counter').innerText()).toBe('Dia 6 van 6');
    expect(await page.locator('.present-slide').getAttribute('data-slide')).toBe('method');
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('.present-slide').getAttribute('data-slide')).toBe('improvements');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.present-layer').count()).toBe(0);
    await expect.poll(() => start.evaluate((b) => b === document.activeElement)).toBe(true);
    // The page is usable again.
    expect(await page.evaluate(() => (document.getElementById('root') as HTMLElement).inert)).toBe(false);
    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });

  it('edits a reference figure and deletes an import with the keyboard, safely', async () => {
    const { page, guard } = session();
    await loadSampleData(page);

    // Settings: the button says which figure in words (not platform-use.daily-16-24.instagram); a value that
    // is no number is marked and focused.
    await openScreen(page, baseUrl(), '/settings', SCREENS[8]!.ready);
    const edit = page.getByRole('button', { name: 'Aanpassen: aandeel 16-24-jarige Belgen dat Instagram dagelijks gebruikt' });
    await edit.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect((await focused(page)).tag).toBe('input');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('veel');
    await page.keyboard.press('Enter');
    const value = page.getByRole('form', { name: 'Aanpassen: aandeel 16-24-jarige Belgen dat Instagram dagelijks gebruikt' }).getByLabel('Waarde');
    await expect.poll(() => value.getAttribute('aria-invalid')).toBe('true');
    expect(await value.evaluate((v) => v === document.activeElement)).toBe(true);
    const describedBy = (await value.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ')[0]}"]`).innerText()).toBe('Vul een getal in, bijvoorbeeld 12,5.');

    // Delete: the confirmation opens on "Annuleren"; Escape cancels it and returns to the delete button;
    // Shift+Tab reaches "Ja, verwijderen" and Enter deletes that one import.
    await openScreen(page, baseUrl(), '/data', SCREENS[7]!.ready);
    const importsBefore = (await countStoredRecords(page)).imports ?? 0;
    const remove = page.getByTestId('imports-table').getByRole('button', { name: / verwijderen$/ }).first();
    await remove.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('alertdialog').waitFor();
    await expect.poll(() => focused(page).then((f) => f.text)).toBe('Annuleren');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('alertdialog').count()).toBe(0);
    await expect.poll(() => remove.evaluate((b) => b === document.activeElement)).toBe(true);
    expect((await countStoredRecords(page)).imports).toBe(importsBefore);
    await page.keyboard.press('Enter');
    await page.getByRole('alertdialog').waitFor();
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).text).toBe('Ja, verwijderen');
    await page.keyboard.press('Enter');
    await expect.poll(() => countStoredRecords(page).then((c) => c.imports)).toBe(importsBefore - 1);
    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });
});
