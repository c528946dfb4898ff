// The workspace file: exports all data (or chosen entities) to one zip and imports one by merge or replace.

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
import { summariseChunks } from './chunk-aggregates';
import { allTables, db as defaultDb, openDatabase } from './database';
import type { YouthReachDb } from './database';
import { foldName } from './entities-repo';
import { withImportLock } from './import-lock';
import { newId } from './new-id';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { readSourceBytes, storedSourceBytes } from './source-bytes';
import {
  checkDatabaseEnvelope,
  currentPrimaryKeys,
  fileRow,
  unzipWorkspace,
  WorkspaceNotZipError,
  WorkspaceTooLargeError,
} from './workspace-file';
import { describeProblem, validateWorkspaceRecords, WorkspaceInvalidError, WORKSPACE_TABLES } from './workspace-schema';
import type { WorkspaceFieldProblem, WorkspaceTable } from './workspace-schema';
import type {
  AccountRecord,
  EntityRecord,
  ImportRecord,
  ObservationChunkRecord,
  PresenceRecord,
  ReferenceOverrideRecord,
  SavedFormatRecord,
  SettingRecord,
  SourceFileRecord,
} from './schema';
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

type ProgressFn = (progress: WorkspaceProgress) => void;

/** The bytes of a Blob: `arrayBuffer()` where it exists, else `FileReader` (jsdom). */
async function blobBytes(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  if (typeof blob.arrayBuffer === 'function') return new Uint8Array(await blob.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsArrayBuffer(blob);
  });
}

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
      const ok = keep ? keep(table, value) : true;
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
      settings: records.settings as unknown as SettingRecord[],
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
function asWorkspaceError(e: unknown): WorkspaceError {
  if (e instanceof WorkspaceError) return e;
  if (e instanceof WorkspaceInvalidError) {
    return new WorkspaceError('invalid', `the workspace file holds wrong data: ${describeProblem(e.problem)}`, { ...e.problem });
  }
  return new WorkspaceError('damaged', `the workspace file is damaged (${errorMessage(e)})`);
}

/**
 * A difference between the workspace and this browser that the user must settle before a merge:
 * `kind` says what (presence of an entity on a platform, a setting, a reference override, a saved format),
 * `key` identifies it, `label` names it for people (entity and platform, setting key, …), `mine` / `theirs`
 * are the two values (JSON-compatible).
 */
export interface MergeConflict {
  key: string;
  kind: 'presence' | 'setting' | 'referenceOverride' | 'savedFormat';
  label: string;
  mine: unknown;
  theirs: unknown;
}

/** Which side wins each conflict, by {@link MergeConflict.key}; a conflict without an entry keeps `mine`. */
export type MergeResolutions = Record<string, 'mine' | 'theirs'>;

/**
 * What a merge does (record counts): entities new / matched by name; source files new / already stored
 * (same SHA-256: counted once, their imports skipped); imports added; and the conflicts to settle.
 */
export interface MergePlan {
  newEntities: number;
  matchedEntities: number;
  newSourceFiles: number;
  duplicateSourceFiles: number;
  newImports: number;
  skippedImports: number;
  conflicts: MergeConflict[];
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Merges `ws` into `database` (writes only when `write`; otherwise computes the plan without writing):
 * entities match by case-folded name; accounts by entity, platform and name; source files by SHA-256 (an
 * existing one counts once and its imports are skipped); imports without a source file in the workspace
 * (typed-in data) by id; ids that collide with unrelated records get new ones. Presence, settings,
 * reference overrides and saved formats that differ are conflicts, settled by `resolutions`.
 */
async function mergeInto(
  database: YouthReachDb,
  ws: WorkspaceContents,
  resolutions: MergeResolutions,
  write: boolean,
  onRow: () => void,
): Promise<MergePlan> {
  const plan: MergePlan = {
    newEntities: 0,
    matchedEntities: 0,
    newSourceFiles: 0,
    duplicateSourceFiles: 0,
    newImports: 0,
    skippedImports: 0,
    conflicts: [],
  };
  const entityMap = new Map<string, string>();
  const entityName = new Map<string, string>();
  for (const e of ws.entities) {
    entityName.set(e.id, e.name);
    const existing = await database.entities.where('nameKey').equals(e.nameKey || foldName(e.name)).first();
    if (existing) {
      entityMap.set(e.id, existing.id);
      plan.matchedEntities += 1;
    } else {
      const id = (await database.entities.get(e.id)) ? newId() : e.id;
      entityMap.set(e.id, id);
      plan.newEntities += 1;
      if (write) await database.entities.add({ ...e, id });
    }
    onRow();
  }
  const mapEntity = (id: string) => entityMap.get(id) ?? id;

  const accountMap = new Map<string, string>();
  for (const a of ws.accounts) {
    const entityId = mapEntity(a.entityId);
    const candidates = await database.accounts.where('[entityId+platform]').equals([entityId, a.platform]).toArray();
    const match = candidates.find((c) => foldName(c.name ?? '') === foldName(a.name ?? ''));
    if (match) accountMap.set(a.id, match.id);
    else {
      const id = (await database.accounts.get(a.id)) ? newId() : a.id;
      accountMap.set(a.id, id);
      if (write) await database.accounts.add({ ...a, id, entityId });
    }
    onRow();
  }

  const sourceMap = new Map<string, { id: string; duplicate: boolean }>();
  for (const s of ws.sourceFiles) {
    const existing = await database.sourceFiles.where('sha256').equals(s.sha256).first();
    if (existing) {
      sourceMap.set(s.id, { id: existing.id, duplicate: true });
      plan.duplicateSourceFiles += 1;
    } else {
      const id = (await database.sourceFiles.get(s.id)) ? newId() : s.id;
      sourceMap.set(s.id, { id, duplicate: false });
      plan.newSourceFiles += 1;
      if (write) await database.sourceFiles.add({ ...s, id });
    }
    onRow();
  }

  const chunksByImport = new Map<string, ObservationChunkRecord[]>();
  for (const c of ws.observationChunks) {
    const list = chunksByImport.get(c.importId);
    if (list) list.push(c);
    else chunksByImport.set(c.importId, [c]);
  }
  for (const imp of ws.imports) {
    const source = sourceMap.get(imp.sourceFileId);
    const skip = source ? source.duplicate : Boolean(await database.imports.get(imp.id));
    if (skip) {
      plan.skippedImports += 1;
    } else {
      plan.newImports += 1;
      const id = (await database.imports.get(imp.id)) ? newId() : imp.id;
      if (write) {
        const chunks = (chunksByImport.get(imp.id) ?? []).map((c) => ({ ...c, importId: id }));
        await database.imports.add({
          ...imp,
          id,
          entityId: mapEntity(imp.entityId),
          accountId: accountMap.get(imp.accountId) ?? imp.accountId,
          sourceFileId: source?.id ?? imp.sourceFileId,
          // derived from the chunks written with it, never taken from the file
          summary: summariseChunks(chunks),
        });
        if (chunks.length > 0) await database.observationChunks.bulkAdd(chunks);
      }
    }
    onRow();
  }

  const settle = async <T>(
    kind: MergeConflict['kind'],
    key: string,
    label: string,
    mine: T | undefined,
    theirs: T,
    put: () => Promise<unknown>,
    compare: (a: T, b: T) => boolean,
  ) => {
    if (mine === undefined) {
      if (write) await put();
    } else if (!compare(mine, theirs)) {
      plan.conflicts.push({ key, kind, label, mine, theirs });
      if (write && resolutions[key] === 'theirs') await put();
    }
    onRow();
  };
  for (const p of ws.presence) {
    const entityId = mapEntity(p.entityId);
    const mine = await database.presence.get([entityId, p.platform]);
    const label = `${entityName.get(p.entityId) ?? ''} · ${p.platform}`;
    await settle('presence', `presence:${entityId}:${p.platform}`, label, mine?.presence, p.presence,
      () => database.presence.put({ ...p, entityId }), (a, b) => a === b);
  }
  for (const s of ws.settings) {
    const mine = await database.settings.get(s.key);
    await settle('setting', `setting:${s.key}`, s.key, mine?.value, s.value, () => database.settings.put(s), sameJson);
  }
  for (const r of ws.referenceOverrides) {
    const mine = await database.referenceOverrides.get(r.id);
    await settle('referenceOverride', `referenceOverride:${r.id}`, r.id, mine?.value, r.value,
      () => database.referenceOverrides.put(r), sameJson);
  }
  for (const f of ws.savedFormats) {
    const mine = await database.savedFormats.get(f.id);
    const view = (x: SavedFormatRecord | undefined) => (x ? { name: x.name, mapping: x.mapping } : undefined);
    await settle('savedFormat', `savedFormat:${f.id}`, f.name, view(mine), view(f)!, () => database.savedFormats.put(f), sameJson);
  }
  return plan;
}

/** Rows {@link applyWorkspace} writes at most, for progress. */
function rowCount(ws: WorkspaceContents): number {
  return (
    ws.entities.length + ws.accounts.length + ws.sourceFiles.length + ws.imports.length + ws.presence.length +
    ws.settings.length + ws.referenceOverrides.length + ws.savedFormats.length
  );
}

/** What merging `ws` into `database` would do, conflicts included; writes nothing. */
export async function planMerge(ws: WorkspaceContents, database: YouthReachDb = defaultDb): Promise<MergePlan> {
  return database.transaction('r', allTables(database), () => mergeInto(database, ws, {}, false, () => undefined));
}

/**
 * Writes `ws` into `database` in ONE transaction under the import lock (all or nothing; a full disk leaves
 * the database as it was), after checking every record (`validateWorkspaceRecords`, without the
 * cell-by-cell scan of the chunk columns that {@link readWorkspace} did: a wrong record throws
 * {@link WorkspaceError} `invalid` before anything is written, in both modes): `replace` empties every table first and copies the workspace as it is; `merge`
 * adds what is new ({@link planMerge}) and settles conflicts by `resolutions` (default: keep mine).
 * Returns the plan carried out (for `replace`: everything new). Rejects with Dexie's error
 * (e.g. `QuotaExceededError`) when the write fails.
 */
export async function applyWorkspace(
  ws: WorkspaceContents,
  mode: 'replace' | 'merge',
  options: { resolutions?: MergeResolutions; onProgress?: ProgressFn; database?: YouthReachDb } = {},
): Promise<MergePlan> {
  const database = options.database ?? defaultDb;
  try {
    // Again here, as contents may come from elsewhere than readWorkspace; the cell-by-cell scan of the
    // chunk columns is left to readWorkspace (it reads every observation, and this may run on the page).
    validateWorkspaceRecords(ws, undefined, { scanColumns: false });
  } catch (e) {
    throw asWorkspaceError(e);
  }
  const total = rowCount(ws);
  let done = 0;
  const onRow = () => {
    done += 1;
    if (done % 50 === 0 || done === total) options.onProgress?.({ phase: 'write', done, total });
  };
  options.onProgress?.({ phase: 'write', done: 0, total });
  return withImportLock(() =>
    database.transaction('rw', allTables(database), async () => {
      if (mode === 'replace') await Promise.all(allTables(database).map((t) => t.clear()));
      return mergeInto(database, ws, options.resolutions ?? {}, true, onRow);
    }),
  );
}
