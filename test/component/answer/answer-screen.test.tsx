// The answer screen on the stored sample data: verdicts (worked out in test/unit/core/answer/sample-data-answer.test.ts), reasons with numbers, traces to files, improvements, method note; English labels.

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fold, renderApp, resetDatabase } from '../ui/ui-test-utils';
import { storeSampleData } from './sample-store';

beforeEach(async () => {
  localStorage.clear();
  await resetDatabase();
});

/** The verdict label of the entity article named `name`. */
function entityVerdict(name: string): string {
  const article = document.querySelector(`article[data-entity="${name}"]`);
  return article?.querySelector('[data-testid="entity-verdict"]')?.textContent ?? '';
}

describe('answer screen', () => {
  it('shows the overall verdict and one per entity in Dutch, with reasons that carry their numbers', async () => {
    const client = await storeSampleData();
    renderApp('/answer', client);
    const verdict = await screen.findByTestId('answer-verdict', {}, { timeout: 10_000 });
    // Overall: mean of the 7 indexes 178.27 ≥ 80, data on youtube, instagram, facebook → sufficient.
    expect(verdict.textContent).toBe('voldoende');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Vraag 3: bereiken we jongeren voldoende?');
    // Ketnet 374.92 with 2 youth platforms → voldoende; VDAB 104.04 → voldoende; De Lijn 229.38 on 1 platform →
    // gedeeltelijk voldoende; OVAM 26.92 and 33.65 both < 80 → onvoldoende.
    expect(entityVerdict('Ketnet')).toBe('voldoende');
    expect(entityVerdict('VDAB')).toBe('voldoende');
    expect(entityVerdict('De Lijn')).toBe('gedeeltelijk voldoende');
    expect(entityVerdict('OVAM')).toBe('onvoldoende');

    const ovam = document.querySelector('article[data-entity="OVAM"]') as HTMLElement;
    // OVAM's insufficient reason: 2 accounts, highest index 33.65 (3.2 / 100.1 / 0.095 × 100) → "33,7".
    const reason = within(ovam).getAllByRole('listitem').find((li) => li.getAttribute('data-rule') === 'verdict-insufficient');
    expect(fold(reason?.textContent)).toContain(
      'Elk account met leeftijdsgegevens (aantal: 2) heeft een representatie-index onder 80 (hoogste 33,7): jongeren zijn overal ondervertegenwoordigd.',
    );
    // OVAM YouTube's account reason: 4.1 / 99.99 = 4,1% against 15,23% → index 26.92 → "26,9".
    const yt = within(ovam).getAllByRole('listitem').find((li) => li.textContent?.startsWith('YouTube:'));
    expect(fold(yt?.textContent)).toContain('YouTube: jongerenaandeel 4,1% (leeftijdsgrens 13+, van de weergaven) tegenover 15,23% in de bevolking: index 26,9 (ondervertegenwoordigd).');
  });

  it('opens a number’s trace as a dialog with formula, inputs, the source file and the reference figure', async () => {
    const user = userEvent.setup();
    const client = await storeSampleData();
    renderApp('/answer', client);
    await screen.findByTestId('answer-verdict', {}, { timeout: 10_000 });
    const ketnet = document.querySelector('article[data-entity="Ketnet"]') as HTMLElement;
    // Ketnet YouTube: index 60.1 / 15.23 × 100 = 394.62 → "394,6".
    const index = within(ketnet).getByRole('button', { name: 'Herkomst van Representatie-index Ketnet · YouTube: 394,6' });
    await user.click(index);
    const dialog = await screen.findByRole('dialog');
    expect(fold(dialog.textContent)).toContain('vertegenwoordigingsindex = jongerenaandeel ÷ jongerenaandeelBevolking(13+) × 100');
    expect(within(dialog).getByText('ketnet_youtube_viewer-age_table-data.csv')).toBeTruthy();
    // The population figure 15,23% with its source (Statbel), year 2021 and confidence high.
    expect(fold(dialog.textContent)).toContain('15,23%');
    expect(dialog.textContent).toContain('Statbel');
    expect(within(dialog).getByText('population.flanders.share-13plus.13-24')).toBeTruthy();
    // Escape closes it and focus goes back to the number.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(index);
  });

  it('lists improvements with rule names, modelled estimates and assumptions, and the method note', async () => {
    const client = await storeSampleData();
    renderApp('/answer', client);
    await screen.findByTestId('answer-verdict', {}, { timeout: 10_000 });
    const items = Array.from(document.querySelectorAll('li.improvement'));
    // With the sample data's (fictitious) presence: 8 platform gaps (Ketnet Snapchat, VDAB TikTok, De Lijn
    // YouTube/TikTok/Snapchat, OVAM Instagram/TikTok/Snapchat), 2 under-represented (OVAM), 4 age data
    // missing (Ketnet Facebook and TikTok, VDAB Instagram, De Lijn Facebook), 4 followers-only.
    expect(items.map((li) => li.getAttribute('data-rule'))).toEqual([
      ...Array<string>(8).fill('youth-platform-absent'),
      'under-represented-platform',
      'under-represented-platform',
      'age-data-missing',
      'age-data-missing',
      'age-data-missing',
      'age-data-missing',
      'followers-only',
      'followers-only',
      'followers-only',
      'followers-only',
    ]);
    const deLijn = items.find((li) => li.textContent?.includes('De Lijn op Facebook: geen leeftijdsgegevens.'))!;
    expect(deLijn.textContent).toContain('gemodelleerd');
    // 245,425 views × Facebook's youth share 0.20 = 49,085 (modelled).
    expect(fold(deLijn.textContent)).toContain('ongeveer 49.085 jongeren bereikt');
    expect(fold(deLijn.textContent)).toContain('Het publiek zou even jong zijn als de Belgische gebruikers van Facebook (20,00% jongeren, 2019, betrouwbaarheid laag).');
    // Entities in Dutch name order (De Lijn, Ketnet, OVAM, VDAB), so OVAM's 18+ split comes before VDAB's.
    const method = screen.getByRole('heading', { name: 'Wat de cijfers niet kunnen tonen' }).parentElement!;
    expect(fold(method.textContent)).toContain('Sommige verdelingen beginnen bij 18 (OVAM · Facebook, VDAB · Facebook)');
  });

  it('speaks English after the switch, with the English verdict labels', async () => {
    const client = await storeSampleData();
    renderApp('/answer', client, 'en');
    const verdict = await screen.findByTestId('answer-verdict', {}, { timeout: 10_000 });
    expect(verdict.textContent).toBe('sufficient');
    expect(entityVerdict('De Lijn')).toBe('partly sufficient');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Question 3: do we reach young people enough?');
  });
});

describe('overview links', () => {
  it('keeps the overview cell text, links the entity to its page and opens the youth share’s trace', async () => {
    const user = userEvent.setup();
    const client = await storeSampleData();
    renderApp('/', client);
    const table = await screen.findByTestId('youth-share-table', {}, { timeout: 10_000 });
    // Ketnet YouTube: 38.4 + 21.7 = 60.1 of 100.0 → "60,1%", still the cell's whole text.
    const button = await within(table).findByRole('button', { name: 'Herkomst van Jongerenaandeel Ketnet · YouTube: 60,1%' }, { timeout: 10_000 });
    expect(fold(button.closest('td')?.textContent)).toBe('60,1%');
    const link = within(table).getAllByRole('link', { name: 'Ketnet' })[0]!;
    expect(link.getAttribute('href')).toMatch(/^\/entity\//);
    await user.click(button);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('ketnet_youtube_viewer-age_table-data.csv')).toBeTruthy();
    // The youth-share trace lists the bands: 13-17 = 38,4%.
    expect(fold(dialog.textContent)).toContain('aandeel 13-1738,4%');
  });
});
