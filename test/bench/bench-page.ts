// Bench page (npm run bench): drives the bench worker, records main-thread long tasks, and runs the
// aggregations on the page's thread, where the overview runs them. scripts/bench.mjs calls `window.__bench`.

import { openDatabase } from '../../src/db/database';
import type { ObservationChunkRecord } from '../../src/db/schema';
import type { YouthReachDb } from '../../src/db/database';
import type { DayRange } from './aggregate';
import { appDailyViews, appYouthShare, bareSum, columnDailyViews, columnYouthShare, dayExtent, unpackDailyViews, unpackYouthShare } from './aggregate';
import type { BenchRequest, BenchResponse, RunTiming } from './bench-protocol';

/** One long task seen by the page's `PerformanceObserver` (ms on the page's `performance.now()` clock). */
export interface LongTask {
  startTime: number;
  duration: number;
}

/** Long tasks inside one window of the page's clock: count, longest and summed duration (ms). */
export interface LongTaskSummary {
  windowMs: number;
  count: number;
  longestMs: number;
  totalMs: number;
  over50: number;
}

/** One timed run as the page saw it: the worker's own timing plus the page's wall time around it (ms). */
export interface PageRun {
  timing: RunTiming;
  pageWallMs: number;
  longTasks: LongTaskSummary;
}

/**
 * Timings of one aggregation variant in ms: the discarded warm-up, then each warm run with a new filter
 * (`inner`: calls per timed sample, see `timeVariant`).
 */
export interface VariantTiming {
  warmupMs: number;
  inner: number;
  runsMs: number[];
  medianMs: number;
  minMs: number;
  result: Record<string, number | null>;
}

/** What {@link BenchApi.aggregate} measured. */
export interface AggregationResult {
  observations: { import: number; ageSplit: number };
  coldReadMs: { import: number; ageSplit: number };
  coldOverviewMs: number;
  variants: Record<string, VariantTiming>;
  longTasks: LongTaskSummary;
}

/** The page's API for scripts/bench.mjs (`page.evaluate(() => window.__bench…)`). */
export interface BenchApi {
  ready: true;
  floor(fileIndex: number, dbName: string): Promise<PageRun>;
  pipeline(fileIndex: number, dbName: string, expectedRows: number): Promise<PageRun>;
  breakdown(fileIndex: number, dbName: string): Promise<PageRun>;
  seedAgeSplit(dbName: string, importId: string, observations: number, videos: number): Promise<Record<string, string | number>>;
  deleteDb(dbName: string): Promise<void>;
  aggregate(dbName: string, importId: string, ageImportId: string, repeats: number): Promise<AggregationResult>;
}

declare global {
  interface Window {
    __bench?: BenchApi;
  }
}

const longTasks: LongTask[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ startTime: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

/** The long tasks that started inside [from, to] of the page clock. */
function longTasksBetween(from: number, to: number): LongTaskSummary {
  const inside = longTasks.filter((t) => t.startTime >= from && t.startTime <= to);
  return {
    windowMs: to - from,
    count: inside.length,
    longestMs: inside.reduce((m, t) => Math.max(m, t.duration), 0),
    totalMs: inside.reduce((s, t) => s + t.duration, 0),
    over50: inside.filter((t) => t.duration > 50).length,
  };
}

/** Lets a frame and any queued long-task entry land before a window closes. */
function settle(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
}

const worker = new Worker(new URL('./bench.worker.ts', import.meta.url), { type: 'module', name: 'bench' });
let nextId = 1;
const waiting = new Map<number, { resolve: (r: BenchResponse) => void; reject: (e: Error) => void }>();
worker.onmessage = (ev: MessageEvent<BenchResponse>) => {
  const w = waiting.get(ev.data.id);
  if (!w) return;
  waiting.delete(ev.data.id);
  if (ev.data.type === 'error') w.reject(new Error(ev.data.message));
  else w.resolve(ev.data);
};
worker.onerror = (ev) => {
  for (const w of waiting.values()) w.reject(new Error(`bench worker failed: ${ev.message}`));
  waiting.clear();
};

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

function ask(message: WithoutId<BenchRequest>): Promise<BenchResponse> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker.postMessage({ ...message, id } as BenchRequest);
  });
}

/** The `index`-th file of the bench's `<input type="file">` (set by playwright's setInputFiles). */
function pickedFile(index: number): File {
  const input = document.querySelector<HTMLInputElement>('#files');
  const file = input?.files?.[index];
  if (!file) throw new Error(`no file ${String(index)} in #files`);
  return file;
}

/** Runs one worker timing request and wraps it with the page's wall time and long tasks. */
async function timed(message: WithoutId<BenchRequest>): Promise<PageRun> {
  await settle();
  const from = performance.now();
  const response = await ask(message);
  const pageWallMs = performance.now() - from;
  await settle();
  const to = performance.now();
  if (response.type !== 'timing') throw new Error(`expected a timing, got ${response.type}`);
  return { timing: response.timing, pageWallMs, longTasks: longTasksBetween(from, to) };
}

/** Reads one import's chunks the way `loadOverviewRows` does (`[importId+seq]` range). */
function readChunks(database: YouthReachDb, importId: string): Promise<ObservationChunkRecord[]> {
  return database.observationChunks
    .where('[importId+seq]')
    .between([importId, 0], [importId, Number.MAX_SAFE_INTEGER], true, true)
    .toArray();
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Times `run` once as a discarded warm-up on `ranges[0]`, then once per following range (each a "filter
 * change": a new period, so nothing can be reused from the previous call). A run faster than 10 ms is
 * repeated `inner` times per sample (calibrated on the warm-up) and the sample divided by `inner`, so the
 * bare sum is not lost in the timer's resolution. Yields to the event loop before each sample, so each
 * sample is its own task and the long-task observer sees what one filter change costs the page.
 */
async function timeVariant(
  ranges: readonly DayRange[],
  run: (range: DayRange) => Record<string, number | null>,
): Promise<VariantTiming> {
  await settle();
  let t = performance.now();
  run(ranges[0]!);
  const warmupMs = performance.now() - t;
  const inner = Math.min(1000, Math.max(1, Math.ceil(10 / Math.max(warmupMs, 0.005))));
  const runsMs: number[] = [];
  let result: Record<string, number | null> = {};
  for (const range of ranges.slice(1)) {
    await settle();
    t = performance.now();
    for (let k = 0; k < inner; k++) result = run(range);
    runsMs.push((performance.now() - t) / inner);
  }
  return { warmupMs, inner, runsMs, medianMs: median(runsMs), minMs: Math.min(...runsMs), result };
}

const api: BenchApi = {
  ready: true,
  floor: (fileIndex, dbName) => timed({ type: 'floor', file: pickedFile(fileIndex), dbName }),
  pipeline: (fileIndex, dbName, expectedRows) =>
    timed({ type: 'pipeline', file: pickedFile(fileIndex), dbName, expectedRows }),
  breakdown: (fileIndex, dbName) => timed({ type: 'breakdown', file: pickedFile(fileIndex), dbName }),
  async seedAgeSplit(dbName, importId, observations, videos) {
    const response = await ask({ type: 'seed-age-split', dbName, importId, observations, videos });
    return response.type === 'done' ? response.info : {};
  },
  async deleteDb(dbName) {
    await ask({ type: 'delete-db', dbName });
  },
  async aggregate(dbName, importId, ageImportId, repeats) {
    const database = openDatabase(dbName);
    await database.open();
    await settle();
    const from = performance.now();
    let t = performance.now();
    const importChunks = await readChunks(database, importId);
    const readImport = performance.now() - t;
    t = performance.now();
    const ageChunks = await readChunks(database, ageImportId);
    const readAge = performance.now() - t;
    // Cold: the overview's first aggregation right after reading (JIT not yet warm for it).
    const extentAge = dayExtent(ageChunks);
    const extentImport = dayExtent(importChunks);
    if (!extentAge || !extentImport) throw new Error('no dated observations to aggregate');
    t = performance.now();
    appYouthShare(ageChunks, extentAge);
    const coldOverviewMs = readAge + (performance.now() - t);
    // Warm: each run moves the period's start one day later (a new filter each time).
    const shift = (e: DayRange, k: number): DayRange => ({ from: e.from + k, to: e.to });
    const ageRanges = Array.from({ length: repeats + 1 }, (_, k) => shift(extentAge, k));
    const importRanges = Array.from({ length: repeats + 1 }, (_, k) => shift(extentImport, k));
    const sumAll = (chunks: ObservationChunkRecord[]) => () => ({ sum: bareSum(chunks) });
    const variants: Record<string, VariantTiming> = {
      'baseline: bare sum, age split': await timeVariant(ageRanges, sumAll(ageChunks)),
      'app: overview youth share (ageCompositionOfChunks)': await timeVariant(ageRanges, (r) => appYouthShare(ageChunks, r)),
      'before: overview youth share (unpack + ageComposition)': await timeVariant(ageRanges, (r) => unpackYouthShare(ageChunks, r)),
      'reference: column youth share': await timeVariant(ageRanges, (r) => columnYouthShare(ageChunks, r)),
      'baseline: bare sum, import': await timeVariant(importRanges, sumAll(importChunks)),
      'app: daily views (dailySumsOfChunks)': await timeVariant(importRanges, (r) => appDailyViews(importChunks, r)),
      'before: daily views (unpack + Map group-by)': await timeVariant(importRanges, (r) => unpackDailyViews(importChunks, r)),
      'reference: column daily views': await timeVariant(importRanges, (r) => columnDailyViews(importChunks, r)),
    };
    await settle();
    const to = performance.now();
    database.close();
    const count = (chunks: ObservationChunkRecord[]) => chunks.reduce((n, c) => n + c.rowCount, 0);
    return {
      observations: { import: count(importChunks), ageSplit: count(ageChunks) },
      coldReadMs: { import: readImport, ageSplit: readAge },
      coldOverviewMs,
      variants,
      longTasks: longTasksBetween(from, to),
    };
  },
};

window.__bench = api;
