// A week with days missing is the sum of the days with data only: the chart says which weeks, and its table
// gives each line's days with data.

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MetricOverTimeChart } from '../../../src/charts/time-charts';
import type { Observation } from '../../../src/core/model/observation';
import { account, file } from '../../unit/core/core-helpers';
import { chartsDrawn, fakeParse, fold, renderWithProviders, serviceClient } from '../../support/ui-test-utils';
import { blobBytes, captureDownloads } from '../../support/downloads';

/** 10 views a day on each of `days` (ISO). */
function views(days: string[]): Observation[] {
  return days.map((day) => ({ metric: 'views', period: { start: day, end: day }, value: 10, unit: 'count' }));
}

describe('the chart over time with a week that lacks days', () => {
  it('names the week, 4 of 7 days, and lists the days with data in its table', async () => {
    const user = userEvent.setup();
    // Monday 2 to Sunday 15 August 2021 without 10, 11 and 12 August: week 1 has 7 days (70 views),
    // week 2 only 9, 13, 14 and 15 August (40 views).
    const days = Array.from({ length: 14 }, (_, i) => `2021-08-${String(2 + i).padStart(2, '0')}`).filter((d) => !['2021-08-10', '2021-08-11', '2021-08-12'].includes(d));
    const period = { start: '2021-08-02', end: '2021-08-15' };
    const a = { ...account('Testdienst', 'x', [file('x.csv', views(days), { period })]), label: 'Testdienst · X' };
    renderWithProviders(<MetricOverTimeChart id="t" entityName="Testdienst" accounts={[a]} period={period} />, { client: serviceClient(fakeParse) });
    await chartsDrawn();
    // By day (the default for two weeks) nothing is summed: no note.
    expect(document.body.textContent).not.toContain('missen dagen');
    await user.selectOptions(screen.getByLabelText('Per'), 'week');
    await chartsDrawn();
    const figure = document.querySelector('figure[data-chart="t-views"]') as HTMLElement;
    expect(fold(figure.textContent)).toContain('Eén periode mist dagen; haar waarde is de som van de dagen met gegevens: 9–15 aug 2021, Testdienst · X: 4 van 7 dagen.');
    await user.click(within(figure).getByRole('button', { name: 'Toon tabel' }));
    const rows = Array.from(figure.querySelectorAll('table tr'), (tr) => Array.from(tr.querySelectorAll('th, td'), (c) => fold(c.textContent)));
    // Each column names its figure: the week's first and last day, the line's views summed over the days.
    expect(rows[0]).toEqual(['Vanaf', 'Tot en met', 'Testdienst · X: weergaven (aantal, som van de dagen)', 'Testdienst · X: dagen met gegevens']);
    expect(rows.slice(1)).toEqual([
      ['2021-08-02', '2021-08-08', '70', '7 van 7'],
      ['2021-08-09', '2021-08-15', '40', '4 van 7'],
    ]);
  });

  it('by day: each row is one day, its views a plain count', async () => {
    const user = userEvent.setup();
    const period = { start: '2021-08-02', end: '2021-08-04' };
    const a = { ...account('Testdienst', 'x', [file('x.csv', views(['2021-08-02', '2021-08-03', '2021-08-04']), { period })]), label: 'Testdienst · X' };
    renderWithProviders(<MetricOverTimeChart id="t" entityName="Testdienst" accounts={[a]} period={period} />, { client: serviceClient(fakeParse) });
    await chartsDrawn();
    const figure = document.querySelector('figure[data-chart="t-views"]') as HTMLElement;
    await user.click(within(figure).getByRole('button', { name: 'Toon tabel' }));
    const rows = Array.from(figure.querySelectorAll('table tr'), (tr) => Array.from(tr.querySelectorAll('th, td'), (c) => fold(c.textContent)));
    expect(rows).toEqual([
      ['Vanaf', 'Tot en met', 'Testdienst · X: weergaven (aantal)'],
      ['2021-08-02', '2021-08-02', '10'],
      ['2021-08-03', '2021-08-03', '10'],
      ['2021-08-04', '2021-08-04', '10'],
    ]);
  });

  it('by week, daily viewers summed say that a person counts once per day', async () => {
    const user = userEvent.setup();
    // 5 viewers a day, 2 to 8 August 2021 (a whole week): 35, a sum of daily unique counts, not 35 people.
    const days = Array.from({ length: 7 }, (_, i) => `2021-08-0${2 + i}`);
    const period = { start: '2021-08-02', end: '2021-08-08' };
    const viewers: Observation[] = days.map((day) => ({ metric: 'viewers', period: { start: day, end: day }, value: 5, unit: 'count' }));
    const a = { ...account('Testdienst', 'tiktok', [file('v.csv', viewers, { period })]), label: 'Testdienst · TikTok' };
    renderWithProviders(<MetricOverTimeChart id="t" entityName="Testdienst" accounts={[a]} period={period} />, { client: serviceClient(fakeParse) });
    await chartsDrawn();
    await user.selectOptions(screen.getByLabelText('Per'), 'week');
    await chartsDrawn();
    const figure = document.querySelector('figure[data-chart="t-viewers"]') as HTMLElement;
    await user.click(within(figure).getByRole('button', { name: 'Toon tabel' }));
    const rows = Array.from(figure.querySelectorAll('table tr'), (tr) => Array.from(tr.querySelectorAll('th, td'), (c) => fold(c.textContent)));
    expect(rows[0]).toEqual(['Vanaf', 'Tot en met', 'Testdienst · TikTok: kijkers (som van de dagen: wie op meer dagen kwam, telt meer keer)']);
    expect(rows.slice(1)).toEqual([['2021-08-02', '2021-08-08', '35']]);
  });

  it('by day: a day of 12,5 views (a mapped file) reads 12,5 in the table and in the CSV, never rounded', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    const period = { start: '2025-02-01', end: '2025-02-02' };
    const values: Observation[] = [
      { metric: 'views', period: { start: '2025-02-01', end: '2025-02-01' }, value: 10, unit: 'count' },
      { metric: 'views', period: { start: '2025-02-02', end: '2025-02-02' }, value: 12.5, unit: 'count' },
    ];
    const a = { ...account('Testdienst', 'x', [file('x.csv', values, { period })]), label: 'Testdienst · X' };
    renderWithProviders(<MetricOverTimeChart id="t" entityName="Testdienst" accounts={[a]} period={period} />, { client: serviceClient(fakeParse) });
    await chartsDrawn();
    const figure = document.querySelector('figure[data-chart="t-views"]') as HTMLElement;
    await user.click(within(figure).getByRole('button', { name: 'Toon tabel' }));
    const rows = Array.from(figure.querySelectorAll('table tr'), (tr) => Array.from(tr.querySelectorAll('th, td'), (c) => fold(c.textContent)));
    expect(rows.slice(1)).toEqual([
      ['2025-02-01', '2025-02-01', '10'],
      ['2025-02-02', '2025-02-02', '12,5'],
    ]);
    await user.click(within(figure).getByRole('button', { name: /^Exporteren/ }));
    await user.click(screen.getByRole('menuitem', { name: /Gegevens \(CSV\)/ }));
    const csv = new TextDecoder().decode(await blobBytes(downloads.blobs[0]!));
    const lines = csv.split('\r\n');
    expect(lines.slice(1, 3)).toEqual(['2025-02-01;2025-02-01;10', '2025-02-02;2025-02-02;12,5']);
    vi.restoreAllMocks();
  });
});
