// Charts with many rows draw the highest 15 first, say so, and draw all after "Toon alle"; the data table
// always holds every row; long names are cut on the axis with the full name as the label's title.

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChangeBarChart } from '../../../src/charts/change-bar-chart';
import type { ChartSpec } from '../../../src/charts/chart-spec';
import { GroupedBarChart } from '../../../src/charts/grouped-bar-chart';
import type { GroupedBarGroup } from '../../../src/charts/grouped-bar-chart';
import { chartsDrawn, fakeParse, renderWithProviders, serviceClient } from '../../support/ui-test-utils';

const COUNT = 20;
// Entity k (1..20) has YouTube value k and Facebook value 21 - k, so its highest bar is max(k, 21 - k):
// k = 1..10 → 20, 19, …, 11 and k = 11..20 → 11, 12, …, 20. From high to low: 20 (k 1, 20), 19 (k 2, 19),
// …, 14 (k 7, 14) are 14 groups; the 15th is the earlier of the two 13s, k = 8 (k = 13 is left out).
// Hidden: k = 9, 10, 11, 12, 13.
const groups: GroupedBarGroup[] = Array.from({ length: COUNT }, (_, i) => ({
  key: `e${i + 1}`,
  label: i === 0 ? 'Departement Omgeving — Agentschap voor Natuur en Bos, afdeling Communicatie' : `Entiteit ${i + 1}`,
  values: { youtube: i + 1, facebook: COUNT - i },
}));
const spec: ChartSpec = {
  id: 'many-groups',
  title: 'Index per entiteit',
  subtitle: '20 entiteiten',
  source: 'Bron: test',
  madeOn: '2026-12-05',
  description: 'Index per entiteit',
  notes: [],
  legend: [],
  columns: [
    { key: 'entity', label: 'Entiteit', kind: 'text' },
    { key: 'value', label: 'Waarde', kind: 'count' },
  ],
  rows: groups.map((g) => [g.label, g.values.youtube ?? null]),
};

/** The category labels drawn on the chart's axis (their full names, from each label's <title>). */
function axisNames(): string[] {
  return Array.from(document.querySelectorAll('figure[data-chart] .chart-canvas text > title'), (t) => t.textContent ?? '');
}

describe('a chart with many rows', () => {
  it('grouped bars: the 15 highest groups, the note and "Toon alle 20"; all 20 after it; the table has 20', async () => {
    const user = userEvent.setup();
    renderWithProviders(<GroupedBarChart spec={spec} groups={groups} platforms={['youtube', 'facebook']} format={String} />, {
      client: serviceClient(fakeParse),
    });
    await chartsDrawn();
    const names = axisNames();
    expect(names).toHaveLength(15);
    expect(names).not.toContain('Entiteit 9');
    expect(names).not.toContain('Entiteit 13');
    expect(names).toContain('Entiteit 8');
    expect(names).toContain('Entiteit 14');
    expect(screen.getByText('De 15 hoogste van 20 getoond. De tabel bevat ze allemaal.')).toBeTruthy();

    // The long name is cut on the axis (fallback width 720 → axis 200 px, 13 px font: floor(190 / 7.8) = 24
    // characters, the 24th an ellipsis), with the full name as its title.
    const long = Array.from(document.querySelectorAll('.chart-canvas text')).find((t) => t.querySelector('title')?.textContent?.startsWith('Departement'));
    expect(long?.lastChild?.textContent).toBe('Departement Omgeving — …');

    const button = screen.getByRole('button', { name: 'Toon alle 20' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await user.click(button);
    expect(axisNames()).toHaveLength(20);
    expect(screen.getByRole('button', { name: 'Toon alleen de 15 hoogste' }).getAttribute('aria-expanded')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Toon tabel' }));
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 20);
  });

  it('change bars: the 15 largest changes either way; with 15 or fewer there is no switch', async () => {
    // Changes -10, -9, …, +9 (20 bars); by size: 10, 9, 9, 8, 8, …; the 5 smallest (0, -1, +1, -2, +2) are hidden.
    const bars = Array.from({ length: COUNT }, (_, i) => ({ key: `b${i}`, label: `Account ${i - 10}`, value: i - 10 }));
    const { unmount } = renderWithProviders(<ChangeBarChart spec={{ ...spec, id: 'changes' }} bars={bars} format={String} />, {
      client: serviceClient(fakeParse),
    });
    await chartsDrawn();
    const names = axisNames();
    expect(names).toHaveLength(15);
    for (const hidden of ['Account 0', 'Account -1', 'Account 1', 'Account -2', 'Account 2']) expect(names).not.toContain(hidden);
    expect(names).toContain('Account -10');
    expect(names).toContain('Account 9');
    unmount();

    renderWithProviders(<ChangeBarChart spec={{ ...spec, id: 'few' }} bars={bars.slice(0, 15)} format={String} />, { client: serviceClient(fakeParse) });
    await chartsDrawn();
    expect(axisNames()).toHaveLength(15);
    expect(screen.queryByRole('button', { name: /Toon alle/ })).toBeNull();
  });
});
