// The overview's youth-share chart in its frame: generated description, source naming the platforms drawn,
// legend per platform plus the population diamond, bars in the platform colours, the toggled data table.

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { YouthShareChart } from '../../../src/charts/youth-share-chart';
import { populationSharesOf, toYouthShareChartData } from '../../../src/charts/youth-share-data';
import { DEFAULT_REFERENCE_SET } from '../../../src/core/reference/reference-set';
import { PLATFORM_COLORS } from '../../../src/charts/palette';
import { chartsDrawn, fakeParse, fold, renderWithProviders, serviceClient } from '../../support/ui-test-utils';

// Ketnet YouTube (0.61 + 10.81) / 100 = 0.1142 at 13+; Ketnet Instagram 0.05 + 0.04 = 0.09 at 18+ in
// September 2025; OVAM Facebook without age data (left out of the chart, never drawn as 0).
const { points } = toYouthShareChartData([
  { accountId: 'y', entityName: 'Ketnet', platform: 'youtube', youthShare: 0.1142, youthAgeFloor: 13, basis: 'views', period: null },
  {
    accountId: 'i',
    entityName: 'Ketnet',
    platform: 'instagram',
    youthShare: 0.09,
    youthAgeFloor: 18,
    basis: 'followers',
    period: { start: '2025-09-01', end: '2025-09-30' },
  },
  { accountId: 'f', entityName: 'OVAM', platform: 'facebook', youthShare: null, youthAgeFloor: null, period: null },
], DEFAULT_REFERENCE_SET);
const population = populationSharesOf(DEFAULT_REFERENCE_SET);

describe('youth-share chart', () => {
  it('describes itself, names its source and legend, and colours bars by platform', async () => {
    const user = userEvent.setup();
    renderWithProviders(<YouthShareChart points={points} population={population} />, { client: serviceClient(fakeParse) });
    await chartsDrawn();

    const drawing = screen.getByRole('img', { name: /^Staafdiagram/ });
    expect(fold(drawing.getAttribute('aria-label'))).toBe(
      'Staafdiagram van het jongerenaandeel per account (2): hoogste Ketnet · YouTube 11,4%, ' +
        'laagste Ketnet · Instagram 9,0%. Elke staaf heeft een ruit voor het aandeel jongeren in de bevolking ' +
        'bij dezelfde leeftijdsgrens.',
    );
    expect(screen.getByRole('heading', { name: 'Jongerenaandeel per account' })).toBeTruthy();
    // Known period: September only; YouTube's table has none, so the subtitle says not every export does.
    expect(fold(screen.getByText(/^Alle entiteiten/).textContent)).toBe(
      'Alle entiteiten en platformen · 2 accounts met leeftijdsgegevens · periode: 1–30 sep 2025 ' +
        '(niet elke export vermeldt zijn periode)',
    );
    expect(screen.getByText('Bron: exports van Instagram en YouTube; Statbel 2021 (bevolking op 1 januari 2021)')).toBeTruthy();
    const legend = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(legend).toEqual(['Instagram', 'YouTube', 'Bevolking, zelfde leeftijdsgrens (ruit)']);

    // Bars in chart order (YouTube then Instagram) in their platform colours.
    const bars = Array.from(drawing.querySelectorAll('.recharts-bar-rectangle path, .recharts-bar-rectangle rect'));
    expect(bars.map((b) => b.getAttribute('fill'))).toEqual([PLATFORM_COLORS.youtube, PLATFORM_COLORS.instagram]);
    // Each bar's second label line names the basis of its share (720 px wide: a 220 px axis holds
    // floor(214 / 7,2) = 29 characters; "Instagram · 18+ · volgers" has 25).
    const secondLines = Array.from(drawing.querySelectorAll('.recharts-yAxis-tick-labels text tspan:nth-of-type(2)'), (s) => fold(s.textContent));
    expect(secondLines).toEqual(['YouTube · 13+ · weergaven', 'Instagram · 18+ · volgers']);

    await user.click(screen.getByRole('button', { name: 'Toon tabel' }));
    const rows = within(screen.getByTestId('chart-data-table'))
      .getAllByRole('row')
      .map((row) => Array.from(row.querySelectorAll('th, td'), (c) => fold(c.textContent)));
    // Population: 15,23% of 13+ is 13-24; 9,50% of 18+ is 18-24 (Statbel 2021).
    expect(rows).toEqual([
      ['Entiteit', 'Platform', 'Jongerenaandeel', 'Basis (aandeel van)', 'Leeftijdsgrens', 'Bevolking (zelfde leeftijdsgrens)'],
      ['Ketnet', 'YouTube', '11,4%', 'weergaven', '13+', '15,23%'],
      ['Ketnet', 'Instagram', '9,0%', 'volgers', '18+', '9,50%'],
    ]);
  });
});
