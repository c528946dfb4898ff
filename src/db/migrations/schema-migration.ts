// The shape of one schema version: its full Dexie store list and, when data must move, its upgrade step.

import type { Transaction } from 'dexie';

/**
 * One Dexie schema version (docs/architecture.md#migrations).
 * - `version`: the Dexie version number (the native IndexedDB version is `version × 10`).
 * - `stores`: the FULL store list of this version (Dexie syntax: primary key first, `&` unique, `[a+b]` compound).
 * - `upgrade`: runs once when a database of an earlier version is opened; it may only use the tables and
 *   indexes of its own version (https://github.com/dexie/Dexie.js/issues/1145) and must never change a
 *   primary key (https://github.com/dexie/Dexie.js/issues/1595).
 */
export interface SchemaMigration {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}
