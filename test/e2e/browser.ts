// Browser harness of the e2e tests: launches Debian's Chromium through playwright-core (never a downloaded
// browser), opens the served app in a fresh en-US context, and records anything that must not happen
// (requests to other hosts, page errors, console errors, CSP violations).

import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Download, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

/** Path of the browser binary: `YOUTH_REACH_CHROMIUM`, else Debian's /usr/bin/chromium. */
export const CHROMIUM_PATH: string = process.env.YOUTH_REACH_CHROMIUM ?? '/usr/bin/chromium';

/** Launches headless Chromium at {@link CHROMIUM_PATH}. Throws playwright's error when it cannot start. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What the guard saw; every list must stay empty for a test to pass. */
export interface GuardReport {
  /** `METHOD url` of each request to a host other than 127.0.0.1/localhost (aborted, not sent). */
  externalRequests: string[];
  /** Message of each uncaught exception in the page. */
  pageErrors: string[];
  /** Text of each `console.error` (including failed resource loads and CSP violations). */
  consoleErrors: string[];
}

/** One test's browser state: its own context (fresh, empty IndexedDB), one page, and the guard's record. */
export interface AppSession {
  context: BrowserContext;
  page: Page;
  guard: GuardReport;
}

/** True for an http(s)/ws(s) URL whose host is not the loopback we serve on; blob:/data: never are. */
function isExternal(url: URL): boolean {
  if (!/^(https?|wss?):$/.test(url.protocol)) return false;
  return !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/**
 * Installs the guard on `context`: requests to other hosts are recorded in `guard` and aborted, and every
 * `securitypolicyviolation` in a page of the context is reported as a console error
 * (docs/architecture.md#security). Call once per context, before its pages load.
 */
export async function guardContext(context: BrowserContext, guard: GuardReport): Promise<void> {
  await context.route(isExternal, async (route) => {
    const request = route.request();
    guard.externalRequests.push(`${request.method()} ${request.url()}`);
    await route.abort('blockedbyclient');
  });
  // A CSP violation is not an exception: report it as a console error so the guard sees it.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

/** Records the page errors and console errors of `page` (another tab of a guarded context) in `guard`. */
export function guardPage(page: Page, guard: GuardReport): void {
  page.on('pageerror', (error) => guard.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location().url;
      guard.consoleErrors.push(where ? `${message.text()} (${where})` : message.text());
    }
  });
}

/**
 * Opens `baseUrl` in a new context with `locale: 'en-US'` (the app must still speak Dutch) and installs
 * the guard ({@link guardContext}, {@link guardPage}). Resolves once the page's `load` event has fired.
 */
export async function openApp(browser: Browser, baseUrl: string): Promise<AppSession> {
  const context = await browser.newContext({ locale: 'en-US', acceptDownloads: true });
  const guard: GuardReport = { externalRequests: [], pageErrors: [], consoleErrors: [] };
  await guardContext(context, guard);
  const page = await context.newPage();
  guardPage(page, guard);
  await page.goto(baseUrl, { waitUntil: 'load' });
  return { context, page, guard };
}

/** Opens `url` in another tab of `session`'s context, guarded like the first ({@link guardPage}). */
export async function openTab(session: AppSession, url: string): Promise<Page> {
  const page = await session.context.newPage();
  guardPage(page, session.guard);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Replaces U+00A0 and U+202F (Intl's non-breaking spaces) by a plain space and trims: `11,4 %`-safe. */
export function foldSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The body rows of `youth-share-table` as cell texts (spaces folded), in DOM order:
 * `[entity, platform, youth share, age floor, basis, period][]` (docs/architecture.md#test-hooks). [] when it has no rows.
 */
export async function readYouthShareTable(page: Page): Promise<string[][]> {
  const rows = await page
    .getByTestId('youth-share-table')
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('th, td'), (cell) => (cell as HTMLElement).innerText)),
    );
  return rows.map((cells) => cells.map(foldSpaces));
}

/** A path for a test artefact (screenshot, PDF, PNG) in the system's temp folder, named per run. */
export function artefactPath(name: string): string {
  return path.join(tmpdir(), `youth-reach-e2e-${process.pid}-${name}`);
}

/** Saves a full-page screenshot to the temp folder (for the report when the UI disagrees); returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = artefactPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * What a page's renderer does, seen from the test: `rendering` (a `requestAnimationFrame` callback ran),
 * `no-frames` (the page's script answers and its timers fire, but no animation frame came within
 * `frameWaitMs`) or `unresponsive` (the page's script did not answer within `frameWaitMs` + 5 s, or the page
 * is gone).
 */
export type RendererState = 'rendering' | 'no-frames' | 'unresponsive';

/**
 * Asks `page` for one animation frame, racing a timer of `frameWaitMs` (default 10 000 ms) in the page.
 * Used after a failed test to tell an app that hangs (`unresponsive`: its main thread is busy) from headless
 * Chromium producing no frames while the app is idle (`no-frames`): then Playwright's click ("stable" needs
 * two frames) and screenshots wait forever although the app did nothing wrong.
 */
export async function rendererState(page: Page, frameWaitMs = 10_000): Promise<RendererState> {
  const answer = page
    .evaluate(
      (waitMs) =>
        new Promise<RendererState>((resolve) => {
          requestAnimationFrame(() => resolve('rendering'));
          setTimeout(() => resolve('no-frames'), waitMs);
        }),
      frameWaitMs,
    )
    .catch((): RendererState => 'unresponsive');
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<RendererState>((resolve) => {
    timer = setTimeout(() => resolve('unresponsive'), frameWaitMs + 5_000);
  });
  try {
    return await Promise.race([answer, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The message of the error a failed test gets when its page produced no frames ({@link rendererState}).
 * The e2e project retries a test once only when its last error matches this (`retry.condition` in
 * vitest.config.ts), and `npm test` names every test that passed on a retry.
 */
export const NO_FRAMES_MESSAGE = 'headless Chromium produced no animation frame for the idle page (renderer stall)';

/**
 * Registers the hooks of an e2e file: one browser for the file, a fresh {@link AppSession} per test (opened
 * at `baseUrl`), a screenshot to /tmp when a test fails, and cleanup. When a test fails and its page
 * produces no frames ({@link rendererState}), the hook adds the error {@link NO_FRAMES_MESSAGE}, which the
 * e2e project retries once. Returns a getter for the current test's session (throws when called outside a
 * test).
 */
export function useAppSession(getBaseUrl: () => string): () => AppSession {
  let browser: Browser | undefined;
  let session: AppSession | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('the browser did not start');
    session = await openApp(browser, getBaseUrl());
  });
  afterEach(async (context) => {
    let state: RendererState = 'rendering';
    if (session && context.task.result?.state === 'fail') {
      state = await rendererState(session.page);
      console.error(`[e2e] the failing page's renderer: ${state}`);
      // A screenshot needs a frame: without frames it would only wait out its timeout.
      if (state === 'rendering') {
        const file = await screenshot(session.page, context.task.name.replace(/[^a-z0-9]+/gi, '-'));
        console.error(`[e2e] screenshot of the failing page: ${file}`);
      }
    }
    await session?.context.close();
    session = undefined;
    if (state === 'no-frames') throw new Error(NO_FRAMES_MESSAGE);
  });
  return () => {
    if (!session) throw new Error('no app session: call the getter inside a test');
    return session;
  };
}

/** Name of the app's IndexedDB database (`DATABASE_NAME` in src/db/database.ts). */
export const APP_DATABASE = 'youth-reach';

/**
 * Record count of every object store of the app's database, read in the page with the raw IndexedDB API,
 * e.g. `{ accounts: 9, entities: 4, … }` (settings without the data version); `{}` when the database does not
 * exist yet (never creates it).
 */
export function countStoredRecords(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async (name) => {
    const known = await indexedDB.databases();
    if (!known.some((info) => info.name === name)) return {};
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error(`cannot open ${name}`));
    });
    try {
      const stores = Array.from(database.objectStoreNames);
      const counts: Record<string, number> = {};
      if (stores.length === 0) return counts;
      const transaction = database.transaction(stores, 'readonly');
      await Promise.all(
        stores.map(
          (store) =>
            new Promise<void>((resolve, reject) => {
              const request = transaction.objectStore(store).count();
              // The data version (src/db/data-version.ts) is the database's own record of its writes, not data.
              const version = store === 'settings' ? transaction.objectStore(store).count('data-version') : null;
              request.onsuccess = () => {
                if (!version) {
                  counts[store] = request.result;
                  resolve();
                } else {
                  version.onsuccess = () => {
                    counts[store] = request.result - version.result;
                    resolve();
                  };
                }
              };
              request.onerror = () => reject(request.error ?? new Error(`cannot count ${store}`));
            }),
        ),
      );
      return counts;
    } finally {
      database.close();
    }
  }, APP_DATABASE);
}

/**
 * Clicks `load-sample-data` on the start screen and waits until `youth-share-table` has rows. Throws with
 * the page's message when an alert (a sample file that failed) shows up instead, so a failure is explicit.
 * Resolves with the table's rows ({@link readYouthShareTable}).
 */
export async function loadSampleData(page: Page): Promise<string[][]> {
  await page.getByTestId('load-sample-data').click();
  const firstRow = page.getByTestId('youth-share-table').locator('tbody tr').first();
  const alert = page.getByRole('alert').first();
  await firstRow.or(alert).first().waitFor({ timeout: 45_000 });
  if (await alert.isVisible()) {
    throw new Error(`loading the sample data failed: ${foldSpaces(await alert.innerText())}`);
  }
  return readYouthShareTable(page);
}

/**
 * Opens the export menu of a chart frame (`<figure data-chart=…>`, see src/charts/chart-frame.tsx) with its
 * button and picks the item whose name matches `item`; returns the download it starts.
 */
export async function exportFromChart(page: Page, frame: Locator, item: RegExp): Promise<Download> {
  await frame.getByRole('button', { name: /^Exporteren/ }).click();
  const download = page.waitForEvent('download', { timeout: 30_000 });
  await frame.getByRole('menuitem', { name: item }).click();
  return download;
}

/**
 * Waits until no part of the page is marked `aria-busy="true"`: a screen keeps its previous figures, marked
 * busy, while those for newer data or another period are computed (src/lib/answer-query.ts `stale`).
 * Call it once the page shows something of the screen that was asked for (a hash change renders later).
 */
export async function waitUntilSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, undefined, { timeout: 60_000 });
}

/** A chart frame's data table (opened with "Toon tabel" when folded) as cell texts, header first, spaces folded. */
export async function readChartDataTable(frame: Locator): Promise<string[][]> {
  const toggle = frame.getByRole('button', { name: 'Toon tabel' });
  if ((await toggle.count()) > 0) await toggle.click();
  const table = frame.getByTestId('chart-data-table');
  await table.waitFor();
  const header = await table.locator('thead th').allInnerTexts();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('th, td'), (c) => (c as HTMLElement).innerText)));
  return [header, ...rows].map((cells) => cells.map((c) => foldSpaces(c)));
}
