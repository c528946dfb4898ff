// What the bench counts as the first load (scripts/bundle-size.mjs): the entry, the app chunk the entry always
// loads (src/boot.ts: `import('./main')`) with its stylesheet, and their static imports; not a chunk loaded
// on demand.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initialLoad } from '../../../scripts/bundle-size.mjs';

const dist = mkdtempSync(path.join(tmpdir(), 'youth-reach-size-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('initialLoad', () => {
  it('follows the entry, its always-loaded app chunk and their static imports, not a lazy chunk', () => {
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<script type="module" src="./assets/index-a1.js"></script><link rel="stylesheet" href="./assets/index-a1.css">');
    const files: Record<string, string> = {
      'index-a1.js': 'import"./shared-c3.js";const m=["./main-b2.js","./main-b2.css","./service-d4.js"];import("./main-b2.js");',
      'index-a1.css': 'body{margin:0}',
      'main-b2.js': 'import{x}from"./dep-e5.js";import("./screen-f6.js");',
      'main-b2.css': '.a{color:red}',
      'dep-e5.js': 'export const x=1;',
      'shared-c3.js': 'export const y=2;',
      'service-d4.js': 'export const z=3;',
      'screen-f6.js': 'export const w=4;',
    };
    for (const [name, code] of Object.entries(files)) writeFileSync(path.join(dist, 'assets', name), code);
    const loaded = initialLoad(dist).files.map((f) => f.file).sort();
    expect(loaded).toEqual(['assets/dep-e5.js', 'assets/index-a1.css', 'assets/index-a1.js', 'assets/main-b2.css', 'assets/main-b2.js', 'assets/shared-c3.js']);
  });
});
