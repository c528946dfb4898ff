// The page's typed client of the import worker: preview files, then commit them (docs/architecture.md#workers).

import type { CsvInspection, GenericCsvMapping } from '../core/formats/generic-csv';
import type { ObservationKinds } from '../core/formats/observation-columns';
import type { AgeBand } from '../core/model/age-band';
import type { Basis, Observation, Period } from '../core/model/observation';
import type { ImportWarning, ManualEntryNote } from '../core/model/parsed-file';
import type { Platform } from '../core/model/platform';
import { isMemoryDatabase } from '../db/database';
import type { FileProblem } from '../core/model/problem';
import type { ImportService } from './import-service';
import { connect, local, routed } from './rpc';
import type { Remote } from './rpc';

export type { FileProblem } from '../core/model/problem';

/**
 * What the preview shows of one parsed file.
 * - `platform` null → the interface asks (`import-platform`), offering `platformCandidates`.
 * - `period`: ISO dates, inclusive; `basis`: what the age split is a share of.
 * - `ageShares`: shares 0..1 of the bands with known age, youngest first; `youthShare` 0..1 and
 *   `youthAgeFloor` 13 | 18 from `fileComposition` (docs/method.md#figures); all null without an age split.
 *   A file with age splits of several periods shows its most recent one, as the screens do: `agePeriod` is
 *   that split's period and `ageSplits` how many it holds (both absent otherwise).
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
  agePeriod?: Period;
  ageSplits?: number;
  observationCount: number;
  /** The same count by kind (age cells, segment values, other values): what a person counts in the file. */
  observationKinds?: ObservationKinds;
  /** The days of a daily file's period without any value (`missingDays` in observation-columns.ts): shown on the card, never read as 0. */
  missingDays?: { count: number; ranges: Period[] } | null;
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
 * - `readWith`: what the file was re-read with (`ImportService.reparse`): an export date, a mapping name.
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

/** The mapping dialog's view of a file (`ImportService.inspect`), or why it cannot be read as a table. */
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

/**
 * The page's handle on the import pipeline: every method of {@link ImportService} but `clear`, resolving as
 * the service does (problems with files come back per file), plus `dispose()` (stops the worker or drops the
 * in-thread state; later calls reject). A new service method is a new client method (`rpc.ts`).
 */
export type ImportClient = Remote<Omit<ImportService, 'clear'>>;

/**
 * Uses a module Web Worker (`new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })`)
 * when `Worker` exists, else runs the same code (`import-service.ts`) in the calling thread (jsdom component
 * tests). Once the page has switched to an in-memory database (`switchToMemoryDatabase`: the browser cannot
 * store), calls run in the page, where that database lives. Rejects a call with `Error` only when the worker
 * itself fails or after `dispose()`; problems with files come back per file.
 */
export function createImportClient(): ImportClient {
  if (typeof Worker === 'undefined') return createInThreadClient();
  const worker = connect<ImportService>(() => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' }), 'import');
  let inThread: ImportClient | null = null;
  return routed<Omit<ImportService, 'clear'>>(
    () => (isMemoryDatabase() ? (inThread ??= createInThreadClient()) : worker),
    () => {
      worker.dispose();
      inThread?.dispose();
    },
  );
}

/**
 * An {@link ImportClient} over a service obtained by `getService` in this thread (the in-thread fallback,
 * and tests that pass their own service), asked for on the first call. `onDispose` runs once on `dispose()`.
 */
export function clientOfService(getService: () => Promise<ImportService>, onDispose: () => void = () => undefined): ImportClient {
  return local(getService, 'import', onDispose);
}

function createInThreadClient(): ImportClient {
  let service: Promise<ImportService> | null = null;
  // In-thread (no module workers): fetch the spreadsheet reader up front, this path is rare.
  const getService = (): Promise<ImportService> =>
    (service ??= Promise.all([import('./import-service'), import('./xlsx-on-demand').then((x) => x.loadSpreadsheetReader())]).then(([m]) =>
      m.createImportService(),
    ));
  return clientOfService(getService, () => {
    void service?.then((s) => s.clear());
    service = null;
  });
}
