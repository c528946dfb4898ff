// The import pipeline shared by the worker and the in-thread fallback: preview (read, hash, parse, check
// duplicates) and commit (store each file in its own transaction).

import { parseSourceFile } from '../core/formats/parse-source-file';
import { ageComposition } from '../core/metrics/age-composition';
import { isImportError } from '../core/model/parsed-file';
import type { ParsedFile, SourceInput } from '../core/model/parsed-file';
import { db as defaultDb } from '../db/database';
import type { YouthReachDb } from '../db/database';
import type { FileProblem } from '../db/file-problem';
import { withImportLock } from '../db/import-lock';
import { isSha256Stored } from '../db/imports-repo';
import { newId } from '../db/new-id';
import { storeParsedFile } from '../db/store-import';
import type { CommitRequest, CommitResult, FilePreview, ParsedFileSummary } from './import-client';

/** Reads one source file into a ParsedFile; expected to throw only `ImportError`. May be async. */
export type ParseFn = (input: SourceInput) => ParsedFile | Promise<ParsedFile>;

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
}

/** Estimated need (bytes) from which a commit first checks the storage estimate: 1 MiB. */
export const LARGE_IMPORT_BYTES = 1024 * 1024;

/**
 * Rough bytes a stored file takes in IndexedDB: the original bytes, plus about 32 bytes per observation
 * (8 value + 4 + 4 days + index columns, DESIGN.md §8), doubled for IndexedDB's own overhead, plus 16 KiB.
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
  /** Reads, hashes, parses and duplicate-checks each file; keeps the ok/duplicate ones by key for commit. */
  preview(files: readonly FileLike[], onProgress?: ProgressFn): Promise<FilePreview[]>;
  /** Stores each requested key in its own transaction; a failing file does not stop the others. */
  commit(requests: readonly CommitRequest[], onProgress?: ProgressFn): Promise<CommitResult[]>;
  /** Forgets every previewed file not yet committed. */
  clear(): void;
}

interface PendingFile {
  source: SourceInput;
  sha256: string;
  parsed: ParsedFile;
}

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

/** The bytes of a file: `Blob.arrayBuffer()` where it exists, else `FileReader` (jsdom's Blob lacks it). */
async function readBytes(file: FileLike): Promise<Uint8Array<ArrayBuffer>> {
  if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * What the preview shows of a parsed file: its format, platform, period, basis, observation count and
 * warnings, plus the age split and youth share from `ageComposition(observations, basis)` (DESIGN.md §4);
 * the age fields are null without a basis or when the split sums to 0.
 */
export function summarise(parsed: ParsedFile): ParsedFileSummary {
  const composition = parsed.basis === null ? null : ageComposition(parsed.observations, parsed.basis);
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
    observationCount: parsed.observations.length,
    warnings: parsed.warnings,
  };
}

/**
 * The problem to show for an error thrown while reading `fileName`: an `ImportError` keeps its code, message,
 * line and params; anything else becomes `internal` (with the error text in `params.detail`).
 */
export function parseProblem(fileName: string, e: unknown): FileProblem {
  if (isImportError(e)) {
    return { code: e.code, message: e.message, line: e.line ?? null, params: { fileName, ...(e.params ?? {}) } };
  }
  const detail = e instanceof Error ? e.message : String(e);
  return {
    code: 'internal',
    message: `${fileName}: could not be read because of an internal error (${detail}).`,
    line: null,
    params: { fileName, detail },
  };
}

/**
 * Creates the import pipeline over `database` with `parse`. Calls run one at a time, in call order.
 * `preview` never rejects on bad input: each file gets `ok`, `duplicate` (`stored` when its SHA-256 is in
 * the database, `batch` when an earlier file of the same call has the same bytes) or `error` with a
 * {@link FileProblem} (`unreadable`, a parser code, or `internal`). Previewed ok/duplicate files are kept,
 * with their bytes, under their key until committed as stored/duplicate or until `clear()`.
 * `commit` stores each key with `storeParsedFile` (one transaction per file); an unknown key gives `error`
 * with code `unknown-key`. Progress is reported after each file (and as 0 of n at the start).
 */
export function createImportService(options: ImportServiceOptions = {}): ImportService {
  // Read the shared connection at call time: the page may switch to an in-memory database after start.
  const getDatabase = (): YouthReachDb => options.database ?? defaultDb;
  const estimate = options.estimate ?? browserEstimate;
  const parse = options.parse ?? parseSourceFile;
  const pendingFiles = new Map<string, PendingFile>();
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(op: () => Promise<T>): Promise<T> => {
    const next = queue.then(op, op);
    queue = next.catch(() => undefined);
    return next;
  };

  async function previewOne(file: FileLike, seenInBatch: Set<string>): Promise<FilePreview> {
    const key = newId();
    const fileName = file.name;
    const base = { key, fileName, size: file.size };
    let bytes: Uint8Array<ArrayBuffer>;
    let sha256: string;
    try {
      bytes = await readBytes(file);
      sha256 = await sha256Hex(bytes);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return {
        ...base,
        sha256: '',
        status: 'error',
        problem: {
          code: 'unreadable',
          message: `${fileName}: the browser could not read this file (${detail}).`,
          line: null,
          params: { fileName, detail },
        },
      };
    }
    const source: SourceInput = { name: fileName, bytes };
    if (typeof file.lastModified === 'number') source.lastModified = file.lastModified;
    let parsed: ParsedFile;
    try {
      parsed = await parse(source);
    } catch (e) {
      return { ...base, sha256, status: 'error', problem: parseProblem(fileName, e) };
    }
    let summary: ParsedFileSummary;
    let stored: boolean;
    try {
      summary = summarise(parsed);
      stored = await isSha256Stored(sha256, getDatabase());
    } catch (e) {
      return { ...base, sha256, status: 'error', problem: parseProblem(fileName, e) };
    }
    const inBatch = seenInBatch.has(sha256);
    seenInBatch.add(sha256);
    pendingFiles.set(key, { source, sha256, parsed });
    if (stored) return { ...base, sha256, status: 'duplicate', duplicateOf: 'stored', summary };
    if (inBatch) return { ...base, sha256, status: 'duplicate', duplicateOf: 'batch', summary };
    return { ...base, sha256, status: 'ok', summary };
  }

  async function commitOne(request: CommitRequest): Promise<CommitResult> {
    const pending = pendingFiles.get(request.key);
    if (!pending) {
      return {
        key: request.key,
        fileName: '',
        status: 'error',
        problem: {
          code: 'unknown-key',
          message: `no previewed file with key ${request.key}; preview the file again.`,
          line: null,
          params: { key: request.key },
        },
      };
    }
    const fileName = pending.source.name;
    const need = estimateStoredBytes(pending.source.bytes.byteLength, pending.parsed.observations.length);
    if (need >= LARGE_IMPORT_BYTES) {
      // A large file: check the space left first (research-reliability.md §2) instead of failing mid-write.
      const e = await estimate();
      if (e && typeof e.quota === 'number' && typeof e.usage === 'number' && e.quota - e.usage < need) {
        const left = Math.max(0, e.quota - e.usage);
        return {
          key: request.key,
          fileName,
          status: 'error',
          problem: {
            code: 'storage-full',
            message: `${fileName}: not enough storage space left for this site (needs about ${Math.ceil(need / 1e6)} MB, ${Math.floor(left / 1e6)} MB left); nothing of this file was stored.`,
            line: null,
            params: { fileName, neededBytes: need, leftBytes: left },
          },
        };
      }
    }
    // One writer at a time across tabs (Web Lock); the unique SHA-256 index backs it up.
    const result = await withImportLock(() =>
      storeParsedFile(getDatabase(), {
        parsed: pending.parsed,
        source: pending.source,
        sha256: pending.sha256,
        entityName: request.entityName,
        platform: request.platform,
      }),
    );
    if (result.status === 'error') return { key: request.key, fileName, status: 'error', problem: result.problem };
    pendingFiles.delete(request.key);
    if (result.status === 'duplicate') return { key: request.key, fileName, status: 'duplicate' };
    return { key: request.key, fileName, status: 'stored', importId: result.importId };
  }

  return {
    preview(files, onProgress) {
      return serial(async () => {
        const seen = new Set<string>();
        const previews: FilePreview[] = [];
        onProgress?.(0, files.length);
        for (const file of files) {
          previews.push(await previewOne(file, seen));
          onProgress?.(previews.length, files.length);
        }
        return previews;
      });
    },
    commit(requests, onProgress) {
      return serial(async () => {
        const results: CommitResult[] = [];
        onProgress?.(0, requests.length);
        for (const request of requests) {
          results.push(await commitOne(request));
          onProgress?.(results.length, requests.length);
        }
        return results;
      });
    },
    clear() {
      pendingFiles.clear();
    },
  };
}
