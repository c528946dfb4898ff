// The harness's renderer probe (test/e2e/browser.ts): it must tell a page that draws from one whose script
// hangs and from one that answers but draws no frame, because only the last is retried (vitest.config.ts).

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, rendererState } from './browser';

describe('rendererState', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function blankPage(): Promise<Page> {
    if (!browser) throw new Error('the browser did not start');
    const page = await (await browser.newContext()).newPage();
    await page.setContent('<p>Jongerenbereik</p>');
    return page;
  }

  it('says "rendering" for a page that draws', async () => {
    const page = await blankPage();
    expect(await rendererState(page)).toBe('rendering');
    await page.context().close();
  });

  it('says "no-frames" when the script answers but no animation frame comes', async () => {
    const page = await blankPage();
    // What a stalled compositor looks like from the page: requestAnimationFrame never calls back.
    await page.evaluate(() => {
      window.requestAnimationFrame = () => 0;
    });
    expect(await rendererState(page, 500)).toBe('no-frames');
    await page.context().close();
  });

  it('says "unresponsive" when the page\'s main thread never comes back', async () => {
    const page = await blankPage();
    // An endless loop: the probe's own script can never run. Not awaited (it never returns).
    void page
      .evaluate(() => {
        for (;;) {
          // busy forever
        }
      })
      .catch(() => undefined);
    expect(await rendererState(page, 500)).toBe('unresponsive');
    await page.context().close();
  });
});
