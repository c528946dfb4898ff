// The import screen with several files: an account seen before maps to its entity ("herkend"); a file
// overlapping a stored period joins the account's series (each day once, no question); a file naming no
// account asks which one when its entity has several on the platform; a loose TikTok file is read
// with an assumed export date and read again keeping the entity typed; a notes file offers column mapping;
// a Facebook + Instagram file is stored as one import per platform; the column-mapping dialog is modal; a
// mapping is saved as a format and applied.

import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import { ImportError } from '../../../../src/core/model/parsed-file';
import type { ParsedFile, SourceInput } from '../../../../src/core/model/parsed-file';
import { loadAnswerView } from '../../../../src/db/answer-repo';
import { deleteImport } from '../../../../src/db/delete-data';
import { db } from '../../../../src/db/database';
import { totalsOver } from '../../../../src/core/read-model/account-figures';
import { fold, renderApp, resetDatabase, serviceClient, textFile, youtubeViewerAge } from '../../../support/ui-test-utils';
import { seriesPoints } from '../../../../src/core/read-model/account-history';

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

/**
 * `sep` → 100 views a day of the page "Ketnet" on 1-2 Sep 2025; `sep2` → 2-3 Sep (overlaps `sep` on the 2nd, 120 on it);
 * `wrapped` → the page "Ketnet Wrapped" on 1 Sep; `anonymous` → 4 Sep, naming no account; `youtube` → a viewer-age table.
 */
function parse(input: SourceInput): ParsedFile {
  const text = new TextDecoder().decode(input.bytes);
  if (text === 'sep') return pageViews(input.name, ['2025-09-01', '2025-09-02']);
  if (text === 'sep2') {
    const file = pageViews(input.name, ['2025-09-02', '2025-09-03']);
    // the platform corrected 2 Sep afterwards: 120 views in the newer export, 100 in the older
    return { ...file, observations: file.observations.map((o) => (o.period?.start === '2025-09-02' ? { ...o, value: 120 } : o)) };
  }
  if (text === 'wrapped') return { ...pageViews(input.name, ['2025-09-01']), accountName: 'Ketnet Wrapped' };
  if (text === 'anonymous') return { ...pageViews(input.name, ['2025-09-04']), accountName: null };
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
  it('recognises a stored account\'s entity and adds an overlapping window to its series without asking, each day once', async () => {
    const user = userEvent.setup();
    renderApp('/import', serviceClient(parse));
    await importFirst(user);

    await user.upload(screen.getByTestId('import-file-input'), [textFile('sep2.csv', 'sep2')]);
    await screen.findByRole('listitem', { name: 'sep2.csv' }, { timeout: 15_000 });
    // The page "Ketnet" on Facebook was stored for the entity Ketnet: pre-filled and marked.
    expect((within(card('sep2.csv')).getByTestId('import-entity') as HTMLInputElement).value).toBe('Ketnet');
    expect(within(card('sep2.csv')).getByText('herkend')).toBeTruthy();
    // Same account + metric (views), 2 Sep in both periods: said on the card, never a question.
    expect(fold(within(card('sep2.csv')).getByTestId('overlap-note').textContent)).toMatch(
      /^Overlapt met wat al bewaard is voor dit account \(weergaven\): sep\.csv \(.+\)\. De dagen worden aan de reeks van het account toegevoegd; waar dagen overlappen telt elke dag één keer/,
    );
    // The stored file is named with the days the two share (2 Sep), not its whole period (1-2 Sep).
    expect(fold(within(card('sep2.csv')).getByTestId('overlap-note').textContent)).toContain('sep.csv (2 sep 2025)');
    expect(within(card('sep2.csv')).queryByRole('radio')).toBeNull();
    const confirm = screen.getByTestId('import-confirm') as HTMLButtonElement;
    expect(confirm.disabled).toBe(false);
    await user.click(confirm);
    await screen.findByRole('heading', { name: 'Resultaat' }, { timeout: 15_000 });
    expect(fold(screen.getByText('sep2.csv', { selector: '.result .file-name' }).parentElement?.textContent)).toBe('sep2.csv bewaard');

    // Both imports stay, on one account; the stitched series has 1, 2 and 3 Sep once each, 2 Sep from the newer
    // export: 100 + 120 + 100 = 320 views (not 100 + 100 + 120 + 100 = 420).
    expect((await db.imports.toArray()).map((i) => i.fileName).sort()).toEqual(['sep.csv', 'sep2.csv']);
    expect(await db.accounts.count()).toBe(1);
    const view = await loadAnswerView();
    const history = view.entities[0]!.accounts[0]!.input.history;
    expect(seriesPoints(history.series.views).map((p) => [p.day, p.value])).toEqual([
      ['2025-09-01', 100],
      ['2025-09-02', 120],
      ['2025-09-03', 100],
    ]);
    expect(totalsOver(history, { start: '2025-09-01', end: '2025-09-03' }).totals.views).toBe(320);
    // A period inside the series sums only its own days: 2-3 Sep = 120 + 100.
    expect(totalsOver(history, { start: '2025-09-02', end: '2025-09-03' }).totals.views).toBe(220);

    // The entity page names the day that differed and which file's value counts.
    cleanup();
    renderApp(`/entity/${view.entities[0]!.entityId}`, serviceClient(parse));
    const conflicts = await screen.findByTestId('series-conflicts', {}, { timeout: 15_000 });
    expect(fold(within(conflicts).getByRole('listitem').textContent)).toBe(
      'Facebook, weergaven: op 1 dag (2 sep 2025) verschillen sep2.csv en sep.csv; de waarde van sep2.csv telt (de recentste export).',
    );

    // Deleting the newer import restores the older file's values: 1-2 Sep at 100 each, 3 Sep gone (a gap, not 0).
    const newer = (await db.imports.toArray()).find((i) => i.fileName === 'sep2.csv')!;
    await deleteImport(newer.id);
    const after = (await loadAnswerView()).entities[0]!.accounts[0]!.input.history;
    expect(seriesPoints(after.series.views).map((p) => [p.day, p.value])).toEqual([
      ['2025-09-01', 100],
      ['2025-09-02', 100],
    ]);
    expect(after.conflicts).toEqual([]);
  });

  it('asks which account a file naming none belongs to when its entity has two on the platform, and stores it there', async () => {
    const user = userEvent.setup();
    renderApp('/import', serviceClient(parse));
    // Two Facebook accounts for Ketnet: the page "Ketnet" and the page "Ketnet Wrapped".
    await importFirst(user);
    await user.upload(screen.getByTestId('import-file-input'), [textFile('wrapped.csv', 'wrapped')]);
    await user.type(await screen.findByTestId('import-entity', {}, { timeout: 15_000 }), 'Ketnet');
    await user.click(screen.getByTestId('import-confirm'));
    await screen.findByRole('heading', { name: 'Resultaat' }, { timeout: 15_000 });
    await user.click(screen.getByRole('button', { name: 'Andere bestanden importeren' }));
    expect(await db.accounts.count()).toBe(2);

    await user.upload(screen.getByTestId('import-file-input'), [textFile('anonymous.csv', 'anonymous')]);
    await screen.findByRole('listitem', { name: 'anonymous.csv' }, { timeout: 15_000 });
    await user.type(within(card('anonymous.csv')).getByTestId('import-entity'), 'Ketnet');
    const group = within(card('anonymous.csv')).getByRole('group', { name: 'Bij welk account hoort dit bestand?' });
    expect(within(group).getAllByRole('radio').map((r) => fold(r.parentElement?.textContent).trim())).toEqual(['Ketnet', 'Ketnet Wrapped', 'een nieuw account']);
    const confirm = screen.getByTestId('import-confirm') as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    expect(screen.getByText('Kies voor elk bestand zonder accountnaam bij welk account het hoort.')).toBeTruthy();

    await user.click(within(group).getByRole('radio', { name: 'Ketnet Wrapped' }));
    expect(confirm.disabled).toBe(false);
    await user.click(confirm);
    await screen.findByRole('heading', { name: 'Resultaat' }, { timeout: 15_000 });
    const wrapped = (await db.accounts.toArray()).find((a) => a.name === 'Ketnet Wrapped');
    const stored = (await db.imports.toArray()).find((i) => i.fileName === 'anonymous.csv');
    expect(stored?.accountId).toBe(wrapped?.id);
    expect(await db.accounts.count()).toBe(2);
  });
});

describe('a file naming no account among files that create two', () => {
  it('asks which of the accounts this very selection creates, and stores it there', async () => {
    const user = userEvent.setup();
    renderApp('/import', serviceClient(parse));
    // One confirm for the new entity "Dubbel": the pages "Ketnet" (sep.csv) and "Ketnet Wrapped" (wrapped.csv),
    // and anonymous.csv naming none. Nothing is stored yet, so the choice is between the two pages to come.
    await user.upload(screen.getByTestId('import-file-input'), [textFile('sep.csv', 'sep'), textFile('wrapped.csv', 'wrapped'), textFile('anonymous.csv', 'anonymous')]);
    await screen.findByRole('listitem', { name: 'anonymous.csv' }, { timeout: 15_000 });
    for (const name of ['sep.csv', 'wrapped.csv', 'anonymous.csv']) {
      const field = within(card(name)).getByTestId('import-entity');
      await user.clear(field); // a field may have been filled in from the one before
      await user.type(field, 'Dubbel');
    }
    const group = within(card('anonymous.csv')).getByRole('group', { name: 'Bij welk account hoort dit bestand?' });
    expect(within(group).getAllByRole('radio').map((r) => fold(r.parentElement?.textContent).trim())).toEqual(['Ketnet', 'Ketnet Wrapped', 'een nieuw account']);
    const confirm = screen.getByTestId('import-confirm') as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    await user.click(within(group).getByRole('radio', { name: 'Ketnet Wrapped' }));
    await user.click(confirm);
    await screen.findByRole('heading', { name: 'Resultaat' }, { timeout: 15_000 });
    // two accounts, and anonymous.csv on "Ketnet Wrapped" with wrapped.csv
    const accounts = await db.accounts.toArray();
    expect(accounts.map((a) => a.name).sort()).toEqual(['Ketnet', 'Ketnet Wrapped']);
    const wrappedId = accounts.find((a) => a.name === 'Ketnet Wrapped')!.id;
    const imports = await db.imports.toArray();
    expect(imports.filter((i) => i.accountId === wrappedId).map((i) => i.fileName).sort()).toEqual(['anonymous.csv', 'wrapped.csv']);
  });
});

describe('re-reading one file', () => {
  it('reads a loose TikTok file with the export date assumed (not the file time), and re-reading keeps the entity typed', async () => {
    const user = userEvent.setup();
    // the real format registry, with "today" fixed at 2026-01-10
    renderApp('/import', serviceClient((input, options) => parseSourceFile(input, { ...options, today: '2026-01-10' })));
    const text =
      '"Date","Followers","Difference in followers from previous day"\n"December 30","1000","5"\n' +
      '"December 31","1005","-2"\n"January 1","1003","10"\n"January 2","1013","0"\n';
    // modified on 2026-06-01 (a copy): never taken as the export date
    const file = new File([text], 'FollowerHistory.csv', { type: 'text/csv', lastModified: Date.UTC(2026, 5, 1, 9) });
    await user.upload(screen.getByTestId('import-file-input'), [file]);
    await screen.findByRole('listitem', { name: 'FollowerHistory.csv' });
    // the last row "January 2" → 2026-01-02 (the latest before today), so the export day is taken as 2026-01-03
    const date = within(card('FollowerHistory.csv')).getByTestId('import-export-date') as HTMLInputElement;
    expect(date.value).toBe('2026-01-03');
    // The note says why that year (no export date given: the latest 2 January before the day it was read) in the card's date style.
    expect(fold(within(card('FollowerHistory.csv')).getByText(/^De datums hebben geen jaartal/).textContent)).toBe(
      'De datums hebben geen jaartal en er is geen exportdatum opgegeven. Daarom staan ze als opeenvolgende dagen tot en met 2 jan 2026: ' +
        'het laatste jaar waarin die dag vóór 10 jan 2026 valt, de dag waarop het bestand gelezen werd. Als exportdatum is de dag na de laatste rij genomen (3 jan 2026). ' +
        'Is het bestand ouder, vul dan de exportdatum in en lees het opnieuw.',
    );
    await user.type(within(card('FollowerHistory.csv')).getByTestId('import-entity'), 'Ketnet');
    // the user downloaded it on 4 January: same days (the run still ends on 2 January), the date kept
    await user.clear(date);
    await user.type(date, '2026-01-04');
    await user.click(within(card('FollowerHistory.csv')).getByRole('button', { name: 'Opnieuw lezen' }));
    await within(card('FollowerHistory.csv')).findByText('Gelezen met exportdatum 4 jan 2026.');
    expect(within(card('FollowerHistory.csv')).getByText('4 cijfers gelezen')).toBeTruthy();
    // the entity typed before re-reading is still there
    expect((within(card('FollowerHistory.csv')).getByTestId('import-entity') as HTMLInputElement).value).toBe('Ketnet');
    await user.click(screen.getByTestId('import-confirm'));
    await screen.findByRole('heading', { name: 'Resultaat' }, { timeout: 15_000 });
    const [stored] = await db.imports.toArray();
    expect([stored?.exportDate, stored?.period]).toEqual(['2026-01-04', { start: '2025-12-30', end: '2026-01-02' }]);
  });

  it('a notes file with quotes in its sentences is "not an export the app knows" and offers column mapping', async () => {
    const user = userEvent.setup();
    renderApp('/import', serviceClient());
    const notes = 'Notities overleg 12 november\nWe bespraken de "nieuwe" campagne op TikTok.\nActie: Jan vraagt de cijfers op.\n';
    await user.upload(screen.getByTestId('import-file-input'), [textFile('notities.txt', notes)]);
    await screen.findByRole('listitem', { name: 'notities.txt' });
    const alert = within(card('notities.txt')).getByRole('alert').textContent ?? '';
    expect(alert).toContain('dit is geen export die de app kent');
    expect(alert).not.toContain('beschadigd');
    expect(within(card('notities.txt')).getByRole('button', { name: 'Kolommen koppelen' })).toBeTruthy();
  });

  it('stores a file holding Facebook and Instagram (Meta 2024 audience) as one import per platform, one source file', async () => {
    const user = userEvent.setup();
    renderApp('/import', serviceClient());
    const audience = [
      'sep=,',
      '"Facebook followers"', '"FB_PAGE,FOLLOW,UNIQUE_USERS"', '"200"', '',
      '"Instagram followers"', '"IG_ACCOUNT,FOLLOW,UNIQUE_USERS"', '"100"', '',
      '"Facebook followers by gender and age"', '"Age","Women","Men"', '"18-24","10%","10%"', '"25-34","40%","40%"', '',
      '"Instagram followers by gender and age"', '"Age","Women","Men"', '"18-24","30%","20%"', '"25-34","25%","25%"', '',
    ].join('\n');
    await user.upload(screen.getByTestId('import-file-input'), [textFile('Audience.csv', audience)]);
    await screen.findByRole('listitem', { name: 'Audience.csv' });
    const parts = within(card('Audience.csv')).getAllByTestId('import-part').map((li) => fold(li.textContent));
    // Facebook 18-24: 10 + 10 = 20 %; Instagram 18-24: 30 + 20 = 50 %; each: 4 shares + 1 follower count = 5 values
    expect(parts).toEqual([
      'Facebook: 20,0% (leeftijdsgrens 18+) · 5 cijfers gelezen (4 cellen leeftijd × geslacht, 1 aantal of dagwaarde)',
      'Instagram: 50,0% (leeftijdsgrens 18+) · 5 cijfers gelezen (4 cellen leeftijd × geslacht, 1 aantal of dagwaarde)',
    ]);
    // The whole file: 5 + 5 = 10 values.
    expect(within(card('Audience.csv')).getByText('10 cijfers gelezen, over Facebook 5 en Instagram 5')).toBeTruthy();
    await user.type(within(card('Audience.csv')).getByTestId('import-entity'), 'Ketnet');
    await user.click(screen.getByTestId('import-confirm'));
    await screen.findByRole('heading', { name: 'Resultaat' });
    const imports = await db.imports.toArray();
    expect(imports.map((i) => [i.platform, i.observationCount]).sort()).toEqual([['facebook', 5], ['instagram', 5]]);
    expect(new Set(imports.map((i) => i.sourceFileId)).size).toBe(1);
    expect(await db.sourceFiles.count()).toBe(1);
    expect((await db.accounts.toArray()).map((a) => a.platform).sort()).toEqual(['facebook', 'instagram']);
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

  it('saves a column mapping as a format and applies it: eigen.csv read as 2 TikTok view counts', async () => {
    const user = userEvent.setup();
    renderApp('/import', serviceClient());
    await user.upload(screen.getByTestId('import-file-input'), [textFile('eigen.csv', 'Dag,Aantal\n2025-10-01,5\n2025-10-02,7\n')]);
    await screen.findByRole('listitem', { name: 'eigen.csv' }, { timeout: 15_000 });
    await user.click(within(card('eigen.csv')).getByRole('button', { name: 'Kolommen koppelen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kolommen koppelen: eigen.csv' }, { timeout: 15_000 });
    await user.selectOptions(within(dialog).getByLabelText('Platform'), 'tiktok');
    const apply = within(dialog).getByRole('button', { name: 'Toepassen' });
    await waitFor(() => expect((apply as HTMLButtonElement).disabled).toBe(false), { timeout: 15_000 });
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan als formaat' }));
    // The name is the file's without its extension.
    expect((await within(dialog).findByText('Opgeslagen als "eigen".')).closest('[role="status"]')).not.toBeNull();
    expect((await db.savedFormats.toArray()).map((f) => f.name)).toEqual(['eigen']);
    await user.click(apply);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 15_000 });
    // Two rows (5 and 7 views on 1 and 2 October) → 2 numbers read.
    expect(fold(card('eigen.csv').textContent)).toContain('2 cijfers gelezen');
  });
});
