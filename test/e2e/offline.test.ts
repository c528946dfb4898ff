// E2E offline and installable: after the first visit the service worker (Workbox, vite-plugin-pwa) has
// cached the whole build, so with the network off a reload still opens the app and the sample data still
// loads, and a connection lost while the app is open pauses no import; the page links a web app manifest
// with an icon.

import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';
import { loadSampleData, openApp, launchBrowser, useAppSession } from './browser';

/** Content types of the files a build holds (a plain static web server's table). */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv',
  '.webmanifest': 'application/manifest+json',
};

describe('offline', () => {
  const session = useAppSession(() => inject('baseUrl'));

  it('opens and works with the network off after the first visit', async () => {
    const { page, context, guard } = session();
    await page.getByTestId('first-visit').waitFor();
    // First visit: the service worker installs, precaches the build and takes control of the page.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);

    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.reload({ waitUntil: 'load' });
    await page.getByTestId('first-visit').waitFor();
    // The sample exports and the import worker come from the cache too: the overview fills as online
    // (sample-data/README.md: Ketnet YouTube 60,1%).
    const rows = await loadSampleData(page);
    expect(rows.find((r) => r[0] === 'Ketnet' && r[1] === 'YouTube')?.[2]).toBe('60,1%');
    await context.setOffline(false);
    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });

  it('imports with the connection lost while the app is open (the browser\'s offline event pauses nothing)', async () => {
    const { page, context, guard } = session();
    await page.getByTestId('first-visit').waitFor();
    // The sample exports come from the service worker's cache (as in the test above).
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
    await context.setOffline(true); // fires `offline` in the open page: no reload
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    // Loading the sample data is an import through the worker (a mutation, then the read model's queries).
    const rows = await loadSampleData(page);
    expect(rows.find((r) => r[0] === 'Ketnet' && r[1] === 'YouTube')?.[2]).toBe('60,1%');
    await context.setOffline(false);
    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });

  it('links a manifest with a name, a start address relative to its folder, and a 512 px icon', async () => {
    const { page, guard } = session();
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('./manifest.webmanifest');
    const manifest = (await page.evaluate(async (url) => (await fetch(url)).json(), href!)) as {
      name: string;
      start_url: string;
      scope: string;
      display: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Jongerenbereik', start_url: './', scope: './', display: 'standalone' });
    const icon = manifest.icons.find((i) => i.sizes === '512x512');
    expect(icon?.type).toBe('image/png');
    // The icon is there and is a PNG (signature 89 50 4E 47).
    const signature = await page.evaluate(async (src) => [...new Uint8Array(await (await fetch(src)).arrayBuffer()).slice(0, 4)], icon!.src);
    expect(signature).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });
});

describe('a static build under any folder', () => {
  it('runs from /intranet/diensten/jongerenbereik/ on a plain static server', async () => {
    // A bare static server (no Vite): it serves dist/ below a deep folder and nothing at the root.
    const prefix = '/intranet/diensten/jongerenbereik/';
    const dist = path.resolve(process.cwd(), 'dist');
    const server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith(prefix)) {
        response.writeHead(404).end();
        return;
      }
      const file = path.join(dist, url.pathname.slice(prefix.length) || 'index.html');
      readFile(file).then(
        (bytes) => {
          response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
          response.end(bytes);
        },
        () => response.writeHead(404).end(),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const browser = await launchBrowser();
    try {
      const { port } = server.address() as AddressInfo;
      const { page, guard } = await openApp(browser, `http://127.0.0.1:${port}${prefix}`);
      await page.getByTestId('first-visit').waitFor();
      const rows = await loadSampleData(page);
      expect(rows.find((r) => r[0] === 'Ketnet' && r[1] === 'YouTube')?.[2]).toBe('60,1%');
      // The service worker is registered for that folder only.
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(scope).toBe(`http://127.0.0.1:${port}${prefix}`);
      expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
    } finally {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }, 120_000);
});
