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
