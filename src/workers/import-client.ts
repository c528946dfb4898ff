// The page's typed client of the import worker: preview files, then commit them (docs/architecture.md#workers).

import type { CsvInspection, GenericCsvMapping } from '../core/formats/generic-csv';
import type { ObservationKinds } from '../core/formats/observation-columns';
import type { AgeBand } from '../core/model/age-band';
import type { Basis, Observation, Period } from '../core/model/observation';
import type { ImportWarning, ManualEntryNote } from '../core/model/parsed-file';
import type { Platform } from '../core/model/platform';
import { isMemoryDatabase } from '../db/database';
import type { FileProblem } from '../db/file-problem';
import type { ServiceMethod, WorkerRequest, WorkerResponse } from './import-protocol';
import type { ImportService } from './import-service';

export type { FileProblem } from '../db/file-problem';

/**
 * What the preview shows of one parsed file.
 * - `platform` null → the interface asks (`import-platform`), offering `platformCandidates`.
 * - `period`: ISO dates, inclusive; `basis`: what the age split is a share of.
 * - `ageShares`: shares 0..1 of the bands with known age, youngest first; `youthShare` 0..1 and
 *   `youthAgeFloor` 13 | 18 from `ageComposition` (docs/method.md#figures); all null without an age split.
 * - `observationCount`: numbers the file yields; `metrics`: the distinct metrics among them (for the
 *   overlap check); `warnings`: to show, translated by `code`.
 * - `provenance`: `manual` for audience data typed in (the Youth Reach template), with `manualEntry`
 *   (where it was read, the note); `export` otherwise (`manualEntry` null).
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
  /** The same count by kind (age cells, segment values, other values): what a person counts in the file. */
  observationKinds?: ObservationKinds;
  metrics: string[];
  warnings: ImportWarning[];
  provenance: 'export' | 'manual';
  manualEntry: ManualEntryNote | null;
  /** One summary per platform when the file holds several (`ParsedFile.parts`); the fields above are the first's. */
  parts?: ParsedFileSummary[];
}

/** A saved generic CSV format (name and id) whose mapping reads a file no format recognised. */
export interface SavedFormatOffer {
  id: string;
  name: string;
}

/**
 * One file of a preview batch.
 * - `key`: unique, used to commit; `size` in bytes; `sha256` lower-case hex ('' when the bytes were unreadable).
 * - `status` `duplicate`: `duplicateOf` `stored` (same SHA-256 already in the database → "al geïmporteerd")
 *   or `batch` (an earlier file of the same preview call has the same bytes).
 * - `summary` for `ok` and `duplicate`; `problem` for `error`.
 * - `savedFormats`: for an `unknown-format` error, the saved generic CSV formats that read this file
 *   (offered as "Lezen als: <naam>").
 * - `readWith`: what the file was re-read with ({@link ImportClient.reparse}): an export date, a mapping name.
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
  savedFormats?: SavedFormatOffer[];
  readWith?: { exportDate?: string; mappingName?: string };
}

/**
 * Store the previewed file `key` for the entity named `entityName` (created when new) on `platform`.
 * `replaceImportIds`: stored imports this file replaces (overlapping period, the user chose "vervangen");
 * they are deleted in the same transaction that stores it. `accountId`: the account chosen for a file
 * that names none while its entity has several on the platform (`'new'`: a new account).
 */
export interface CommitRequest {
  key: string;
  entityName: string;
  platform: Platform;
  replaceImportIds?: string[];
  accountId?: string;
}

/** How to re-read a previewed file: with the day a loose TikTok file was exported, or a column mapping. */
export interface ReparseOptions {
  exportDate?: string;
  mapping?: GenericCsvMapping;
}

/** The mapping dialog's view of a file ({@link ImportClient.inspect}), or why it cannot be read as a table. */
export type InspectResult = { status: 'ok'; inspection: CsvInspection } | { status: 'error'; problem: FileProblem };

/** A mapping tried on a file: what it yields (summary and its first observations), or why it does not fit. */
export type MappingTrial =
  | { status: 'ok'; summary: ParsedFileSummary; sample: Observation[] }
  | { status: 'error'; problem: FileProblem };

/** What an import is, before or after re-reading: format and version, count, youth share (0..1 or null). */
export interface RereadFacts {
  format: string;
  formatLabel: string;
  formatVersion: number;
  observationCount: number;
  youthShare: number | null;
  youthAgeFloor: 13 | 18 | null;
}

/**
 * One stored import re-read from its original bytes with the current format versions:
 * `unchanged` (same interpretation, same numbers), `changed` (`after` differs from `before`), or `error`
 * (the current version refuses the file: `problem`; the stored import is left as it is).
 */
export interface RereadItem {
  importId: string;
  fileName: string;
  entityName: string;
  platform: Platform;
  provenance: 'export' | 'manual';
  status: 'unchanged' | 'changed' | 'error';
  before: RereadFacts;
  after: RereadFacts | null;
  problem?: FileProblem;
}

/** The outcome of applying one re-reading: `replaced`, `gone` (deleted meanwhile), or `error` (nothing changed). */
export interface RereadApplyResult {
  importId: string;
  status: 'replaced' | 'gone' | 'error';
  problem?: FileProblem;
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
  /** Reads the previewed file `key` again (same key, bytes kept by the worker) with an export date or a
   *  column mapping; the returned preview replaces the old one. */
  reparse(key: string, options: ReparseOptions): Promise<FilePreview>;
  /** Describes the previewed file `key` as a table for the column-mapping dialog. */
  inspect(key: string): Promise<InspectResult>;
  /** Tries `mapping` on the previewed file `key` without changing the preview (the dialog's live preview). */
  tryMapping(key: string, mapping: GenericCsvMapping): Promise<MappingTrial>;
  /** Re-reads every stored source file with the current format versions; stores nothing yet. */
  reread(onProgress?: (done: number, total: number) => void): Promise<RereadItem[]>;
  /** Stores the re-readings of `importIds` (from the last {@link reread}), each in its own transaction. */
  applyReread(importIds: readonly string[], onProgress?: (done: number, total: number) => void): Promise<RereadApplyResult[]>;
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
    reparse: (key, options) => pick().reparse(key, options),
    inspect: (key) => pick().inspect(key),
    tryMapping: (key, mapping) => pick().tryMapping(key, mapping),
    reread: (onProgress) => pick().reread(onProgress),
    applyReread: (ids, onProgress) => pick().applyReread(ids, onProgress),
    dispose() {
      worker.dispose();
      inThread?.dispose();
    },
  };
}

/**
 * An {@link ImportClient} over a service obtained by `getService` in this thread (the in-thread fallback,
 * and tests that pass their own service). `onDispose` runs once on `dispose()`.
 */
export function clientOfService(getService: () => Promise<ImportService>, onDispose: () => void = () => undefined): ImportClient {
  return {
    async preview(files) {
      return (await getService()).preview(files);
    },
    async commit(requests, onProgress) {
      return (await getService()).commit(requests, onProgress);
    },
    async reparse(key, options) {
      return (await getService()).reparse(key, options);
    },
    async inspect(key) {
      return (await getService()).inspect(key);
    },
    async tryMapping(key, mapping) {
      return (await getService()).tryMapping(key, mapping);
    },
    async reread(onProgress) {
      return (await getService()).reread(onProgress);
    },
    async applyReread(ids, onProgress) {
      return (await getService()).applyReread(ids, onProgress);
    },
    dispose: onDispose,
  };
}

function createInThreadClient(): ImportClient {
  let service: Promise<ImportService> | null = null;
  let disposed = false;
  const getService = (): Promise<ImportService> => {
    if (disposed) return Promise.reject(new Error('import client disposed'));
    // In-thread (no module workers): fetch the spreadsheet reader up front, this path is rare.
    service ??= Promise.all([import('./import-service'), import('./xlsx-on-demand').then((x) => x.loadSpreadsheetReader())]).then(
      ([m]) => m.createImportService(),
    );
    return service;
  };
  return clientOfService(getService, () => {
    disposed = true;
    void service?.then((s) => s.clear());
    service = null;
  });
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
        case 'result':
          pending.delete(msg.requestId);
          p.resolve(msg.value as never);
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

  const call = <T>(method: ServiceMethod, args: unknown[], onProgress?: (done: number, total: number) => void): Promise<T> =>
    send<T>({ type: 'call', requestId: nextId++, method, args }, onProgress);

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
    preview: (files) => call<FilePreview[]>('preview', [[...files]]),
    commit: (requests, onProgress) => call<CommitResult[]>('commit', [[...requests]], onProgress),
    reparse: (key, options) => call<FilePreview>('reparse', [key, options]),
    inspect: (key) => call<InspectResult>('inspect', [key]),
    tryMapping: (key, mapping) => call<MappingTrial>('tryMapping', [key, mapping]),
    reread: (onProgress) => call<RereadItem[]>('reread', [], onProgress),
    applyReread: (ids, onProgress) => call<RereadApplyResult[]>('applyReread', [[...ids]], onProgress),
    dispose() {
      disposed = true;
      worker?.terminate();
      worker = null;
      failAll('import client disposed');
    },
  };
}
