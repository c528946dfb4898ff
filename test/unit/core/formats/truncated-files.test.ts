// Robustness: every real export cut at several byte offsets yields a ParsedFile or an ImportError,
// never another exception (and never an internal error wrapped as one).

import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import { ImportError } from '../../../../src/core/model/parsed-file';
import { describeRealExports, readRealExport, REAL_EXPORTS_DIR } from '../../real-exports';

describeRealExports('real exports cut short', () => {
  const files = ['facebook', 'tiktok', 'x', 'youtube'].flatMap((dir) =>
    readdirSync(`${REAL_EXPORTS_DIR}/${dir}`).map((file) => [dir, file] as const),
  );
  it.each(files)('%s/%s: only ImportError escapes', (dir, file) => {
    const bytes = readRealExport(dir, file);
    const offsets = [1, 2, 3, 4, 7, 50, Math.floor(bytes.length / 3), Math.floor(bytes.length / 2) + 1, bytes.length - 1];
    for (const offset of offsets) {
      try {
        parseSourceFile({ name: file, bytes: bytes.subarray(0, offset) });
      } catch (e) {
        expect(e, `${file} cut at ${String(offset)}`).toBeInstanceOf(ImportError);
        expect((e as ImportError).params.internal, `${file} cut at ${String(offset)}: ${String(e)}`).toBeUndefined();
      }
    }
  });
});

describeRealExports('a real export cut in the middle of its last row', () => {
  // X's account overview, 14 columns (Date, Impressions, … Media views). Its first 2000 bytes end in line 37,
  // `"Thu, Aug 7, 2025",2113,4`: 3 cells where line 36 has 14, and "4" is the start of that day's 49 likes.
  it('is refused with the line, not read with the cut value as a whole number', () => {
    const bytes = readRealExport('x', 'account_overview_analytics.csv');
    const text = new TextDecoder().decode(bytes);
    for (const [end, found] of [[2000, 3], [text.indexOf('"Thu, Aug 7, 2025",2113') + '"Thu, Aug 7, 2025",2113'.length, 2]] as const) {
      let error: unknown = null;
      try {
        parseSourceFile({ name: 'account_overview_analytics.csv', bytes: bytes.subarray(0, end) });
      } catch (e) {
        error = e;
      }
      expect(error, `cut at ${String(end)}`).toBeInstanceOf(ImportError);
      expect((error as ImportError).code).toBe('malformed');
      expect((error as ImportError).params).toMatchObject({ kind: 'cut-off-row', line: 37, found, expected: 14 });
    }
    // the whole file, and the same rows each ending in a line break, read as before
    expect(() => parseSourceFile({ name: 'account_overview_analytics.csv', bytes })).not.toThrow();
    const wholeRows = text.slice(0, text.lastIndexOf('\n', 2000) + 1);
    expect(() => parseSourceFile({ name: 'account_overview_analytics.csv', bytes: new TextEncoder().encode(wholeRows) })).not.toThrow();
  });
});

describeRealExports('a real export cut so early in its last row that its format is not recognised', () => {
  // YouTube's viewer-age table: line 7 is `55–64 years,15.19,…`. Cut to `55` (1 cell where line 6 has 5),
  // with or without the first byte of the EN DASH, no age table reads as one, yet the file is a known export cut off.
  it('is refused as cut off at line 7, not as an unknown export', () => {
    const bytes = readRealExport('youtube', 'viewer-age_table-data.csv');
    const at = new TextDecoder().decode(bytes).indexOf('55\u201364');
    const prefix = new TextEncoder().encode(new TextDecoder().decode(bytes).slice(0, at)).length;
    for (const end of [prefix + 2, prefix + 3]) {
      let error: unknown = null;
      try {
        parseSourceFile({ name: 'viewer-age_table-data.csv', bytes: bytes.subarray(0, end) });
      } catch (e) {
        error = e;
      }
      expect(error, `cut at ${String(end)}`).toBeInstanceOf(ImportError);
      expect((error as ImportError).code, `cut at ${String(end)}`).toBe('malformed');
      expect((error as ImportError).params).toMatchObject({ kind: 'cut-off-row', line: 7, found: 1, expected: 5 });
    }
  });
});
