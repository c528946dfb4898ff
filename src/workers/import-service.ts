// The import pipeline shared by the worker and the in-thread fallback: preview (read, hash, parse, check
// duplicates) and commit (store each file in its own transaction).

import { inspectCsv, parseWithMapping } from '../core/formats/generic-csv';
import type { GenericCsvMapping } from '../core/formats/generic-csv';
import { missingDays, observationCount, observationKinds, observedMetrics } from '../core/formats/observation-columns';
import { parseSourceFile } from '../core/formats/parse-source-file';
import { fileComposition } from '../core/metrics/age-composition';
import type { Observation } from '../core/model/observation';
import { filesOfParts } from '../core/model/parsed-file';
import type { ParsedFile, ParseOptions, SourceInput } from '../core/model/parsed-file';
import { db as defaultDb } from '../db/database';
import type { YouthReachDb } from '../db/database';
import { withImportLock } from '../db/import-lock';
import { isSha256Stored, storedSha256s } from '../db/imports-repo';
import { newId } from '../db/new-id';
import { unpackObservations } from '../db/observation-chunks';
import { listSavedFormats } from '../db/saved-formats-repo';
import { blobBytes, readSourceBytes } from '../db/source-bytes';
import type { ImportRecord } from '../db/schema';
import { prepareParts, replaceImportInterpretation, storeParsedFiles } from '../db/store-import';
import type { PreparedPart, StoreRequest, StoreResult, WrittenBatch } from '../db/store-import';
import { loadImportContext, withWrittenBatch } from '../db/import-context-repo';
import type { ImportContext } from '../db/import-context-repo';
import { readDataVersion } from '../db/data-version';
import type {
  CommitRequest,
  CommitResult,
  FilePreview,
  InspectResult,
  MappingTrial,
  ParsedFileSummary,
  ReparseOptions,
  RereadApplyResult,
  RereadFacts,
  RereadItem,
  SavedFormatOffer,
} from './import-client';
import { errorMessage } from '../core/model/errors';
import { problem, readProblem, storageProblem, unreadableProblem } from '../core/model/problem';
import type { FileProblem } from '../core/model/problem';

/** Reads one source file into a ParsedFile; expected to throw only `ImportError`. May be async. */
export type ParseFn = (input: SourceInput, options?: ParseOptions) => ParsedFile | Promise<ParsedFile>;

/** A file as the page hands it over: a `File` (or any Blob with a name). */
export type FileLike = Blob & { name: string; lastModified?: number };

/** Space the browser reports for this site (bytes), as `navigator.storage.estimate()` gives it. */
export interface StorageEstimateLike {
  usage?: number;
  quota?: number;
}

/**
 * Where the service stores, how it parses and how it asks for the storage estimate; defaults: the shared
 * `db` (read at each call), `parseSourceFile`, `navigator.storage.estimate()` (null where unavailable).
 */
export interface ImportServiceOptions {
  database?: YouthReachDb;
  parse?: ParseFn;
  estimate?: () => Promise<StorageEstimateLike | null>;
  /**
   * Runs before each file of a `preview` is parsed, once its bytes are read (the import worker fetches the
   * spreadsheet reader here for a file that looks like a spreadsheet). A rejection refuses that file as a
   * parse failure would (`readProblem`: code `internal`, the file's name, the rejection's message as the
   * detail); the other files go on.
   */
  beforeParse?: (source: SourceInput) => Promise<void> | void;
}

/** Estimated need (bytes) from which a commit first checks the storage estimate: 1 MiB. */
export const LARGE_IMPORT_BYTES = 1024 * 1024;

/**
 * A commit stores consecutive files in one transaction until their estimated need ({@link estimateStoredBytes})
 * passes 16 MiB or they are 50 files: small files share one commit, a large file keeps its own.
 */
export const COMMIT_BATCH_BYTES = 16 * 1024 * 1024;
/** See {@link COMMIT_BATCH_BYTES}. */
export const COMMIT_BATCH_FILES = 50;

/**
 * Rough bytes a stored file takes in IndexedDB: the original bytes, plus about 32 bytes per observation
 * (8 value + 4 + 4 days + index columns, docs/architecture.md#speed), doubled for IndexedDB's own overhead, plus 16 KiB.
 */
export function estimateStoredBytes(sourceBytes: number, observationCount: number): number {
  return 2 * (sourceBytes + 32 * observationCount) + 16 * 1024;
}

async function browserEstimate(): Promise<StorageEstimateLike | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.estimate !== 'function') return null;
  try {
    return await storage.estimate();
  } catch {
    return null;
  }
}

/** Called after each file: `done` of `total` files finished. */
export type ProgressFn = (done: number, total: number) => void;

/** The import pipeline (see {@link createImportService}). */
export interface ImportService {
  /** Reads each file (sniff, detect, parse, normalise, SHA-256, duplicate check); keeps every readable file's bytes by key. */
  preview(files: readonly FileLike[], onProgress?: ProgressFn): Promise<FilePreview[]>;
  /** Stores each requested file all-or-nothing; a failing file does not stop the others (small files share
   *  one transaction, see {@link COMMIT_BATCH_BYTES}). Creates the entity (by name, case-insensitive match)
   *  and account as needed. */
  commit(requests: readonly CommitRequest[], onProgress?: ProgressFn): Promise<CommitResult[]>;
  /** Reads the previewed file `key` again (same key, kept bytes) with an export date or a column mapping;
   *  the returned preview replaces the old one. */
  reparse(key: string, options: ReparseOptions): Promise<FilePreview>;
  /** Describes the kept file `key` as a table for the column-mapping dialog (`inspectCsv`). */
  inspect(key: string): Promise<InspectResult>;
  /** Tries `mapping` on the kept file `key` (`parseWithMapping`) without changing the preview (the dialog's live preview). */
  tryMapping(key: string, mapping: GenericCsvMapping): Promise<MappingTrial>;
  /** Re-reads every stored source file with the current format versions; stores nothing yet (keeps the readings for `applyReread`). */
  reread(onProgress?: ProgressFn): Promise<RereadItem[]>;
  /** Stores the kept re-readings of `importIds` (from the last `reread`), each in its own transaction. */
  applyReread(importIds: readonly string[], onProgress?: ProgressFn): Promise<RereadApplyResult[]>;
  /**
   * What the preview needs of the stored data (`loadImportContext`: accounts and the spans of stored
   * imports), read here, off the page's thread. Kept with the data version it was read at: while the
   * version is unchanged only the version is read; after this service's own commit the kept context is
   * brought up to date with what was written (`withWrittenBatch`); after any other write it is read again.
   */
  importContext(): Promise<ImportContext>;
  /**
   * Forgets the previewed files `keys` (their bytes and readings) once the calls before it are done, so a
   * commit in progress keeps its files; unknown keys are ignored. The import screen calls it for the cards
   * it no longer shows (a new selection, "Andere bestanden importeren", leaving the screen). Resolves with
   * how many files it forgot.
   */
  discard(keys: readonly string[]): Promise<number>;
  /** Forgets every previewed file not yet committed and every re-reading not yet applied. */
  clear(): void;
}

/** A previewed file: its bytes and hash, its reading (null while it cannot be read) and the options used. */
interface PendingFile {
  source: SourceInput;
  /** The File the bytes were read from (stored by reference where the browser keeps Blobs). */
  blob?: Blob;
  sha256: string;
  parsed: ParsedFile | null;
  options: ReparseOptions;
  /**
   * Its parts packed and summarised for the write, worked out while the preview is on screen (see
   * `prepareAhead`); undefined until then, null when that failed (the write then tries again itself).
   */
  prepared?: readonly PreparedPart[] | null;
  /** Its bytes are stored already or come earlier in the same preview: never written, so never packed. */
  duplicate?: boolean;
  /** The `preview` call that read it, or last read it again (see `prepareAhead`, `KEPT_PREVIEWS`). */
  generation: number;
}

/** How many `preview` calls keep their files for a commit: the latest and the two before it. */
export const KEPT_PREVIEWS = 3;

/** How many bytes of files the preview reads ahead of the file it parses (see `preview`). */
const READ_AHEAD_BYTES = 32 * 1024 * 1024;

/** How many observations the mapping dialog's live preview shows. */
export const MAPPING_SAMPLE_SIZE = 8;

/**
 * Lower-case hex SHA-256 (64 characters) of `bytes` via `crypto.subtle`. Throws `Error` outside a secure
 * context (plain http on a non-localhost address), where browsers do not offer `crypto.subtle`.
 */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  if (typeof crypto === 'undefined' || !crypto.subtle) {
    throw new Error('SHA-256 needs a secure context: open the app over https or on localhost');
  }
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * What the preview shows of a parsed file: its format, platform, period, basis, observation count and
 * warnings, plus the age split and youth share from `fileComposition(observations, basis)` (the most recent split of a file with several) (docs/method.md#figures);
 * the age fields are null without a basis or when the split sums to 0. A file holding several platforms
 * (`ParsedFile.parts`) gets one summary per part in `parts`, the top-level fields being the first's.
 */
export function summarise(parsed: ParsedFile): ParsedFileSummary {
  if (parsed.parts !== undefined && parsed.parts.length > 1) {
    const parts = filesOfParts(parsed).map(summariseOne);
    return { ...parts[0]!, platformCandidates: parts.map((p) => p.platform).filter((p) => p !== null), parts };
  }
  return summariseOne(parsed);
}

function summariseOne(parsed: ParsedFile): ParsedFileSummary {
  const { composition, period: agePeriod, splits: ageSplits } = parsed.basis === null ? { composition: null, period: null, splits: 0 } : fileComposition(parsed.observations, parsed.basis);
  return {
    format: parsed.format,
    formatLabel: parsed.formatLabel,
    formatVersion: parsed.formatVersion,
    platform: parsed.platform,
    platformCandidates: [...parsed.platformCandidates],
    accountName: parsed.accountName,
    period: parsed.period,
    basis: parsed.basis,
    ageShares: composition?.shares ?? null,
    youthShare: composition?.youthShare ?? null,
    youthAgeFloor: composition?.youthAgeFloor ?? null,
    ...(agePeriod !== null ? { agePeriod, ageSplits } : {}),
    observationCount: observationCount(parsed),
    observationKinds: observationKinds(parsed),
    missingDays: missingDays(parsed),
    metrics: observedMetrics(parsed),
    warnings: parsed.warnings,
    provenance: parsed.provenance === 'manual' ? 'manual' : 'export',
    manualEntry: parsed.manualEntry ? { source: parsed.manualEntry.source, note: parsed.manualEntry.note } : null,
  };
}

/** One observation as a stable text, for comparing two readings of the same file (values to 1e-9). */
function observationKey(o: Observation): string {
  return [o.metric, o.period?.start ?? '', o.period?.end ?? '', o.ageBand ?? '', o.gender ?? '', o.segment ?? '', o.unit, o.value.toPrecision(10)].join('|');
}

/** True when two lists hold the same observations, in any order. */
export function sameObservations(a: readonly Observation[], b: readonly Observation[]): boolean {
  if (a.length !== b.length) return false;
  const ka = a.map(observationKey).sort();
  const kb = b.map(observationKey).sort();
  return ka.every((k, i) => k === kb[i]);
}


/** Runs `one` on each item in turn (never two at once), reporting 0 of n first and then after each item. */
async function eachInTurn<T, R>(items: readonly T[], onProgress: ProgressFn | undefined, one: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  onProgress?.(0, items.length);
  for (const item of items) {
    results.push(await one(item));
    onProgress?.(results.length, items.length);
  }
  return results;
}

/**
 * Creates the import pipeline over `database` with `parse`. Calls run one at a time, in call order.
 * `preview` never rejects on bad input: each file gets `ok`, `duplicate` (`stored` when its SHA-256 is in
 * the database, `batch` when an earlier file of the same call has the same bytes) or `error` with a
 * {@link FileProblem} (`unreadable`, a parser code, or `internal`). Every file whose bytes could be read is
 * kept under its key (an error file too, so `reparse` can read it again with an export date or a mapping)
 * until committed as stored/duplicate or until `clear()`. `reread` re-parses every stored source file with
 * the import's own export date or mapping and compares format, version, basis, period and observations.
 * `commit` stores the keys with `storeParsedFiles` (consecutive small files in one transaction, each file
 * still all-or-nothing); an unknown key gives `error` with code `unknown-key`. Progress is reported after
 * each file (after each batch for `commit`), and as 0 of n at the start.
 */
export function createImportService(options: ImportServiceOptions = {}): ImportService {
  // Read the shared connection at call time: the page may switch to an in-memory database after start.
  const getDatabase = (): YouthReachDb => options.database ?? defaultDb;
  const estimate = options.estimate ?? browserEstimate;
  const parse = options.parse ?? parseSourceFile;
  const pendingFiles = new Map<string, PendingFile>();
  const rereads = new Map<string, ParsedFile>();
  let queue: Promise<unknown> = Promise.resolve();
  /** A commit is running: the preparation ahead waits (the commit packs what is not prepared yet). */
  let committing = false;
  /** The number of `preview` calls so far: only the latest one's files are packed ahead. */
  let previewGeneration = 0;
  let preparing = false;

  /**
   * Packs and summarises the previewed files for their write (`prepareParts`) one file per task, while
   * the cards are on screen and the user says which entity each belongs to: a confirm then only writes.
   * Only the latest preview's files, never a duplicate (it is not written). Stops while a commit runs and
   * starts again after it; a file read again (`reparse`) is prepared anew.
   */
  function prepareAhead(): void {
    if (preparing) return;
    preparing = true;
    const step = (): void => {
      // Only the files of the latest preview (the one on screen), never a duplicate (it is not written).
      const next = committing
        ? undefined
        : [...pendingFiles.values()].find((p) => p.generation === previewGeneration && p.parsed !== null && p.prepared === undefined && !p.duplicate);
      if (!next) {
        preparing = false;
        return;
      }
      try {
        next.prepared = prepareParts(next.parsed!);
      } catch {
        next.prepared = null;
      }
      setTimeout(step, 0);
    };
    setTimeout(step, 0);
  }
  const serial = <T>(op: () => Promise<T>): Promise<T> => {
    const next = queue.then(op, op);
    queue = next.catch(() => undefined);
    return next;
  };

  async function previewOne(file: FileLike, seenInBatch: Set<string>, read: Promise<Uint8Array<ArrayBuffer>>, stored: Promise<Set<string>>): Promise<FilePreview> {
    const key = newId();
    const fileName = file.name;
    const base = { key, fileName, size: file.size };
    const unreadable = (e: unknown): FilePreview => ({ ...base, sha256: '', status: 'error', problem: unreadableProblem(fileName, e) });
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = await read;
    } catch (e) {
      return unreadable(e);
    }
    // The SHA-256 runs beside the parse (browsers compute crypto.subtle digests off this thread); a failed
    // digest still makes the file unreadable, whatever the parse gave.
    const digest = sha256Hex(bytes);
    digest.catch(() => undefined);
    const source: SourceInput = { name: fileName, bytes };
    if (typeof file.lastModified === 'number') source.lastModified = file.lastModified;
    const reading = await readSource(source, {}, options.beforeParse);
    let sha256: string;
    try {
      sha256 = await digest;
    } catch (e) {
      return unreadable(e);
    }
    const inBatch = seenInBatch.has(sha256);
    seenInBatch.add(sha256);
    return readPending(key, base, source, sha256, {}, inBatch, file, reading, stored);
  }

  /**
   * Parses `source` with `options` (a mapping, an export date, or neither), after `before` when given (see
   * `ImportServiceOptions.beforeParse`); a parse error, or `before`'s, is returned, not thrown.
   */
  async function readSource(source: SourceInput, options: ReparseOptions, before?: (source: SourceInput) => Promise<void> | void): Promise<{ parsed: ParsedFile } | { error: unknown }> {
    try {
      await before?.(source);
      return {
        parsed: options.mapping
          ? parseWithMapping(source, options.mapping)
          : await parse(source, options.exportDate !== undefined ? { exportDate: options.exportDate } : {}),
      };
    } catch (error) {
      return { error };
    }
  }

  /**
   * Parses `source` with `options` (or takes `reading`, its parse done already), keeps it under `key` (also
   * when it cannot be read, so it can be read again with an export date or a mapping) and returns its
   * preview. An `unknown-format` file is offered the saved formats that read it. `blob`: the File the bytes
   * were read from, kept so that commit stores it by reference (`storedSourceBytes`). `storedShas`: the
   * stored files' SHA-256 read once for a whole preview; without it, this file's is looked up alone.
   */
  async function readPending(
    key: string,
    base: { key: string; fileName: string; size: number },
    source: SourceInput,
    sha256: string,
    options: ReparseOptions,
    inBatch: boolean,
    blob: Blob | undefined,
    reading?: { parsed: ParsedFile } | { error: unknown },
    storedShas?: Promise<Set<string>>,
  ): Promise<FilePreview> {
    const fileName = source.name;
    const readWith = options.exportDate !== undefined ? { exportDate: options.exportDate } : options.mapping ? { mappingName: options.mapping.name } : undefined;
    const withRead = readWith ? { readWith } : {};
    const result = reading ?? (await readSource(source, options));
    if ('error' in result) {
      pendingFiles.set(key, { source, sha256, parsed: null, options, ...(blob ? { blob } : {}), generation: previewGeneration });
      const problem = readProblem(fileName, result.error);
      const offers = problem.code === 'unknown-format' ? await savedFormatsFor(source) : [];
      return { ...base, sha256, status: 'error', problem, ...withRead, ...(offers.length > 0 ? { savedFormats: offers } : {}) };
    }
    const parsed = result.parsed;
    let summary: ParsedFileSummary;
    let stored: boolean;
    try {
      summary = summarise(parsed);
      stored = storedShas ? (await storedShas).has(sha256) : await isSha256Stored(sha256, getDatabase());
    } catch (e) {
      return { ...base, sha256, status: 'error', problem: readProblem(fileName, e) };
    }
    pendingFiles.set(key, { source, sha256, parsed, options, ...(blob ? { blob } : {}), ...(stored || inBatch ? { duplicate: true } : {}), generation: previewGeneration });
    if (stored) return { ...base, sha256, status: 'duplicate', duplicateOf: 'stored', summary, ...withRead };
    if (inBatch) return { ...base, sha256, status: 'duplicate', duplicateOf: 'batch', summary, ...withRead };
    return { ...base, sha256, status: 'ok', summary, ...withRead };
  }

  /** The saved formats whose mapping reads `source` into at least one observation (never throws). */
  async function savedFormatsFor(source: SourceInput): Promise<SavedFormatOffer[]> {
    try {
      const saved = await listSavedFormats(getDatabase());
      const offers: SavedFormatOffer[] = [];
      for (const f of saved) {
        try {
          if (parseWithMapping(source, f.mapping as GenericCsvMapping).observations.length > 0) offers.push({ id: f.id, name: f.name });
        } catch {
          // this saved format does not fit the file
        }
      }
      return offers;
    } catch {
      return [];
    }
  }

  function unknownKey(key: string): FileProblem {
    return problem('unknown-key', `no previewed file with key ${key}; preview the file again.`, { key });
  }

  /** The facts of a stored import's current reading: format, count and youth share from its chunks. */
  async function storedFacts(database: YouthReachDb, imp: ImportRecord): Promise<{ facts: RereadFacts; observations: Observation[] }> {
    const chunks = await database.observationChunks
      .where('[importId+seq]')
      .between([imp.id, 0], [imp.id, Number.MAX_SAFE_INTEGER], true, true)
      .toArray();
    const observations = unpackObservations(chunks);
    const composition = imp.basis === null ? null : fileComposition(observations, imp.basis).composition;
    return {
      observations,
      facts: {
        format: imp.format,
        formatLabel: imp.formatLabel,
        formatVersion: imp.formatVersion,
        observationCount: imp.observationCount,
        youthShare: composition?.youthShare ?? null,
        youthAgeFloor: composition?.youthAgeFloor ?? null,
      },
    };
  }

  function factsOf(parsed: ParsedFile): RereadFacts {
    const s = summarise(parsed);
    return {
      format: s.format,
      formatLabel: s.formatLabel,
      formatVersion: s.formatVersion,
      observationCount: s.observationCount,
      youthShare: s.youthShare,
      youthAgeFloor: s.youthAgeFloor,
    };
  }

  async function rereadOne(database: YouthReachDb, imp: ImportRecord, entityName: string): Promise<RereadItem> {
    const { facts: before, observations } = await storedFacts(database, imp);
    const base = { importId: imp.id, fileName: imp.fileName, entityName, platform: imp.platform, provenance: imp.provenance ?? 'export', before };
    const file = await database.sourceFiles.get(imp.sourceFileId);
    if (!file) {
      return { ...base, status: 'error', after: null, problem: problem('source-missing', `${imp.fileName}: the original file is not stored.`, { fileName: imp.fileName }) };
    }
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = await readSourceBytes(file.bytes);
    } catch (e) {
      const detail = errorMessage(e);
      return { ...base, status: 'error', after: null, problem: problem('source-missing', `${imp.fileName}: the original file could not be read (${detail}).`, { fileName: imp.fileName, detail }) };
    }
    const source: SourceInput = { name: file.name, bytes };
    if (file.lastModified !== null) source.lastModified = file.lastModified;
    let parsed: ParsedFile;
    try {
      const whole = imp.mapping !== undefined
        ? parseWithMapping(source, imp.mapping as GenericCsvMapping)
        : await parse(source, imp.exportDate !== undefined ? { exportDate: imp.exportDate } : {});
      // A file holding several platforms was stored as one import per platform: compare this one's part.
      const parts = filesOfParts(whole);
      parsed = parts.find((p) => p.platform === imp.platform) ?? parts[0] ?? whole;
    } catch (e) {
      return { ...base, status: 'error', after: null, problem: readProblem(imp.fileName, e) };
    }
    const after = factsOf(parsed);
    const same =
      after.format === before.format &&
      after.formatVersion === before.formatVersion &&
      parsed.basis === imp.basis &&
      JSON.stringify(parsed.period) === JSON.stringify(imp.period) &&
      sameObservations(parsed.observations, observations);
    if (same) return { ...base, status: 'unchanged', after };
    rereads.set(imp.id, parsed);
    return { ...base, status: 'changed', after };
  }

  /**
   * What committing `request` would store, or the result that stops it before any write: an unknown key,
   * or (for a large file) too little storage space left.
   */
  async function prepareCommit(request: CommitRequest): Promise<{ error: CommitResult } | { store: StoreRequest; need: number }> {
    const pending = pendingFiles.get(request.key);
    if (!pending || pending.parsed === null) {
      return { error: { key: request.key, fileName: pending?.source.name ?? '', status: 'error', problem: unknownKey(request.key) } };
    }
    const parsed = pending.parsed;
    const fileName = pending.source.name;
    const need = estimateStoredBytes(pending.source.bytes.byteLength, observationCount(parsed));
    if (need >= LARGE_IMPORT_BYTES) {
      // A large file: check the space left first (docs/architecture.md#storage) instead of failing mid-write.
      const e = await estimate();
      if (e && typeof e.quota === 'number' && typeof e.usage === 'number' && e.quota - e.usage < need) {
        const left = Math.max(0, e.quota - e.usage);
        return {
          error: {
            key: request.key,
            fileName,
            status: 'error',
            problem: {
              code: 'storage-full',
              message: `${fileName}: not enough storage space left for this site (needs about ${Math.ceil(need / 1e6)} MB, ${Math.floor(left / 1e6)} MB left); nothing of this file was stored.`,
              line: null,
              params: { fileName, neededBytes: need, leftBytes: left },
            },
          },
        };
      }
    }
    return {
      need,
      store: {
        parsed,
        source: pending.source,
        ...(pending.blob ? { sourceBlob: pending.blob } : {}),
        ...(pending.prepared ? { prepared: pending.prepared } : {}),
        sha256: pending.sha256,
        entityName: request.entityName,
        platform: request.platform,
        ...(request.replaceImportIds && request.replaceImportIds.length > 0 ? { replaceImportIds: request.replaceImportIds } : {}),
        ...(request.accountId !== undefined ? { accountId: request.accountId } : {}),
        parseOptions: {
          ...(pending.options.exportDate !== undefined ? { exportDate: pending.options.exportDate } : {}),
          ...(pending.options.mapping !== undefined ? { mapping: pending.options.mapping } : {}),
        },
      },
    };
  }

  /** The result of committing `request` from what the store said; a stored or duplicate file is no longer kept. */
  function commitResult(request: CommitRequest, fileName: string, result: StoreResult): CommitResult {
    if (result.status === 'error') return { key: request.key, fileName, status: 'error', problem: result.problem };
    pendingFiles.delete(request.key);
    if (result.status === 'duplicate') return { key: request.key, fileName, status: 'duplicate' };
    return { key: request.key, fileName, status: 'stored', importId: result.importId };
  }

  /** The import context kept with the data version it is exact for (see `importContext`). */
  let keptContext: { version: string; context: ImportContext } | null = null;

  /** After a batch this service wrote: the kept context follows it when it was exact just before it. */
  function keepContextUpToDate(batch: WrittenBatch): void {
    keptContext =
      keptContext !== null && batch.versionBefore === keptContext.version && batch.versionAfter !== null
        ? { version: batch.versionAfter, context: withWrittenBatch(keptContext.context, batch) }
        : null;
  }

  /** The import context: the kept one while the data version is the one it was read at, else read again (and kept). */
  async function currentImportContext(): Promise<ImportContext> {
    const database = getDatabase();
    return database.transaction('r', [database.settings, database.entities, database.accounts, database.imports, database.observationChunks], async () => {
      const version = await readDataVersion(database.settings);
      if (version !== null && keptContext?.version === version) return keptContext.context;
      const context = await loadImportContext(database);
      keptContext = version === null ? null : { version, context };
      return context;
    });
  }

  /**
   * Commits `requests` in order, in batches of consecutive files stored in one transaction each
   * (`storeParsedFiles`: when one file fails, that batch is stored again file by file). A batch ends after
   * {@link COMMIT_BATCH_BYTES} estimated bytes or {@link COMMIT_BATCH_FILES} files, and before any file
   * stopped ahead of the write. Progress is reported after each batch, counting its files.
   */
  async function commitAll(requests: readonly CommitRequest[], onProgress?: ProgressFn): Promise<CommitResult[]> {
    const results: CommitResult[] = [];
    onProgress?.(0, requests.length);
    let batch: { request: CommitRequest; store: StoreRequest }[] = [];
    let batchBytes = 0;
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      const taken = batch;
      batch = [];
      batchBytes = 0;
      // One writer at a time across tabs (Web Lock); the unique SHA-256 index backs it up.
      const stored = await withImportLock(() => storeParsedFiles(getDatabase(), taken.map((b) => b.store), keepContextUpToDate));
      taken.forEach((b, i) => results.push(commitResult(b.request, b.store.source.name, stored[i]!)));
      onProgress?.(results.length, requests.length);
    };
    for (const request of requests) {
      const prepared = await prepareCommit(request);
      if ('error' in prepared) {
        await flush();
        results.push(prepared.error);
        onProgress?.(results.length, requests.length);
        continue;
      }
      if (batch.length > 0 && (batchBytes + prepared.need > COMMIT_BATCH_BYTES || batch.length >= COMMIT_BATCH_FILES)) await flush();
      batch.push({ request, store: prepared.store });
      batchBytes += prepared.need;
    }
    await flush();
    return results;
  }

  return {
    preview(files, onProgress) {
      return serial(() => {
        // Files of earlier previews are no longer packed ahead (a screen shows its latest preview), and those
        // of previews more than KEPT_PREVIEWS calls back are let go (their bytes and readings): a screen
        // that previews and commits at once never has that many other previews in between.
        previewGeneration += 1;
        for (const [key, pending] of pendingFiles) {
          if (pending.generation <= previewGeneration - KEPT_PREVIEWS) pendingFiles.delete(key);
        }
        const seen = new Set<string>();
        // The bytes of the next files are read while one is parsed (reading a File waits on the browser,
        // about 3 ms a file at no cost to this thread), up to READ_AHEAD_BYTES beyond the current file.
        const reads: Promise<Uint8Array<ArrayBuffer>>[] = [];
        const readFrom = (i: number): Promise<Uint8Array<ArrayBuffer>> => {
          let ahead = 0;
          for (let j = i + 1; j < reads.length; j++) ahead += files[j]!.size;
          while (reads.length < files.length && (reads.length <= i || ahead + files[reads.length]!.size <= READ_AHEAD_BYTES)) {
            if (reads.length > i) ahead += files[reads.length]!.size;
            const read = blobBytes(files[reads.length]!);
            read.catch(() => undefined); // its error is the file's own (previewOne), never unhandled
            reads.push(read);
          }
          return reads[i]!;
        };
        let index = 0;
        // Which files are stored already: one read of the SHA-256 index for the whole call, beside the
        // first parse (a request per file cost about 3 ms each).
        const stored = storedSha256s(getDatabase());
        stored.catch(() => undefined); // a failed read is each file's own error (readPending)
        return eachInTurn(files, onProgress, (file) => previewOne(file, seen, readFrom(index++), stored)).finally(prepareAhead);
      });
    },
    commit(requests, onProgress) {
      return serial(async () => {
        committing = true;
        try {
          return await commitAll(requests, onProgress);
        } finally {
          committing = false;
          prepareAhead();
        }
      });
    },
    reparse(key, options) {
      return serial(async () => {
        const pending = pendingFiles.get(key);
        if (!pending) return { key, fileName: '', size: 0, sha256: '', status: 'error', problem: unknownKey(key) };
        const base = { key, fileName: pending.source.name, size: pending.source.bytes.byteLength };
        return readPending(key, base, pending.source, pending.sha256, options, false, pending.blob).finally(prepareAhead);
      });
    },
    inspect(key) {
      return serial(async () => {
        const pending = pendingFiles.get(key);
        if (!pending) return { status: 'error', problem: unknownKey(key) };
        try {
          return { status: 'ok', inspection: inspectCsv(pending.source) };
        } catch (e) {
          return { status: 'error', problem: readProblem(pending.source.name, e) };
        }
      });
    },
    tryMapping(key, mapping) {
      return serial(async () => {
        const pending = pendingFiles.get(key);
        if (!pending) return { status: 'error', problem: unknownKey(key) } satisfies MappingTrial;
        try {
          const parsed = parseWithMapping(pending.source, mapping);
          return { status: 'ok', summary: summarise(parsed), sample: parsed.observations.slice(0, MAPPING_SAMPLE_SIZE) } satisfies MappingTrial;
        } catch (e) {
          return { status: 'error', problem: readProblem(pending.source.name, e) } satisfies MappingTrial;
        }
      });
    },
    reread(onProgress) {
      return serial(async () => {
        rereads.clear();
        const database = getDatabase();
        const [imports, entities] = await Promise.all([database.imports.toArray(), database.entities.toArray()]);
        const names = new Map(entities.map((e) => [e.id, e.name]));
        const complete = imports
          .filter((i) => i.status !== 'pending')
          .sort((a, b) => a.fileName.localeCompare(b.fileName, 'nl') || a.id.localeCompare(b.id));
        return eachInTurn(complete, onProgress, (imp) => rereadOne(database, imp, names.get(imp.entityId) ?? ''));
      });
    },
    applyReread(importIds, onProgress) {
      return serial(() =>
        eachInTurn(importIds, onProgress, async (importId): Promise<RereadApplyResult> => {
          const parsed = rereads.get(importId);
          if (!parsed) return { importId, status: 'error', problem: unknownKey(importId) };
          try {
            const done = await withImportLock(() => replaceImportInterpretation(getDatabase(), importId, parsed));
            rereads.delete(importId);
            return { importId, status: done ? 'replaced' : 'gone' };
          } catch (e) {
            return { importId, status: 'error', problem: storageProblem(parsed.fileName, e) };
          }
        }),
      );
    },
    importContext() {
      return serial(currentImportContext);
    },
    discard(keys) {
      return serial(async () => {
        let forgotten = 0;
        for (const key of keys) if (pendingFiles.delete(key)) forgotten += 1;
        return forgotten;
      });
    },
    clear() {
      pendingFiles.clear();
      rereads.clear();
    },
  };
}
