// `npm run bench`: import and aggregation speed in real headless Chromium, reported as ratios against a
// baseline measured in the same run (DESIGN.md §8, research-performance.md §0 and §6). Not part of npm test.
// Builds test/bench (page + module worker) into a temp folder, generates a large YouTube Studio chart-data CSV in a temp folder,
// serves the page on 127.0.0.1, drives it with playwright-core in a persistent on-disk profile, prints a
// table and writes test/bench/results/latest.json.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'test', 'bench');
const resultsFile = path.join(benchDir, 'results', 'latest.json');

/** Targets of DESIGN.md §8 / research-performance.md §0. */
const TARGETS = { importRatio: 1.5, longTaskMs: 50, aggregationWarmMs: 100, aggregationColdMs: 500 };

/** Chromium flags of the brief and research-performance.md §6. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const USAGE = `Usage: npm run bench -- [--rows N] [--runs N] [--repeats N] [--keep-files]

  --rows N      data rows of the generated chart-data CSV (default 1000000, about 48 MB;
                the app refuses a text file over 50 MiB, so at most about 1,090,000)
  --runs N      measured import runs of the floor and of the pipeline each (default 3; median reported)
  --repeats N   warm aggregation runs, one filter change each (default 5; median reported)
  --keep-files  keep the generated CSVs and the browser profile (their folder is printed)

Measures in headless Chromium (YOUTH_REACH_CHROMIUM, else /usr/bin/chromium), persistent profile.
Results: printed table and test/bench/results/latest.json (not committed).`;

/**
 * Parses the command line; prints usage and exits 2 on a bad option, 0 on --help.
 * @returns {{ rows: number, runs: number, repeats: number, keepFiles: boolean }}
 */
function options() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        rows: { type: 'string' },
        runs: { type: 'string' },
        repeats: { type: 'string' },
        'keep-files': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }).values;
  } catch (error) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (parsed.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const positive = (name, raw, fallback, min) => {
    if (raw === undefined) return fallback;
    const n = Number(raw.replace(/_/g, ''));
    if (!Number.isInteger(n) || n < min) {
      console.error(`--${name} must be an integer ≥ ${min}, got ${raw}\n\n${USAGE}`);
      process.exit(2);
    }
    return n;
  };
  return {
    rows: positive('rows', parsed.rows, 1_000_000, 1000),
    runs: positive('runs', parsed.runs, 3, 1),
    repeats: positive('repeats', parsed.repeats, 5, 1),
    keepFiles: Boolean(parsed['keep-files']),
  };
}

/**
 * The browser binary: YOUTH_REACH_CHROMIUM, else /usr/bin/chromium; exits 1 with a message naming the
 * variable when neither exists (the bench never downloads a browser).
 * @returns {string}
 */
function chromiumPath() {
  const candidate = process.env.YOUTH_REACH_CHROMIUM ?? '/usr/bin/chromium';
  if (existsSync(candidate)) return candidate;
  console.error(
    `No browser at ${candidate}. Install Chromium (Debian: apt-get install chromium) or set ` +
      'YOUTH_REACH_CHROMIUM to the path of a Chromium or Chrome binary.',
  );
  process.exit(1);
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

/**
 * Serves `dir` (the built bench page) on 127.0.0.1 at a free port; 404 for anything outside it.
 * 127.0.0.1 is a secure context, so `crypto.subtle` (SHA-256 in the import) works.
 * @param {string} dir
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
function serve(dir) {
  const server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.join(dir, urlPath === '/' ? 'index.html' : urlPath);
    if (!file.startsWith(dir + path.sep) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      // Cross-origin isolation: performance.now() then resolves 5 µs instead of 100 µs.
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    res.end(readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/**
 * Rejects after `ms` with a message naming `what`, so a hung worker cannot hang the bench.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Median of numbers (mean of the middle two for an even count).
 * @param {number[]} values
 * @returns {number}
 */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Per-step medians of several runs' `steps` (ms), keeping the steps' order.
 * @param {{ steps: Record<string, number> }[]} timings
 * @returns {Record<string, number>}
 */
function medianSteps(timings) {
  const out = {};
  for (const name of Object.keys(timings[0]?.steps ?? {})) out[name] = round(median(timings.map((t) => t.steps[name] ?? 0)));
  return out;
}

/** @param {number} n @param {number} [digits] @returns {number} */
function round(n, digits = 1) {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** @param {number} ms @returns {string} e.g. `1 234 ms` */
function ms(n) {
  return `${Math.round(n).toLocaleString('en-US')} ms`;
}

/** @param {boolean} ok @returns {string} */
function verdict(ok) {
  return ok ? 'met' : 'MISSED';
}

async function main() {
  const opts = options();
  const executablePath = chromiumPath();
  const { chromium } = await import('playwright-core');
  const { build } = await import('vite');
  const { generateChartData } = await import('../test/bench/generate-export.mjs');

  const work = mkdtempSync(path.join(os.tmpdir(), 'youth-reach-bench-'));
  const distDir = path.join(work, 'dist');
  console.log(`▶ building the bench page (test/bench → ${distDir})`);
  await build({ configFile: path.join(benchDir, 'vite.config.ts'), logLevel: 'warn', build: { outDir: distDir } });

  const profileDir = path.join(work, 'profile');
  const warmRows = Math.max(1000, Math.round(opts.rows / 10));
  const warmFile = path.join(work, `chart-data_warmup-${warmRows}.csv`);
  const mainFile = path.join(work, `chart-data_${opts.rows}.csv`);
  console.log(`▶ generating ${opts.rows.toLocaleString('en-US')} + ${warmRows.toLocaleString('en-US')} rows in ${work}`);
  const warm = await generateChartData(warmFile, warmRows);
  const big = await generateChartData(mainFile, opts.rows);
  console.log(`  ${(big.bytes / 1e6).toFixed(1)} MB, ${big.videos} videos × ${big.days} days, ${big.totalViews} views in all`);

  const loadBefore = os.loadavg();
  const server = await serve(distDir);
  const context = await chromium.launchPersistentContext(profileDir, { executablePath, headless: true, args: CHROMIUM_ARGS });
  const problems = [];
  let results;
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench?.ready === true, null, { timeout: 30_000 });
    await page.setInputFiles('#files', [warmFile, mainFile]);
    const env = await page.evaluate(async () => ({
      userAgent: navigator.userAgent,
      hardwareConcurrency: navigator.hardwareConcurrency,
      crossOriginIsolated: self.crossOriginIsolated,
      quota: (await navigator.storage.estimate()).quota ?? null,
    }));
    const browserVersion = context.browser()?.version() ?? /Chrome\/([\d.]+)/.exec(env.userAgent)?.[1] ?? 'unknown';
    const step = (what, fn, minutes = 10) => withTimeout(page.evaluate(fn.fn, fn.args), minutes * 60_000, what);
    const call = (method, ...args) => ({ fn: ([m, a]) => window.__bench[m](...a), args: [method, args] });

    console.log('▶ warm-up (discarded): floor and pipeline on the small file');
    await step('warm-up floor', call('floor', 0, 'bench-floor-warmup'));
    await step('delete', call('deleteDb', 'bench-floor-warmup'));
    await step('warm-up pipeline', call('pipeline', 0, 'bench-import-warmup', warm.rows));
    await step('delete', call('deleteDb', 'bench-import-warmup'));

    const floorRuns = [];
    const pipelineRuns = [];
    let keptImport = null;
    for (let r = 1; r <= opts.runs; r++) {
      const order = r % 2 === 1 ? ['floor', 'pipeline'] : ['pipeline', 'floor'];
      for (const kind of order) {
        if (kind === 'floor') {
          const run = await step(`floor run ${r}`, call('floor', 1, `bench-floor-${r}`));
          await step('delete', call('deleteDb', `bench-floor-${r}`));
          floorRuns.push(run);
          console.log(`  run ${r} floor    ${ms(run.timing.totalMs)}`);
        } else {
          const dbName = `bench-import-${r}`;
          const run = await step(`pipeline run ${r}`, call('pipeline', 1, dbName, big.rows));
          pipelineRuns.push(run);
          if (keptImport) await step('delete', call('deleteDb', keptImport.dbName));
          keptImport = { dbName, importId: String(run.timing.check.importId) };
          console.log(
            `  run ${r} pipeline ${ms(run.timing.totalMs)} (page: ${run.longTasks.count} long tasks, longest ${ms(run.longTasks.longestMs)})`,
          );
        }
      }
    }

    console.log('▶ breakdown of the pipeline (the app functions one by one)');
    const breakdowns = [];
    for (let b = 1; b <= 2; b++) {
      breakdowns.push((await step('breakdown', call('breakdown', 1, `bench-breakdown-${b}`))).timing);
      await step('delete', call('deleteDb', `bench-breakdown-${b}`));
    }

    console.log('▶ aggregation on the page');
    const ageImportId = 'bench-age-split';
    const seeded = await step('seed age split', call('seedAgeSplit', keptImport.dbName, ageImportId, opts.rows, 200));
    const aggregation = await step('aggregation', call('aggregate', keptImport.dbName, keptImport.importId, ageImportId, opts.repeats));
    await step('delete', call('deleteDb', keptImport.dbName));

    const floorMs = median(floorRuns.map((r) => r.timing.totalMs));
    const pipelineMs = median(pipelineRuns.map((r) => r.timing.totalMs));
    const importLongTasks = pipelineRuns.map((r) => r.longTasks);
    const longest = Math.max(0, ...importLongTasks.map((l) => l.longestMs));
    const v = aggregation.variants;
    const ratioTo = (name, baseline) => round(v[name].medianMs / Math.max(v[baseline].medianMs, 0.001), 1);
    const checks = {
      'pipeline read the file as youtube-studio-chart-data with one observation per row': pipelineRuns.every(
        (r) => r.timing.check.format === 'youtube-studio-chart-data' && r.timing.check.observations === big.rows,
      ),
      'floor wrote one value per row': floorRuns.every((r) => r.timing.values === big.rows),
      'bare sum of the imported views = the generator’s total': v['baseline: bare sum, import'].result.sum === big.totalViews,
      'app and column daily views agree': v['app: daily views (dailySumsOfChunks)'].result.total === v['reference: column daily views'].result.total,
      'app and column youth share agree':
        Math.abs(
          (v['app: overview youth share (ageCompositionOfChunks)'].result.youthShare ?? -1) -
            (v['reference: column youth share'].result.youthShare ?? -2),
        ) < 1e-12,
    };

    results = {
      date: new Date().toISOString(),
      environment: {
        browser: `Chromium ${browserVersion}`,
        executablePath,
        userAgent: env.userAgent,
        cpuCount: os.cpus().length,
        hardwareConcurrency: env.hardwareConcurrency,
        crossOriginIsolated: env.crossOriginIsolated,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        memoryGiB: round(os.totalmem() / 2 ** 30),
        loadAverage1mBeforeAfter: [round(loadBefore[0], 2), round(os.loadavg()[0], 2)],
        node: process.version,
        profile: 'persistent on-disk profile (playwright launchPersistentContext, temp dir)',
        storageQuotaBytes: env.quota,
        headlessArgs: CHROMIUM_ARGS,
      },
      options: opts,
      file: {
        layout: 'YouTube Studio Content report Chart data.csv: Date,Content,Video title,Views',
        rows: big.rows,
        bytes: big.bytes,
        videos: big.videos,
        days: big.days,
        period: `${big.firstDay}..${big.lastDay}`,
        totalViews: big.totalViews,
        warmupRows: warm.rows,
      },
      import: {
        floor: {
          what: 'File.arrayBuffer + TextDecoder + Papa.parse to string arrays + Number() into Float64Array chunks of 50k + one raw IndexedDB transaction',
          medianMs: round(floorMs),
          runsMs: floorRuns.map((r) => round(r.timing.totalMs)),
          stepsMedianMs: medianSteps(floorRuns.map((r) => r.timing)),
        },
        pipeline: {
          what: 'createImportService (src/workers/import-service.ts) preview + commit in the same module Worker, Dexie database',
          medianMs: round(pipelineMs),
          runsMs: pipelineRuns.map((r) => round(r.timing.totalMs)),
          pageWallMs: pipelineRuns.map((r) => round(r.pageWallMs)),
          stepsMedianMs: medianSteps(pipelineRuns.map((r) => r.timing)),
          check: pipelineRuns[0]?.timing.check,
        },
        ratio: round(pipelineMs / floorMs, 2),
        target: TARGETS.importRatio,
        met: pipelineMs / floorMs <= TARGETS.importRatio,
        breakdownMinMs: Object.fromEntries(
          Object.keys(breakdowns[0].steps).map((k) => [k, round(Math.min(...breakdowns.map((b) => b.steps[k])))]),
        ),
      },
      mainThread: {
        what: 'PerformanceObserver longtask on the page while the pipeline imported (each measured run)',
        perRun: importLongTasks.map((l) => ({ count: l.count, longestMs: round(l.longestMs), totalMs: round(l.totalMs), windowMs: round(l.windowMs) })),
        longestMs: round(longest),
        targetMs: TARGETS.longTaskMs,
        met: importLongTasks.every((l) => l.over50 === 0),
        duringFloor: floorRuns.map((r) => ({ count: r.longTasks.count, longestMs: round(r.longTasks.longestMs) })),
      },
      aggregation: {
        what: 'on the page (main thread), chunks read once with Dexie ([importId+seq] range, as loadOverviewRows), then one discarded warm-up and N runs, each with a new period filter',
        observations: aggregation.observations,
        ageSplitChunks: seeded.chunks,
        coldReadMs: { import: round(aggregation.coldReadMs.import), ageSplit: round(aggregation.coldReadMs.ageSplit) },
        coldOverviewMs: round(aggregation.coldOverviewMs),
        coldTargetMs: TARGETS.aggregationColdMs,
        variants: Object.fromEntries(
          Object.entries(v).map(([name, t]) => [
            name,
            { medianMs: round(t.medianMs, 3), minMs: round(t.minMs, 3), warmupMs: round(t.warmupMs, 2), inner: t.inner, runsMs: t.runsMs.map((x) => round(x, 3)), result: t.result },
          ]),
        ),
        ratios: {
          overviewYouthShare: ratioTo('app: overview youth share (ageCompositionOfChunks)', 'baseline: bare sum, age split'),
          columnYouthShare: ratioTo('reference: column youth share', 'baseline: bare sum, age split'),
          dailyViews: ratioTo('app: daily views (dailySumsOfChunks)', 'baseline: bare sum, import'),
          columnDailyViews: ratioTo('reference: column daily views', 'baseline: bare sum, import'),
        },
        targetWarmMs: TARGETS.aggregationWarmMs,
        met: {
          overviewYouthShare: v['app: overview youth share (ageCompositionOfChunks)'].medianMs <= TARGETS.aggregationWarmMs,
          dailyViews: v['app: daily views (dailySumsOfChunks)'].medianMs <= TARGETS.aggregationWarmMs,
        },
        longTasks: { count: aggregation.longTasks.count, longestMs: round(aggregation.longTasks.longestMs) },
      },
      checks,
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
  const failedChecks = Object.entries(results.checks).filter(([, ok]) => !ok);
  if (failedChecks.length > 0 || results.problems.length > 0) {
    for (const [name] of failedChecks) console.error(`CHECK FAILED: ${name}`);
    for (const p of results.problems) console.error(p);
    process.exit(1);
  }
}

/**
 * Prints the results as a small table (ratios first; targets are reported, never enforced).
 * @param {any} r the results object written to latest.json
 */
function printTable(r) {
  const e = r.environment;
  const line = (label, value, note = '') => console.log(`  ${label.padEnd(58)} ${String(value).padStart(12)}  ${note}`);
  console.log(
    `\nYouth Reach bench: ${r.file.rows.toLocaleString('en-US')} rows, ${(r.file.bytes / 1e6).toFixed(1)} MB; ${e.browser}, ` +
      `${e.cpuCount} CPUs, ${e.profile.split(' (')[0]}; load average ${e.loadAverage1mBeforeAfter.join(' → ')}`,
  );
  console.log(`\nImport (median of ${r.options.runs} runs, in one module Worker)`);
  line('floor: read + decode + Papa.parse + columns + raw IndexedDB', ms(r.import.floor.medianMs));
  line('pipeline: import-service preview + commit (app code)', ms(r.import.pipeline.medianMs));
  line('ratio pipeline / floor', `${r.import.ratio.toFixed(2)}×`, `target ≤ ${r.import.target}× ${verdict(r.import.met)}`);
  console.log('  floor steps:    ' + Object.entries(r.import.floor.stepsMedianMs).map(([k, x]) => `${k} ${ms(x)}`).join(', '));
  console.log('  pipeline steps: ' + Object.entries(r.import.pipeline.stepsMedianMs).map(([k, x]) => `${k} ${ms(x)}`).join(', '));
  console.log('  pipeline breakdown (each app step alone, best of 2; probes are not app code):');
  for (const [k, x] of Object.entries(r.import.breakdownMinMs)) line(`  ${k}`, ms(x));
  console.log('\nMain thread during the pipeline import (PerformanceObserver longtask)');
  line('long tasks per run', r.mainThread.perRun.map((p) => p.count).join(', '));
  line('longest', ms(r.mainThread.longestMs), `target: none > ${r.mainThread.targetMs} ms ${verdict(r.mainThread.met)}`);
  const a = r.aggregation;
  console.log(
    `\nAggregation on the page, ${a.observations.ageSplit.toLocaleString('en-US')} age-split and ` +
      `${a.observations.import.toLocaleString('en-US')} imported observations (warm: median of ${r.options.repeats} filter changes)`,
  );
  const base = { age: a.variants['baseline: bare sum, age split'].medianMs, imp: a.variants['baseline: bare sum, import'].medianMs };
  for (const [name, t] of Object.entries(a.variants)) {
    const b = name.includes('youth share') || name.includes('age split') ? base.age : base.imp;
    const ratio = `${(t.medianMs / Math.max(b, 0.001)).toFixed(1)}×`;
    const target = name.startsWith('app:') ? `target ≤ ${a.targetWarmMs} ms ${verdict(t.medianMs <= a.targetWarmMs)}` : '';
    line(name, `${t.medianMs.toFixed(2)} ms`, `${ratio.padStart(7)} of bare sum  ${target}`);
  }
  line('cold overview: Dexie read of the age split + first youth share', ms(a.coldOverviewMs), `target ≤ ${a.coldTargetMs} ms ${verdict(a.coldOverviewMs <= a.coldTargetMs)}`);
  line('  of which the Dexie read of the age-split chunks', ms(a.coldReadMs.ageSplit));
  line('Dexie read of the imported chunks', ms(a.coldReadMs.import));
  line('long tasks on the page during the aggregations (they run there)', a.longTasks.count, `longest ${ms(a.longTasks.longestMs)}`);
  console.log('\nChecks');
  for (const [name, ok] of Object.entries(r.checks)) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
