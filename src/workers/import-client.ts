// The page's typed client of the import worker: preview files, then commit them (DESIGN.md §1, §8).

import type { AgeBand } from '../core/model/age-band';
import type { Basis, Period } from '../core/model/observation';
import type { ImportWarning } from '../core/model/parsed-file';
import type { Platform } from '../core/model/platform';
import { isMemoryDatabase } from '../db/database';
import type { FileProblem } from '../db/file-problem';
import type { WorkerRequest, WorkerResponse } from './import-protocol';
import type { ImportService } from './import-service';

export type { FileProblem } from '../db/file-problem';

/**
 * What the preview shows of one parsed file.
 * - `platform` null → the interface asks (`import-platform`), offering `platformCandidates`.
 * - `period`: ISO dates, inclusive; `basis`: what the age split is a share of.
 * - `ageShares`: shares 0..1 of the bands with known age, youngest first; `youthShare` 0..1 and
 *   `youthAgeFloor` 13 | 18 from `ageComposition` (DESIGN.md §4); all null without an age split.
 * - `observationCount`: numbers the file yields; `warnings`: to show, translated by `code`.
 */
export interface ParsedFileSummary {
  format: string;
  formatLabel: string;
  formatVersion: number;
  platform: Platform | null;
  platformCandidates: Platform[];
  accountName: string | null;
  period: Period | null;
  basis: Basis | null;
  ageShares: Record<AgeBand, number> | null;
  youthShare: number | null;
  youthAgeFloor: 13 | 18 | null;
  observationCount: number;
  warnings: ImportWarning[];
}

/**
 * One file of a preview batch.
 * - `key`: unique, used to commit; `size` in bytes; `sha256` lower-case hex ('' when the bytes were unreadable).
 * - `status` `duplicate`: `duplicateOf` `stored` (same SHA-256 already in the database → "al geïmporteerd")
 *   or `batch` (an earlier file of the same preview call has the same bytes).
 * - `summary` for `ok` and `duplicate`; `problem` for `error`.
 */
export interface FilePreview {
  key: string;
  fileName: string;
  size: number;
  sha256: string;
  status: 'ok' | 'duplicate' | 'error';
  duplicateOf?: 'stored' | 'batch';
  summary?: ParsedFileSummary;
  problem?: FileProblem;
}

/** Store the previewed file `key` for the entity named `entityName` (created when new) on `platform`. */
export interface CommitRequest {
  key: string;
  entityName: string;
  platform: Platform;
}

/** The outcome of one commit request; `importId` when stored, `problem` on error (nothing stored). */
export interface CommitResult {
  key: string;
  fileName: string;
  status: 'stored' | 'duplicate' | 'error';
  importId?: string;
  problem?: FileProblem;
}

/** The page's handle on the import pipeline. */
export interface ImportClient {
  /** Reads each file off the main thread (sniff, detect, parse, normalise, SHA-256, duplicate check). */
  preview(files: readonly File[]): Promise<FilePreview[]>;
  /** Stores each requested file in its own Dexie transaction (all-or-nothing per file); a failing file
   *  does not stop the others. Creates the entity (by name, case-insensitive match) and account as needed. */
  commit(requests: readonly CommitRequest[], onProgress?: (done: number, total: number) => void): Promise<CommitResult[]>;
  /** Stops the worker (or drops the in-thread state); later calls reject. */
  dispose(): void;
}

/**
 * Uses a module Web Worker (`new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })`)
 * when `Worker` exists, else runs the same code (`import-service.ts`) in the calling thread (jsdom component
 * tests). Once the page has switched to an in-memory database (`switchToMemoryDatabase`: the browser cannot
 * store), calls run in the page, where that database lives. Rejects a call with `Error` only when the worker
 * itself fails or after `dispose()`; problems with files come back per file.
 */
export function createImportClient(): ImportClient {
  if (typeof Worker === 'undefined') return createInThreadClient();
  const worker = createWorkerClient();
  let inThread: ImportClient | null = null;
  const pick = (): ImportClient => (isMemoryDatabase() ? (inThread ??= createInThreadClient()) : worker);
  return {
    preview: (files) => pick().preview(files),
    commit: (requests, onProgress) => pick().commit(requests, onProgress),
    dispose() {
      worker.dispose();
      inThread?.dispose();
    },
  };
}

function createInThreadClient(): ImportClient {
  let service: Promise<ImportService> | null = null;
  let disposed = false;
  const getService = (): Promise<ImportService> => {
    if (disposed) return Promise.reject(new Error('import client disposed'));
    service ??= import('./import-service').then((m) => m.createImportService());
    return service;
  };
  return {
    async preview(files) {
      return (await getService()).preview(files);
    },
    async commit(requests, onProgress) {
      return (await getService()).commit(requests, onProgress);
    },
    dispose() {
      disposed = true;
      void service?.then((s) => s.clear());
      service = null;
    },
  };
}

interface Pending {
  resolve: (value: never) => void;
  reject: (reason: Error) => void;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

function createWorkerClient(): ImportClient {
  let worker: Worker | null = null;
  let disposed = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (message: string): void => {
    for (const p of pending.values()) p.reject(new Error(message));
    pending.clear();
  };

  const getWorker = (): Worker => {
    if (worker) return worker;
    const w = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
    w.onmessage = (ev: MessageEvent<WorkerResponse>) => {
      const msg = ev.data;
      const p = pending.get(msg.requestId);
      if (!p) return;
      switch (msg.type) {
        case 'progress':
          p.onProgress?.(msg.done, msg.total);
          return;
        case 'preview-result':
          pending.delete(msg.requestId);
          p.resolve(msg.previews as never);
          return;
        case 'commit-result':
          pending.delete(msg.requestId);
          p.resolve(msg.results as never);
          return;
        case 'failure':
          pending.delete(msg.requestId);
          p.reject(new Error(msg.message));
          return;
      }
    };
    w.onerror = (ev: ErrorEvent) => {
      ev.preventDefault();
      // The worker is unusable (failed to load or crashed): fail what waits, start a fresh one next time.
      w.terminate();
      if (worker === w) worker = null;
      failAll(`import worker failed: ${ev.message || 'unknown error'}`);
    };
    w.onmessageerror = () => failAll('import worker sent a message that could not be read');
    worker = w;
    return w;
  };

  const send = <T>(request: WorkerRequest, onProgress?: (done: number, total: number) => void): Promise<T> => {
    if (disposed) return Promise.reject(new Error('import client disposed'));
    return new Promise<T>((resolve, reject) => {
      pending.set(request.requestId, { resolve: resolve as (value: never) => void, reject, onProgress });
      try {
        getWorker().postMessage(request);
      } catch (e) {
        pending.delete(request.requestId);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  };

  return {
    preview(files) {
      return send<FilePreview[]>({ type: 'preview', requestId: nextId++, files: [...files] });
    },
    commit(requests, onProgress) {
      return send<CommitResult[]>({ type: 'commit', requestId: nextId++, requests: [...requests] }, onProgress);
    },
    dispose() {
      disposed = true;
      worker?.terminate();
      worker = null;
      failAll('import client disposed');
    },
  };
}
