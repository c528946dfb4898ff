// E2E: tabs across a schema change in real Chromium — a newer schema opened in another
// tab makes this tab close its connection and show the reload banner; a tab still holding schema version 1
// blocks the upgrade (banner), and once it lets go the app upgrades the version-1 database with its data.

import { expect, inject, it, describe } from 'vitest';
import { packObservations } from '../../src/db/observation-chunks';
import { APP_DATABASE, foldSpaces, openTab, readYouthShareTable, useAppSession } from './browser';

describe('tabs and schema versions', () => {
  const session = useAppSession(() => inject('baseUrl'));
  const baseUrl = () => inject('baseUrl');

  it('shows the reload banner when another tab opens a newer schema, and works again after reload', async () => {
    const s = session();
    const { page, guard } = s;
    await page.getByTestId('load-sample-data').waitFor(); // the database is open (empty: the start screen)
    const other = await openTab(s, `${baseUrl()}favicon.svg`);
    // Another tab opens the database at native version 30 (Dexie version 3, a future schema).
    const outcome = await other.evaluate(
      (name) =>
        new Promise<string>((resolve) => {
          const request = indexedDB.open(name, 30);
          request.onsuccess = () => {
            request.result.close();
            resolve('opened');
          };
          request.onerror = () => resolve(`error ${request.error?.name}`);
          setTimeout(() => resolve('still blocked after 5 s'), 5000);
        }),
      APP_DATABASE,
    );
    expect(outcome).toBe('opened'); // this tab closed its connection instead of blocking the upgrade
    const banner = page.getByTestId('banner-version-changed');
    await banner.waitFor();
    expect(foldSpaces(await banner.innerText())).toContain(
      'Jongerenbereik werd in een ander tabblad bijgewerkt of gewist. Herlaad deze pagina om verder te werken.',
    );

    // After the reload the page works again (Dexie 4 opens the database at its installed version when that
    // version only added nothing this build needs) and the banner is gone.
    await page.reload({ waitUntil: 'load' });
    await page.getByTestId('load-sample-data').waitFor();
    expect(await page.getByTestId('banner-version-changed').count()).toBe(0);
    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });

  it('waits for a tab holding schema version 1 (banner), then upgrades its data', async () => {
    const s = session();
    const { page, guard } = s;
    await page.getByTestId('load-sample-data').waitFor();
    await page.goto(`${baseUrl()}favicon.svg`); // the app lets go of its connection
    // The viewer-age split of real-exports/youtube/viewer-age_table-data.csv as schema 1 stored it.
    const shares: [string, number][] = [
      ['13-17', 0.61], ['18-24', 10.81], ['25-34', 22.29], ['35-44', 18.53], ['45-54', 14.71], ['55-64', 15.19], ['65+', 17.86],
    ];
    const [chunk] = packObservations(
      'imp-1',
      shares.map(([ageBand, p]) => ({ metric: 'views', period: null, ageBand: ageBand as '13-17', value: p / 100, unit: 'share' })),
    );
    const plainChunk = Object.fromEntries(
      Object.entries(chunk!).map(([k, v]) => [k, ArrayBuffer.isView(v) ? { typed: v.constructor.name, values: Array.from(v as Uint8Array) } : v]),
    );
    await page.evaluate(
      async ({ name, plainChunk }) => {
        await new Promise<void>((resolve, reject) => {
          const del = indexedDB.deleteDatabase(name);
          del.onsuccess = () => resolve();
          del.onerror = () => reject(del.error);
        });
        const database = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(name, 10); // Dexie version 1 = native version 10
          request.onupgradeneeded = () => {
            const d = request.result;
            d.createObjectStore('entities', { keyPath: 'id' }).createIndex('nameKey', 'nameKey', { unique: true });
            const accounts = d.createObjectStore('accounts', { keyPath: 'id' });
            accounts.createIndex('entityId', 'entityId');
            accounts.createIndex('[entityId+platform]', ['entityId', 'platform']);
            d.createObjectStore('sourceFiles', { keyPath: 'id' }).createIndex('sha256', 'sha256', { unique: true });
            const imports = d.createObjectStore('imports', { keyPath: 'id' });
            for (const index of ['sourceFileId', 'accountId', 'entityId']) imports.createIndex(index, index);
            d.createObjectStore('observationChunks', { keyPath: ['importId', 'seq'] });
          };
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const chunk = Object.fromEntries(
          Object.entries(plainChunk).map(([k, v]) => {
            const t = v as { typed?: string; values?: number[] };
            return [k, t && typeof t === 'object' && t.typed ? new (globalThis as unknown as Record<string, new (a: number[]) => unknown>)[t.typed]!(t.values!) : v];
          }),
        );
        const now = '2025-10-01T10:00:00.000Z';
        const bytes = new TextEncoder().encode('Viewer age,Views (%)\n');
        const tx = database.transaction(['entities', 'accounts', 'sourceFiles', 'imports', 'observationChunks'], 'readwrite');
        tx.objectStore('entities').add({ id: 'ent-1', name: 'Ketnet', nameKey: 'ketnet', createdAt: now });
        tx.objectStore('accounts').add({ id: 'acc-1', entityId: 'ent-1', platform: 'youtube', name: null, createdAt: now });
        tx.objectStore('sourceFiles').add({
          id: 'sf-1', name: 'Table data.csv', size: bytes.byteLength, sha256: 'a'.repeat(64), lastModified: null, importedAt: now, bytes: bytes.buffer,
        });
        tx.objectStore('imports').add({
          id: 'imp-1', sourceFileId: 'sf-1', accountId: 'acc-1', entityId: 'ent-1', fileName: 'Table data.csv',
          format: 'youtube-studio-viewer-age', formatLabel: 'YouTube Studio', formatVersion: 1, platform: 'youtube',
          period: null, basis: 'views', warnings: [], observationCount: 7, chunkCount: 1, importedAt: now, status: 'complete',
        });
        tx.objectStore('observationChunks').add(chunk);
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        // Held open like an old tab that ignores versionchange.
        (globalThis as unknown as { held: IDBDatabase }).held = database;
      },
      { name: APP_DATABASE, plainChunk },
    );

    const app = await openTab(s, baseUrl());
    const blocked = app.getByTestId('banner-blocked');
    await blocked.waitFor();
    expect(foldSpaces(await blocked.innerText())).toContain('Sluit de andere tabbladen met Jongerenbereik');

    await page.evaluate(() => (globalThis as unknown as { held: IDBDatabase }).held.close());
    await app.getByTestId('youth-share-table').locator('tbody tr').first().waitFor();
    await blocked.waitFor({ state: 'detached' });
    // youth share (0.61 + 10.81) / 100 = 0.1142 → 11,4%, floor 13+, basis views, no period
    expect(await readYouthShareTable(app)).toEqual([['Ketnet', 'YouTube', '11,4%', '13+', 'weergaven', '—']]);
    const upgraded = await app.evaluate(
      (name) =>
        new Promise<{ version: number; provenance: unknown; stores: string[] }>((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onsuccess = () => {
            const d = request.result;
            const get = d.transaction('imports').objectStore('imports').get('imp-1');
            get.onsuccess = () => {
              resolve({ version: d.version, provenance: get.result.provenance, stores: Array.from(d.objectStoreNames).sort() });
              d.close();
            };
          };
          request.onerror = () => reject(request.error);
        }),
      APP_DATABASE,
    );
    expect(upgraded).toEqual({
      version: 20, // Dexie version 2
      provenance: 'export',
      stores: ['accounts', 'entities', 'imports', 'observationChunks', 'presence', 'referenceOverrides', 'savedFormats', 'settings', 'sourceFiles'],
    });
    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });
});
