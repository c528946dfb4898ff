// The data screen in jsdom: the imports list, deleting one import after a confirmation that says what goes,
// undoing it, and deleting an entity with the counts it takes along.

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/db/database';
import { fakeParse, fold, renderApp, resetDatabase, serviceClient, textFile } from '../../../support/ui-test-utils';

async function importFiles(): Promise<void> {
  const service = serviceClient(fakeParse);
  const previews = await service.preview([textFile('viewer-age.csv', 'youtube'), textFile('views.csv', 'views')]);
  await service.commit(previews.map((p) => ({ key: p.key, entityName: 'Ketnet', platform: p.summary!.platform ?? 'facebook' })));
}

describe('data screen', { timeout: 60_000 }, () => {
  beforeEach(async () => {
    await resetDatabase();
    await importFiles();
  });

  it('deletes one import after saying what goes, and undo brings it back', async () => {
    const user = userEvent.setup();
    renderApp('/data', serviceClient(fakeParse));
    const table = await screen.findByTestId('imports-table', {}, { timeout: 15_000 });
    expect(within(table).getAllByRole('row')).toHaveLength(3); // header + 2 imports

    await user.click(screen.getByRole('button', { name: 'views.csv verwijderen' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Import verwijderen?' });
    // views.csv: 2 daily views observations; the file "views" is 5 bytes
    expect(fold(dialog.textContent)).toContain(
      'Dit verwijdert de import van views.csv (Ketnet, Facebook): 2 cijfers en het originele bestand (5 byte).',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Ja, verwijderen' }));
    await screen.findByText('views.csv is verwijderd.', {}, { timeout: 15_000 });
    expect(await db.imports.count()).toBe(1);
    await waitFor(() => expect(within(screen.getByTestId('imports-table')).queryByText('views.csv')).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    await screen.findByText('views.csv is teruggezet.', {}, { timeout: 15_000 });
    expect(await db.imports.count()).toBe(2);
    expect(await db.sourceFiles.count()).toBe(2);
    await within(screen.getByTestId('imports-table')).findByText('views.csv', {}, { timeout: 15_000 });
  });

  it('starts the confirmation on the safe button, and Escape cancels it and returns the focus', async () => {
    const user = userEvent.setup();
    renderApp('/data', serviceClient(fakeParse));
    await screen.findByTestId('imports-table', {}, { timeout: 15_000 });
    const opener = screen.getByRole('button', { name: 'views.csv verwijderen' });
    await user.click(opener);
    const dialog = screen.getByRole('alertdialog', { name: 'Import verwijderen?' });
    // The focus lands on "Annuleren", not on the destructive "Ja, verwijderen": Enter right away deletes nothing.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Annuleren' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(opener));
    expect(await db.imports.count()).toBe(2);
  });

  it('deletes an entity with its accounts, imports and files after a confirmation that counts them', async () => {
    const user = userEvent.setup();
    renderApp('/data', serviceClient(fakeParse));
    await user.click(await screen.findByRole('button', { name: 'Ketnet verwijderen' }, { timeout: 15_000 }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Entiteit Ketnet verwijderen?' }, { timeout: 15_000 });
    // 2 accounts (YouTube, Facebook), 2 imports, 2 files of 7 ("youtube") + 5 ("views") = 12 bytes
    expect(fold(dialog.textContent)).toContain('Dit verwijdert Ketnet met 2 accounts, 2 imports en 2 originele bestanden (12 byte).');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, verwijderen' }));
    await screen.findByText('Ketnet is verwijderd.', {}, { timeout: 15_000 });
    expect([await db.entities.count(), await db.accounts.count(), await db.imports.count(), await db.sourceFiles.count()]).toEqual([0, 0, 0, 0]);
    await screen.findByText('Nog geen imports.', {}, { timeout: 15_000 });
  });
});
