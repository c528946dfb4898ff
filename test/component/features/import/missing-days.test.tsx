// A daily export with days missing inside its period says so on its card (they are not read as 0), and the
// days are counted from the file: X's legacy daily activity without its rows of 10, 11 and 12 August 2021.

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import { missingDays } from '../../../../src/core/formats/observation-columns';
import { describeRealExports, readRealExport } from '../../../unit/real-exports';
import { fold, renderApp, resetDatabase, serviceClient, textFile } from '../../../support/ui-test-utils';

beforeEach(async () => {
  await resetDatabase();
});

describe('missingDays', () => {
  const day = (d: string) => ({ metric: 'views' as const, period: { start: d, end: d }, value: 1, unit: 'count' as const });
  it('gives the runs of days without a whole daily value, null without a gap, without days or for values per post', () => {
    const period = { start: '2025-01-01', end: '2025-01-10' };
    const days = ['2025-01-01', '2025-01-02', '2025-01-05', '2025-01-06', '2025-01-07', '2025-01-09'].map(day);
    expect(missingDays({ period, observations: days })).toEqual({
      count: 4,
      ranges: [{ start: '2025-01-03', end: '2025-01-04' }, { start: '2025-01-08', end: '2025-01-08' }, { start: '2025-01-10', end: '2025-01-10' }],
    });
    expect(missingDays({ period: { start: '2025-01-01', end: '2025-01-02' }, observations: days.slice(0, 2) })).toBeNull();
    // A monthly total is not a daily file: nothing to miss.
    expect(missingDays({ period, observations: [{ metric: 'views', period, value: 5, unit: 'count' }] })).toBeNull();
    // Posts dated on two days (values per post): a day without a post is not a missing day.
    expect(missingDays({ period, observations: days.slice(0, 2).map((o) => ({ ...o, segment: 'post:1' })) })).toBeNull();
  });
});

describeRealExports('a daily export with missing days', () => {
  it('says on its card: 3 days without data, 10-12 Aug 2021, not counted as 0', async () => {
    const user = userEvent.setup();
    renderApp('/import', serviceClient(parseSourceFile));
    const text = new TextDecoder().decode(readRealExport('x', 'legacy_daily_tweet_activity_metrics_en.csv'));
    const gap = text
      .split('\n')
      .filter((line) => !/^"2021-08-1[012]"/.test(line))
      .join('\n');
    await user.upload(screen.getByTestId('import-file-input'), [textFile('x_gap.csv', gap)]);
    const card = await screen.findByRole('listitem', { name: 'x_gap.csv' });
    expect(fold(within(card).getByText(/dagen zonder gegevens/).textContent).trim()).toBe('(3 dagen zonder gegevens: 10–12 aug 2021; die dagen tellen niet mee, ook niet als 0)');
  });
});
