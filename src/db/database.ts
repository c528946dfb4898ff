// The Dexie database `youth-reach`: typed tables, the shared connection, the in-memory fallback and the
// connection events (another tab upgrading or deleting the database) the shell turns into banners.

import Dexie from 'dexie';
import type { DexieOptions, Table } from 'dexie';
import { dataVersionMiddleware } from './data-version';
import { SCHEMA_VERSIONS } from './schema';
import { isMemoryDatabase, markMemoryDatabase } from './memory-flag';
import { DATABASE_NAME } from './database-state';
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

export { DATABASE_NAME };

/** The app's database: every table of the newest schema version (`SCHEMA_VERSIONS`). */
export class YouthReachDb extends Dexie {
  // Table accessors are created by Dexie from the schema in SCHEMA_VERSIONS.
  entities!: Table<EntityRecord, string>;
  accounts!: Table<AccountRecord, string>;
  sourceFiles!: Table<SourceFileRecord, string>;
  imports!: Table<ImportRecord, string>;
  observationChunks!: Table<ObservationChunkRecord, [string, number]>;
  settings!: Table<SettingRecord, string>;
  referenceOverrides!: Table<ReferenceOverrideRecord, string>;
  presence!: Table<PresenceRecord, [string, string]>;
  savedFormats!: Table<SavedFormatRecord, string>;

  /** Opens (lazily, on first use) the database called `name` with every schema version and its upgrade. */
  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const v = this.version(version).stores(stores);
      if (upgrade) v.upgrade(upgrade);
    }
    // Every write gives the data a new version (read-model snapshots are kept only while it holds).
    this.use(dataVersionMiddleware);
  }
}

/**
 * A connection to a database called `name` (default `youth-reach`); tests pass a unique name each.
 * The connection opens lazily on first use; call `close()` (or `delete()`) when done. In the in-memory
 * session ({@link switchToMemoryDatabase}) it lives in memory like every other database of the page.
 */
export function openDatabase(name: string = DATABASE_NAME): YouthReachDb {
  return new YouthReachDb(name);
}

/**
 * What happened to the shared connection:
 * - `versionchange`: another tab opened a newer schema (`newVersion` > 0, the Dexie version) or deleted the
 *   database (`newVersion` 0); this connection is closed and the page must reload;
 * - `blocked`: this tab wants to upgrade but another tab holds an older connection open.
 */
export type ConnectionEvent = { type: 'versionchange'; newVersion: number } | { type: 'blocked' };

const connectionListeners = new Set<(event: ConnectionEvent) => void>();

/** Calls `listener` on every {@link ConnectionEvent} of the shared connection; returns the unsubscribe. */
export function onConnectionEvent(listener: (event: ConnectionEvent) => void): () => void {
  connectionListeners.add(listener);
  return () => connectionListeners.delete(listener);
}

function emit(event: ConnectionEvent): void {
  for (const listener of connectionListeners) listener(event);
}

/**
 * Installs the shared connection's handlers: on `versionchange` close it for good (no silent reopen at a
 * schema the other tab has moved past: https://dexie.org/docs/Dexie/Dexie.on.versionchange) and tell the
 * page; on `blocked` tell the page (docs/architecture.md#storage).
 */
function watch(database: YouthReachDb): YouthReachDb {
  database.on('versionchange', (ev: IDBVersionChangeEvent) => {
    database.close({ disableAutoOpen: true });
    emit({ type: 'versionchange', newVersion: Math.floor((ev.newVersion ?? 0) / 10) });
    return false;
  });
  database.on('blocked', () => emit({ type: 'blocked' }));
  return database;
}

/**
 * The shared connection of this thread (page or worker; both see the same IndexedDB data). A live binding:
 * {@link switchToMemoryDatabase} replaces it, and every repository reads it at call time (default parameters).
 */
export let db: YouthReachDb = watch(openDatabase());

/** The IndexedDB implementation of an in-memory session: a factory and its key range class. */
export interface MemoryBackend {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/**
 * Switches this page to an in-memory database ("continue without saving", when the browser cannot store):
 * every Dexie database created from now on, the shared `db` included, lives in `backend` (e.g.
 * fake-indexeddb) and is gone when the tab closes. The previous connection is closed.
 */
export function switchToMemoryDatabase(backend: MemoryBackend): YouthReachDb {
  Dexie.dependencies.indexedDB = backend.indexedDB;
  Dexie.dependencies.IDBKeyRange = backend.IDBKeyRange;
  db.close();
  db = watch(openDatabase());
  markMemoryDatabase();
  return db;
}

/** True once {@link switchToMemoryDatabase} has switched the page to memory (imports then run in the page). */
export { isMemoryDatabase };

/** Every table of the database, for transactions that span them all. */
export function allTables(database: YouthReachDb): Table[] {
  return [
    database.entities,
    database.accounts,
    database.sourceFiles,
    database.imports,
    database.observationChunks,
    database.settings,
    database.referenceOverrides,
    database.presence,
    database.savedFormats,
  ];
}
