// Bars coloured by their own shape (filledBar): a falling bar lies left of 0, a rising one right of it,
// each in its own colour, their lengths in proportion to the values.

import { describe, expect, it } from 'vitest';
import { ChangeBarChart } from '../../../src/charts/change-bar-chart';
import type { ChartSpec } from '../../../src/charts/chart-spec';
import { chartsDrawn, fakeParse, renderWithProviders, serviceClient } from '../../support/ui-test-utils';

const spec: ChartSpec = {
  id: 'change',
  title: 'Verandering',
  subtitle: 'test',
  source: 'Bron: test',
  madeOn: '2026-12-05',
  description: 'Verandering per account',
  notes: [],
  legend: [],
  columns: [
    { key: 'label', label: 'Account', kind: 'text' },
    { key: 'value', label: 'Verandering', kind: 'count' },
  ],
  rows: [],
};

describe('filledBar in the change chart', () => {
  it('draws -5 left of zero in red and +10 right of it in blue, the second twice as long', async () => {
    renderWithProviders(
      <ChangeBarChart
        spec={spec}
        bars={[
          { key: 'a', label: 'VDAB · Facebook', value: -5, color: '#B00020' },
          { key: 'b', label: 'Ketnet · TikTok', value: 10, color: '#0B5394' },
        ]}
        format={String}
      />,
      { client: serviceClient(fakeParse) },
    );
    await chartsDrawn();
    const rects = Array.from(document.querySelectorAll('figure[data-chart="change"] .recharts-bar-rectangle rect'));
    const box = (r: Element) => ({ x: Number(r.getAttribute('x')), width: Number(r.getAttribute('width')), fill: r.getAttribute('fill') });
    const [down, up] = rects.map(box);
    expect([down!.fill, up!.fill]).toEqual(['#B00020', '#0B5394']);
    expect(down!.width).toBeGreaterThan(0);
    // Both start at the zero line: the falling bar ends where the rising one begins.
    expect(down!.x + down!.width).toBeCloseTo(up!.x, 6);
    expect(up!.width / down!.width).toBeCloseTo(2, 6);
  });
});
