// The youth-share table: Dutch formatting, "geen leeftijdsgegevens" (never 0), and the NL | EN switch.

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LanguageSwitch } from '../../../src/app/language-switch';
import { YouthShareTable } from '../../../src/charts/youth-share-table';
import type { YouthShareTableRow } from '../../../src/charts/youth-share-table';
import { createI18n, LANGUAGE_STORAGE_KEY } from '../../../src/i18n/i18n';
import { fold, renderWithProviders, serviceClient, fakeParse } from '../../support/ui-test-utils';

const ROWS: YouthShareTableRow[] = [
  {
    accountId: 'a1',
    entityName: 'Ketnet',
    platform: 'youtube',
    accountName: null,
    youthShare: 0.1142, // (0.61 + 10.81) / 100
    youthAgeFloor: 13,
    basis: 'views',
    period: null,
  },
  {
    accountId: 'a2',
    entityName: 'OVAM',
    platform: 'facebook',
    accountName: 'OVAM',
    youthShare: null,
    youthAgeFloor: null,
    basis: null,
    period: { start: '2025-09-01', end: '2025-09-30' },
  },
];

/** The text of each cell of each body row (header cell included), spaces folded. */
function bodyCells(): string[][] {
  const table = screen.getByTestId('youth-share-table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('th, td'), (c) => fold(c.textContent)));
}

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('youth-share table', () => {
  it('shows columns entity, platform, youth share, age floor, basis, period in Dutch', () => {
    renderWithProviders(<YouthShareTable rows={ROWS} />, { client: serviceClient(fakeParse) });
    const headers = within(screen.getByTestId('youth-share-table'))
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Entiteit', 'Platform', 'Jongerenaandeel', 'Leeftijdsgrens', 'Basis', 'Periode']);
    expect(bodyCells()).toEqual([
      // 0.1142 → 11,4% (nl-BE, one decimal); no period → —
      ['Ketnet', 'YouTube', '11,4%', '13+', 'weergaven', '—'],
      // no age data: the label, never 0; 1-30 September 2025 as an Intl range in nl-BE
      ['OVAM', 'Facebook', 'geen leeftijdsgegevens', '—', '—', '1–30 sep 2025'],
    ]);
    // The caption gives the table its accessible name.
    expect(screen.getByRole('table', { name: 'Jongerenaandeel per account (entiteit en platform)' })).toBe(
      screen.getByTestId('youth-share-table'),
    );
  });

  it('switches to English with the header switch: 11.4%, "no age data", <html lang="en">, choice stored', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <>
        <LanguageSwitch />
        <YouthShareTable rows={ROWS} />
      </>,
      { client: serviceClient(fakeParse) },
    );
    expect(document.documentElement.lang).toBe('nl-BE');
    expect(screen.getByRole('button', { name: 'NL' }).getAttribute('aria-pressed')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'EN' }));

    expect(bodyCells()).toEqual([
      ['Ketnet', 'YouTube', '11.4%', '13+', 'views', '—'],
      ['OVAM', 'Facebook', 'no age data', '—', '—', '1 – 30 Sept 2025'],
    ]);
    expect(screen.getByRole('button', { name: 'EN' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');

    await user.click(screen.getByRole('button', { name: 'NL' }));
    expect(bodyCells()[0]?.[2]).toBe('11,4%');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('nl');
  });

  it('starts in Dutch whatever navigator.language says, and in the stored language when one is stored', () => {
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'language');
    Object.defineProperty(Navigator.prototype, 'language', { configurable: true, get: () => 'en-US' });
    try {
      expect(createI18n().language).toBe('nl');
      localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
      expect(createI18n().language).toBe('en');
      localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr'); // not offered → Dutch
      expect(createI18n().language).toBe('nl');
    } finally {
      if (original) Object.defineProperty(Navigator.prototype, 'language', original);
    }
  });
});
