// The age profile draws one bar per row, a segment per band as wide as its share, youngest first, and
// prints a share only in segments of at least 8 % (at the fallback width of 720 px).

import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AgeProfileChart } from '../../../src/charts/age-profile-chart';
import type { AgeProfileRow } from '../../../src/charts/age-profile-data';
import { chartsDrawn, fakeParse, fold, renderWithProviders, serviceClient } from '../../support/ui-test-utils';

const rows: AgeProfileRow[] = [
  // Out of order on purpose: drawn youngest first.
  { key: 'a', label: 'Ketnet YouTube', kind: 'account', floor: 13, shares: { '25-34': 0.25, '13-17': 0.5, '18-24': 0.2, '35-44': 0.05 } },
  { key: 'p', label: 'Vlaamse bevolking 13+', kind: 'population', floor: 13, shares: { '13-17': 0.1, '18-24': 0.9 } },
];

/** The segments of each row: band colour, width and the printed text (if any). */
function segments(): { fill: string; width: number; text: string }[][] {
  return Array.from(document.querySelectorAll('figure[data-chart="profile"] .age-profile-row'), (row) =>
    Array.from(row.querySelectorAll(':scope > g'), (g) => ({
      fill: g.querySelector('rect')?.getAttribute('fill') ?? '',
      width: Number(g.querySelector('rect')?.getAttribute('width')),
      text: fold(g.querySelector('text')?.textContent),
    })),
  );
}

describe('the age profile chart', () => {
  it('draws each row as segments in band order, widths in proportion to the shares, labels from 8 %', async () => {
    renderWithProviders(<AgeProfileChart id="profile" rows={rows} title="Leeftijdsprofiel" subtitle="test" />, { client: serviceClient(fakeParse) });
    await chartsDrawn();
    // The shares are printed a task after the bars.
    await waitFor(() => expect(document.querySelectorAll('figure[data-chart="profile"] .age-profile-row text').length).toBeGreaterThan(0));
    const [account, population] = segments();
    // 13-17 dark brown, 18-24 burnt orange, 25-34 navy, 35-44 mid blue (BAND_COLORS).
    expect(account!.map((s) => s.fill)).toEqual(['#7F2704', '#C2410C', '#08306B', '#4A7FD0']);
    const whole = account!.reduce((n, s) => n + s.width, 0);
    expect(whole).toBeGreaterThan(300);
    expect(account!.map((s) => s.width / whole)).toEqual([0.5, 0.2, 0.25, 0.05].map((x) => expect.closeTo(x, 6)));
    // 5 % is under 8 %: no label; the others carry theirs.
    expect(account!.map((s) => s.text)).toEqual(['50%', '20%', '25%', '']);
    expect(population!.map((s) => s.text)).toEqual(['10%', '90%']);
    // Both bars span the same width: shares of one whole.
    expect(population!.reduce((n, s) => n + s.width, 0)).toBeCloseTo(whole, 6);
  });

  it('leaves room right of the plot for half of the "100%" label (the deck image cut it to "100")', async () => {
    renderWithProviders(<AgeProfileChart id="profile" rows={rows} title="Leeftijdsprofiel" subtitle="test" />, { client: serviceClient(fakeParse) });
    await chartsDrawn();
    const svg = document.querySelector('figure[data-chart="profile"] .chart-canvas svg')!;
    const label = await waitFor(() => {
      const found = Array.from(svg.querySelectorAll('.recharts-xAxis-tick-labels text')).find((t) => fold(t.textContent) === '100%');
      if (!found) throw new Error('no 100% label yet');
      return found;
    });
    // Centred on its tick: half of "100%" at 12 px in a wide font (4 glyphs of at most 1 em = 48 px) is
    // 24 px, so the tick must sit at least 24 px inside the 720 px wide drawing.
    expect(label.getAttribute('text-anchor') ?? 'middle').toBe('middle');
    expect(Number(svg.getAttribute('width')) - Number(label.getAttribute('x'))).toBeGreaterThanOrEqual(24);
  });
});
