// `npm run bench`: Youth Reach at government scale, measured through the real user path in headless
// Chromium, each figure against a bare baseline measured in the same run. Not part of `npm test`; never
// pass/fail on time (exit 1 only when a correctness check fails).
// 1. builds the app (the repo's vite.config.ts) and the bare-baseline page (test/bench) into a temp site;
// 2. generates the government-wide set (test/bench/generate-government.mjs: per entity 9 exports in the real
//    layouts, three years of daily data);
// 3. imports it through the built app's import screen, one entity at a time (file input → preview → the
//    entity typed on every card → confirm → result), recording the page's long tasks;
// 4. opens each data screen in a fresh tab and times it until its content is shown;
// 5. runs the bare baselines: decode + parse + write of the same files, and a raw IndexedDB read of every
//    observation chunk + plain sums over the typed arrays; then the CLI against a bare parse of a 50 MB file.
// Writes bench/results.json and prints a table.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsFile = path.join(root, 'bench', 'results.json');

/** Targets of the issue "Fast at government scale" (ratios; times only as context). */
const TARGETS = { screenRatio: 1.0, longTaskMs: 200, initialKb: 250, importRatio: 1.3, cliRatio: 1.5 };

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const USAGE = `Usage: npm run bench -- [--entities N] [--cli-rows N] [--keep-files]

  --entities N   entities in the generated set (default 100: about 1.9 million observations; 25 for a quick run)
  --cli-rows N   rows of the chart-data CSV the CLI reads (default 1000000, about 48 MB)
  --keep-files   keep the generated files, the build and the browser profile (their folder is printed)

Uses Chromium at YOUTH_REACH_CHROMIUM, else /usr/bin/chromium; serves on YOUTH_REACH_BENCH_PORT, else any
free port. Writes bench/results.json.`;

function options() {
  let parsed;
  try {
    parsed = parseArgs({ options: { entities: { type: 'string' }, 'cli-rows': { type: 'string' }, 'keep-files': { type: 'boolean' }, help: { type: 'boolean' } } }).values;
  } catch (error) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (parsed.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const int = (name, raw, fallback, min) => {
    if (raw === undefined) return fallback;
    const n = Number(String(raw).replace(/_/g, ''));
    if (!Number.isInteger(n) || n < min) {
      console.error(`--${name} must be an integer ≥ ${min}, got ${raw}\n\n${USAGE}`);
      process.exit(2);
    }
    return n;
  };
  return { entities: int('entities', parsed.entities, 100, 1), cliRows: int('cli-rows', parsed['cli-rows'], 1_000_000, 1000), keepFiles: Boolean(parsed['keep-files']) };
}

function chromiumPath() {
  const candidate = process.env.YOUTH_REACH_CHROMIUM ?? '/usr/bin/chromium';
  if (existsSync(candidate)) return candidate;
  console.error(`No browser at ${candidate}. Install Chromium (Debian: apt-get install chromium) or set YOUTH_REACH_CHROMIUM.`);
  process.exit(1);
}

const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.csv': 'text/csv', '.json': 'application/json' };

/** Serves `dir` on 127.0.0.1 (a secure context: `crypto.subtle` works) at a free port. */
function serve(dir, port = Number(process.env.YOUTH_REACH_BENCH_PORT ?? 0)) {
  const server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    let file = path.join(dir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/** Registered in every tab before any script: records long tasks (ms on the tab's clock). */
function recordLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * In the tab: arms `window.__step`, a promise of `{ actedAt, shownAt }`: `actedAt` is the time stamp of the
 * next `event` on the element with data-testid `testId`, `shownAt` the first moment after it when `cards`
 * import cards are on screen, or a heading reads `heading` (performance.now() times, from a
 * MutationObserver, so no polling delay is counted).
 */
function armStep({ event, testId, cards, heading }) {
  window.__step = new Promise((resolve) => {
    let actedAt = null;
    const shown = () =>
      cards !== undefined
        ? document.querySelectorAll('[data-testid="import-entity"]').length === cards
        : [...document.querySelectorAll('h1, h2, h3')].some((h) => h.textContent.trim() === heading);
    const observer = new MutationObserver(() => {
      if (actedAt !== null && shown()) {
        observer.disconnect();
        resolve({ actedAt, shownAt: performance.now() });
      }
    });
    const acted = (e) => {
      if (!(e.target instanceof Element && e.target.closest(`[data-testid="${testId}"]`))) return;
      document.removeEventListener(event, acted, { capture: true });
      actedAt = e.timeStamp;
      observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
    };
    document.addEventListener(event, acted, { capture: true });
  });
}

/** In the tab: waits until `selector` matches, resolves with performance.now() at that moment. */
function whenShown(selector) {
  return new Promise((resolve) => {
    const check = () => (document.querySelector(selector) ? (resolve(performance.now()), true) : false);
    if (check()) return;
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
  });
}

const round = (n, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Long tasks of `tasks` in [from, to]: count, longest, count over the target. */
function summarise(tasks, from = 0, to = Infinity) {
  const inside = tasks.filter((t) => t.start >= from && t.start <= to);
  return {
    count: inside.length,
    longestMs: round(Math.max(0, ...inside.map((t) => t.duration))),
    over200: inside.filter((t) => t.duration > TARGETS.longTaskMs).length,
  };
}

/**
 * Runs `command args` and resolves with its wall time (ms) and peak memory (the largest peak resident set
 * of any Node process it started, in MB, from a preload that reports it at exit).
 */
function timed(command, args, work) {
  const report = path.join(work, `rss-${Date.now()}-${Math.random().toString(36).slice(2)}.log`);
  const preload = path.join(work, 'report-rss.mjs');
  writeFileSync(
    preload,
    // VmHWM (Linux): the peak of this process since its exec; maxRSS would start at the parent's peak, as
    // a forked child inherits it (getrusage(2), "ru_maxrss"). Elsewhere maxRSS is the best there is.
    `import { appendFileSync, readFileSync } from 'node:fs';\n` +
      `const peakKb = () => { try { return Number(/VmHWM:\\s*(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]); } catch { return process.resourceUsage().maxRSS; } };\n` +
      `process.on('exit', () => appendFileSync(${JSON.stringify(report)}, peakKb() + '\\n'));\n`,
  );
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${preload}`.trim() },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - t0;
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr}`));
      const rss = existsSync(report) ? readFileSync(report, 'utf8').trim().split('\n').map(Number) : [0];
      resolve({ ms, peakMb: round(Math.max(...rss) / 1024, 0) });
    });
  });
}

async function main() {
  const opts = options();
  const executablePath = chromiumPath();
  const { chromium } = await import('playwright-core');
  const { build } = await import('vite');
  const { generateGovernment } = await import('../test/bench/generate-government.mjs');
  const { generateChartData } = await import('../test/bench/generate-export.mjs');
  const { initialLoad } = await import('./bundle-size.mjs');

  const work = mkdtempSync(path.join(os.tmpdir(), 'youth-reach-bench-'));
  const site = path.join(work, 'site');
  console.log(`▶ building the app and the baseline page into ${site}`);
  await build({ root, configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: site, emptyOutDir: true } });
  await build({ configFile: path.join(root, 'test', 'bench', 'vite.config.ts'), logLevel: 'warn', build: { outDir: path.join(site, 'bench'), emptyOutDir: true } });
  const bundle = initialLoad(site);

  console.log(`▶ generating ${opts.entities} entities (9 exports each, 2022-2024 daily)`);
  const data = path.join(work, 'data');
  const set = generateGovernment(data, opts.entities);
  const allFiles = set.entities.flatMap((e) => e.files);
  const bytes = allFiles.reduce((n, f) => n + statSync(f).size, 0);
  console.log(`  ${set.files} files, ${(bytes / 1e6).toFixed(1)} MB, ${set.observations.toLocaleString('en-US')} observations`);

  const server = await serve(site);
  // Service workers blocked: the app's offline worker would otherwise answer the baseline page's address
  // (`/bench/`) with the app's own page, and serve the app from its cache instead of measuring a load.
  const context = await chromium.launchPersistentContext(path.join(work, 'profile'), { executablePath, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  await context.addInitScript(recordLongTasks);
  const problems = [];
  const watch = (page, label) => {
    page.on('pageerror', (e) => problems.push(`${label}: page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${label}: console error: ${m.text()}`);
    });
  };
  let results;
  try {
    const env = { browser: `Chromium ${context.browser()?.version() ?? ''}`.trim() };

    // --- Import through the import screen, one entity at a time.
    console.log('▶ importing through the import screen');
    const page = context.pages()[0] ?? (await context.newPage());
    watch(page, 'import');
    await page.goto(`${server.url}#/import`, { waitUntil: 'load' });
    const usageBefore = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    const input = page.getByTestId('import-file-input');
    let previewMs = 0;
    let commitMs = 0;
    let driverMs = 0;
    let storedFiles = 0;
    const importStart = await page.evaluate(() => performance.now());
    for (const [k, entity] of set.entities.entries()) {
      await input.waitFor({ state: 'attached', timeout: 60_000 });
      const t0 = await page.evaluate(() => performance.now());
      // Timed in the page, from the user's action (the input's change event, the click on confirm) to the
      // moment its result is on screen; the test driver's own time (sending the files, polling) is not the app's.
      await page.evaluate(armStep, { event: 'change', testId: 'import-file-input', cards: entity.files.length });
      await input.setInputFiles(entity.files);
      const preview = await page.evaluate(() => window.__step);
      previewMs += preview.shownAt - preview.actedAt;
      const cards = page.getByTestId('import-entity');
      for (let c = 0; c < entity.files.length; c++) await cards.nth(c).fill(entity.entity);
      const confirm = page.getByTestId('import-confirm');
      await page.evaluate(armStep, { event: 'click', testId: 'import-confirm', heading: 'Resultaat' });
      await confirm.click();
      const commit = await page.evaluate(() => window.__step);
      commitMs += commit.shownAt - commit.actedAt;
      await page.getByRole('heading', { name: 'Resultaat' }).waitFor({ timeout: 300_000 });
      driverMs += (await page.evaluate(() => performance.now())) - t0;
      const stored = await page.locator('.result--stored').count();
      storedFiles += stored;
      if (stored !== entity.files.length) problems.push(`${entity.entity}: ${stored} of ${entity.files.length} files stored: ${await page.locator('.result-list').innerText()}`);
      await page.getByRole('button', { name: 'Andere bestanden importeren' }).click();
      if ((k + 1) % 10 === 0 || k + 1 === set.entities.length) console.log(`  ${k + 1}/${set.entities.length} entities, preview ${Math.round(previewMs)} ms + store ${Math.round(commitMs)} ms so far`);
    }
    const importEnd = await page.evaluate(() => performance.now());
    const importTasks = summarise(await page.evaluate(() => window.__longTasks), importStart, importEnd);
    const usageAfter = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    const entityHref = await (async () => {
      await page.goto(`${server.url}#/`);
      const link = page.locator('a[href*="#/entity/"]').first();
      await link.waitFor({ timeout: 600_000 });
      return link.getAttribute('href');
    })();
    await page.close();

    // --- The import floor: the same files, bare, in a worker of the baseline page.
    console.log('▶ bare floor: decode + parse + write of the same files');
    const floorPage = await context.newPage();
    watch(floorPage, 'floor');
    await floorPage.goto(`${server.url}bench/`, { waitUntil: 'load' });
    await floorPage.waitForFunction(() => window.__baseline?.ready === true);
    await floorPage.setInputFiles('#files', allFiles);
    const dropFloor = () => floorPage.evaluate(() => new Promise((resolve) => { const r = indexedDB.deleteDatabase('bench-floor'); r.onsuccess = r.onerror = () => resolve(undefined); }));
    const floor = await floorPage.evaluate(() => window.__baseline.floor(false));
    await dropFloor();
    // Context, not a target: the same floor that also hashes each file and stores it (what the product must keep).
    const floorKeeping = await floorPage.evaluate(() => window.__baseline.floor(true));
    await dropFloor();
    await floorPage.close();

    // --- Each data screen in a fresh tab, and the bare read + aggregate the same way, twice each.
    // "overview (no snapshot …)": the read model's kept snapshot removed first (src/db/read-model-snapshot.ts),
    // as after any write: every import summary read and stitched. The other screens show the snapshot.
    const screens = [
      { name: 'overview (no snapshot: full reading)', hash: '#/', ready: '[data-testid="youth-share-table"] tbody tr', dropSnapshot: true },
      { name: 'overview', hash: '#/', ready: '[data-testid="youth-share-table"] tbody tr' },
      { name: 'answer', hash: '#/answer', ready: 'main .verdict' },
      { name: 'compare', hash: '#/compare', ready: '[data-testid="compare-matrix"]' },
      { name: 'entity', hash: entityHref.slice(entityHref.indexOf('#')), ready: '[data-testid="presence-table"]' },
      { name: 'report', hash: '#/report', ready: '[data-testid="report-files"]' },
    ];
    const dropSnapshot = async () => {
      const tab = await context.newPage();
      await tab.goto(`${server.url}bench/`, { waitUntil: 'load' });
      const outcome = await tab.evaluate(() => new Promise((resolve) => { const r = indexedDB.deleteDatabase('youth-reach-read-model'); r.onsuccess = () => resolve('deleted'); r.onerror = () => resolve(String(r.error)); r.onblocked = () => resolve('blocked'); }));
      await tab.close();
      if (outcome !== 'deleted') problems.push(`could not remove the read-model snapshot: ${outcome}`);
    };
    const open = async (url, label, ready) => {
      const tab = await context.newPage();
      watch(tab, label);
      await tab.goto(url, { waitUntil: 'commit' });
      const readyMs = await tab.evaluate(ready, null, { timeout: 600_000 });
      await tab.waitForTimeout(300); // a task still running after the content shows is counted too
      const tasks = summarise(await tab.evaluate(() => window.__longTasks));
      const heapMb = await tab.evaluate(() => Math.round((performance.memory?.usedJSHeapSize ?? 0) / 1e6));
      await tab.close();
      return { readyMs, tasks, heapMb };
    };
    console.log('▶ screens, each in a fresh tab (2 runs each; median), and the bare read + aggregate');
    const baselineRuns = [];
    const screenRuns = Object.fromEntries(screens.map((s) => [s.name, []]));
    let aggregate = null;
    for (let run = 0; run < 2; run++) {
      const tab = await context.newPage();
      watch(tab, 'baseline');
      await tab.goto(`${server.url}bench/?aggregate`, { waitUntil: 'commit' });
      aggregate = await (await tab.waitForFunction(() => window.__aggregate, null, { timeout: 600_000 })).jsonValue();
      if (aggregate.error) throw new Error(`bare read + aggregate: ${aggregate.error}`);
      aggregate.tasks = summarise(await tab.evaluate(() => window.__longTasks));
      baselineRuns.push(aggregate);
      await tab.close();
      for (const s of screens) {
        if (s.dropSnapshot) await dropSnapshot();
        const r = await open(`${server.url}${s.hash}`, s.name, `(${whenShown.toString()})(${JSON.stringify(s.ready)})`);
        screenRuns[s.name].push(r);
        console.log(`  run ${run + 1} ${s.name.padEnd(36)} ready ${Math.round(r.readyMs)} ms, longest task ${Math.round(r.tasks.longestMs)} ms`);
      }
    }
    const bareMs = median(baselineRuns.map((b) => b.readyMs));

    // --- The CLI against a bare parse of the same 50 MB file.
    console.log(`▶ CLI: npm run analyse vs node + PapaParse on ${opts.cliRows.toLocaleString('en-US')} chart-data rows`);
    const cliFile = path.join(work, 'chart-data-cli.csv');
    const cliData = await generateChartData(cliFile, opts.cliRows);
    await timed('node', [path.join(root, 'scripts', 'build-cli.mjs')], work); // built once, outside the timing
    const cliRuns = [];
    const bareRuns = [];
    for (let r = 0; r < 3; r++) {
      bareRuns.push(await timed('node', [path.join(root, 'scripts', 'bare-parse.mjs'), cliFile], work));
      cliRuns.push(await timed('npm', ['run', '--silent', 'analyse', '--', '--entity', 'Bench', cliFile], work));
    }
    const cli = { ms: median(cliRuns.map((x) => x.ms)), peakMb: median(cliRuns.map((x) => x.peakMb)) };
    const bare = { ms: median(bareRuns.map((x) => x.ms)), peakMb: median(bareRuns.map((x) => x.peakMb)) };

    const storedObservations = baselineRuns[0].observations;
    const importMs = previewMs + commitMs;
    results = {
      date: new Date().toISOString(),
      environment: {
        ...env,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        cpuCount: os.cpus().length,
        memoryGiB: round(os.totalmem() / 2 ** 30),
        loadAverage1m: round(os.loadavg()[0], 2),
        node: process.version,
      },
      set: { entities: opts.entities, files: set.files, bytes, observationsGenerated: set.observations, observationsStored: storedObservations, days: set.days },
      initialLoad: { jsGzipKb: round(bundle.jsGzipBytes / 1000), cssGzipKb: round(bundle.cssGzipBytes / 1000), totalGzipKb: round(bundle.totalGzipBytes / 1000), files: bundle.files.map((f) => f.file), targetKb: TARGETS.initialKb },
      import: {
        what: 'through the built app, one entity (9 files) at a time: preview = from the file input\'s change event to all cards on screen; store = from the click on Importeren to the result on screen (both timed in the page); the entity typed on each card in between is the user\'s time, not counted',
        previewMs: round(previewMs),
        storeMs: round(commitMs),
        withDriverMs: round(driverMs),
        withDriverWhat: 'the same steps timed from the test driver, with its sending of the files, typing and polling',
        totalMs: round(importMs),
        floorMs: round(floor.totalMs),
        floorWhat: 'File.arrayBuffer + TextDecoder + Papa.parse + Number() of every cell into a Float64Array + one raw IndexedDB transaction per file, in a module Worker',
        floorValues: floor.values,
        ratio: round(importMs / floor.totalMs, 2),
        floorKeepingMs: round(floorKeeping.totalMs),
        floorKeepingWhat: 'the floor, plus a SHA-256 of each file and the file stored as a Blob with its values (what the product must keep to tell "already imported" and to re-read a file)',
        ratioToFloorKeeping: round(importMs / floorKeeping.totalMs, 2),
        target: TARGETS.importRatio,
        longTasks: importTasks,
      },
      storage: {
        usageBytesPerObservation: round((usageAfter - usageBefore) / Math.max(1, storedObservations), 1),
        chunkArrayBytesPerObservation: round(baselineRuns[0].arrayBytes / Math.max(1, storedObservations), 1),
        usageBytes: usageAfter - usageBefore,
        note: 'usage: navigator.storage.estimate() after − before the imports (source files, records, indexes); chunk arrays: the typed arrays of the observation chunks',
      },
      baseline: { what: 'a fresh tab: raw IndexedDB getAll of every observation chunk + sums per metric and day over the typed arrays; ms from navigation start', medianMs: round(bareMs), runs: baselineRuns.map((b) => ({ readyMs: round(b.readyMs), readMs: round(b.readMs), aggregateMs: round(b.aggregateMs), longTasks: b.tasks })) },
      screens: Object.fromEntries(
        screens.map((s) => {
          const runs = screenRuns[s.name];
          const ready = median(runs.map((r) => r.readyMs));
          return [s.name, { url: s.hash, readyMs: round(ready), ratio: round(ready / bareMs, 2), longestTaskMs: Math.max(...runs.map((r) => r.tasks.longestMs)), longTasks: runs.map((r) => r.tasks), heapMb: runs.map((r) => r.heapMb) }];
        }),
      ),
      cli: { rows: cliData.rows, bytes: cliData.bytes, ms: round(cli.ms), peakMb: cli.peakMb, bareMs: round(bare.ms), barePeakMb: bare.peakMb, ratio: round(cli.ms / bare.ms, 2), memoryRatio: round(cli.peakMb / bare.peakMb, 2), target: TARGETS.cliRatio },
      checks: {
        'every file was stored through the import screen': storedFiles === set.files,
        'every generated observation is stored': storedObservations === set.observations,
        'every screen showed its content': screens.every((s) => screenRuns[s.name].every((r) => r.readyMs > 0)),
        'the read-model snapshot could be removed for the full reading': !problems.some((p) => p.startsWith('could not remove the read-model snapshot')),
      },
      problems,
    };
  } finally {
    await context.close();
    await server.close();
    if (opts.keepFiles) console.log(`Kept: ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }

  mkdirSync(path.dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
  console.log(`\nResults: ${path.relative(root, resultsFile)}`);
  const failed = Object.entries(results.checks).filter(([, ok]) => !ok);
  for (const [name] of failed) console.error(`CHECK FAILED: ${name}`);
  for (const p of results.problems) console.error(p);
  if (failed.length > 0) process.exit(1);
}

/** Prints the results as a Markdown table (the README's "Speed" section shows it). */
function printTable(r) {
  const e = r.environment;
  const ms = (n) => `${Math.round(n).toLocaleString('en-US')} ms`;
  const ok = (met) => (met ? 'met' : 'MISSED');
  console.log(`\n${r.set.entities} entities, ${r.set.files} files, ${(r.set.bytes / 1e6).toFixed(1)} MB, ${r.set.observationsStored.toLocaleString('en-US')} observations; ${e.browser}, ${e.cpuModel}, ${e.cpuCount} CPUs, load ${e.loadAverage1m}\n`);
  console.log('| measure | baseline (same run) | app | ratio | target |');
  console.log('|---|---|---|---|---|');
  const i = r.import;
  console.log(`| import through the import screen (preview ${ms(i.previewMs)} + store ${ms(i.storeMs)}) | bare decode + parse + write ${ms(i.floorMs)} | ${ms(i.totalMs)} | ${i.ratio}× | ≤ ${i.target}× ${ok(i.ratio <= i.target)} |`);
  console.log(`| the same import against the floor that also hashes and keeps each file (context) | + SHA-256 + file stored ${ms(i.floorKeepingMs)} | ${ms(i.totalMs)} | ${i.ratioToFloorKeeping}× | |`);
  console.log(`| the same import timed from the test driver (sending files, typing, polling) | | ${ms(i.withDriverMs)} | | |`);
  console.log(`| longest main-thread task during the import | | ${ms(i.longTasks.longestMs)} (${i.longTasks.over200} over 200 ms) | | ≤ 200 ms ${ok(i.longTasks.longestMs <= TARGETS.longTaskMs)} |`);
  for (const [name, s] of Object.entries(r.screens)) {
    console.log(`| ${name} ready (fresh tab) | bare read + aggregate ${ms(r.baseline.medianMs)} | ${ms(s.readyMs)} | ${s.ratio}× | ≤ 1.0× ${ok(s.ratio <= TARGETS.screenRatio)} |`);
    console.log(`| ${name}: longest main-thread task | | ${ms(s.longestTaskMs)} | | ≤ 200 ms ${ok(s.longestTaskMs <= TARGETS.longTaskMs)} |`);
  }
  console.log(`| first load, JS + CSS gzip | | ${r.initialLoad.totalGzipKb} kB | | ≤ ${r.initialLoad.targetKb} kB ${ok(r.initialLoad.totalGzipKb <= r.initialLoad.targetKb)} |`);
  console.log(`| bytes stored per observation (all storage / in chunk arrays) | | ${r.storage.usageBytesPerObservation} / ${r.storage.chunkArrayBytesPerObservation} | | |`);
  const c = r.cli;
  console.log(`| CLI on ${(c.bytes / 1e6).toFixed(0)} MB (npm run analyse) | node + PapaParse ${ms(c.bareMs)}, ${c.barePeakMb} MB | ${ms(c.ms)}, ${c.peakMb} MB | ${c.ratio}× (memory ${c.memoryRatio}×) | ≤ ${c.target}× ${ok(c.ratio <= c.target)} |`);
  console.log('\nChecks');
  for (const [name, pass] of Object.entries(r.checks)) console.log(`  ${pass ? 'ok  ' : 'FAIL'} ${name}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
