// The compare screen on stored sample data: the matrix per metric with the reason of each empty cell, filters read from the URL, a period filter, and period against previous period.

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ParsedFile } from '../../../../src/core/model/parsed-file';
import { db } from '../../../../src/db/database';
import { loadSampleData } from '../../../../src/features/overview/load-sample-data';
import { createI18n } from '../../../../src/i18n/i18n';
import { fold, renderApp, resetDatabase, serviceClient, textFile } from '../../../support/ui-test-utils';
import { storeSampleData } from '../../../support/sample-store';

beforeEach(async () => {
  localStorage.clear();
  await resetDatabase();
});

/** The visible text of a cell: its text without the part only a screen reader reads (`.sr-only`). */
function visibleText(cell: Element): string {
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('.sr-only').forEach((e) => e.remove());
  return fold(copy.textContent);
}

/** The matrix body as `[entity, ...cells]` rows, visible text, spaces folded. */
function matrixRows(): string[][] {
  const table = screen.getByTestId('compare-matrix');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('th, td'), visibleText));
}

async function entityId(name: string): Promise<string> {
  return (await db.entities.where('nameKey').equals(name.toLowerCase()).first())!.id;
}

/**
 * An OVAM Facebook audience for August 2025 (followers, from 18): 18-24 = 0.05 of 1.00 → youth share 5.0 %.
 * With September's 3.2 / 100.1 = 3.197 % the change is (0.031968 − 0.05) × 100 = −1.80 points: falling.
 */
function ovamAugust(): ParsedFile {
  const period = { start: '2025-08-01', end: '2025-08-31' };
  const shares: [string, number][] = [['18-24', 0.05], ['25-34', 0.3], ['35-44', 0.3], ['45-54', 0.2], ['55-64', 0.1], ['65+', 0.05]];
  return {
    fileName: 'ovam_facebook_audience_aug.csv', format: 'meta-bs-audience', formatVersion: 1, formatLabel: 'Meta Business Suite – publiek',
    platform: null, platformCandidates: ['facebook', 'instagram'], accountName: null, period, basis: 'followers',
    observations: shares.map(([ageBand, value]) => ({ metric: 'followers', period, ageBand, value, unit: 'share' })),
    warnings: [], encoding: 'utf-8', delimiter: ',',
  };
}

// Storing the 18 sample files through the import pipeline takes long on a loaded machine: a generous limit.
describe('compare screen', { timeout: 90_000 }, () => {
  it('says the basis of each count of young people: followers are not reached', async () => {
    const client = await storeSampleData();
    const ketnet = await entityId('Ketnet');
    const lijn = await entityId('De Lijn');
    renderApp(`/compare?entities=${ketnet},${lijn}&platforms=facebook,instagram,tiktok&metric=reach`, client);
    await screen.findByTestId('compare-matrix', {}, { timeout: 10_000 });
    const cell = (key: string) => visibleText(document.querySelector(`td[data-cell="${key}"]`)!);
    // Ketnet TikTok (typed): 85,000 followers × 44 % = 37,400 young followers; Instagram 52,000 × 54.1 % = 28,132.
    expect(cell('Ketnet|tiktok')).toBe('37.400 volgers');
    expect(cell('Ketnet|instagram')).toBe('28.132 volgers');
    // De Lijn Facebook: a reach split, 14,000 of 48,000 people reached.
    expect(cell('De Lijn|facebook')).toBe('14.000 bereikte mensen');
    expect(screen.getByRole('heading', { name: 'Entiteit × platform: Jongeren in het publiek' })).toBeTruthy();
  });

  it('shows the index matrix with a number or the reason per cell, from filters in the URL', async () => {
    const client = await storeSampleData();
    const ovam = await entityId('OVAM');
    const lijn = await entityId('De Lijn');
    renderApp(`/compare?entities=${lijn},${ovam}&platforms=facebook,instagram,youtube,tiktok,linkedin&metric=index`, client);
    await screen.findByTestId('compare-matrix', {}, { timeout: 10_000 });
    expect(screen.getByRole('heading', { name: 'Entiteit × platform: Vertegenwoordigingsindex' })).toBeTruthy();
    expect(screen.queryByTestId('compare-unknown')).toBeNull();
    expect(matrixRows()).toEqual([
      // De Lijn: Facebook's legacy export, reach 14,000 of 48,000 = 0.291667 / 0.1523 × 100 = 191.5; Instagram
      // (34.9 / 99.9) / 0.1523 × 100 = 229.38; YouTube and TikTok set to "no account" by the sample presence →
      // geen account; LinkedIn not set → onbekend (aanwezigheid niet ingevuld).
      ['De Lijn', '191,5', '229,4', 'geen account', 'geen account', 'onbekend (aanwezigheid niet ingevuld)'],
      // OVAM: Facebook (3.2 / 100.1) / 0.095 × 100 = 33.65; Instagram "no account" (sample presence);
      // YouTube (4.1 / 99.99) / 0.1523 × 100 = 26.92; TikTok "no account"; LinkedIn not set.
      ['OVAM', '33,7', 'geen account', '26,9', 'geen account', 'onbekend (aanwezigheid niet ingevuld)'],
    ]);
    expect((screen.getByLabelText('Getoond cijfer') as HTMLSelectElement).value).toBe('index');
    // Each number opens its trace.
    expect(screen.getByRole('button', { name: 'Herkomst van Vertegenwoordigingsindex OVAM · YouTube: 26,9' })).toBeTruthy();
    // The bars (platform colours) explain the index and its line, not the matrix's colour scale.
    const bars = await waitFor(() => {
      const figure = document.querySelector('figure[data-chart="compare-bars"]');
      if (!figure) throw new Error('no bars yet');
      return figure;
    });
    expect(bars.textContent).toContain('Index 100 (de lijn) = jongeren even sterk vertegenwoordigd als in de Vlaamse bevolking');
    expect(bars.textContent).not.toContain('Kleur:');
    // The bars rest on different audiences (sample-data/README.md): De Lijn Facebook's split is of reach,
    // Instagram's of followers (13+), OVAM Facebook's of followers from 18, OVAM YouTube's of views: said.
    expect(fold(bars.textContent)).toContain(
      'Let op: de staven gaan niet over hetzelfde publiek en zijn dus niet zonder meer vergelijkbaar: bereikte mensen vanaf 13 jaar (De Lijn · Facebook); ' +
        'volgers vanaf 13 jaar (De Lijn · Instagram); volgers vanaf 18 jaar (OVAM · Facebook); weergaven vanaf 13 jaar (OVAM · YouTube).',
    );
  });

  it('says "onbekend" for an account without age data, in the cell and in its accessible name', async () => {
    const client = await storeSampleData();
    const ketnet = await entityId('Ketnet');
    renderApp(`/compare?entities=${ketnet}&platforms=facebook,instagram,linkedin&metric=youthShare`, client);
    await screen.findByTestId('compare-matrix', {}, { timeout: 10_000 });
    // Ketnet Facebook holds only a follower series (no age split): its youth share is not known, never 0.
    // Instagram: September ((14.2 + 17.5) + (9.8 + 12.6)) / 100.0 = 54.1 %; LinkedIn: nothing set or imported.
    expect(matrixRows()).toEqual([['Ketnet', 'onbekend (geen leeftijdsgegevens)', '54,1%', 'onbekend (aanwezigheid niet ingevuld)']]);
    expect(screen.getByRole('cell', { name: 'Jongerenaandeel Ketnet · Facebook: onbekend (geen leeftijdsgegevens)' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Jongerenaandeel Ketnet · LinkedIn: onbekend (aanwezigheid niet ingevuld)' })).toBeTruthy();
  });

  it('says why a platform without a stored account is unknown: no data imported, or presence not set', async () => {
    const client = await storeSampleData();
    const ketnet = await entityId('Ketnet');
    const vdab = await entityId('VDAB');
    renderApp(`/compare?entities=${ketnet},${vdab}&platforms=instagram,tiktok,snapchat,linkedin&metric=youthShare`, client);
    await screen.findByTestId('compare-matrix', {}, { timeout: 10_000 });
    // The sample presence says Ketnet has a Snapchat account and VDAB an Instagram account, but no file of either
    // was imported (sample-data/README.md: age-data-missing) → "onbekend (geen gegevens ingelezen)". VDAB TikTok is
    // "no account"; LinkedIn is set for neither. Columns in platform order (Instagram, TikTok, LinkedIn, Snapchat).
    // Ketnet Instagram: September ((14.2 + 17.5) + (9.8 + 12.6)) / 100.0 = 54.1 %; Ketnet TikTok (typed, from 18):
    // 44 / (44 + 28 + 15 + 8 + 5) = 44.0 %.
    expect(matrixRows()).toEqual([
      ['Ketnet', '54,1%', '44,0%', 'onbekend (aanwezigheid niet ingevuld)', 'onbekend (geen gegevens ingelezen)'],
      ['VDAB', 'onbekend (geen gegevens ingelezen)', 'geen account', 'onbekend (aanwezigheid niet ingevuld)', 'onbekend (aanwezigheid niet ingevuld)'],
    ]);
    expect(screen.getByRole('cell', { name: 'Jongerenaandeel Ketnet · Snapchat: onbekend (geen gegevens ingelezen)' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Jongerenaandeel VDAB · Instagram: onbekend (geen gegevens ingelezen)' })).toBeTruthy();
  });

  it('reads entity names in any case from a shared link', async () => {
    const client = await storeSampleData();
    renderApp('/compare?entities=ovam,DE%20LIJN&platforms=facebook&metric=index', client);
    await screen.findByTestId('compare-matrix', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('compare-unknown')).toBeNull();
    // Entities in the screen's order (De Lijn before OVAM), Facebook only: De Lijn 0.291667 / 0.1523 × 100 = 191.5
    // (reach split of the legacy export), OVAM (3.2 / 100.1) / 0.095 × 100 = 33.65.
    expect(matrixRows()).toEqual([
      ['De Lijn', '191,5'],
      ['OVAM', '33,7'],
    ]);
    const entities = within(screen.getByRole('group', { name: 'Entiteiten' }));
    expect((entities.getByLabelText('OVAM') as HTMLInputElement).checked).toBe(true);
    expect((entities.getByLabelText('Ketnet') as HTMLInputElement).checked).toBe(false);
  });

  it('lists unknown entities, platforms and metric instead of an empty matrix', async () => {
    const user = userEvent.setup();
    const client = await storeSampleData();
    const { router } = renderApp('/compare?entities=Nobody,Foo&platforms=myspace&metric=fame', client);
    const note = await screen.findByTestId('compare-unknown', {}, { timeout: 10_000 });
    expect(note.getAttribute('role')).toBe('alert');
    const text = fold(note.textContent);
    expect(text).toContain('Onbekende entiteiten: “Nobody”, “Foo”.');
    expect(text).toContain('Onbekende platformen: “myspace”.');
    expect(text).toContain('Onbekende maatstaf: “fame” (getoond: Jongerenaandeel).');
    expect(text).toContain('Bestaande entiteiten: De Lijn, Ketnet, OVAM, VDAB.');
    expect(text).toContain('Er blijft niets over om te vergelijken.');
    expect(screen.queryByTestId('compare-matrix')).toBeNull();

    // Partly known: the known entity is shown, the unknown one is still listed.
    await router.navigate('/compare?entities=OVAM,Nobody');
    await screen.findByTestId('compare-matrix', {}, { timeout: 10_000 });
    expect(fold(screen.getByTestId('compare-unknown').textContent)).toContain('Onbekende entiteiten: “Nobody”.');
    expect(matrixRows().map((r) => r[0])).toEqual(['OVAM']);

    // Clearing the filters gives every entity, without a message.
    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    expect(router.state.location.search).toBe('');
    expect(screen.queryByTestId('compare-unknown')).toBeNull();
    expect(matrixRows().map((r) => r[0])).toEqual(['De Lijn', 'Ketnet', 'OVAM', 'VDAB']);
  });

  it('changes the URL when a filter changes, naming entities by name; Back restores the previous view', async () => {
    const user = userEvent.setup();
    const client = await storeSampleData();
    const { router } = renderApp('/compare', client);
    await screen.findByTestId('compare-matrix', {}, { timeout: 10_000 });
    // Youth share by default: Ketnet YouTube 38.4 + 21.7 = 60.1 of 100.0 → 60,1%.
    expect(matrixRows().find((r) => r[0] === 'Ketnet')?.[3]).toBe('60,1%');
    await user.selectOptions(screen.getByLabelText('Getoond cijfer'), 'index');
    expect(router.state.location.search).toBe('?metric=index');
    await user.click(within(screen.getByRole('group', { name: 'Platformen' })).getByLabelText('YouTube'));
    expect(router.state.location.search).toBe('?platforms=youtube&metric=index');
    // Ketnet YouTube index 60.1 / 15.23 × 100 = 394.62.
    expect(matrixRows().find((r) => r[0] === 'Ketnet')).toEqual(['Ketnet', '394,6']);
    await user.click(within(screen.getByRole('group', { name: 'Entiteiten' })).getByLabelText('De Lijn'));
    expect(new URLSearchParams(router.state.location.search).get('entities')).toBe('De Lijn');
    await user.click(within(screen.getByRole('group', { name: 'Entiteiten' })).getByLabelText('Ketnet'));
    expect(new URLSearchParams(router.state.location.search).get('entities')).toBe('De Lijn,Ketnet');
    // De Lijn YouTube: "no account" (sample presence).
    expect(matrixRows()).toEqual([
      ['De Lijn', 'geen account'],
      ['Ketnet', '394,6'],
    ]);

    await router.navigate(-1);
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('entities')).toBe('De Lijn'), { timeout: 10_000 });
    await waitFor(() => expect(matrixRows()).toEqual([['De Lijn', 'geen account']]), { timeout: 10_000 });
    await router.navigate(-1);
    await waitFor(() => expect(router.state.location.search).toBe('?platforms=youtube&metric=index'), { timeout: 10_000 });
    await waitFor(() => expect(matrixRows().map((r) => r[0])).toEqual(['De Lijn', 'Ketnet', 'OVAM', 'VDAB']), { timeout: 10_000 });
  });

  it('filters on a period, and shows the period against the previous one in points', async () => {
    const client = await storeSampleData();
    await loadSampleData(serviceClient(() => ovamAugust()), {
      files: [{ entry: { file: 'ovam_facebook_audience_aug.csv', entity: 'OVAM', platform: 'facebook' }, url: 'x' }],
      fetchFile: async (_url, name) => textFile(name, 'august'),
    });
    // September chosen: its splits against the ones before (August).
    const september = renderApp('/compare?period=2025-09-01_2025-09-30', client);
    await screen.findByTestId('compare-matrix', {}, { timeout: 10_000 });
    const trend = screen.getByTestId('compare-trend');
    const trendRows = Array.from(trend.querySelectorAll('tbody tr'), (tr) => Array.from(tr.querySelectorAll('th, td'), (c) => fold(c.textContent)));
    // Ketnet Instagram (sample-data/README.md "Trend"): 54.1 − 57.0 = −2.9 points from August to September → dalend.
    expect(trendRows.find((r) => r[0] === 'Ketnet · Instagram')).toEqual(['Ketnet · Instagram', '1–31 aug 2025: 57,0%', '1–30 sep 2025: 54,1%', '−2,9 procentpunt (dalend)']);
    // OVAM Facebook: (0.031968 − 0.05) × 100 = −1.80 points, beyond the 1-point tolerance → dalend.
    expect(trendRows.find((r) => r[0] === 'OVAM · Facebook')).toEqual(['OVAM · Facebook', '1–31 aug 2025: 5,0%', '1–30 sep 2025: 3,2%', '−1,8 procentpunt (dalend)']);
    // The chart's subtitle names the chosen range: the latest split starting in or before it, against the one before.
    expect(fold(screen.getByText(/^Laatste verdeling/).textContent)).toBe('Laatste verdeling in of vóór 1–30 sep 2025 tegenover de verdeling ervoor, per account');
    expect(createI18n('en').t('compare.changeSubtitle', { period: '1–30 Sep 2025' })).toBe('Latest split in or before 1–30 Sep 2025 against the one before, per account');
    september.unmount();

    // August chosen: no split before August, so no change to show (never August against the later September).
    renderApp('/compare?period=2025-08-01_2025-08-31', client);
    await screen.findByTestId('compare-matrix', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('compare-trend')).toBeNull();
    // In August OVAM Facebook has the added split (5.0 %); Instagram: "no account" (sample presence); its YouTube
    // viewer-age table has an age split but no period, so for August: no data in this period (it does have age data).
    expect(matrixRows().find((r) => r[0] === 'OVAM')?.slice(0, 4)).toEqual(['OVAM', '5,0%', 'geen account', 'onbekend (geen gegevens in deze periode)']);
  });
});

describe('compare screen at scale', { timeout: 90_000 }, () => {
  it('gives the number of entities in the bar chart subtitle once they are more than 5, not a wall of names', async () => {
    const client = await storeSampleData();
    // the 4 sample entities and 2 more without data: 6 entities chosen
    for (const name of ['Agentschap Wonen', 'Departement Zorg']) {
      await db.entities.add({ id: `extra-${name}`, name, nameKey: name.toLowerCase(), createdAt: '2026-12-05T10:00:00.000Z' });
    }
    const ids = (await db.entities.toArray()).map((e) => e.id);
    expect(ids).toHaveLength(6);
    renderApp(`/compare?entities=${ids.join(',')}&platforms=facebook,instagram,youtube,tiktok,linkedin&metric=youthShare`, client);
    expect(await screen.findByText(/^6 entiteiten · /, {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByText(/Agentschap Wonen, /)).toBeNull();
  });
});
