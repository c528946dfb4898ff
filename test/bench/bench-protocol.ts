// Messages between the bench page and the bench worker, and the timing shapes both report (npm run bench).

/** Milliseconds per named step of one run, in the order the steps ran, e.g. `{ read: 41, decode: 380 }`. */
export type StepTimes = Record<string, number>;

/**
 * One timed run in the bench worker.
 * - `totalMs`: wall time inside the worker from the first step to the last (ms, `performance.now()`).
 * - `steps`: the parts of `totalMs` (ms).
 * - `rows`: data rows read; `values`: numbers written (observations for the pipeline, values for the floor).
 * - `check`: what the run verified (format recognised, counts), shown in the results.
 */
export interface RunTiming {
  totalMs: number;
  steps: StepTimes;
  rows: number;
  values: number;
  check: Record<string, string | number>;
}

/** Page → worker. `id` pairs a request with its reply; `dbName` is the IndexedDB database the run writes. */
export type BenchRequest =
  | { id: number; type: 'floor'; file: File; dbName: string }
  | { id: number; type: 'pipeline'; file: File; dbName: string; expectedRows: number }
  | { id: number; type: 'breakdown'; file: File; dbName: string }
  | { id: number; type: 'seed-age-split'; dbName: string; importId: string; observations: number; videos: number }
  | { id: number; type: 'delete-db'; dbName: string };

/** Worker → page: a run's timing, a plain acknowledgement, or an error message. */
export type BenchResponse =
  | { id: number; type: 'timing'; timing: RunTiming }
  | { id: number; type: 'done'; info: Record<string, string | number> }
  | { id: number; type: 'error'; message: string };
