// The entity page on stored sample data: accounts with their files, presence per platform set by the user, the age profile.

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/db/database';
import { getPresence } from '../../../../src/db/presence-repo';
import { fold, renderApp, resetDatabase } from '../../../support/ui-test-utils';
import { storeSampleData } from '../../../support/sample-store';

beforeEach(async () => {
  localStorage.clear();
  await resetDatabase();
});

/** `[platform, effective presence]` per row of the presence table. */
function presenceRows(): string[][] {
  const rows = within(screen.getByTestId('presence-table')).getAllByRole('row').slice(1);
  return rows.map((row) => [row.getAttribute('data-platform') ?? '', row.querySelector('td[data-presence]')?.getAttribute('data-presence') ?? '']);
}

// Storing the 18 sample files through the import pipeline takes long on a loaded machine: a generous limit.
describe('entity page', { timeout: 90_000 }, () => {
  it('lists the accounts with their files, presence per platform (not known, never no account), and the age profile', async () => {
    const user = userEvent.setup();
    const client = await storeSampleData();
    const lijn = (await db.entities.where('nameKey').equals('de lijn').first())!;
    renderApp(`/entity/${lijn.id}`, client);
    expect(await screen.findByRole('heading', { level: 1, name: 'De Lijn' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText(/de-lijn_instagram_audience\.csv/)).toBeTruthy();
    expect(screen.getByText(/de-lijn_facebook_page-metric_views\.csv/)).toBeTruthy();
    expect(screen.getByText(/de-lijn_facebook_insights-export\.csv/)).toBeTruthy();
    // Facebook: the legacy export's reach split by age; Instagram: an audience split; YouTube, TikTok, Snapchat set
    // to "no account" by the sample data's (fictitious) presence list; LinkedIn and X not set → not known.
    expect(presenceRows()).toEqual([
      ['facebook', 'account-with-data'],
      ['instagram', 'account-with-data'],
      ['youtube', 'no-account'],
      ['tiktok', 'no-account'],
      ['linkedin', 'unknown'],
      ['x', 'unknown'],
      ['snapchat', 'no-account'],
    ]);
    expect(fold(screen.getByTestId('presence-table').querySelector('tr[data-platform="linkedin"] td[data-presence]')?.textContent)).toBe('onbekend');

    await user.selectOptions(screen.getByLabelText('Aanwezigheid op TikTok'), 'none');
    await waitFor(() => expect(presenceRows()[3]).toEqual(['tiktok', 'unknown']));
    expect(await getPresence(lijn.id, 'tiktok')).toBeUndefined();
    expect(fold(screen.getByTestId('presence-table').querySelector('tr[data-platform="tiktok"] td[data-presence]')?.textContent)).toBe('onbekend');
    await user.selectOptions(screen.getByLabelText('Aanwezigheid op TikTok'), 'no-account');
    await waitFor(() => expect(presenceRows()[3]).toEqual(['tiktok', 'no-account']));
    expect(await getPresence(lijn.id, 'tiktok')).toBe('no-account');
    expect(screen.getByText('Aanwezigheid op TikTok bewaard.')).toBeTruthy();

    // A follower count typed in: "12x" is refused; "1.234" on 1 October 2024 is stored as one more (manual) import.
    const importsBefore = await db.imports.count();
    await user.click(screen.getAllByRole('button', { name: 'Aantal volgers intypen' })[0]!);
    await user.type(screen.getByLabelText('Aantal volgers'), '12x');
    await user.click(screen.getByRole('button', { name: 'Bewaren' }));
    expect(screen.getByRole('alert').textContent).toBe('Geef een geheel aantal van 0 of meer en een datum.');
    await user.clear(screen.getByLabelText('Aantal volgers'));
    await user.type(screen.getByLabelText('Aantal volgers'), '1.234');
    await user.clear(screen.getByLabelText('Op datum'));
    await user.type(screen.getByLabelText('Op datum'), '2024-10-01');
    await user.click(screen.getByRole('button', { name: 'Bewaren' }));
    expect(fold((await screen.findByText(/volgers op/, {}, { timeout: 10_000 })).textContent)).toBe('1.234 volgers op 1 okt 2024 bewaard als ingetypt.');
    expect(await db.imports.count()).toBe(importsBefore + 1);

    // Age profile: Facebook's reach split and Instagram's follower split beside the 13+ population, in the chart frame's data table.
    const figure = screen.getByRole('figure', { name: 'Leeftijdsprofiel van De Lijn' });
    const rows = within(figure).getByTestId('chart-data-table').querySelectorAll('tbody tr');
    const cells = Array.from(rows, (r) => Array.from(r.querySelectorAll('th, td'), (c) => fold(c.textContent)));
    expect(cells.map((r) => r[0])).toEqual(['Facebook (bereik)', 'Instagram (volgers)', 'Vlaamse bevolking 13+']);
    // Facebook reach, 24-30 Sep: 13-17 = 4,400 ÷ 48,000 = 9.17 % → "9,2%"; 18-24 = 9,600 ÷ 48,000 = 20.0 %.
    expect(cells[0]?.slice(1, 3)).toEqual(['9,2%', '20,0%']);
    // Population 13+: 13-17 = 6,33%, 18-24 = 8,89% (Statbel 2021 shares of 13+).
    expect(cells[2]?.slice(1, 3)).toEqual(['6,3%', '8,9%']);
  });

  it('says the follower level with its date, and that the age split is missing, for an account without a split', async () => {
    const user = userEvent.setup();
    const client = await storeSampleData();
    const ketnet = (await db.entities.where('nameKey').equals('ketnet').first())!;
    renderApp(`/entity/${ketnet.id}`, client);
    await screen.findByRole('heading', { level: 1, name: 'Ketnet' }, { timeout: 10_000 });
    const facebook = () => screen.getAllByRole('row').find((r) => r.querySelector('th')?.textContent === 'Facebook' && r.hasAttribute('data-account'))!;
    // Ketnet Facebook holds only daily follows (no level, no split): its size is not known.
    await waitFor(() => expect(fold(facebook().querySelectorAll('td')[2]?.textContent)).toMatch(/^onbekend/));
    // Type a follower level of 12,345 on 15 September 2025: no age split still, but the level is known.
    await user.click(within(facebook()).getByRole('button', { name: 'Aantal volgers intypen' }));
    await user.type(within(facebook()).getByLabelText('Aantal volgers'), '12345');
    // A date field takes its value as a whole (jsdom does not type into it key by key).
    fireEvent.change(within(facebook()).getByLabelText('Op datum'), { target: { value: '2025-09-15' } });
    await user.click(within(facebook()).getByRole('button', { name: 'Bewaren' }));
    await waitFor(() => expect(fold(facebook().querySelectorAll('td')[2]?.textContent)).toMatch(/^12\.345 volgers op 15 sep 2025 · leeftijdsverdeling ontbreekt/), { timeout: 15_000 });
    // The level opens its trace: the typed count, the latest level (no period chosen), with its day in the dialog.
    await user.click(within(facebook()).getByRole('button', { name: 'Herkomst van Publieksgrootte Ketnet · Facebook: 12.345 volgers' }));
    const dialog = await screen.findByRole('dialog');
    expect(fold(dialog.querySelector('.trace-dialog__value')?.textContent)).toBe('Publieksgrootte Ketnet · Facebook: 12.345 volgers (15 sep 2025)');
    expect(dialog.querySelector('.trace-body__formula code')?.textContent).toBe('aantal volgers = laatste gekende aantal');
  });

  it('names the age band its youth share over time is of, beside the split\'s floor', async () => {
    const client = await storeSampleData();
    const ketnet = (await db.entities.where('nameKey').equals('ketnet').first())!;
    renderApp(`/entity/${ketnet.id}?band=18-24`, client);
    await screen.findByRole('heading', { level: 1, name: 'Ketnet' }, { timeout: 10_000 });
    // Ketnet Instagram's follower splits (August and September 2025) start at 13; with 18-24 chosen the line is
    // the 18-24 share of them.
    const subtitle = await waitFor(() => {
      const found = Array.from(document.querySelectorAll('figure[data-chart$="-youth-share"] .chart-frame__subtitle'), (e) => fold(e.textContent)).find((x) => x.startsWith('Ketnet · Instagram'));
      if (!found) throw new Error('no Instagram youth-share chart yet');
      return found;
    }, { timeout: 15_000 });
    expect(subtitle).toBe('Ketnet · Instagram · 1 aug – 30 sep 2025 · leeftijden 18-24 · volgers vanaf 13 jaar');
  });

  it('says so for an unknown entity', async () => {
    const client = await storeSampleData();
    renderApp('/entity/nope', client);
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze entiteit bestaat niet (meer).' }, { timeout: 10_000 })).toBeTruthy();
  });
});
