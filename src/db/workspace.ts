// The workspace file: exports all data (or chosen entities) to one zip and reads one back, checked (merging it in: ./workspace-merge.ts).

/*
 * WORKSPACE FILE FORMAT, version 1 (`WORKSPACE_FORMAT_VERSION`)
 *
 * A zip (fflate, deflate) named `jongerenbereik-werkruimte-YYYY-MM-DD.zip` holding:
 * - `manifest.json`: `{ "format": "youth-reach-workspace", "formatVersion": 1, "schemaVersion": 2,
 *   "createdAt": ISO timestamp, "scope": "all" | "entities", "entities": [{ "id", "name" }],
 *   "counts": { table: records } }`. `formatVersion` versions this envelope; `schemaVersion` is the Dexie
 *   schema version of `database.json` (src/db/migrations/).
 * - `database.json`: the database in dexie-export-import's JSON format (`formatName: "dexie"`,
 *   https://dexie.org/docs/ExportImport/dexie-export-import): every table of the schema (entities,
 *   accounts, sourceFiles, imports, observationChunks, settings, referenceOverrides, presence,
 *   savedFormats), typed arrays encoded by the library. Source-file rows carry name, size, SHA-256,
 *   lastModified and importedAt, but NOT their bytes:
 * - `source-files/<sha256>/<file name>`: the original bytes of each imported file, byte for byte, so the
 *   zip can also be opened by hand.
 * - `LEESMIJ.txt`: a short note for a person who opens the zip.
 *
 * Reading: a file whose `formatVersion` or `schemaVersion` is newer than this build's is refused
 * (`newer-version`) before anything is written. An older `schemaVersion` is upgraded by the same migrations
 * as a database: the file is loaded into a temporary database at its own version, then opened with the
 * current schema, which runs every later `upgrade` step. Each source file's SHA-256 is checked.
 */

import { exportDB, importDB } from 'dexie-export-import';
import type Dexie from 'dexie';
import { strFromU8, strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { db as defaultDb, openDatabase } from './database';
import type { YouthReachDb } from './database';
import { newId } from './new-id';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { DATA_VERSION_KEY } from './data-version';
import { blobBytes, readSourceBytes, storedSourceBytes } from './source-bytes';
import { checkDatabaseEnvelope, currentPrimaryKeys, fileRow, unzipWorkspace, WorkspaceNotZipError, WorkspaceTooLargeError } from './workspace-file';
import { describeProblem, validateWorkspaceRecords, WorkspaceInvalidError, WORKSPACE_TABLES } from './workspace-schema';
import type { WorkspaceFieldProblem, WorkspaceTable } from './workspace-schema';
import type { AccountRecord, EntityRecord, ImportRecord, ObservationChunkRecord, PresenceRecord, ReferenceOverrideRecord, SavedFormatRecord, SettingRecord, SourceFileRecord } from './schema';
import { errorMessage } from '../core/model/errors';

/** The `format` value of a workspace manifest. */
export const WORKSPACE_FORMAT = 'youth-reach-workspace';

/** The envelope version this build writes and the newest it reads. */
export const WORKSPACE_FORMAT_VERSION = 1;

/** `manifest.json` of a workspace file (see the format description at the top of this module). */
export interface WorkspaceManifest {
  format: typeof WORKSPACE_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  createdAt: string;
  scope: 'all' | 'entities';
  entities: { id: string; name: string }[];
  counts: Record<string, number>;
}

/** The codes of a {@link WorkspaceError}. */
export type WorkspaceErrorCode = 'not-workspace' | 'newer-version' | 'damaged' | 'invalid' | 'too-large';

/**
 * Why a workspace file cannot be read: `not-workspace` (not a zip, or no valid manifest), `newer-version`
 * (`params.fileVersion` > `params.appVersion`: made by a newer Youth Reach), `damaged` (a member missing or a
 * source file whose SHA-256 does not match), `invalid` (a record of the wrong type or shape: `params` is a
 * {@link WorkspaceFieldProblem}: `table`, `row` (1-based, 0 for the table itself), `field`, `expected`,
 * `detail`, `found`), `too-large` (the zip's central directory declares more than an unpack limit:
 * `params` `limit` (`member` | `total` | `members`), `member`, `declared`, `max`, see `WORKSPACE_LIMITS`).
 * Nothing is written when one is thrown.
 */
export class WorkspaceError extends Error {
  /** `code` as above; `params` for the translated message. */
  constructor(
    readonly code: WorkspaceErrorCode,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'WorkspaceError';
  }
}

/** Progress of a workspace export or import: `phase`, and `done` of `total` rows (or bytes while reading). */
export interface WorkspaceProgress {
  phase: 'export' | 'read' | 'check' | 'load' | 'write';
  done: number;
  total: number;
}

export type ProgressFn = (progress: WorkspaceProgress) => void;

/** Lower-case hex SHA-256 of `bytes` (crypto.subtle). */
async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A file name safe inside a zip path: no folders, no control characters, at most 120 characters. */
function safeMemberName(name: string): string {
  const cleaned = name.replace(/[\\/\u0000-\u001f]/g, '_').replace(/^\.+/, '_').slice(0, 120);
  return cleaned || 'file';
}

const README_TEXT =
  'Jongerenbereik - werkruimte / Youth Reach workspace\n\n' +
  'Open dit bestand in Jongerenbereik via Gegevens > Werkruimte importeren.\n' +
  'Open this file in Youth Reach via Data > Import workspace.\n\n' +
  'manifest.json: version and contents; database.json: the data (dexie-export-import format);\n' +
  'source-files/<sha256>/<name>: the original export files, byte for byte.\n';

/**
 * Writes the workspace file of `database` (any schema version: its `verno` becomes `schemaVersion`): every
 * table, or, with `entityIds`, only those entities with their accounts, presence, imports, chunks and
 * source files (settings, reference overrides and saved formats always go along). Returns a zip Blob
 * (`application/zip`). Throws Dexie's error when the database cannot be read.
 */
export async function exportWorkspace(
  options: { entityIds?: readonly string[]; onProgress?: ProgressFn; database?: Dexie } = {},
): Promise<Blob> {
  const database = options.database ?? defaultDb;
  await database.open();
  const tableNames = database.tables.map((t) => t.name);
  const entityRows = (await database.table('entities').toArray()) as EntityRecord[];
  let keep: ((table: string, value: Record<string, unknown>) => boolean) | null = null;
  let chosen = entityRows;
  if (options.entityIds) {
    const entityIds = new Set(options.entityIds);
    chosen = entityRows.filter((e) => entityIds.has(e.id));
    const imports = (await database.table('imports').toArray()) as ImportRecord[];
    const importIds = new Set(imports.filter((i) => entityIds.has(i.entityId)).map((i) => i.id));
    const sourceIds = new Set(imports.filter((i) => entityIds.has(i.entityId)).map((i) => i.sourceFileId));
    keep = (table, value) => {
      switch (table) {
        case 'entities':
          return entityIds.has(value.id as string);
        case 'accounts':
        case 'imports':
        case 'presence':
          return entityIds.has(value.entityId as string);
        case 'sourceFiles':
          return sourceIds.has(value.id as string);
        case 'observationChunks':
          return importIds.has(value.importId as string);
        default:
          return true;
      }
    };
  }

  const sources: Zippable = {};
  // The transform runs synchronously; a stored Blob is read once the export is done.
  const storedSources: [string, ArrayBuffer | Blob][] = [];
  const counts: Record<string, number> = Object.fromEntries(tableNames.map((n) => [n, 0]));
  const blob = await exportDB(database, {
    filter: (table, value: Record<string, unknown>) => {
      // The data version belongs to this database (src/db/data-version.ts), not to the data it holds.
      const ok = table === 'settings' && value.key === DATA_VERSION_KEY ? false : keep ? keep(table, value) : true;
      if (ok) counts[table] = (counts[table] ?? 0) + 1;
      return ok;
    },
    transform: (table, value: Record<string, unknown>) => {
      if (table !== 'sourceFiles') return { value };
      const { bytes, ...rest } = value as unknown as SourceFileRecord;
      storedSources.push([`source-files/${rest.sha256}/${safeMemberName(rest.name)}`, bytes]);
      return { value: rest };
    },
    progressCallback: (p) => {
      options.onProgress?.({ phase: 'export', done: p.completedRows, total: p.totalRows ?? p.completedRows });
      return true;
    },
  });
  for (const [path, bytes] of storedSources) sources[path] = await readSourceBytes(bytes);
  const manifest: WorkspaceManifest = {
    format: WORKSPACE_FORMAT,
    formatVersion: WORKSPACE_FORMAT_VERSION,
    schemaVersion: database.verno,
    createdAt: new Date().toISOString(),
    scope: options.entityIds ? 'entities' : 'all',
    entities: chosen.map((e) => ({ id: e.id, name: e.name })),
    counts,
  };
  const zipped = zipSync(
    {
      'manifest.json': strToU8(JSON.stringify(manifest, null, 2)),
      'LEESMIJ.txt': strToU8(README_TEXT),
      'database.json': await blobBytes(blob),
      ...sources,
    },
    { level: 6 },
  );
  return new Blob([zipped], { type: 'application/zip' });
}

/** The default download name of a workspace file made on `date`: `jongerenbereik-werkruimte-2026-03-01.zip`. */
export function workspaceFileName(date: Date = new Date()): string {
  return `jongerenbereik-werkruimte-${date.toISOString().slice(0, 10)}.zip`;
}

/**
 * Checks a parsed `manifest.json`: returns it typed, throws {@link WorkspaceError} `not-workspace` when it is
 * not a Youth Reach manifest, `newer-version` when its `formatVersion` or `schemaVersion` is newer than this
 * build's. Envelope versions older than {@link WORKSPACE_FORMAT_VERSION} would be upgraded here (there are
 * none yet: version 1 is the first).
 */
export function checkManifest(raw: unknown): WorkspaceManifest {
  const m = raw as Partial<WorkspaceManifest> | null;
  if (!m || m.format !== WORKSPACE_FORMAT || typeof m.formatVersion !== 'number' || typeof m.schemaVersion !== 'number') {
    throw new WorkspaceError('not-workspace', 'this file is not a Youth Reach workspace (no valid manifest.json)');
  }
  if (m.formatVersion > WORKSPACE_FORMAT_VERSION || m.schemaVersion > CURRENT_SCHEMA_VERSION) {
    const fileVersion = `${m.formatVersion}.${m.schemaVersion}`;
    const appVersion = `${WORKSPACE_FORMAT_VERSION}.${CURRENT_SCHEMA_VERSION}`;
    throw new WorkspaceError(
      'newer-version',
      `this workspace was made by a newer version of Youth Reach (file ${fileVersion}, this app ${appVersion}); update the app first`,
      { fileVersion, appVersion },
    );
  }
  return {
    format: WORKSPACE_FORMAT,
    formatVersion: m.formatVersion,
    schemaVersion: m.schemaVersion,
    createdAt: typeof m.createdAt === 'string' ? m.createdAt : '',
    scope: m.scope === 'entities' ? 'entities' : 'all',
    entities: Array.isArray(m.entities) ? m.entities : [],
    counts: m.counts && typeof m.counts === 'object' ? m.counts : {},
  };
}

/** The records of a workspace file, upgraded to the current schema, held in memory until applied. */
export interface WorkspaceContents {
  manifest: WorkspaceManifest;
  entities: EntityRecord[];
  accounts: AccountRecord[];
  sourceFiles: SourceFileRecord[];
  imports: ImportRecord[];
  observationChunks: ObservationChunkRecord[];
  settings: SettingRecord[];
  referenceOverrides: ReferenceOverrideRecord[];
  presence: PresenceRecord[];
  savedFormats: SavedFormatRecord[];
}

/**
 * Reads a workspace file and checks all of it before anything is written to the app's database:
 * 1. the zip's central directory against the unpack limits (`WORKSPACE_LIMITS`, nothing inflated before);
 * 2. the manifest ({@link checkManifest});
 * 3. the dexie-export-import envelope of `database.json` (known tables with their exact indexes, every row
 *    a record with text keys, no key twice: `checkDatabaseEnvelope`);
 * 4. loads it into a temporary database at the file's schema version (dexie-export-import `importDB`),
 *    opens that with the current schema (running the migrations) and reads every record;
 * 5. checks every record of every table, field by field, and the ties between tables
 *    (`validateWorkspaceRecords`), naming the row as it stands in the file;
 * 6. puts the source bytes back, checking each one's size and SHA-256.
 * The temporary database is deleted. Only complete imports are kept. Throws {@link WorkspaceError}
 * (`not-workspace`, `newer-version`, `damaged`, `invalid`, `too-large`).
 */
export async function readWorkspace(file: Blob, onProgress?: ProgressFn): Promise<WorkspaceContents> {
  onProgress?.({ phase: 'read', done: 0, total: file.size });
  const bytes = await blobBytes(file);
  let members: Record<string, Uint8Array>;
  try {
    members = unzipWorkspace(bytes);
  } catch (e) {
    if (e instanceof WorkspaceTooLargeError) {
      throw new WorkspaceError('too-large', `this workspace is too large to open: ${e.message}`, { ...e.problem });
    }
    if (e instanceof WorkspaceNotZipError) throw new WorkspaceError('not-workspace', e.message);
    throw e;
  }
  const manifestBytes = members['manifest.json'];
  if (!manifestBytes) throw new WorkspaceError('not-workspace', 'this file is not a Youth Reach workspace (no manifest.json)');
  let rawManifest: unknown;
  try {
    rawManifest = JSON.parse(strFromU8(manifestBytes));
  } catch {
    throw new WorkspaceError('not-workspace', 'this file is not a Youth Reach workspace (manifest.json is not JSON)');
  }
  const manifest = checkManifest(rawManifest);
  const databaseJson = members['database.json'];
  if (!databaseJson) throw new WorkspaceError('damaged', 'the workspace file is damaged (database.json is missing)');
  onProgress?.({ phase: 'read', done: file.size, total: file.size });

  onProgress?.({ phase: 'check', done: 0, total: 1 });
  let envelope: ReturnType<typeof checkDatabaseEnvelope>;
  try {
    const raw: unknown = JSON.parse(strFromU8(databaseJson));
    const version = (raw as { data?: { databaseVersion?: unknown } } | null)?.data?.databaseVersion;
    if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) {
      throw new WorkspaceError('newer-version', 'this workspace was made by a newer version of Youth Reach', {
        fileVersion: `${manifest.formatVersion}.${version}`,
        appVersion: `${WORKSPACE_FORMAT_VERSION}.${CURRENT_SCHEMA_VERSION}`,
      });
    }
    envelope = checkDatabaseEnvelope(raw);
  } catch (e) {
    throw asWorkspaceError(e);
  }
  if (envelope.databaseVersion !== manifest.schemaVersion) {
    throw new WorkspaceError(
      'damaged',
      `the workspace file is damaged (manifest.json says schema ${manifest.schemaVersion}, database.json ${envelope.databaseVersion})`,
    );
  }

  const bySha = new Map<string, Uint8Array>();
  for (const [path, data] of Object.entries(members)) {
    const m = /^source-files\/([0-9a-f]{64})\//.exec(path);
    if (m) bySha.set(m[1]!, data);
  }

  const tempName = `youth-reach-workspace-${newId()}`;
  let loaded: Dexie | null = null;
  let temp: YouthReachDb | null = null;
  try {
    try {
      loaded = await importDB(new Blob([databaseJson as Uint8Array<ArrayBuffer>], { type: 'application/json' }), {
        name: tempName,
        progressCallback: (p) => {
          onProgress?.({ phase: 'load', done: p.completedRows, total: p.totalRows ?? p.completedRows });
          return true;
        },
      });
    } catch (e) {
      throw new WorkspaceError('damaged', `the workspace file is damaged (${errorMessage(e)})`);
    }
    loaded.close();
    temp = openDatabase(tempName); // runs the upgrade steps from the file's schema version
    await temp.open();
    const records: { -readonly [T in WorkspaceTable]: Record<string, unknown>[] } = {
      entities: [], accounts: [], sourceFiles: [], imports: [], observationChunks: [], settings: [], referenceOverrides: [], presence: [], savedFormats: [],
    };
    for (const table of WORKSPACE_TABLES) records[table] = (await temp.table(table).toArray()) as Record<string, unknown>[];
    onProgress?.({ phase: 'check', done: 0, total: 1 });
    const keys = currentPrimaryKeys();
    try {
      validateWorkspaceRecords(records, (table, index) => fileRow(envelope, table, records[table][index]!, keys.get(table) ?? []));
    } catch (e) {
      throw asWorkspaceError(e);
    }
    onProgress?.({ phase: 'check', done: 1, total: 1 });
    const complete = new Set((records.imports as unknown as ImportRecord[]).filter((i) => i.status === 'complete').map((i) => i.id));
    const contents: WorkspaceContents = {
      manifest,
      entities: records.entities as unknown as EntityRecord[],
      accounts: records.accounts as unknown as AccountRecord[],
      sourceFiles: [],
      // An import's `summary` is derived from its chunks: never trusted from a file, computed again on the
      // next load (`ensureImportSummaries`), so a workspace can never bring figures its chunks do not hold.
      imports: (records.imports as unknown as ImportRecord[]).filter((i) => i.status === 'complete').map(({ summary: _summary, ...rest }) => rest),
      observationChunks: (records.observationChunks as unknown as ObservationChunkRecord[]).filter((c) => complete.has(c.importId)),
      // The data version is this database's own (src/db/data-version.ts), never merged into another.
      settings: (records.settings as unknown as SettingRecord[]).filter((s) => s.key !== DATA_VERSION_KEY),
      referenceOverrides: records.referenceOverrides as unknown as ReferenceOverrideRecord[],
      presence: records.presence as unknown as PresenceRecord[],
      savedFormats: records.savedFormats as unknown as SavedFormatRecord[],
    };
    const sourceKeys = keys.get('sourceFiles') ?? [];
    for (const row of records.sourceFiles as unknown as SourceFileRecord[]) {
      const data = bySha.get(row.sha256);
      if (!data) throw new WorkspaceError('damaged', `the workspace file is damaged (${row.name} is missing)`, { fileName: row.name });
      const copy = new Uint8Array(data);
      if ((await sha256Hex(copy)) !== row.sha256) {
        throw new WorkspaceError('damaged', `the workspace file is damaged (${row.name} does not match its SHA-256)`, {
          fileName: row.name,
        });
      }
      if (copy.byteLength !== row.size) {
        const problem: WorkspaceFieldProblem = {
          table: 'sourceFiles',
          row: fileRow(envelope, 'sourceFiles', row as unknown as Record<string, unknown>, sourceKeys),
          field: 'size',
          expected: 'sameSize',
          detail: String(copy.byteLength),
          found: String(row.size),
        };
        throw asWorkspaceError(new WorkspaceInvalidError(problem));
      }
      contents.sourceFiles.push({ ...row, bytes: storedSourceBytes(copy) });
    }
    return contents;
  } finally {
    loaded?.close();
    if (temp) await temp.delete().catch(() => undefined);
    else if (loaded) await loaded.delete().catch(() => undefined);
  }
}

/**
 * A check's error as a {@link WorkspaceError}: a {@link WorkspaceInvalidError} → `invalid` with its problem
 * as params; a {@link WorkspaceError} as it is; anything else (JSON that does not parse, an envelope that is
 * not dexie's) → `damaged`.
 */
export function asWorkspaceError(e: unknown): WorkspaceError {
  if (e instanceof WorkspaceError) return e;
  if (e instanceof WorkspaceInvalidError) {
    return new WorkspaceError('invalid', `the workspace file holds wrong data: ${describeProblem(e.problem)}`, { ...e.problem });
  }
  return new WorkspaceError('damaged', `the workspace file is damaged (${errorMessage(e)})`);
}
