// E2E: a page closed mid-import leaves each file whole or absent; leftovers of
// an interrupted write are cleaned on start with a notice; a full disk (a real small quota, set through
// the DevTools protocol's Storage.overrideQuotaForOrigin) stops the file with a clear message and stores
// nothing; a browser that cannot store offers to continue in memory.

import { expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeRealExports, realExportPath } from '../unit/real-exports';
import { APP_DATABASE, countStoredRecords, foldSpaces, loadSampleData, openTab, useAppSession } from './browser';

/** Every import with its status, chunk count (stored vs declared) and whether its source file exists. */
function readImports(page: Page): Promise<{ status: string; chunks: number; chunkCount: number; hasSource: boolean }[]> {
  return page.evaluate(async (name) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T,>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = database.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const imports = await all<{ id: string; status: string; chunkCount: number; sourceFileId: string }>('imports');
    const chunks = await all<{ importId: string }>('observationChunks');
    const files = await all<{ id: string }>('sourceFiles');
    database.close();
    return imports.map((i) => ({
      status: i.status,
      chunks: chunks.filter((c) => c.importId === i.id).length,
      chunkCount: i.chunkCount,
      hasSource: files.some((f) => f.id === i.sourceFileId),
    }));
  }, APP_DATABASE);
}

describeRealExports('interrupted imports, full storage, no storage', () => {
  const session = useAppSession(() => inject('baseUrl'));
  const baseUrl = () => inject('baseUrl');

  it('closing the page while files are being stored leaves each file whole or absent', async () => {
    const s = session();
    await s.page.getByTestId('load-sample-data').click();
    // As soon as the first file is stored (the next ones' transactions under way), close the page.
    await expect.poll(async () => (await countStoredRecords(s.page))['imports'] ?? 0, { interval: 5, timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    await s.page.close({ runBeforeUnload: false }); // kills the page and its import worker mid-commit

    const again = await openTab(s, baseUrl());
    await again.getByTestId('load-sample-data').or(again.getByTestId('youth-share-table')).first().waitFor();
    const imports = await readImports(again);
    console.log(`[e2e] stored before the page was closed: ${imports.length} of 18 sample files`);
    expect(imports.length).toBeGreaterThanOrEqual(1); // the first file had been stored whole
    for (const i of imports) expect(i).toEqual({ status: 'complete', chunks: i.chunkCount, chunkCount: i.chunkCount, hasSource: true });
    const counts = await countStoredRecords(again);
    expect(counts['sourceFiles']).toBe(imports.length); // no file without its import
    expect(s.guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });

  it('cleans leftovers of an unfinished import on start and says so', async () => {
    const { page, guard } = session();
    await page.getByTestId('load-sample-data').waitFor(); // database created at schema 2
    await page.goto(`${baseUrl()}favicon.svg`);
    // What a write cut off between its steps would leave: a pending import with one chunk, and a chunk of
    // an import that does not exist.
    await page.evaluate(async (name) => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = database.transaction(['imports', 'observationChunks'], 'readwrite');
      tx.objectStore('imports').add({
        id: 'p1', sourceFileId: 'none', accountId: 'a', entityId: 'e', fileName: 'half.csv', status: 'pending', chunkCount: 1,
      });
      tx.objectStore('observationChunks').add({ importId: 'p1', seq: 0, rowCount: 0 });
      tx.objectStore('observationChunks').add({ importId: 'ghost', seq: 0, rowCount: 0 });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      database.close();
    }, APP_DATABASE);

    await page.goto(baseUrl());
    const banner = page.getByTestId('banner-cleanup');
    await banner.waitFor();
    // 1 pending import; chunks: p1's and ghost's = 2; no loose source file.
    expect(foldSpaces(await banner.innerText())).toContain(
      'Een onderbroken import werd opgeruimd (1 onvolledige import, 2 losse cijferblokken, 0 losse bestanden).',
    );
    const counts = await countStoredRecords(page);
    expect([counts['imports'], counts['observationChunks']]).toEqual([0, 0]);
    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });

  it('a full disk stops the file with a clear message and stores nothing of it', async () => {
    const { context, page, guard } = session();
    await page.getByTestId('load-sample-data').waitFor();
    const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    const cdp = await context.newCDPSession(page);
    // 10 kB more than used now: less than the 36 kB posts export alone.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseUrl()).origin, quotaSize: usage + 10_000 });

    await page.getByRole('navigation').getByRole('link', { name: 'Importeren', exact: true }).click();
    await page.getByTestId('import-file-input').setInputFiles(realExportPath('facebook', 'mbs_posts_Sep-01-2025_Sep-30-2025.csv'));
    await page.getByTestId('import-entity').fill('VDAB');
    await page.getByTestId('import-confirm').click();
    await page.getByRole('heading', { name: 'Resultaat' }).waitFor({ timeout: 30_000 });
    const result = page.locator('.result', { hasText: 'mbs_posts_Sep-01-2025_Sep-30-2025.csv' });
    const text = foldSpaces(await result.innerText());
    expect(text).toContain('niet bewaard');
    expect(text).toMatch(/de opslagruimte van de browser voor deze site is vol|het bewaren werd afgebroken \(misschien is de schijf vol\)/);
    const counts = await countStoredRecords(page);
    expect([counts['entities'], counts['accounts'], counts['sourceFiles'], counts['imports'], counts['observationChunks']]).toEqual([0, 0, 0, 0, 0]);

    // With room again the same file is stored.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseUrl()).origin });
    await page.getByRole('button', { name: 'Andere bestanden importeren' }).click();
    await page.getByTestId('import-file-input').setInputFiles(realExportPath('facebook', 'mbs_posts_Sep-01-2025_Sep-30-2025.csv'));
    await page.getByTestId('import-entity').fill('VDAB');
    await page.getByTestId('import-confirm').click();
    await page.getByRole('heading', { name: 'Resultaat' }).waitFor({ timeout: 30_000 });
    expect((await countStoredRecords(page))['imports']).toBe(1);
    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });

  it('without storage it offers to continue in memory, where the sample data still loads', async () => {
    const { context, page, guard } = session();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
    });
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('heading', { level: 1, name: 'Deze browser kan geen gegevens bewaren' }).waitFor();
    await page.getByText('De browser laat deze site niets bewaren', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Doorgaan zonder bewaren' }).click();
    await page.getByTestId('banner-memory').waitFor();
    const rows = await loadSampleData(page);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r[0])).toContain('Ketnet');
    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });
});
