// axe-core in the e2e tests: its source is read from node_modules and evaluated in the page through the
// DevTools protocol (not a <script> tag, which the app's CSP `script-src 'self'` would block; nothing is
// fetched from the network), then `axe.run` checks the whole document against WCAG 2.0/2.1 A and AA and
// the best-practice rules.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The rule sets axe runs: every WCAG 2.x A/AA rule and axe's best practices (https://www.deque.com/axe/core-documentation/api-documentation/#axe-core-tags). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

/** One axe violation, reduced to what a failure message needs: rule id, impact, and each node's selector and summary. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/**
 * Runs axe on `page` (injecting it once per document) and returns the violations; [] when there are none.
 * `skipRules` are rule ids left out (each use says why). Throws when axe itself fails.
 */
export async function runAxe(page: Page, skipRules: readonly string[] = []): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async ({ tags, skip }) => {
    type AxeResult = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
    };
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<AxeResult> } }).axe;
    const rules = Object.fromEntries(skip.map((id) => [id, { enabled: false }]));
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), summary: (n.failureSummary ?? '').replace(/\s+/g, ' ') })),
    }));
  }, { tags: [...AXE_TAGS], skip: [...skipRules] });
}

/** A readable list of violations for a failing assertion: `rule (impact): help — selector: summary`. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact ?? '?'}): ${v.help}\n${v.nodes.map((n) => `   ${n.target}: ${n.summary}`).join('\n')}`)
    .join('\n');
}

/**
 * The widest element that sticks out past the viewport's right edge (a page-wide sideways scroll), or null
 * when the document is no wider than the window. Elements inside a scrollable container (a wide table in
 * its own scroll box) do not count: only the page's own scroll width matters.
 */
export function pageOverflow(page: Page): Promise<{ scrollWidth: number; viewport: number; culprit: string | null } | null> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= viewport) return null;
    let culprit: string | null = null;
    let widest = viewport;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const right = el.getBoundingClientRect().right + window.scrollX;
      if (right > widest + 0.5) {
        widest = right;
        culprit = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (right ${Math.round(right)})`;
      }
    }
    return { scrollWidth, viewport, culprit };
  });
}
