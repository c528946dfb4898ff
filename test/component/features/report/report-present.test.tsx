// The report screen (print layout: verdicts, charts, improvements, sources; "Afdrukken / PDF" prints) and presentation mode (choose, order, step with the keyboard) on the stored sample data.

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { moveItem, stepForKey } from '../../../../src/features/present/present-screen';
import { storeSampleData } from '../../../support/sample-store';
import { fold, renderApp, resetDatabase } from '../../../support/ui-test-utils';

beforeEach(async () => {
  localStorage.clear();
  await resetDatabase();
});
afterEach(() => {
  vi.restoreAllMocks();
});

// Storing the 18 sample files through the import pipeline takes long on a loaded machine: a generous limit.
describe('report screen', { timeout: 90_000 }, () => {
  it('shows the verdicts, the charts with their source lines, the improvements and the sources; the print button prints', async () => {
    const user = userEvent.setup();
    const client = await storeSampleData();
    renderApp('/report', client);
    const verdict = await screen.findByTestId('report-verdict', {}, { timeout: 10_000 });
    // As the answer screen: 1 voldoende, 1 gedeeltelijk, 2 onvoldoende of 4 → gedeeltelijk voldoende;
    // OVAM → onvoldoende, its only pooled figure followers 18+ 0.031968 ÷ 0.095 = 33.7 < 80.
    expect(verdict.textContent).toBe('gedeeltelijk voldoende');
    const ovam = document.querySelector('.report-entity[data-entity="OVAM"]') as HTMLElement;
    expect(within(ovam).getByTestId('report-entity-verdict').textContent).toBe('onvoldoende');
    expect(fold(ovam.textContent)).toContain('Vertegenwoordigingsindex 33,7 (volgers, 18+)');

    // The three charts, each in a frame with its title and source line.
    const figures = Array.from(document.querySelectorAll('figure[data-chart]')).map((f) => f.getAttribute('data-chart'));
    expect(figures).toEqual(['youth-share', 'report-index', 'report-age-profile']);
    const index = document.querySelector('figure[data-chart="report-index"]') as HTMLElement;
    expect(within(index).getByRole('heading', { level: 2 }).textContent).toBe('Vertegenwoordigingsindex per entiteit en platform');
    // Platforms with an index, in platform order (Ketnet's typed TikTok split has one: 0.44 ÷ 0.095 = 463.2).
    expect(index.textContent).toContain('Bron: exports van Facebook, Instagram, YouTube, TikTok; Statbel 2021');

    // Improvements: 18 with the sample presence (sample-data/README.md, test/unit/core/answer/sample-data-answer.test.ts).
    const improvements = document.querySelectorAll('.report-improvements > li');
    expect(improvements).toHaveLength(18);

    // Sources: the population figure 15,23% (Statbel 2021) and the 18 imported files of the manifest.
    const references = screen.getByTestId('report-references');
    expect(fold(references.textContent)).toContain('15,23%');
    expect(references.textContent).toContain('Statbel');
    expect(screen.getByTestId('report-files').querySelectorAll('tbody tr')).toHaveLength(18);
    expect(screen.getByTestId('report-files').textContent).toContain('ketnet_youtube_viewer-age_table-data.csv');

    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Afdrukken / PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});

// Storing the 18 sample files through the import pipeline takes long on a loaded machine: a generous limit.
describe('presentation mode', { timeout: 90_000 }, () => {
  it('steps through the default slides with the keyboard and stops with Escape', async () => {
    const user = userEvent.setup();
    const client = await storeSampleData();
    renderApp('/present', client);
    const start = await screen.findByRole('button', { name: 'Start presentatie' }, { timeout: 10_000 });
    // Default: overview chart, verdict, the other two charts, the improvements and the method note, all chosen:
    // the show answers both halves of question 3.
    const chooser = screen.getByRole('group', { name: 'Dia’s' });
    const boxes = within(chooser).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => [fold(b.parentElement?.textContent), b.checked])).toEqual([
      ['Jongerenaandeel per account', true],
      ['Het oordeel (vraag 3)', true],
      ['Vertegenwoordigingsindex per entiteit en platform', true],
      ['Leeftijdsprofiel van elk account', true],
      ['Verbeteringen', true],
      ['Wat de cijfers niet kunnen tonen', true],
    ]);
    // Move the verdict to the front: it becomes slide 1.
    await user.click(within(chooser).getByRole('button', { name: 'Omhoog: Het oordeel (vraag 3)' }));
    await user.click(start);
    const counter = await screen.findByTestId('present-counter');
    expect(counter.textContent).toBe('Dia 1 van 6');
    // The government's verdict, as on the answer screen: gedeeltelijk voldoende.
    expect(screen.getByTestId('present-verdict').textContent).toBe('gedeeltelijk voldoende');
    // jsdom has no Fullscreen API: the slides fill the window and say so.
    expect(screen.getByText('Volledig scherm is niet toegestaan; de presentatie vult het venster.')).toBeTruthy();

    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    await waitFor(() => expect(counter.textContent).toBe('Dia 2 van 6'));
    expect(document.querySelector('.present-slide figure[data-chart="youth-share"]')).not.toBeNull();
    fireEvent.keyDown(document.body, { key: 'PageDown' });
    await waitFor(() => expect(counter.textContent).toBe('Dia 3 van 6'));
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    await waitFor(() => expect(counter.textContent).toBe('Dia 2 van 6'));
    fireEvent.keyDown(document.body, { key: 'End' });
    await waitFor(() => expect(counter.textContent).toBe('Dia 6 van 6'));
    expect(document.querySelector('.present-slide[data-slide="method"]')).not.toBeNull();
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    await waitFor(() => expect(counter.textContent).toBe('Dia 4 van 6'));
    expect(document.querySelector('.present-slide figure[data-chart="report-age-profile"]')).not.toBeNull();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('present-counter')).toBeNull());
  });
});

describe('presentation helpers', () => {
  it('maps keys to the next slide and stays within the slides', () => {
    expect(stepForKey('ArrowRight', false, 0, 4)).toBe(1);
    expect(stepForKey(' ', false, 3, 4)).toBe(3); // already at the last of 4
    expect(stepForKey(' ', true, 2, 4)).toBe(1);
    expect(stepForKey('PageUp', false, 0, 4)).toBe(0);
    expect(stepForKey('End', false, 0, 4)).toBe(3);
    expect(stepForKey('a', false, 0, 4)).toBeNull();
  });

  it('moves an item up or down, and not out of the list', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});
