// The read model's snapshot: what the screens are first shown of a full reading of the database (the
// screen view and the default answer), kept in a small database of its own so a fresh tab shows them
// without reading every import's daily series again (docs/architecture.md#read-model-snapshot).

import Dexie from 'dexie';
import type { Table } from 'dexie';
import type { Answer } from '../core/answer/answer-types';
import type { ScreenView } from './answer-repo';

/**
 * One kept reading: the {@link ScreenView} (without its per-load `generation` and `fromSnapshot`) and the
 * answer for the default options (each account's most recent split, 13-24), computed by the code of
 * `build` from the data of `dataVersion` (src/db/data-version.ts).
 */
export interface ReadModelSnapshot {
  build: string;
  dataVersion: string;
  view: Omit<ScreenView, 'generation' | 'fromSnapshot'>;
  answer: Answer;
}

/**
 * Where snapshots are kept, for one build of the read model's code:
 * - `keptVersion()`: the data version of the snapshot kept by this build, else null; read from a small
 *   record of its own, so that a snapshot of older data is recognised without reading the whole of it;
 * - `read(dataVersion)`: the snapshot of that data version made by this build, else null (another build's
 *   code may compute other figures, so its snapshot is never used);
 * - `write(snapshot)`: keeps it in place of the previous one.
 * Each rejects with what the storage throws; callers treat a failure as "no snapshot".
 */
export interface SnapshotStore {
  keptVersion(): Promise<string | null>;
  read(dataVersion: string): Promise<ReadModelSnapshot | null>;
  write(snapshot: Omit<ReadModelSnapshot, 'build'>): Promise<void>;
}

interface SnapshotRecord extends ReadModelSnapshot {
  key: 'screen';
}

/** Which build kept the snapshot, of which data version: written with it, in the same transaction. */
interface SnapshotMetaRecord {
  key: 'meta';
  build: string;
  dataVersion: string;
}

class SnapshotDb extends Dexie {
  snapshots!: Table<SnapshotRecord | SnapshotMetaRecord, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ snapshots: 'key' });
  }
}

/** The name of the snapshot database beside the app database `databaseName`: `<name>-read-model`. */
export function snapshotDatabaseName(databaseName: string): string {
  return `${databaseName}-read-model`;
}

/**
 * A {@link SnapshotStore} in IndexedDB (the database {@link snapshotDatabaseName}(`databaseName`), one
 * record) for the code `build` (the read-model worker's own hashed script name in a built app). It is never
 * part of a workspace file and holds nothing that is not also in the app database.
 */
export function indexedDbSnapshots(databaseName: string, build: string): SnapshotStore {
  const database = new SnapshotDb(snapshotDatabaseName(databaseName));
  return {
    async keptVersion() {
      const meta = await database.snapshots.get('meta');
      return meta?.key === 'meta' && meta.build === build ? meta.dataVersion : null;
    },
    async read(dataVersion) {
      const record = await database.snapshots.get('screen');
      if (record?.key !== 'screen' || record.build !== build || record.dataVersion !== dataVersion) return null;
      const { key: _key, ...snapshot } = record;
      return snapshot;
    },
    async write(snapshot) {
      await database.transaction('rw', database.snapshots, async () => {
        await database.snapshots.put({ key: 'screen', build, ...snapshot });
        await database.snapshots.put({ key: 'meta', build, dataVersion: snapshot.dataVersion });
      });
    },
  };
}

/**
 * Removes the kept snapshot beside the app database `databaseName` (after "delete all data": it holds
 * names and figures of the deleted data). Throws what Dexie throws.
 */
export async function clearSnapshots(databaseName: string): Promise<void> {
  const database = new SnapshotDb(snapshotDatabaseName(databaseName));
  try {
    await database.snapshots.clear();
  } finally {
    database.close();
  }
}
