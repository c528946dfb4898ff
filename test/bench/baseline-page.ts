// The bare baselines `npm run bench` compares the app with, served beside the built app (same origin, so
// the same IndexedDB). Not app code: the least work that gives the same answer.
// - `window.__baseline.floor(keep)`: the files set on `#files`, read + decoded + parsed (PapaParse) + every
//   number cell into Float64Arrays + one raw IndexedDB transaction per file, in a module Worker; with
//   `keep`, each file also hashed (SHA-256) and stored as a Blob with its values (floor.worker.ts).
// - opened with `?aggregate`: reads every observation chunk of the app's database with one raw IndexedDB
//   `getAll` and sums the values per metric and day over the typed arrays, then sets `window.__aggregate`
//   (its time counts from the page's navigation start, as a screen's ready time does).

import type { ObservationChunkRecord } from '../../src/db/schema';

/** What the floor worker reports (ms, counts). */
export interface FloorResult {
  totalMs: number;
  files: number;
  bytes: number;
  values: number;
}

/** What the bare read + aggregate reports (ms from navigation start; counts; bytes of the typed arrays). */
export interface AggregateResult {
  readyMs: number;
  readMs: number;
  aggregateMs: number;
  chunks: number;
  observations: number;
  arrayBytes: number;
  metrics: number;
  checksum: number;
  error?: string;
}

declare global {
  interface Window {
    __baseline?: { ready: true; floor(keep: boolean): Promise<FloorResult> };
    __aggregate?: AggregateResult;
  }
}

/** The chunk fields the baseline reads (the app's `observationChunks` records). */
type ChunkLike = Pick<ObservationChunkRecord, 'rowCount' | 'values' | 'startDays' | 'metric' | 'metricDict'>;

const NO_PERIOD_DAY = -2_147_483_648;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

async function readAndAggregate(): Promise<AggregateResult> {
  const t0 = performance.now();
  const open = indexedDB.open('youth-reach');
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('cannot open youth-reach'));
  });
  if (!db.objectStoreNames.contains('observationChunks')) throw new Error('the app database has no observationChunks store');
  const chunks = await request(db.transaction('observationChunks', 'readonly').objectStore('observationChunks').getAll() as IDBRequest<ChunkLike[]>);
  db.close();
  const t1 = performance.now();
  // Per metric name, a Float64Array of day sums over the days seen.
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (const c of chunks) {
    for (let i = 0; i < c.rowCount; i++) {
      const d = c.startDays[i]!;
      if (d === NO_PERIOD_DAY) continue;
      if (d < minDay) minDay = d;
      if (d > maxDay) maxDay = d;
    }
  }
  const span = Number.isFinite(minDay) ? maxDay - minDay + 1 : 0;
  const sums = new Map<string, Float64Array>();
  let observations = 0;
  let arrayBytes = 0;
  for (const c of chunks) {
    const perMetric = c.metricDict.map((name) => {
      let a = sums.get(name);
      if (!a) sums.set(name, (a = new Float64Array(span + 1)));
      return a;
    });
    for (let i = 0; i < c.rowCount; i++) {
      const d = c.startDays[i]!;
      const sum = perMetric[c.metric[i]!]!;
      const k = d === NO_PERIOD_DAY ? span : d - minDay;
      sum[k] = sum[k]! + c.values[i]!;
    }
    observations += c.rowCount;
    for (const v of Object.values(c) as unknown[]) if (ArrayBuffer.isView(v)) arrayBytes += v.byteLength;
  }
  let checksum = 0;
  for (const a of sums.values()) for (let i = 0; i < a.length; i++) checksum += a[i]!;
  const t2 = performance.now();
  return { readyMs: t2, readMs: t1 - t0, aggregateMs: t2 - t1, chunks: chunks.length, observations, arrayBytes, metrics: sums.size, checksum };
}

if (new URLSearchParams(location.search).has('aggregate')) {
  readAndAggregate().then(
    (r) => (window.__aggregate = r),
    (e: unknown) => (window.__aggregate = { readyMs: -1, readMs: 0, aggregateMs: 0, chunks: 0, observations: 0, arrayBytes: 0, metrics: 0, checksum: 0, error: String(e) }),
  );
} else {
  const worker = new Worker(new URL('./floor.worker.ts', import.meta.url), { type: 'module' });
  window.__baseline = {
    ready: true,
    floor: (keep) =>
      new Promise<FloorResult>((resolve, reject) => {
        const input = document.getElementById('files') as HTMLInputElement;
        worker.onmessage = (ev: MessageEvent<FloorResult | { error: string }>) =>
          'error' in ev.data ? reject(new Error(ev.data.error)) : resolve(ev.data);
        worker.postMessage({ files: Array.from(input.files ?? []), keep });
      }),
  };
}
