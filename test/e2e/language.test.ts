// E2E: the interface is Dutch (nl-BE) by default even when the browser says en-US (docs/architecture.md#test-hooks).

import { describe, expect, inject, it } from 'vitest';
import { useAppSession } from './browser';

describe('default language', () => {
  const session = useAppSession(() => inject('baseUrl'));

  it('speaks Dutch although the browser locale is en-US', async () => {
    const { page, guard } = session();
    // The context was created with locale en-US, so the browser itself asks for English.
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');

    await page.getByTestId('load-sample-data').waitFor();
    const lang = await page.evaluate(() => document.documentElement.lang);
    expect(lang.toLowerCase().startsWith('nl')).toBe(true);
    // Dutch labels from the start screen and the navigation (src/i18n/nl.ts: start.loadSample, nav.import).
    await expect(page.getByTestId('load-sample-data').innerText()).resolves.toBe('Voorbeeldgegevens laden');
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Importeren', exact: true }).count()).toBe(1);

    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });
});
