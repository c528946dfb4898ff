// The settings screen: thresholds (validated, stored, recomputing the answer), reference figures shown with source and "onbekend", edited, added and reset in one click.

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/db/database';
import { listReferenceOverrides } from '../../../../src/db/reference-overrides-repo';
import { getSetting } from '../../../../src/db/settings-repo';
import { fold, renderApp, resetDatabase } from '../../../support/ui-test-utils';
import { storeSampleData } from '../../../support/sample-store';

beforeEach(async () => {
  localStorage.clear();
  await resetDatabase();
});

/** The row of figure `id`. */
function figureRow(id: string): HTMLElement {
  return document.querySelector(`tr[data-figure="${id}"]`) as HTMLElement;
}

// Storing the 18 sample files through the import pipeline takes long on a loaded machine: a generous limit.
describe('settings screen', { timeout: 90_000 }, () => {
  it('shows each figure with value or "onbekend", source, year and confidence', async () => {
    const client = await storeSampleData();
    renderApp('/settings', client);
    await screen.findByRole('heading', { level: 2, name: 'Referentiecijfers' }, { timeout: 10_000 });
    const pop = figureRow('population.flanders.share-13plus.13-24');
    // 871,814 / 5,725,665 = 15.23 %, Statbel 2021, high.
    expect(fold(pop.textContent)).toContain('15,23%');
    expect(pop.textContent).toContain('Statbel');
    expect(pop.textContent).toContain('2021');
    expect(pop.textContent).toContain('hoog');
    // X's daily use among 16-24-year-olds is not known (src/core/reference/default-figures.ts: null): "onbekend", never 0.
    const yt = figureRow('platform-use.daily-16-24.x');
    expect(within(yt).getAllByRole('cell')[0]?.textContent).toContain('onbekend');
    expect(fold(yt.textContent)).not.toContain('0,00%');
  });

  it('refuses a lower bound above the upper bound, stores valid thresholds and recomputes the answer', async () => {
    const user = userEvent.setup();
    const client = await storeSampleData();
    const { router } = renderApp('/settings', client);
    const under = await screen.findByLabelText('Ondervertegenwoordigd onder index', {}, { timeout: 15_000 });
    await user.clear(under);
    await user.type(under, '400');
    await user.click(screen.getByRole('button', { name: 'Drempels bewaren' }));
    expect(fold((await screen.findByRole('alert', {}, { timeout: 15_000 })).textContent)).toBe('Deze drempels kunnen niet: de ondergrens mag niet boven de bovengrens liggen');
    expect(await getSetting('thresholds')).toBeUndefined();

    const over = screen.getByLabelText('Oververtegenwoordigd boven index');
    await user.clear(over);
    await user.type(over, '500');
    await user.click(screen.getByRole('button', { name: 'Drempels bewaren' }));
    await screen.findByText('Drempels bewaard; het antwoord is opnieuw berekend.', {}, { timeout: 15_000 });
    expect(await getSetting('thresholds')).toMatchObject({ underIndex: 400, overIndex: 500, relevantPlatformWeeklyUse: 0.1 });

    // Under-represented below 400: Ketnet's pooled 355.2 and 394.6 < 400 ≤ 463.2 → gedeeltelijk voldoende; De Lijn
    // 191.5, VDAB 101.1 and 107.0, OVAM 33.7 all < 400 → onvoldoende; 3 of 4 onvoldoende, more than half → onvoldoende.
    await router.navigate('/answer');
    await waitFor(() => expect(screen.getByTestId('answer-verdict').textContent).toBe('onvoldoende'), { timeout: 15_000 });
  }, 60_000);

  it('edits a figure, adds one, and resets every figure in one click', async () => {
    const user = userEvent.setup();
    const client = await storeSampleData();
    renderApp('/settings', client);
    await screen.findByRole('heading', { level: 2, name: 'Referentiecijfers' }, { timeout: 10_000 });
    // The button is named in words, from the figure's Dutch note up to its working-out ("= 871.814 / …"),
    // not by its id population.flanders.share-13plus.13-24.
    const name = 'Aanpassen: aandeel 13-24-jarigen in de Vlaamse bevolking van 13+';
    await user.click(screen.getByRole('button', { name }));
    const form = screen.getByRole('form', { name });
    const value = within(form).getByLabelText('Waarde');
    expect((value as HTMLInputElement).value).toBe('15,23');
    // A value that is no number: the field is marked invalid, described by the message, and has the focus.
    await user.clear(value);
    await user.type(value, 'veel');
    await user.click(within(form).getByRole('button', { name: 'Bewaren' }));
    await waitFor(() => expect(value.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = (value.getAttribute('aria-describedby') ?? '').split(' ');
    expect(document.getElementById(describedBy[0] ?? '')?.textContent).toBe('Vul een getal in, bijvoorbeeld 12,5.');
    expect(document.activeElement).toBe(value);
    await user.clear(value);
    await user.type(value, '20');
    await user.click(within(form).getByRole('button', { name: 'Bewaren' }));
    await waitFor(() => expect(fold(figureRow('population.flanders.share-13plus.13-24').textContent)).toContain('aangepast (standaard: 15,23%)'), { timeout: 10_000 });
    // 20 % typed → share 0.2 stored.
    expect((await db.referenceOverrides.get('population.flanders.share-13plus.13-24'))?.value).toMatchObject({ value: 0.2 });

    const add = screen.getByRole('form', { name: 'Cijfer toevoegen' });
    await user.type(within(add).getByLabelText(/^Naam/), 'platform-use.daily-16-24.bereal');
    await user.type(within(add).getByLabelText('Waarde'), '12,5');
    await user.type(within(add).getByLabelText('Bron (tekst)'), 'Eigen enquête 2025');
    await user.click(within(add).getByRole('button', { name: 'Toevoegen' }));
    await screen.findByText('Cijfer platform-use.daily-16-24.bereal toegevoegd.', {}, { timeout: 30_000 });
    expect(fold(figureRow('platform-use.daily-16-24.bereal').textContent)).toContain('12,50%');

    await user.click(screen.getByTestId('reset-reference-figures'));
    await screen.findByText('Alle referentiecijfers staan terug op hun standaardwaarde.', {}, { timeout: 30_000 });
    expect(await listReferenceOverrides()).toEqual([]);
    await waitFor(() => expect(fold(figureRow('population.flanders.share-13plus.13-24').textContent)).not.toContain('aangepast'), { timeout: 10_000 });
  });
});
