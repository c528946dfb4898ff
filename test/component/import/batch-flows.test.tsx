// Issue 3 on the import screen: an account seen before maps to its entity ("herkend"); a file overlapping a
// stored period asks to replace or keep (nothing counted twice); a loose TikTok file asks for its export date
// and is read again; the column-mapping dialog is modal (Escape closes, focus stays inside).

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/core/model/parsed-file';
import type { ParsedFile, SourceInput } from '../../../src/core/model/parsed-file';
import { db } from '../../../src/db/database';
import { fold, renderApp, resetDatabase, serviceClient, textFile, youtubeViewerAge } from '../ui/ui-test-utils';

beforeEach(async () => {
  localStorage.clear();
  await resetDatabase();
});

function card(name: string): HTMLElement {
  return screen.getByRole('listitem', { name });
}

/** Daily Facebook views of the page "Ketnet" (accountName), one observation per day from `start` to `end`. */
function pageViews(fileName: string, days: string[]): ParsedFile {
  return {
    fileName,
    format: 'meta-bs-page-metric',
    formatVersion: 1,
    formatLabel: 'Meta Business Suite page metric',
    platform: 'facebook',
    platformCandidates: ['facebook'],
    accountName: 'Ketnet',
    period: { start: days[0]!, end: days[days.length - 1]! },
    basis: null,
    observations: days.map((d) => ({ metric: 'views', period: { start: d, end: d }, value: 100, unit: 'count' })),
    warnings: [],
    encoding: 'utf-8',
    delimiter: ',',
  };
}

/** `sep` → views on 1-2 Sep 2025; `sep2` → 2-3 Sep (overlaps `sep` on the 2nd); `youtube` → a viewer-age table. */
function parse(input: SourceInput): ParsedFile {
  const text = new TextDecoder().decode(input.bytes);
  if (text === 'sep') return pageViews(input.name, ['2025-09-01', '2025-09-02']);
  if (text === 'sep2') return pageViews(input.name, ['2025-09-02', '2025-09-03']);
  if (text === 'youtube') return youtubeViewerAge(input.name);
  throw new ImportError('unknown-format', input.name, `${input.name}: format not recognised`, { line: 1, params: { firstCells: '"x"' } });
}

async function importFirst(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.upload(screen.getByTestId('import-file-input'), [textFile('sep.csv', 'sep')]);
  await user.type(await screen.findByTestId('import-entity', {}, { timeout: 15_000 }), 'Ketnet');
  await user.click(screen.getByTestId('import-confirm'));
  await screen.findByRole('heading', { name: 'Resultaat' }, { timeout: 15_000 });
  await user.click(screen.getByRole('button', { name: 'Andere bestanden importeren' }));
}

describe('several files at once', () => {
  it('recognises a stored account\'s entity and replaces an overlapping import in the same write', async () => {
    const user = userEvent.setup();
    renderApp('/import', serviceClient(parse));
    await importFirst(user);
    const [first] = await db.imports.toArray();

    await user.upload(screen.getByTestId('import-file-input'), [textFile('sep2.csv', 'sep2')]);
    await screen.findByRole('listitem', { name: 'sep2.csv' }, { timeout: 15_000 });
    // The page "Ketnet" on Facebook was stored for the entity Ketnet: pre-filled and marked.
    expect((within(card('sep2.csv')).getByTestId('import-entity') as HTMLInputElement).value).toBe('Ketnet');
    expect(within(card('sep2.csv')).getByText('herkend')).toBeTruthy();
    // Same entity + platform + account + metric (views), 2 Sep in both periods: a choice is required.
    const group = within(card('sep2.csv')).getByRole('group', { name: 'Overlapt met wat al bewaard is' });
    expect(within(group).getByText(/sep\.csv/)).toBeTruthy();
    const confirm = screen.getByTestId('import-confirm') as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    expect(screen.getByText('Kies voor elk overlappend bestand: vervangen of behouden.')).toBeTruthy();

    await user.click(within(group).getByRole('radio', { name: /^vervangen/ }));
    expect(confirm.disabled).toBe(false);
    await user.click(confirm);
    await screen.findByRole('heading', { name: 'Resultaat' }, { timeout: 15_000 });
    expect(fold(screen.getByText('sep2.csv', { selector: '.result .file-name' }).parentElement?.textContent)).toBe('sep2.csv bewaard, verving 1 import');

    // The old import and its source file are gone; only sep2.csv remains (2 views observations, not 4).
    const imports = await db.imports.toArray();
    expect(imports.map((i) => [i.fileName, i.observationCount])).toEqual([['sep2.csv', 2]]);
    expect(imports[0]?.id).not.toBe(first?.id);
    expect(await db.sourceFiles.count()).toBe(1);
    expect(await db.accounts.count()).toBe(1);
  });

  it('keeps the stored data and skips the overlapping file when "behouden" is chosen', async () => {
    const user = userEvent.setup();
    renderApp('/import', serviceClient(parse));
    await importFirst(user);

    await user.upload(screen.getByTestId('import-file-input'), [textFile('sep2.csv', 'sep2'), textFile('age.csv', 'youtube')]);
    await screen.findByRole('listitem', { name: 'age.csv' }, { timeout: 15_000 });
    await user.type(within(card('age.csv')).getByTestId('import-entity'), 'Ketnet');
    await user.click(within(card('sep2.csv')).getByRole('radio', { name: /^behouden/ }));
    await user.click(screen.getByTestId('import-confirm'));
    await screen.findByRole('heading', { name: 'Resultaat' }, { timeout: 15_000 });
    const results = within(screen.getByRole('list', { name: 'Resultaat' }))
      .getAllByRole('listitem')
      .map((li) => fold(li.textContent));
    expect(results).toEqual(['age.csv bewaard', 'sep2.csv overgeslagen (bewaarde gegevens behouden)']);
    expect((await db.imports.toArray()).map((i) => i.fileName).sort()).toEqual(['age.csv', 'sep.csv']);
  });
});

describe('re-reading one file', () => {
  it('asks a loose TikTok file for its export date, pre-filled with the file day, and reads it again', async () => {
    const user = userEvent.setup();
    renderApp('/import', serviceClient()); // the real format registry
    const text =
      '"Date","Followers","Difference in followers from previous day"\n"December 30","1000","5"\n' +
      '"December 31","1005","-2"\n"January 1","1003","10"\n"January 2","1013","0"\n';
    const file = new File([text], 'FollowerHistory.csv', { type: 'text/csv', lastModified: Date.UTC(2026, 0, 4, 9) });
    await user.upload(screen.getByTestId('import-file-input'), [file]);
    await screen.findByRole('listitem', { name: 'FollowerHistory.csv' }, { timeout: 15_000 });
    expect(within(card('FollowerHistory.csv')).getByRole('alert').textContent).toBe(
      'FollowerHistory.csv: TikTok schrijft de datums in dit bestand zonder jaartal (bv. "December 30"); geef de dag waarop je het downloadde (de exportdatum)',
    );
    // File.lastModified 2026-01-04 09:00 UTC → pre-filled 2026-01-04.
    const date = within(card('FollowerHistory.csv')).getByTestId('import-export-date') as HTMLInputElement;
    expect(date.value).toBe('2026-01-04');
    await user.click(within(card('FollowerHistory.csv')).getByRole('button', { name: 'Opnieuw lezen' }));
    // "December 30/31" fall in 2025, "January 1/2" in 2026: 4 follower levels.
    await within(card('FollowerHistory.csv')).findByText('4 cijfers gelezen', {}, { timeout: 15_000 });
    expect(within(card('FollowerHistory.csv')).getByText('Gelezen met exportdatum 4 jan 2026.')).toBeTruthy();
    await user.type(within(card('FollowerHistory.csv')).getByTestId('import-entity'), 'Ketnet');
    await user.click(screen.getByTestId('import-confirm'));
    await screen.findByRole('heading', { name: 'Resultaat' }, { timeout: 15_000 });
    const [stored] = await db.imports.toArray();
    expect([stored?.exportDate, stored?.period]).toEqual(['2026-01-04', { start: '2025-12-30', end: '2026-01-02' }]);
  });

  it('opens the column-mapping dialog as a modal: focus inside, Tab wraps, Escape closes and returns focus', async () => {
    const user = userEvent.setup();
    renderApp('/import', serviceClient());
    await user.upload(screen.getByTestId('import-file-input'), [textFile('eigen.csv', 'Dag,Aantal\n2025-10-01,5\n2025-10-02,7\n')]);
    await screen.findByRole('listitem', { name: 'eigen.csv' }, { timeout: 15_000 });
    const open = within(card('eigen.csv')).getByRole('button', { name: 'Kolommen koppelen' });
    await user.click(open);
    const dialog = await screen.findByRole('dialog', { name: 'Kolommen koppelen: eigen.csv' }, { timeout: 15_000 });
    expect(document.activeElement).toBe(dialog);
    await within(dialog).findByRole('button', { name: 'Toepassen' }, { timeout: 15_000 });
    // The last focusable element is "Sluiten": Tab from it goes back to the first field of the dialog.
    const close = within(dialog).getByRole('button', { name: 'Sluiten' });
    close.focus();
    await user.tab();
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(document.activeElement).not.toBe(close);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(open);
  });
});
