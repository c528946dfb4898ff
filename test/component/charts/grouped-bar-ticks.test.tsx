// The grouped bars' value axis is labelled at round values, so each label is the value of its grid line.

import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../../src/charts/chart-spec';
import { tickDecimals } from '../../../src/charts/chart-scale';
import { GroupedBarChart } from '../../../src/charts/grouped-bar-chart';
import { formatPercent } from '../../../src/i18n/format';
import { chartsDrawn, fakeParse, fold, renderWithProviders, serviceClient } from '../../support/ui-test-utils';

const spec: ChartSpec = {
  id: 'ticks',
  title: 'Jongerenaandeel',
  subtitle: 'De Lijn',
  source: 'Bron: test',
  madeOn: '2026-12-05',
  description: 'Jongerenaandeel',
  notes: [],
  legend: [],
  columns: [{ key: 'entity', label: 'Entiteit', kind: 'text' }],
  rows: [],
};

/** The texts of the value axis (Recharts' y-axis of upright bars). */
function valueTicks(): string[] {
  return Array.from(document.querySelectorAll('.recharts-yAxis-tick-labels text'), (t) => fold(t.textContent));
}

describe('grouped bars: round axis ticks', () => {
  it('the tester’s youth shares (Audience.csv: Facebook 2,5 + 0,3 = 2,8 %, Instagram 12,1 + 1,7 = 13,8 %) → 0 5 10 15 %', async () => {
    // 13,8 % / 4 = 3,45 % a step → the next of 1, 2, 2,5, 5 × 10^k is 5 %: 0, 5, 10, 15 % (Recharts' own
    // ticks were 0 / 3,5 / 7 / 10,5 / 14 %, labelled "0% 4% 7% 11% 14%").
    renderWithProviders(
      <GroupedBarChart
        spec={spec}
        groups={[{ key: 'dl', label: 'De Lijn', values: { facebook: 0.028, instagram: 0.138 } }]}
        platforms={['facebook', 'instagram']}
        format={(v) => formatPercent(v, 'nl', 0)}
        formatAxis={(v, ticks) => formatPercent(v, 'nl', tickDecimals(ticks, 100))}
      />,
      { client: serviceClient(fakeParse) },
    );
    await chartsDrawn();
    await waitFor(() => expect(valueTicks()).toEqual(['0%', '5%', '10%', '15%']));
  });

  it('shares up to 9 %: steps of 2,5 % keep their decimal → 0 2,5 5 7,5 10 %', async () => {
    // 9 % / 4 = 2,25 % → 2,5 %: 0, 2,5, 5, 7,5, 10 %, one decimal each.
    renderWithProviders(
      <GroupedBarChart
        spec={spec}
        groups={[{ key: 'a', label: 'A', values: { youtube: 0.09 } }]}
        platforms={['youtube']}
        format={(v) => formatPercent(v, 'nl', 0)}
        formatAxis={(v, ticks) => formatPercent(v, 'nl', tickDecimals(ticks, 100))}
      />,
      { client: serviceClient(fakeParse) },
    );
    await chartsDrawn();
    await waitFor(() => expect(valueTicks()).toEqual(['0,0%', '2,5%', '5,0%', '7,5%', '10,0%']));
  });
});
