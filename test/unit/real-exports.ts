// Locates the real export files in ../shared/real-exports (read in place, never copied) and decides
// whether tests that read them run: skipped with a message when the folder is missing, failing under CI.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';

/** Absolute path of the real-exports folder, resolved from the repo root (`../shared/real-exports`). */
export const REAL_EXPORTS_DIR: string = path.resolve(process.cwd(), '../shared/real-exports');

/** True when the real-exports folder exists on this machine. */
export const realExportsAvailable: boolean = existsSync(REAL_EXPORTS_DIR);

/** Path of one real export, e.g. `realExportPath('youtube', 'viewer-age_table-data.csv')`. */
export function realExportPath(...parts: string[]): string {
  return path.join(REAL_EXPORTS_DIR, ...parts);
}

/** The bytes of one real export. Throws the `fs` error (ENOENT …) when it cannot be read. */
export function readRealExport(...parts: string[]): Uint8Array {
  return new Uint8Array(readFileSync(realExportPath(...parts)));
}

const MISSING = `real exports not found at ${REAL_EXPORTS_DIR} (../shared/real-exports beside the repo)`;

/**
 * `describe` for tests that read real exports. When the folder is missing the block is skipped with a
 * message saying so, except when `process.env.CI === 'true'`: then it fails, so CI never passes silently.
 */
export function describeRealExports(name: string, fn: () => void): void {
  if (realExportsAvailable) {
    describe(name, fn);
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      it('has the real exports folder (required under CI=true)', () => {
        throw new Error(MISSING);
      });
    });
  } else {
    console.warn(`[skipped] ${name}: ${MISSING}`);
    describe.skipIf(true)(`${name} [skipped: ${MISSING}]`, fn);
  }
}
