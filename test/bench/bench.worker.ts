// Bench worker (npm run bench): times the app's import pipeline and the bare floor in ONE module Worker,
// so both run on the same thread with the same JIT (research-performance.md §6, DESIGN.md §8).

import Papa from 'papaparse';
import { observationCount } from '../../src/core/formats/observation-columns';
import { parseSourceFile } from '../../src/core/formats/parse-source-file';
import { decodeText, readTextFile } from '../../src/core/formats/sniff';
import { STANDARD_AGE_BANDS } from '../../src/core/model/age-band';
import type { Observation } from '../../src/core/model/observation';
import { openDatabase } from '../../src/db/database';
import { packColumns, packObservations } from '../../src/db/observation-chunks';
import { CHUNK_ROWS } from '../../src/db/schema';
import { storedSourceBytes } from '../../src/db/source-bytes';
import { createImportService, sha256Hex, summarise } from '../../src/workers/import-service';
import type { BenchRequest, BenchResponse, RunTiming, StepTimes } from './bench-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Collects lap times: each `lap(name)` records the ms since the previous lap (or since creation). */
function stopwatch(): { lap: (name: string) => void; steps: StepTimes; total: () => number } {
  const started = performance.now();
  let last = started;
  const steps: StepTimes = {};
  return {
    lap(name) {
      const now = performance.now();
      steps[name] = now - last;
      last = now;
    },
    steps,
    total: () => last - started,
  };
}

/** Deletes the IndexedDB database `name` (resolves also when it was blocked and deleted later). */
function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error(`could not delete ${name}`));
    req.onblocked = () => undefined;
  });
}

/**
 * The floor: what any import of this file must do at least, with bare primitives and no app code.
 * `File.arrayBuffer()`, one `TextDecoder('utf-8')` decode, `Papa.parse` to string arrays (delimiter and
 * newline given, no header, no dynamicTyping: research-performance.md §2), `Number()` of the last column
 * into Float64Array chunks of 50,000 values (the app's chunk size), and one raw IndexedDB readwrite
 * transaction that puts each chunk as one record (research-performance.md §3, "columnar chunks").
 */
async function runFloor(file: File, dbName: string): Promise<RunTiming> {
  const w = stopwatch();
  const bytes = new Uint8Array(await file.arrayBuffer());
  w.lap('read');
  const text = new TextDecoder('utf-8').decode(bytes);
  w.lap('decode');
  const parsed = Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  w.lap('tokenise');
  const rows = parsed.data;
  let last = rows.length;
  while (last > 1 && (rows[last - 1]?.length ?? 0) <= 1) last--;
  const valueColumn = (rows[0]?.length ?? 1) - 1;
  const chunks: Float64Array[] = [];
  for (let from = 1; from < last; from += CHUNK_ROWS) {
    const to = Math.min(from + CHUNK_ROWS, last);
    const values = new Float64Array(to - from);
    for (let i = from; i < to; i++) values[i - from] = Number(rows[i]![valueColumn]);
    chunks.push(values);
  }
  w.lap('columns');
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(dbName, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('chunks');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error(`could not open ${dbName}`));
  });
  const tx = database.transaction('chunks', 'readwrite');
  const store = tx.objectStore('chunks');
  chunks.forEach((values, seq) => store.put({ seq, rowCount: values.length, values }, seq));
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('floor write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('floor write aborted'));
  });
  w.lap('write');
  database.close();
  const written = chunks.reduce((n, c) => n + c.length, 0);
  return {
    totalMs: w.total(),
    steps: w.steps,
    rows: last - 1,
    values: written,
    check: { chunks: chunks.length, bytes: bytes.length, characters: text.length },
  };
}

/**
 * The app's import pipeline exactly as the import worker runs it: `createImportService` (default parser
 * `parseSourceFile`) over a fresh Dexie database `dbName`, `preview([file])` (read, SHA-256, decode, sniff,
 * tokenise, detect, normalise, summary, duplicate check) then `commit` (one transaction: entity, account,
 * source file with its bytes, import, packed observation chunks). Throws when the file is not read as
 * `youtube-studio-chart-data` with `expectedRows` observations, or is not stored. The step `of which
 * parseSourceFile` is the parser's share of `preview`, timed inside the service.
 */
async function runPipeline(file: File, dbName: string, expectedRows: number): Promise<RunTiming> {
  const database = openDatabase(dbName);
  // The default parser, timed from inside the service (the rest of the preview is reading, hashing beside
  // the parse, the summary and the duplicate check).
  let parseMs = 0;
  const parse = (input: Parameters<typeof parseSourceFile>[0], options?: Parameters<typeof parseSourceFile>[1]) => {
    const started = performance.now();
    try {
      return parseSourceFile(input, options);
    } finally {
      parseMs += performance.now() - started;
    }
  };
  const service = createImportService({ database, parse });
  const w = stopwatch();
  const [preview] = await service.preview([file]);
  w.lap('preview');
  w.steps['of which parseSourceFile'] = parseMs;
  if (!preview || preview.status !== 'ok' || !preview.summary) {
    throw new Error(`preview did not accept the file: ${JSON.stringify(preview?.problem ?? preview?.status)}`);
  }
  const summary = preview.summary;
  if (summary.format !== 'youtube-studio-chart-data' || summary.observationCount !== expectedRows) {
    throw new Error(`unexpected preview: ${summary.format}, ${String(summary.observationCount)} observations`);
  }
  const [result] = await service.commit([{ key: preview.key, entityName: 'Bench', platform: 'youtube' }]);
  w.lap('commit');
  if (!result || result.status !== 'stored') throw new Error(`commit failed: ${JSON.stringify(result)}`);
  const chunkCount = await database.observationChunks.count();
  database.close();
  return {
    totalMs: w.total(),
    steps: w.steps,
    rows: expectedRows,
    values: summary.observationCount,
    check: {
      format: summary.format,
      observations: summary.observationCount,
      period: summary.period ? `${summary.period.start}..${summary.period.end}` : 'none',
      warnings: summary.warnings.map((x) => x.code).join(',') || 'none',
      chunks: chunkCount,
      importId: result.importId ?? '',
    },
  };
}

/**
 * Where the pipeline's time goes: the same app functions called one by one (read, SHA-256, `decodeText`,
 * `readTextFile` = decode + sniff + PapaParse, `parseSourceFile` = all of that + detect + normalise,
 * `summarise`, `packColumns` (or `packObservations`), the chunks' and the source bytes' Dexie writes in separate
 * transactions; the source bytes as the app stores them, a Blob). Each step is timed on its own (so `readTextFile` repeats the decode) and drops its
 * result before the next, so one step's garbage does not weigh on the next. Two probes that are not app
 * code say why decoding costs what it costs (`TextDecoder` with `fatal`, with and without `stream`), and
 * two measure storing the source as an ArrayBuffer copy (the former way) and as the `File` itself.
 */
async function runBreakdown(file: File, dbName: string): Promise<RunTiming> {
  const w = stopwatch();
  const bytes = new Uint8Array(await file.arrayBuffer());
  w.lap('read');
  await sha256Hex(bytes);
  w.lap('sha256');
  const input = { name: file.name, bytes };
  let characters = decodeText(input).text.length;
  w.lap('decodeText');
  characters = Math.max(characters, new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes).length);
  w.lap('probe: TextDecoder fatal');
  characters = Math.max(characters, new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream: true }).length);
  w.lap('probe: TextDecoder fatal + stream');
  const rows = readTextFile(input).rows.length - 1;
  w.lap('readTextFile (decode+sniff+Papa)');
  const parsed = parseSourceFile(input);
  w.lap('parseSourceFile (readTextFile+detect+normalise)');
  summarise(parsed);
  w.lap('summarise');
  // As store-import.ts does: from the columns when the format built them (chart data does), else the array.
  const observations = observationCount(parsed);
  const chunks = parsed.columns ? packColumns('breakdown', parsed.columns) : packObservations('breakdown', parsed.observations);
  w.lap(parsed.columns ? 'packColumns' : 'packObservations');
  const database = openDatabase(dbName);
  await database.open();
  w.lap('open Dexie');
  await database.transaction('rw', database.observationChunks, () => database.observationChunks.bulkAdd(chunks));
  w.lap('write chunks (Dexie bulkAdd)');
  const record = {
    id: 'breakdown',
    name: file.name,
    size: bytes.length,
    sha256: 'breakdown',
    lastModified: null,
    importedAt: new Date().toISOString(),
    bytes: storedSourceBytes(bytes, file),
  };
  await database.sourceFiles.add(record);
  w.lap('write source bytes (Dexie add, storedSourceBytes: the File as a Blob)');
  // Not app code any more: the same record with an ArrayBuffer copy, as the app stored it before.
  await database.sourceFiles.add({ ...record, id: 'breakdown-buffer', sha256: 'breakdown-buffer', bytes: new Uint8Array(bytes).buffer });
  w.lap('probe: write source as ArrayBuffer (before)');
  // Not app code: the same record with the File itself (IndexedDB stores a Blob by reference to its data).
  await database.sourceFiles.add({ ...record, id: 'breakdown-blob', sha256: 'breakdown-blob', bytes: file });
  w.lap('probe: write source as File (Blob)');
  database.close();
  return {
    totalMs: w.total(),
    steps: w.steps,
    rows,
    values: observations,
    check: { chunks: chunks.length, characters },
  };
}

/** mulberry32: a small seeded PRNG giving floats in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Stores `count` synthetic age-split observations (views by age band, per video per day, counts) packed
 * with the app's `packObservations` under `importId` in `dbName`'s observation chunks, for the overview's
 * aggregation (no export format yields a 1M-row age split). Returns the chunk count.
 */
async function seedAgeSplit(dbName: string, importId: string, count: number, videos: number): Promise<number> {
  const random = prng(2014);
  const bands = STANDARD_AGE_BANDS;
  const observations: Observation[] = new Array<Observation>(count);
  const firstDay = Date.UTC(2021, 0, 1);
  for (let i = 0; i < count; i++) {
    const band = bands[i % bands.length]!;
    const video = Math.floor(i / bands.length) % videos;
    const dayIndex = Math.floor(i / (bands.length * videos));
    const iso = new Date(firstDay + dayIndex * 86_400_000).toISOString().slice(0, 10);
    observations[i] = {
      metric: 'views',
      period: { start: iso, end: iso },
      ageBand: band,
      segment: `vid${String(video).padStart(8, '0')}`,
      value: Math.floor(random() * (band === '13-17' ? 40 : 200)),
      unit: 'count',
    };
  }
  const chunks = packObservations(importId, observations);
  const database = openDatabase(dbName);
  await database.observationChunks.bulkAdd(chunks);
  database.close();
  return chunks.length;
}

function reply(message: BenchResponse): void {
  scope.postMessage(message);
}

scope.onmessage = (ev: MessageEvent<BenchRequest>) => {
  const msg = ev.data;
  const run = async (): Promise<void> => {
    switch (msg.type) {
      case 'floor':
        reply({ id: msg.id, type: 'timing', timing: await runFloor(msg.file, msg.dbName) });
        return;
      case 'pipeline':
        reply({ id: msg.id, type: 'timing', timing: await runPipeline(msg.file, msg.dbName, msg.expectedRows) });
        return;
      case 'breakdown':
        reply({ id: msg.id, type: 'timing', timing: await runBreakdown(msg.file, msg.dbName) });
        return;
      case 'seed-age-split': {
        const chunks = await seedAgeSplit(msg.dbName, msg.importId, msg.observations, msg.videos);
        reply({ id: msg.id, type: 'done', info: { chunks } });
        return;
      }
      case 'delete-db':
        await deleteDatabase(msg.dbName);
        reply({ id: msg.id, type: 'done', info: {} });
        return;
    }
  };
  run().catch((e: unknown) => {
    reply({ id: msg.id, type: 'error', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  });
};

export {};
