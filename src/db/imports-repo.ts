// Reads imports and source files: counts, and the SHA-256 duplicate check.

import { db as defaultDb } from './database';
import type { YouthReachDb } from './database';

/** Number of stored imports (0 on an empty database: the start screen then offers sample data). */
export async function countImports(database: YouthReachDb = defaultDb): Promise<number> {
  return database.imports.count();
}

/** True when a source file with this SHA-256 (lower-case hex) is already stored. */
export async function isSha256Stored(sha256: string, database: YouthReachDb = defaultDb): Promise<boolean> {
  return (await database.sourceFiles.where('sha256').equals(sha256).count()) > 0;
}

/**
 * The SHA-256 of every stored source file (lower-case hex), read in one request on the unique index: a
 * preview of many files checks each against this set instead of one request per file.
 */
export async function storedSha256s(database: YouthReachDb = defaultDb): Promise<Set<string>> {
  return new Set((await database.sourceFiles.orderBy('sha256').keys()) as string[]);
}
