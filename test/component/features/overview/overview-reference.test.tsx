// The overview chart uses the reference set in use: a population figure changed in Instellingen moves the
// population markers and the note; a figure marked unknown reads "onbekend", never 0.

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { putReferenceOverride } from '../../../../src/db/reference-overrides-repo';
import { fold, renderApp, resetDatabase } from '../../../support/ui-test-utils';
import { storeSampleData } from '../../../support/sample-store';

const POP13 = 'population.flanders.share-13plus.13-24';

beforeEach(async () => {
  localStorage.clear();
  await resetDatabase();
});

/** The overview chart's note (`Jongeren = jonger dan 25 …`), folded (no narrow spaces). */
async function floorNote(): Promise<string> {
  const note = await screen.findByText(/^Jongeren = jonger dan 25/, {}, { timeout: 15_000 });
  return fold(note.textContent);
}

describe('overview and the reference figures in use', () => {
  it('shows a population figure changed in Instellingen (30 %) in the note and the markers', async () => {
    const user = userEvent.setup();
    const client = await storeSampleData();
    const { router } = renderApp('/settings', client);
    await screen.findByRole('heading', { level: 2, name: 'Referentiecijfers' }, { timeout: 15_000 });
    // Named by the figure's note (${POP13}'s "aandeel 13-24-jarigen in de Vlaamse bevolking van 13+ = …").
    await user.click(screen.getByRole('button', { name: 'Aanpassen: aandeel 13-24-jarigen in de Vlaamse bevolking van 13+' }));
    const form = screen.getByRole('form', { name: 'Aanpassen: aandeel 13-24-jarigen in de Vlaamse bevolking van 13+' });
    const value = within(form).getByLabelText('Waarde');
    await user.clear(value);
    await user.type(value, '30');
    await user.click(within(form).getByRole('button', { name: 'Bewaren' }));
    await waitFor(() => expect(fold(document.querySelector(`tr[data-figure="${POP13}"]`)?.textContent)).toContain('aangepast'), {
      timeout: 15_000,
    });

    await router.navigate('/');
    const note = await floorNote();
    expect(note).toContain('bevolking 30,00%');
    expect(note).not.toContain('15,23');
    expect(note).toContain('bevolking 9,50%'); // 18+ unchanged
    // The chart's data (what the population markers are drawn from): every 13+ bar's population reads 30,00 %.
    const chart = document.querySelector('figure[data-chart="youth-share"]') as HTMLElement;
    await user.click(within(chart).getByRole('button', { name: 'Toon tabel' }));
    const rows = within(within(chart).getByTestId('chart-data-table'))
      .getAllByRole('row')
      .slice(1)
      .map((row) => Array.from(row.querySelectorAll('th, td'), (c) => fold(c.textContent)));
    // Columns: entity, platform, youth share, basis, age floor, population.
    const floor13 = rows.filter((r) => r[4] === '13+');
    expect(floor13.length).toBeGreaterThan(0);
    for (const r of floor13) expect(r[5]).toBe('30,00%');
    for (const r of rows.filter((x) => x[4] === '18+')) expect(r[5]).toBe('9,50%');
  }, 60_000);

  it('names the chosen band and its population share in the note (18-24: 8,89% of 13+, 9,50% of 18+; 13-17: 6,33% of 13+)', async () => {
    const client = await storeSampleData();
    const { unmount } = renderApp('/?band=18-24', client);
    const note18 = fold((await screen.findByText(/^Jongeren = 18-24 jaar/, {}, { timeout: 15_000 })).textContent);
    expect(note18).toBe('Jongeren = 18-24 jaar. Bij leeftijdsgrens 13+ telt 18-24 als aandeel van 13+ (bevolking 8,89%); bij 18+ als aandeel van 18+ (bevolking 9,50%).');
    unmount();
    renderApp('/?band=13-17', client);
    const note13 = fold((await screen.findByText(/^Jongeren = 13-17 jaar/, {}, { timeout: 15_000 })).textContent);
    expect(note13).toBe('Jongeren = 13-17 jaar, als aandeel van 13+ (bevolking 6,33%); een verdeling die bij 18 begint, telt niet mee.');
    expect(screen.queryByText(/^Jongeren = jonger dan 25/)).toBeNull();
    // Accounts whose split starts at 18 have ages, just not 13-17: said so, never "geen leeftijdsgegevens".
    // Sample data: Ketnet TikTok, OVAM Facebook and VDAB Facebook have 18+ splits.
    const table = await screen.findByTestId('youth-share-table', {}, { timeout: 15_000 });
    const cells = (entity: string, platform: string) =>
      Array.from(table.querySelectorAll('tbody tr'), (tr) => Array.from(tr.querySelectorAll('th, td'), (c) => fold(c.textContent))).find((r) => r[0] === entity && r[1] === platform);
    await waitFor(() => expect(cells('OVAM', 'Facebook')?.[2]).toBe('geen 13-17 in de leeftijdsverdeling'));
    expect(cells('Ketnet', 'TikTok')?.[2]).toBe('geen 13-17 in de leeftijdsverdeling');
    expect(cells('VDAB', 'Facebook')?.[2]).toBe('geen 13-17 in de leeftijdsverdeling');
    expect(screen.getByText('3 accounts hebben een leeftijdsverdeling zonder 13-17 (bv. een die bij 18 begint) en staan niet in de grafiek.')).toBeTruthy();
  }, 60_000);

  it('says "geen gegevens in deze periode" for a chosen period the accounts have nothing in (January 2020)', async () => {
    const client = await storeSampleData();
    renderApp('/?van=2020-01-01&tot=2020-01-31', client);
    // The sample data covers 2025 only: no account has anything in January 2020. The YouTube accounts' splits
    // have no period of their own (YouTube's table gives none): said as such, as before.
    const table = await screen.findByTestId('youth-share-table', {}, { timeout: 15_000 });
    await waitFor(() => expect(table.querySelectorAll('tbody tr').length).toBe(10));
    const labels = Array.from(table.querySelectorAll('tbody tr'), (tr) => Array.from(tr.querySelectorAll('th, td'), (c) => fold(c.textContent)).slice(0, 3).join(' | '));
    expect(labels).toEqual([
      'De Lijn | Facebook | geen gegevens in deze periode',
      'De Lijn | Instagram | geen gegevens in deze periode',
      'Ketnet | Facebook | geen gegevens in deze periode',
      'Ketnet | Instagram | geen gegevens in deze periode',
      'Ketnet | YouTube | verdeling zonder periode',
      'Ketnet | TikTok | geen gegevens in deze periode',
      'OVAM | Facebook | geen gegevens in deze periode',
      'OVAM | YouTube | verdeling zonder periode',
      'VDAB | Facebook | geen gegevens in deze periode',
      'VDAB | YouTube | verdeling zonder periode',
    ]);
    // The notes under the chart count them the same way: 7 without data in the period (not "geen leeftijdsgegevens").
    expect(screen.getByText('7 accounts hebben geen gegevens in deze periode en staan niet in de grafiek.')).toBeTruthy();
    expect(screen.queryByText(/hebben geen leeftijdsgegevens/)).toBeNull();
  }, 60_000);

  it('reads an unknown population figure as "onbekend", never 0', async () => {
    const client = await storeSampleData();
    await putReferenceOverride(POP13, { value: null });
    renderApp('/', client);
    const note = await floorNote();
    expect(note).toContain('bevolking onbekend');
    expect(note).not.toContain('0,00%');
    expect(note).toContain('bevolking 9,50%');
  }, 60_000);
});
