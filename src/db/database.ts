// The Dexie database `youth-reach`: typed tables and the shared connection (DESIGN.md §2, "db").

import Dexie from 'dexie';
import type { Table } from 'dexie';
import { SCHEMA_VERSIONS } from './schema';
import type {
  AccountRecord,
  EntityRecord,
  ImportRecord,
  ObservationChunkRecord,
  SourceFileRecord,
} from './schema';

/** Name of the app's IndexedDB database. */
export const DATABASE_NAME = 'youth-reach';

/** The app's database: entities, accounts, source files, imports and packed observation chunks. */
export class YouthReachDb extends Dexie {
  // Table accessors are created by Dexie from the schema in SCHEMA_VERSIONS.
  entities!: Table<EntityRecord, string>;
  accounts!: Table<AccountRecord, string>;
  sourceFiles!: Table<SourceFileRecord, string>;
  imports!: Table<ImportRecord, string>;
  observationChunks!: Table<ObservationChunkRecord, [string, number]>;

  /** Opens (lazily, on first use) the database called `name` with every schema version. */
  constructor(name: string = DATABASE_NAME) {
    super(name);
    for (const { version, stores } of SCHEMA_VERSIONS) this.version(version).stores(stores);
  }
}

/**
 * A connection to a database called `name` (default `youth-reach`); tests pass a unique name each.
 * The connection opens lazily on first use; call `close()` (or `delete()`) when done.
 */
export function openDatabase(name: string = DATABASE_NAME): YouthReachDb {
  return new YouthReachDb(name);
}

/** The shared connection of this thread (page or worker; both see the same IndexedDB data). */
export const db: YouthReachDb = openDatabase();

/** Every table of the database, for transactions that span them all. */
export function allTables(database: YouthReachDb): Table[] {
  return [database.entities, database.accounts, database.sourceFiles, database.imports, database.observationChunks];
}
