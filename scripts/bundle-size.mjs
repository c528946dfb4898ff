// `node scripts/bundle-size.mjs [dist]`: the gzip size of what the first page load fetches: the entry
// script and stylesheets named in dist/index.html, the app chunk the entry always loads (`main-*.js` and its
// stylesheet, src/boot.ts), plus every chunk these import statically (and those chunks' static imports).
// Chunks loaded on navigation (other `import()`s) are not counted.
// Prints a table; with --json prints the numbers as JSON (the bench reads them).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The static imports of one built ES module: `import … from "./x.js"`, `import "./x.js"` and
 * `export … from "./x.js"`, but not `import("./x.js")` (a dynamic import, loaded later).
 * @param {string} code minified module text
 * @returns {string[]} the specifiers as written (relative to the module)
 */
export function staticImports(code) {
  const found = [];
  const pattern = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (let m = pattern.exec(code); m !== null; m = pattern.exec(code)) found.push(m[1]);
  return found;
}

/**
 * The files the first page load of a Vite build fetches, with raw and gzip sizes (level 9, as a web
 * server would send them), from `index.html` (`<script type="module" src>`, `<link rel="stylesheet">`,
 * `<link rel="modulepreload">`) and the static imports of those scripts.
 * @param {string} distDir the build folder (holds index.html)
 * @returns {{ files: { file: string, bytes: number, gzipBytes: number }[], jsGzipBytes: number, cssGzipBytes: number, totalGzipBytes: number, allJsGzipBytes: number }}
 *   sizes in bytes; `allJsGzipBytes` is every .js file of the build (page chunks, not workers) for comparison
 */
export function initialLoad(distDir) {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const queue = [];
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) queue.push(m[1]);
  for (const m of html.matchAll(/<link[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref="([^"]+)"/g)) queue.push(m[1]);
  for (const m of html.matchAll(/<link[^>]*\bhref="([^"]+)"[^>]*\brel="(?:stylesheet|modulepreload)"/g)) queue.push(m[1]);
  const entries = new Set(queue.filter((q) => q.endsWith('.js')).map((q) => path.normalize(q.replace(/^\.\//, ''))));
  const seen = new Set();
  const files = [];
  while (queue.length > 0) {
    const rel = path.normalize(queue.shift().replace(/^\.\//, ''));
    if (seen.has(rel)) continue;
    seen.add(rel);
    const full = path.join(distDir, rel);
    if (!existsSync(full)) throw new Error(`${rel} is named by the build but not in ${distDir}`);
    const data = readFileSync(full);
    files.push({ file: rel, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length });
    if (rel.endsWith('.js')) {
      const code = data.toString('utf8');
      for (const spec of staticImports(code)) {
        if (spec.startsWith('.')) queue.push(path.join(path.dirname(rel), spec));
      }
      // The entry (src/boot.ts) always loads the app with `import('./main')`: that chunk and its stylesheet are
      // part of the first load although the import is dynamic (other dynamic imports are loaded later, if ever).
      if (entries.has(rel)) {
        for (const m of code.matchAll(/["'`]\.\/(main-[\w-]+\.(?:js|css))["'`]/g)) queue.push(path.join(path.dirname(rel), m[1]));
      }
    }
  }
  const sum = (list) => list.reduce((n, f) => n + f.gzipBytes, 0);
  const assets = path.join(distDir, 'assets');
  const allJs = readdirSync(assets).filter((f) => f.endsWith('.js') && !f.includes('.worker-'));
  return {
    files,
    jsGzipBytes: sum(files.filter((f) => f.file.endsWith('.js'))),
    cssGzipBytes: sum(files.filter((f) => f.file.endsWith('.css'))),
    totalGzipBytes: sum(files),
    allJsGzipBytes: allJs.reduce((n, f) => n + gzipSync(readFileSync(path.join(assets, f)), { level: 9 }).length, 0),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const distDir = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(root, 'dist'));
  if (!existsSync(path.join(distDir, 'index.html'))) {
    console.error(`No build in ${distDir}: run \`npx vite build\` first.`);
    process.exit(1);
  }
  const r = initialLoad(distDir);
  if (json) {
    console.log(JSON.stringify(r, null, 2));
  } else {
    const kb = (n) => `${(n / 1000).toFixed(1)} kB`; // kB = 1000 bytes, as Vite prints
    for (const f of r.files) console.log(`  ${f.file.padEnd(48)} ${kb(f.bytes).padStart(10)}  gzip ${kb(f.gzipBytes).padStart(9)}`);
    console.log(`  first load: JS ${kb(r.jsGzipBytes)} + CSS ${kb(r.cssGzipBytes)} = ${kb(r.totalGzipBytes)} gzip`);
    console.log(`  (all page JS of the build: ${kb(r.allJsGzipBytes)} gzip)`);
  }
}
