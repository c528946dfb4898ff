// Stored record shapes and the append-only list of Dexie schema versions (docs/architecture.md#storage).

import type { AgeBand } from '../core/model/age-band';
import type { Basis, Period } from '../core/model/observation';
import type { SchemaMigration } from './migrations/schema-migration';
import { schemaV1 } from './migrations/v1';
import { schemaV2 } from './migrations/v2';
import type { ImportWarning } from '../core/model/parsed-file';
import type { StoredImportSummary } from '../core/read-model/stored-summary';
import type { Platform } from '../core/model/platform';

/**
 * A government body, brand or programme (docs/architecture.md#vocabulary, "entity").
 * - `id`: `crypto.randomUUID()`.
 * - `name`: as the user typed it first (trimmed).
 * - `nameKey`: the name case-folded (see `foldName` in `entities-repo.ts`), indexed: one entity per key.
 * - `createdAt`: ISO timestamp.
 */
export interface EntityRecord {
  id: string;
  name: string;
  nameKey: string;
  createdAt: string;
}

/**
 * One entity's presence on one platform (docs/architecture.md#vocabulary, "account").
 * `name` is the page, channel or handle when a file named it, else null.
 */
export interface AccountRecord {
  id: string;
  entityId: string;
  platform: Platform;
  name: string | null;
  createdAt: string;
}

/**
 * The bytes a user imported (docs/architecture.md#vocabulary, "source file").
 * - `size`: bytes; `sha256`: lower-case hex SHA-256 of the bytes (unique index: the duplicate check).
 * - `lastModified`: epoch milliseconds from the `File`, or null.
 * - `importedAt`: ISO timestamp.
 * - `bytes`: the original bytes, as a Blob where the browser's IndexedDB keeps Blobs (every current
 *   browser: writing a 48 MB file as a Blob took 24 ms against 262 ms as an ArrayBuffer, `npm run bench`),
 *   else as an ArrayBuffer (records written before the Blob change, and jsdom + fake-indexeddb, whose clone
 *   drops Blobs). Both forms are valid without a schema change; read them with `readSourceBytes`
 *   (`source-bytes.ts`). Never indexed: docs/architecture.md#storage, indexing binary fields causes
 *   "enormous performance issues", https://github.com/dexie/Dexie.js/issues/1017.
 */
export interface SourceFileRecord {
  id: string;
  name: string;
  size: number;
  sha256: string;
  lastModified: number | null;
  importedAt: string;
  bytes: ArrayBuffer | Blob;
}

/**
 * One interpretation of one source file by one format version (docs/architecture.md#vocabulary, "import").
 * Its observations are in `observationChunks` under the same `id` (`chunkCount` records).
 * - `provenance`: `export` (a platform file) or `manual` (audience data typed in); schema v2, v1 rows → `export`.
 * - `status`: written `pending` first and flipped to `complete` last in the same transaction; a `pending`
 *   row found on start is the leftover of an interrupted import and is removed (`cleanup.ts`).
 * - `sourceFileId`: the stored source file; a manual import may point at the typed-in data saved as a file.
 * Optional fields, not indexed (so no schema version), written by newer imports; absent on older rows:
 * - `metrics`: the metrics among its observations (e.g. `['views']`), for the overlap check of a new file;
 * - `exportDate`: the ISO day given for a loose TikTok file (`ParseOptions.exportDate`), reused on re-reading;
 * - `mapping`: the generic CSV mapping (`GenericCsvMapping` JSON) the file was read with, reused on re-reading;
 * - `manualEntry`: for typed-in data, where it was read (`source`) and the user's `note`;
 * - `summary`: what the read model needs of the import (daily counts, report totals, age splits), computed
 *   from its chunks when it is stored or re-read; imports stored before it existed get it on the next load
 *   (`ensureImportSummaries` in answer-repo.ts). Screens read summaries, never chunks. Written as version 3
 *   (whole daily counts as 32-bit, `src/core/read-model/stored-summary.ts`); version 2 is read as it is.
 */
export interface ImportRecord {
  id: string;
  sourceFileId: string;
  accountId: string;
  entityId: string;
  fileName: string;
  format: string;
  formatLabel: string;
  formatVersion: number;
  platform: Platform;
  period: Period | null;
  basis: Basis | null;
  warnings: ImportWarning[];
  observationCount: number;
  chunkCount: number;
  importedAt: string;
  provenance: 'export' | 'manual';
  status: 'pending' | 'complete';
  metrics?: string[];
  exportDate?: string;
  mapping?: unknown;
  manualEntry?: { source: string; note: string };
  summary?: StoredImportSummary;
}

/** A stored setting (schema v2): `key` (e.g. `thresholds`) → any JSON-compatible `value`. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * A reference figure the user changed or added (schema v2), e.g. a population share with its source.
 * `id` names the figure (the default's id when it overrides one); `value` is its JSON description;
 * `updatedAt` ISO timestamp.
 */
export interface ReferenceOverrideRecord {
  id: string;
  value: unknown;
  updatedAt: string;
}

/** What the user says of one entity on one platform (docs/method.md#verdicts): absent means "not known". */
export type PresenceValue = 'has-account' | 'no-account';

/** Presence of one entity on one platform (schema v2), keyed `[entityId+platform]`; `updatedAt` ISO timestamp. */
export interface PresenceRecord {
  entityId: string;
  platform: Platform;
  presence: PresenceValue;
  updatedAt: string;
}

/**
 * A saved column mapping of the generic CSV import (schema v2): `id`, the user's `name`, `mapping` (JSON
 * shape owned by the generic CSV path), `createdAt` / `updatedAt` ISO timestamps.
 */
export interface SavedFormatRecord {
  id: string;
  name: string;
  mapping: unknown;
  createdAt: string;
  updatedAt: string;
}

/**
 * Up to {@link CHUNK_ROWS} observations of one import as typed-array columns (docs/architecture.md#speed;
 * docs/architecture.md#storage: 1M rows as 20 such records wrote in 0.26 s, one record per row took 100-190 s).
 * - `importId` + `seq` (0, 1, 2 …): the primary key `[importId+seq]`.
 * - `values`: the observation values (counts, shares 0..1, hours, seconds).
 * - `startDays` / `endDays`: the period as days since 1970-01-01 (UTC), {@link NO_PERIOD_DAY} when null.
 * - `metric`, `unit`, `ageBand`, `gender`, `segment`: indexes into the matching `*Dict` of this chunk.
 *   For the optional columns (age band, gender, segment) index 0 means "absent" and index i ≥ 1 means
 *   `dict[i - 1]`. Each index array is a Uint8Array when its dictionary fits, else a Uint16Array
 *   (a chunk has ≤ 50,000 rows, so Uint16 always suffices).
 */
export interface ObservationChunkRecord {
  importId: string;
  seq: number;
  rowCount: number;
  values: Float64Array;
  startDays: Int32Array;
  endDays: Int32Array;
  metric: Uint8Array | Uint16Array;
  metricDict: string[];
  unit: Uint8Array | Uint16Array;
  unitDict: string[];
  ageBand: Uint8Array | Uint16Array;
  ageBandDict: AgeBand[];
  gender: Uint8Array | Uint16Array;
  genderDict: string[];
  segment: Uint8Array | Uint16Array;
  segmentDict: string[];
}

/** Most rows in one observation chunk (docs/architecture.md#storage: ≤ 50k rows a record). */
export const CHUNK_ROWS = 50_000;

/** `startDays`/`endDays` value of an observation without a period (the smallest Int32). */
export const NO_PERIOD_DAY = -2_147_483_648;

/**
 * The Dexie schema versions, oldest first, one module each in `src/db/migrations/`. APPEND-ONLY: once a
 * version ships, never edit or remove it; add a new module with the full schema and, when data must move,
 * an `upgrade` function that only uses tables and indexes of its own version (docs/architecture.md#migrations;
 * Dexie docs "Version.upgrade()"). Primary keys can never change in place
 * (https://github.com/dexie/Dexie.js/issues/1595). Never index `sourceFiles.bytes` or the chunk columns.
 */
export const SCHEMA_VERSIONS: readonly SchemaMigration[] = [schemaV1, schemaV2];

/** The newest schema version this build knows (2); a database or workspace file of a later one is refused. */
export const CURRENT_SCHEMA_VERSION: number = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
