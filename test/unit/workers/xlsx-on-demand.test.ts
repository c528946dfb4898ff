// The spreadsheet reader fetched on demand (src/workers/xlsx-on-demand.ts): which bytes need it, and a
// failed fetch (offline, a new deploy) that the next spreadsheet tries again instead of failing for good.

import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('@e965/xlsx/xlsx.mjs');
  vi.resetModules();
});

describe('looksLikeSpreadsheet', () => {
  it('is true for a zip or OLE signature or an .xlsx/.xls name, false for CSV bytes', async () => {
    const { looksLikeSpreadsheet } = await import('../../../src/workers/xlsx-on-demand');
    expect(looksLikeSpreadsheet(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe(true); // PK\x03\x04
    expect(looksLikeSpreadsheet(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toBe(true); // OLE (.xls)
    expect(looksLikeSpreadsheet(new TextEncoder().encode('Date,Views\n'), 'data.XLSX')).toBe(true);
    expect(looksLikeSpreadsheet(new TextEncoder().encode('Date,Views\n'), 'Chart data.csv')).toBe(false);
    expect(looksLikeSpreadsheet(new Uint8Array([0x50, 0x4b]))).toBe(false); // too short to be a zip
  });
});

describe('loadSpreadsheetReader', () => {
  it('tries the fetch again after it failed: the first call rejects, the next one loads the reader', async () => {
    let attempts = 0;
    vi.doMock('@e965/xlsx/xlsx.mjs', () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { read: () => 'read', SSF: {}, utils: {} };
    });
    const { loadSpreadsheetReader, spreadsheetReaderLoaded } = await import('../../../src/workers/xlsx-on-demand');
    await expect(loadSpreadsheetReader()).rejects.toThrow(); // vitest wraps the module's error in its own
    expect(spreadsheetReaderLoaded()).toBe(false);
    await loadSpreadsheetReader();
    expect(spreadsheetReaderLoaded()).toBe(true);
    expect(attempts).toBe(2);
  });
});
