// E2E: the read model's snapshot in the built app (src/db/read-model-snapshot.ts). After the sample data is
// read once, the worker keeps the screen view tagged with its own hashed script name and the data version;
// a fresh tab shows the same answer from it; a write (a threshold change) makes the next reading new.

import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foldSpaces, loadSampleData, useAppSession } from './browser';

/** The snapshot record's build and data version, and the app database's data version, read with raw IndexedDB. */
function snapshotTags(page: Page): Promise<{ build: string | null; snapshotVersion: string | null; dataVersion: string | null }> {
  return page.evaluate(async () => {
    const get = (name: string, store: string, key: string) =>
      new Promise<Record<string, unknown> | null>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error ?? new Error(`cannot open ${name}`));
        open.onsuccess = () => {
          const database = open.result;
          if (!database.objectStoreNames.contains(store)) {
            database.close();
            resolve(null);
            return;
          }
          const request = database.transaction(store, 'readonly').objectStore(store).get(key);
          request.onsuccess = () => {
            database.close();
            resolve((request.result as Record<string, unknown> | undefined) ?? null);
          };
          request.onerror = () => reject(request.error ?? new Error(`cannot read ${store}`));
        };
      });
    const snapshot = await get('youth-reach-read-model', 'snapshots', 'screen');
    const version = await get('youth-reach', 'settings', 'data-version');
    return { build: (snapshot?.build as string | undefined) ?? null, snapshotVersion: (snapshot?.dataVersion as string | undefined) ?? null, dataVersion: (version?.value as string | undefined) ?? null };
  });
}

describe('the read model snapshot', () => {
  const session = useAppSession(() => inject('baseUrl'));

  it('is kept for the data read, shown by a fresh tab with the same answer, and renewed after a write', async () => {
    const { context, page } = session();
    const baseUrl = inject('baseUrl');
    await loadSampleData(page);
    await page.goto(`${baseUrl}#/answer`);
    const counts = foldSpaces(await page.getByTestId('entity-counts').innerText({ timeout: 60_000 }));
    // sample-data/README.md: 1 voldoende, 1 gedeeltelijk voldoende, 2 onvoldoende.
    expect(counts).toBe('Entiteiten: 1 voldoende, 1 gedeeltelijk voldoende, 2 onvoldoende, 0 met te weinig gegevens.');
    await expect.poll(async () => (await snapshotTags(page)).snapshotVersion, { timeout: 30_000 }).not.toBeNull();
    const kept = await snapshotTags(page);
    expect(kept.build).toMatch(/^read-model\.worker-[\w-]+\.js$/);
    expect(kept.snapshotVersion).toBe(kept.dataVersion);

    const fresh = await context.newPage();
    await fresh.goto(`${baseUrl}#/answer`);
    expect(foldSpaces(await fresh.getByTestId('entity-counts').innerText({ timeout: 60_000 }))).toBe(counts);
    await fresh.close();

    // A write (thresholds 400/500, as in answer.test.ts: 3 of 4 entities onvoldoende) gives the data a new
    // version: a fresh tab reads the database again instead of the kept snapshot, and a new one is kept.
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByLabel('Oververtegenwoordigd boven index').fill('500');
    await page.getByLabel('Ondervertegenwoordigd onder index').fill('400');
    await page.getByRole('button', { name: 'Drempels bewaren' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Drempels bewaard' }).count()).toBe(1);
    const written = await snapshotTags(page);
    expect(written.dataVersion).not.toBe(kept.dataVersion);
    const after = await context.newPage();
    await after.goto(`${baseUrl}#/answer`);
    await expect.poll(() => after.getByTestId('answer-verdict').innerText(), { timeout: 60_000 }).toBe('onvoldoende');
    expect(foldSpaces(await after.getByTestId('entity-counts').innerText())).toBe('Entiteiten: 0 voldoende, 1 gedeeltelijk voldoende, 3 onvoldoende, 0 met te weinig gegevens.');
    await expect.poll(async () => (await snapshotTags(after)).snapshotVersion, { timeout: 30_000 }).toBe(written.dataVersion);
  }, 300_000);
});
