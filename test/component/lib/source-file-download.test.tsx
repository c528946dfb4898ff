// "Origineel downloaden" (src/lib/source-file-download.tsx): from the data screen's list of imports and from a
// number's trace, the stored original of the real YouTube viewer-age export comes back byte for byte, under
// its own name; a file deleted meanwhile is said to be gone.

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/database';
import { createImportService } from '../../../src/workers/import-service';
import { describeRealExports, readRealExport } from '../../unit/real-exports';
import { renderApp, resetDatabase, serviceClient } from '../../support/ui-test-utils';
import { blobBytes, captureDownloads } from '../../support/downloads';

beforeEach(async () => {
  localStorage.clear();
  await resetDatabase();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describeRealExports('downloading the original of an imported file', () => {
  const bytes = readRealExport('youtube', 'viewer-age_table-data.csv');

  async function storeKetnet(): Promise<void> {
    const service = createImportService();
    const [p] = await service.preview([new File([new Uint8Array(bytes)], 'Table data.csv')]);
    const [r] = await service.commit([{ key: p!.key, entityName: 'Ketnet', platform: 'youtube' }]);
    expect(r?.status).toBe('stored');
  }

  it('from the data screen and from the trace of Ketnet’s youth share: the same bytes, named Table data.csv', async () => {
    await storeKetnet();
    const downloads = captureDownloads();
    const user = userEvent.setup();
    const { router } = renderApp('/data', serviceClient());
    const table = await screen.findByTestId('imports-table', {}, { timeout: 15_000 });
    await user.click(within(table).getByRole('button', { name: 'Origineel downloaden: Table data.csv' }));
    await waitFor(() => expect(downloads.names).toEqual(['Table data.csv']));
    expect(await blobBytes(downloads.blobs[0]!)).toEqual(new Uint8Array(bytes));

    // The youth share's trace on the entity page: (0.61 + 10.81) / 100 = 11,4% of views, from that one file.
    const ketnet = (await db.entities.where('nameKey').equals('ketnet').first())!;
    await router.navigate(`/entity/${ketnet.id}`);
    await user.click(await screen.findByRole('button', { name: 'Herkomst van Jongerenaandeel Ketnet · YouTube: 11,4%' }, { timeout: 15_000 }));
    const panel = await screen.findByTestId('trace-panel');
    await user.click(within(panel).getByRole('button', { name: 'Origineel downloaden: Table data.csv' }));
    await waitFor(() => expect(downloads.names).toEqual(['Table data.csv', 'Table data.csv']));
    expect(await blobBytes(downloads.blobs[1]!)).toEqual(new Uint8Array(bytes));
  }, 60_000);

  it('says the file is no longer stored when it was deleted meanwhile (nothing downloaded)', async () => {
    await storeKetnet();
    const downloads = captureDownloads();
    const user = userEvent.setup();
    renderApp('/data', serviceClient());
    const table = await screen.findByTestId('imports-table', {}, { timeout: 15_000 });
    await db.sourceFiles.clear();
    await user.click(within(table).getByRole('button', { name: 'Origineel downloaden: Table data.csv' }));
    expect((await within(table).findByRole('alert')).textContent?.trim()).toBe('Table data.csv is niet meer bewaard.');
    expect(downloads.names).toEqual([]);
  }, 60_000);
});
