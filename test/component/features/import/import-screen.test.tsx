// The import screen: preview per file, the platform select only when the file does not say its platform,
// confirm disabled until entity and platform are set, per-file results, errors and "al geïmporteerd".

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/db/database';
import { loadOverviewRows } from '../../../../src/db/answer-repo';
import { createImportService } from '../../../../src/workers/import-service';
import { clientOfService } from '../../../../src/workers/import-client';
import { fakeParse, fold, renderApp, resetDatabase, serviceClient, textFile } from '../../../support/ui-test-utils';

beforeEach(async () => {
  localStorage.clear();
  await resetDatabase();
});

/** The preview card (list item) of the file called `name`. */
function card(name: string): HTMLElement {
  return screen.getByRole('listitem', { name });
}

describe('import screen', { timeout: 60_000 }, () => {
  it('asks the platform only for a file without one and keeps confirm disabled until it is chosen', async () => {
    const user = userEvent.setup();
    renderApp('/import', serviceClient(fakeParse));

    await user.upload(screen.getByTestId('import-file-input'), [
      textFile('viewer-age.csv', 'youtube'),
      textFile('Audience.csv', 'audience'),
    ]);
    await screen.findByRole('listitem', { name: 'Audience.csv' }, { timeout: 15_000 });

    // Only the audience file (platform null) gets the select; it is required and starts empty.
    const selects = screen.getAllByTestId('import-platform');
    expect(selects).toHaveLength(1);
    const select = within(card('Audience.csv')).getByTestId('import-platform') as HTMLSelectElement;
    expect(select.required).toBe(true);
    expect(select.value).toBe('');
    expect(Array.from(select.options, (o) => o.value)).toEqual(['', 'facebook', 'instagram']);
    expect(within(card('viewer-age.csv')).queryByTestId('import-platform')).toBeNull();
    expect(within(card('viewer-age.csv')).getByText('YouTube')).toBeTruthy();

    // What each file holds: (0.61 + 10.81) / 100 = 11,4% at floor 13+; 0.05 + 0.04 = 9,0% at 18+.
    expect(fold(within(card('viewer-age.csv')).getByText(/leeftijdsgrens/).textContent)).toBe('11,4% (leeftijdsgrens 13+)');
    expect(fold(within(card('Audience.csv')).getByText(/leeftijdsgrens/).textContent)).toBe('9,0% (leeftijdsgrens 18+)');
    // The age split of the audience file: 18-24 = 9,0%, 25-34 = 0.20 + 0.21 = 41,0%, 35-44 = 0.25 + 0.25 = 50,0%.
    const bands = within(card('Audience.csv'))
      .getAllByRole('listitem')
      .map((li) => fold(li.textContent));
    expect(bands).toEqual(['18-24 9,0%', '25-34 41,0%', '35-44 50,0%']);

    const confirm = screen.getByTestId('import-confirm') as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    expect(screen.getByText(/Vul voor elk bestand een entiteit in\./)).toBeTruthy();

    // Typing the entity in the first card and leaving the field fills the other, still blank card once.
    await user.type(within(card('viewer-age.csv')).getByTestId('import-entity'), 'Ketnet');
    expect((within(card('Audience.csv')).getByTestId('import-entity') as HTMLInputElement).value).toBe('');
    await user.tab();
    expect((within(card('Audience.csv')).getByTestId('import-entity') as HTMLInputElement).value).toBe('Ketnet');
    expect(within(card('Audience.csv')).getByText(/Overgenomen van een ander bestand/)).toBeTruthy();
    // Changing the first card later does not ripple to the second: what a field shows only changes there.
    await user.clear(within(card('viewer-age.csv')).getByTestId('import-entity'));
    await user.type(within(card('viewer-age.csv')).getByTestId('import-entity'), 'Ketnet');
    await user.tab();
    await user.type(within(card('Audience.csv')).getByTestId('import-entity'), 'X');
    await user.clear(within(card('viewer-age.csv')).getByTestId('import-entity'));
    await user.type(within(card('viewer-age.csv')).getByTestId('import-entity'), 'VDAB');
    await user.tab();
    expect((within(card('Audience.csv')).getByTestId('import-entity') as HTMLInputElement).value).toBe('KetnetX');
    await user.clear(within(card('Audience.csv')).getByTestId('import-entity'));
    await user.type(within(card('Audience.csv')).getByTestId('import-entity'), 'Ketnet');
    await user.clear(within(card('viewer-age.csv')).getByTestId('import-entity'));
    await user.type(within(card('viewer-age.csv')).getByTestId('import-entity'), 'Ketnet');
    expect(confirm.disabled).toBe(true); // the platform is still missing
    expect(screen.getByText('Kies voor elk bestand het platform.')).toBeTruthy();

    await user.selectOptions(select, 'instagram');
    expect(confirm.disabled).toBe(false);

    await user.click(confirm);
    await screen.findByRole('heading', { name: 'Resultaat' }, { timeout: 15_000 });
    const results = within(screen.getByRole('list', { name: 'Resultaat' }))
      .getAllByRole('listitem')
      .map((li) => fold(li.textContent));
    expect(results).toEqual(['viewer-age.csv bewaard', 'Audience.csv bewaard']);
    expect(screen.getByRole('link', { name: 'Naar het overzicht' })).toBeTruthy();

    const rows = await loadOverviewRows(db);
    expect(rows.map((r) => [r.entityName, r.platform, r.youthShare, r.youthAgeFloor])).toEqual([
      // sorted by entity, then platform order (instagram before youtube)
      ['Ketnet', 'instagram', expect.closeTo(0.09, 10), 18],
      ['Ketnet', 'youtube', expect.closeTo(0.1142, 10), 13],
    ]);
  }, 60_000);

  it('does not fill the entity field the user moves into: what they type there is all it holds', async () => {
    const user = userEvent.setup();
    renderApp('/import', serviceClient(fakeParse));
    await user.upload(screen.getByTestId('import-file-input'), [textFile('viewer-age.csv', 'youtube'), textFile('Audience.csv', 'audience')]);
    await screen.findByRole('listitem', { name: 'Audience.csv' }, { timeout: 15_000 });
    await user.type(within(card('viewer-age.csv')).getByTestId('import-entity'), 'Nieuw');
    // Clicking straight into the second card's field: it stays empty (filled under the cursor it read "NieuwNieuw").
    const second = within(card('Audience.csv')).getByTestId('import-entity') as HTMLInputElement;
    await user.click(second);
    expect(second.value).toBe('');
    await user.type(second, 'Nieuw');
    expect(second.value).toBe('Nieuw');
    expect(within(card('Audience.csv')).queryByText(/Overgenomen van een ander bestand/)).toBeNull();
  });

  it('shows a failed file with its name, line and reason, stores the others, and marks a stored file "al geïmporteerd"', async () => {
    const user = userEvent.setup();
    renderApp('/import', serviceClient(fakeParse));

    await user.upload(screen.getByTestId('import-file-input'), [
      textFile('broken.csv', 'broken'),
      textFile('photo.csv', '\x89PNG'),
      textFile('views.csv', 'views'),
    ]);
    await screen.findByRole('listitem', { name: 'views.csv' }, { timeout: 15_000 });

    // In Dutch, no English sentence by default: the parser's English detail sits in a closed disclosure.
    const alerts = screen.getAllByRole('alert').map((a) => a.textContent);
    expect(alerts).toEqual([
      'broken.csv, regel 3: het bestand is beschadigd of onvolledig',
      'photo.csv: het formaat wordt niet herkend als een export van een ondersteund platform',
    ]);
    const details = within(card('broken.csv')).getByText('Technische details').closest('details');
    expect(details?.open).toBe(false);
    expect(details?.textContent).toBe('Technische detailsrow 3 has 2 fields, the header has 5');
    // The page-level views file has no age split.
    expect(within(card('views.csv')).getByText('geen leeftijdsgegevens')).toBeTruthy();
    expect(screen.getAllByTestId('import-entity')).toHaveLength(1); // only the ok file asks for an entity

    await user.type(screen.getByTestId('import-entity'), 'De Lijn');
    await user.click(screen.getByTestId('import-confirm'));
    await screen.findByRole('heading', { name: 'Resultaat' }, { timeout: 15_000 });
    expect(fold(screen.getByText('views.csv', { selector: '.result .file-name' }).parentElement?.textContent)).toBe(
      'views.csv bewaard',
    );
    expect(await db.imports.count()).toBe(1);

    // The same bytes again: shown as already imported, not committable.
    await user.click(screen.getByRole('button', { name: 'Andere bestanden importeren' }));
    // The button is gone with the result: the focus goes to the file input, not to the page's body.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('import-file-input')));
    await user.upload(screen.getByTestId('import-file-input'), [textFile('views (1).csv', 'views')]);
    await screen.findByRole('listitem', { name: 'views (1).csv' }, { timeout: 15_000 });
    expect(within(card('views (1).csv')).getByText('al geïmporteerd')).toBeTruthy();
    expect(screen.queryByTestId('import-entity')).toBeNull();
    expect((screen.getByTestId('import-confirm') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Er is geen bestand om te bewaren.')).toBeTruthy();
    expect(screen.getByTestId('import-announcement').textContent).toBe('1 bestand gelezen: 0 klaar om te importeren, 1 al geïmporteerd, 0 met een probleem.');
    await waitFor(async () => expect(await db.imports.count()).toBe(1));

    // The same new bytes twice in one selection: one to import, the other said to be twice in it (not "al geïmporteerd").
    await user.upload(screen.getByTestId('import-file-input'), [textFile('reach.csv', 'views 2'), textFile('reach (1).csv', 'views 2')]);
    await screen.findByRole('listitem', { name: 'reach (1).csv' }, { timeout: 15_000 });
    expect(screen.getByTestId('import-announcement').textContent).toBe(
      '2 bestanden gelezen: 1 klaar om te importeren, 0 al geïmporteerd, 0 met een probleem. 1 bestand staat twee keer in deze selectie en wordt één keer geïmporteerd.',
    );
  });

  it('starts a new import from the menu while the result is shown; keeps a preview not yet stored and the result on a guide link', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/import', serviceClient(fakeParse));
    const menuImport = () => within(screen.getByRole('navigation', { name: 'Hoofdnavigatie' })).getByRole('link', { name: 'Importeren' });

    await user.upload(screen.getByTestId('import-file-input'), [textFile('views.csv', 'views')]);
    await screen.findByRole('listitem', { name: 'views.csv' }, { timeout: 15_000 });
    // A preview not yet stored stays when the menu's Importeren is clicked (its entity choices would be lost).
    await user.click(menuImport());
    expect(screen.getByRole('listitem', { name: 'views.csv' })).toBeTruthy();

    await user.type(screen.getByTestId('import-entity'), 'De Lijn');
    await user.click(screen.getByTestId('import-confirm'));
    await screen.findByRole('heading', { name: 'Resultaat' }, { timeout: 15_000 });
    // A guide link (`?hulp=`) keeps the result on screen and shows that platform's guide below it, open.
    await router.navigate('/import?hulp=youtube');
    expect(screen.getByRole('heading', { name: 'Resultaat' })).toBeTruthy();
    const guide = await screen.findByRole('region', { name: 'Hoe exporteer ik dit?' });
    expect((guide.querySelector('#hulp-youtube') as HTMLDetailsElement).open).toBe(true);
    // The menu's Importeren starts over, as "Andere bestanden importeren" does.
    await user.click(menuImport());
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Resultaat' })).toBeNull());
    expect(screen.queryByRole('listitem', { name: 'views.csv' })).toBeNull();
    expect(screen.getByTestId('import-file-input')).toBeTruthy();
  });

  it('lets the worker forget the files of cards it no longer shows: a new selection, then leaving the screen', async () => {
    const user = userEvent.setup();
    const service = createImportService({ parse: fakeParse });
    // The keys of each preview, as the worker gave them (they are not on screen).
    const previewed: string[][] = [];
    const preview = service.preview.bind(service);
    service.preview = async (files, onProgress) => {
      const list = await preview(files, onProgress);
      previewed.push(list.map((p) => p.key));
      return list;
    };
    const { router } = renderApp('/import', clientOfService(() => Promise.resolve(service)));
    // Whether the worker still holds a file: inspecting it (it reads nothing, writes nothing) knows the key or not.
    const known = async (keys: string[]) => Promise.all(
        keys.map(async (key) => {
          const inspected = await service.inspect(key);
          return inspected.status === 'ok' || inspected.problem.code !== 'unknown-key';
        }),
      );

    await user.upload(screen.getByTestId('import-file-input'), [textFile('a.csv', 'youtube 1'), textFile('b.csv', 'youtube 2')]);
    await screen.findByRole('listitem', { name: 'b.csv' }, { timeout: 15_000 });
    expect(await known(previewed[0]!)).toEqual([true, true]);
    await user.upload(screen.getByTestId('import-file-input'), [textFile('c.csv', 'youtube 3')]);
    await screen.findByRole('listitem', { name: 'c.csv' }, { timeout: 15_000 });
    // The first selection's two files are gone from the worker; c.csv is kept while its card is shown.
    await waitFor(async () => expect(await known(previewed[0]!)).toEqual([false, false]));
    expect(await known(previewed[1]!)).toEqual([true]);

    // Leaving the screen lets c.csv go too.
    await router.navigate('/data');
    await waitFor(async () => expect(await known(previewed[1]!)).toEqual([false]));
  });

  it('stores the files once on a double click of Importeren and says so (not a second, failed commit)', async () => {
    const user = userEvent.setup();
    renderApp('/import', serviceClient(fakeParse));
    await user.upload(screen.getByTestId('import-file-input'), [textFile('viewer-age.csv', 'youtube')]);
    await screen.findByRole('listitem', { name: 'viewer-age.csv' }, { timeout: 15_000 });
    await user.type(screen.getByTestId('import-entity'), 'Ketnet');
    // Two clicks in one go, as a double click gives them: the second comes before the screen re-renders.
    const confirm = screen.getByTestId('import-confirm');
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    await screen.findByRole('heading', { name: 'Resultaat' }, { timeout: 15_000 });
    expect(fold(screen.getByText('viewer-age.csv', { selector: '.result .file-name' }).parentElement?.textContent)).toBe('viewer-age.csv bewaard');
    await waitFor(() => expect(screen.getByTestId('import-announcement').textContent).toBe('Importeren klaar: 1 bewaard, 0 al geïmporteerd, 0 niet bewaard.'));
    expect(await db.imports.count()).toBe(1);
  });
});
