// The chart frame: accessible name and description, the data-table toggle, the keyboard export menu, the
// CSV and SVG downloads (captured from URL.createObjectURL), and "copy image" only where the clipboard allows.

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartFrame } from '../../../src/charts/chart-frame';
import type { ChartSpec } from '../../../src/charts/chart-spec';
import { fold, fakeParse, renderWithProviders, serviceClient } from '../../support/ui-test-utils';
import { blobBytes, captureDownloads } from '../../support/downloads';

const SPEC: ChartSpec = {
  id: 'test-chart',
  title: 'Jongerenaandeel per account',
  subtitle: 'Alle entiteiten en platformen · 2 accounts met leeftijdsgegevens',
  source: 'Bron: exports van YouTube en Facebook; Statbel 2021',
  madeOn: '2025-10-12',
  description: 'Jongerenaandeel per account: hoogste Ketnet · YouTube 60,1%, laagste OVAM · Facebook 3,2%',
  notes: ['Jongeren = jonger dan 25.'],
  legend: [
    { label: 'YouTube', color: '#FF2049', shape: 'bar' },
    { label: 'Bevolking', color: '#1B1B1B', shape: 'marker' },
  ],
  columns: [
    { key: 'entity', label: 'Entiteit', kind: 'text' },
    { key: 'platform', label: 'Platform', kind: 'text' },
    { key: 'share', label: 'Jongerenaandeel', kind: 'percent', decimals: 1 },
  ],
  rows: [
    ['Ketnet', 'YouTube', 0.601],
    ['=OVAM', 'Facebook', 0.032],
  ],
};

/** A tiny stand-in drawing with a size, as Recharts renders one. */
function Drawing() {
  return (
    <svg width="300" height="100">
      <rect x="0" y="10" width="180" height="20" fill="#FF2049" />
      <text x="0" y="90">Ketnet</text>
    </svg>
  );
}

function renderFrame() {
  return renderWithProviders(
    <ChartFrame spec={SPEC}>
      <Drawing />
    </ChartFrame>,
    { client: serviceClient(fakeParse) },
  );
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('chart frame', () => {
  it('names the figure by its title and the drawing by its description; shows subtitle, source and date', () => {
    renderFrame();
    expect(screen.getByRole('figure', { name: 'Jongerenaandeel per account' })).toBeTruthy();
    expect(screen.getByRole('img', { name: SPEC.description })).toBeTruthy();
    expect(screen.getByText(SPEC.subtitle)).toBeTruthy();
    expect(screen.getByText(SPEC.source)).toBeTruthy();
    // 2025-10-12 in nl-BE with a short month: 12 okt 2025.
    expect(fold(screen.getByText(/^Gemaakt op/).textContent)).toBe('Gemaakt op 12 okt 2025 met Jongerenbereik');
    // The legend names each series (colour is not the only carrier).
    expect(screen.getByRole('list').textContent).toBe('YouTubeBevolking');
  });

  it('toggles the data table with the same numbers: Toon tabel / Verberg tabel', async () => {
    const user = userEvent.setup();
    renderFrame();
    expect(screen.queryByRole('table')).toBeNull(); // hidden until asked for
    const toggle = screen.getByRole('button', { name: 'Toon tabel' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Verberg tabel');
    const table = screen.getByRole('table', { name: 'Gegevens van de grafiek: Jongerenaandeel per account' });
    const cells = within(table)
      .getAllByRole('row')
      .map((row) => Array.from(row.querySelectorAll('th, td'), (c) => fold(c.textContent)));
    // 0.601 → 60,1%; 0.032 → 3,2% (nl-BE, one decimal); the formula-like name shown as typed.
    expect(cells).toEqual([
      ['Entiteit', 'Platform', 'Jongerenaandeel'],
      ['Ketnet', 'YouTube', '60,1%'],
      ['=OVAM', 'Facebook', '3,2%'],
    ]);
    await user.click(toggle);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('opens the export menu from the keyboard, moves with arrows, and closes with Escape back to the button', async () => {
    const user = userEvent.setup();
    renderFrame();
    const button = screen.getByRole('button', { name: 'Exporteren: Jongerenaandeel per account' });
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.focus();
    await user.keyboard('{Enter}');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const items = within(screen.getByRole('menu')).getAllByRole('menuitem');
    // jsdom has no ClipboardItem: no "copy image".
    expect(items.map((i) => i.querySelector('.export-menu__label')?.textContent)).toEqual([
      'PNG (2×)',
      'PNG (3×)',
      'SVG',
      'Gegevens (CSV)',
    ]);
    expect(document.activeElement).toBe(items[0]);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(items[1]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(items[3]);
    await user.keyboard('{ArrowDown}'); // wraps to the first
    expect(document.activeElement).toBe(items[0]);
    await user.keyboard('{ArrowUp}'); // wraps to the last
    expect(document.activeElement).toBe(items[3]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('offers "copy image" where navigator.clipboard.write and ClipboardItem exist', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('ClipboardItem', class {});
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { write: vi.fn() } });
    try {
      renderFrame();
      await user.click(screen.getByRole('button', { name: /^Exporteren/ }));
      expect(screen.getByRole('menuitem', { name: /Afbeelding kopiëren/ })).toBeTruthy();
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  it('downloads the data as Dutch CSV with a BOM, a neutralised formula cell and the table numbers', async () => {
    const user = userEvent.setup();
    const { blobs, names } = captureDownloads();
    renderFrame();
    await user.click(screen.getByRole('button', { name: /^Exporteren/ }));
    await user.click(screen.getByRole('menuitem', { name: /Gegevens \(CSV\)/ }));
    expect(names).toEqual(['jongerenaandeel-per-account-2025-10-12.csv']);
    const bytes = await blobBytes(blobs[0] as Blob);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    // 0.601 → 60,1 and 0.032 → 3,2 under "(%)"; =OVAM → "'=OVAM" (quoted).
    expect(text).toBe('\uFEFFEntiteit;Platform;Jongerenaandeel (%)\r\nKetnet;YouTube;60,1\r\n"\'=OVAM";Facebook;3,2');
    expect(screen.getByRole('status').textContent).toBe('jongerenaandeel-per-account-2025-10-12.csv is gedownload.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Exporteren/ }));
  });

  it('downloads a standalone SVG that parses and carries title, subtitle, legend, source and date as text', async () => {
    const user = userEvent.setup();
    const { blobs, names } = captureDownloads();
    renderFrame();
    await user.click(screen.getByRole('button', { name: /^Exporteren/ }));
    await user.click(screen.getByRole('menuitem', { name: /^SVG/ }));
    expect(names).toEqual(['jongerenaandeel-per-account-2025-10-12.svg']);
    const text = new TextDecoder().decode(await blobBytes(blobs[0] as Blob));
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe('300'); // the drawing's width
    const texts = Array.from(root.children)
      .filter((el) => el.localName === 'text')
      .map((el) => el.textContent);
    // Every text fits on one line at 300 px except where wrapped; joined, they hold each line in order.
    const joined = texts.join(' ');
    for (const part of [SPEC.title, 'YouTube', 'Bevolking', SPEC.source, 'Gemaakt op 12 okt 2025 met Jongerenbereik']) {
      expect(fold(joined)).toContain(part);
    }
    expect(root.querySelector('title')?.textContent).toBe(SPEC.title);
    expect(root.querySelector('desc')?.textContent).toBe(SPEC.description);
    // The drawing is copied in, with its bar.
    expect(root.querySelector(':scope > svg rect')?.getAttribute('width')).toBe('180');
  });
});
