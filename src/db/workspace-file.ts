// The outer layers of a workspace file, checked before anything is unpacked or loaded: the zip's central
// directory against the unpack limits, and the dexie-export-import envelope of `database.json`.

import * as v from 'valibot';
import { unzipSync } from 'fflate';
import { listZip } from '../core/formats/zip-archive';
import { SCHEMA_VERSIONS } from './schema';
import { showFound, WorkspaceInvalidError } from './workspace-schema';
import type { WorkspaceTable } from './workspace-schema';

/**
 * Unpack limits of a workspace zip, checked against the sizes its central directory declares before
 * anything is inflated (fflate never writes more than a member declares, so the declared sizes bound the
 * memory used). Decimal units, as the interface shows sizes:
 * - `member`: 500 MB for one member. `database.json` must become one JavaScript string, and V8 strings
 *   hold at most 2^29 - 24 characters (`String::kMaxLength`,
 *   https://github.com/v8/v8/blob/main/include/v8-primitive.h), about 536.9 million;
 * - `total`: 1 GB for all members together: a government-wide workspace (100 entities × 10 exports × 3
 *   years of daily data) measures far less, and a browser tab holds all of it in memory at once;
 * - `members`: 100,000 members (one per source file, plus three).
 * A bigger workspace is split by exporting chosen entities.
 */
export const WORKSPACE_LIMITS = { member: 500_000_000, total: 1_000_000_000, members: 100_000 } as const;

/** Which unpack limit a workspace exceeds, with the declared size and the limit (bytes, or members). */
export interface WorkspaceLimitProblem {
  limit: 'member' | 'total' | 'members';
  /** The member that is too large (for `member`), else ''. */
  member: string;
  /** Bytes declared (for `members`: the member count). */
  declared: number;
  /** The limit in bytes (for `members`: the count). */
  max: number;
}

/** Thrown when the zip is no zip at all (its central directory cannot be read). */
export class WorkspaceNotZipError extends Error {
  constructor() {
    super('this file is not a Youth Reach workspace (not a zip file)');
    this.name = 'WorkspaceNotZipError';
  }
}

/** Thrown when a zip exceeds {@link WORKSPACE_LIMITS}; nothing was inflated. */
export class WorkspaceTooLargeError extends Error {
  /** `problem`: which limit, which member, the declared size and the limit. */
  constructor(readonly problem: WorkspaceLimitProblem) {
    const mb = (n: number) => `${Math.ceil(n / 1e6)} MB`;
    super(
      problem.limit === 'members'
        ? `the workspace holds ${problem.declared} files; the limit is ${problem.max}`
        : problem.limit === 'member'
          ? `${problem.member} would unpack to ${mb(problem.declared)}; the limit is ${mb(problem.max)} per file`
          : `the workspace would unpack to ${mb(problem.declared)}; the limit is ${mb(problem.max)} in all`,
    );
    this.name = 'WorkspaceTooLargeError';
  }
}

/**
 * Unpacks a workspace zip after checking its central directory against `limits` (default
 * {@link WORKSPACE_LIMITS}). Returns every file member by path. Throws {@link WorkspaceNotZipError} when the
 * bytes are not a readable zip, {@link WorkspaceTooLargeError} (before inflating anything) when a limit is
 * exceeded.
 */
export function unzipWorkspace(bytes: Uint8Array, limits: { member: number; total: number; members: number } = WORKSPACE_LIMITS): Record<string, Uint8Array> {
  let entries;
  try {
    entries = listZip(bytes, 'workspace');
  } catch {
    throw new WorkspaceNotZipError();
  }
  if (entries.length > limits.members) {
    throw new WorkspaceTooLargeError({ limit: 'members', member: '', declared: entries.length, max: limits.members });
  }
  let total = 0;
  for (const e of entries) {
    if (e.originalSize > limits.member) {
      throw new WorkspaceTooLargeError({ limit: 'member', member: e.name, declared: e.originalSize, max: limits.member });
    }
    total += e.originalSize;
  }
  if (total > limits.total) throw new WorkspaceTooLargeError({ limit: 'total', member: '', declared: total, max: limits.total });
  try {
    return unzipSync(bytes, { filter: (info) => !info.name.endsWith('/') });
  } catch {
    throw new WorkspaceNotZipError();
  }
}

/** A Dexie index list in one spelling: primary key first, the other indexes sorted (Dexie's export reorders them). */
function normaliseStores(stores: string): string {
  const [primary, ...rest] = stores.replace(/\s+/g, '').split(',');
  return [primary, ...rest.sort()].join(',');
}

/** The primary-key fields of each table of schema `version` (`[importId+seq]` → `importId`, `seq`). */
function primaryKeys(version: number): Map<string, { fields: string[]; stores: string }> {
  const schema = SCHEMA_VERSIONS.find((s) => s.version === version);
  const out = new Map<string, { fields: string[]; stores: string }>();
  for (const [table, stores] of Object.entries(schema?.stores ?? {})) {
    const first = stores.split(',')[0]!.trim();
    const fields = first.startsWith('[') ? first.slice(1, -1).split('+') : [first];
    out.set(table, { fields, stores: normaliseStores(stores) });
  }
  return out;
}

const envelopeSchema = v.object({
  formatName: v.literal('dexie'),
  formatVersion: v.literal(1),
  data: v.object({
    databaseVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
    tables: v.array(v.object({ name: v.string(), schema: v.string(), rowCount: v.pipe(v.number(), v.integer(), v.minValue(0)) })),
    data: v.array(v.object({ tableName: v.string(), inbound: v.literal(true), rows: v.array(v.unknown()) })),
  }),
});

/** What {@link checkDatabaseEnvelope} learnt: the schema version and, per table, each row's key → its 1-based row. */
export interface DatabaseEnvelope {
  databaseVersion: number;
  rowOfKey: Map<string, Map<string, number>>;
}

/** The key of a record as text, for {@link DatabaseEnvelope.rowOfKey}: its primary-key fields as JSON. */
export function recordKey(record: Record<string, unknown>, fields: readonly string[]): string {
  return JSON.stringify(fields.map((f) => record[f]));
}

/** The primary-key fields of each current table (for {@link recordKey} on loaded records). */
export function currentPrimaryKeys(): Map<string, string[]> {
  const latest = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
  return new Map([...primaryKeys(latest)].map(([t, k]) => [t, k.fields]));
}

/**
 * Checks the dexie-export-import envelope of `database.json` (https://dexie.org/docs/ExportImport/dexie-export-import)
 * before it is loaded: `formatName` `dexie`, the database version one this build knows, each table one of
 * that version with exactly its index list (so loading cannot change a primary key), each row a record
 * whose primary-key fields are texts (`seq`: an integer ≥ 0) and unique in its table. Returns the version
 * and each row's position. Throws `Error` when the envelope is not dexie's (the caller reports the file as
 * damaged) and {@link WorkspaceInvalidError} naming the table, row and field otherwise.
 */
export function checkDatabaseEnvelope(raw: unknown): DatabaseEnvelope {
  const parsed = v.safeParse(envelopeSchema, raw, { abortEarly: true });
  if (!parsed.success) throw new Error(`database.json is not a dexie-export-import file (${v.getDotPath(parsed.issues[0]!) ?? 'root'})`);
  const { databaseVersion, tables, data } = parsed.output.data;
  const keys = primaryKeys(databaseVersion);
  if (keys.size === 0) throw new Error(`database.json has an unknown schema version ${databaseVersion}`);
  const known = [...keys.keys()].join('|');
  const problem = (table: string, row: number, field: string, expected: string, detail: string, found: unknown): never => {
    throw new WorkspaceInvalidError({ table, row, field, expected, detail, found: showFound(found) });
  };
  for (const t of tables) {
    const k = keys.get(t.name);
    if (!k) problem(t.name, 0, '(table)', 'table', known, t.name);
    else if (normaliseStores(t.schema) !== k.stores) problem(t.name, 0, '(table)', 'tableSchema', k.stores, t.schema);
  }
  const rowOfKey = new Map<string, Map<string, number>>();
  for (const block of data) {
    const k = keys.get(block.tableName);
    if (!k) return problem(block.tableName, 0, '(table)', 'table', known, block.tableName);
    const rows = rowOfKey.get(block.tableName) ?? new Map<string, number>();
    rowOfKey.set(block.tableName, rows);
    const offset = rows.size; // a table may come in several blocks
    block.rows.forEach((r, i) => {
      const row = offset + i + 1;
      if (typeof r !== 'object' || r === null || Array.isArray(r)) problem(block.tableName, row, '(record)', 'object', '', r);
      const record = r as Record<string, unknown>;
      for (const f of k.fields) {
        const value = record[f];
        if (f === 'seq' ? !(Number.isInteger(value) && (value as number) >= 0) : !(typeof value === 'string' && value !== '')) {
          problem(block.tableName, row, f, f === 'seq' ? 'count' : 'nonEmptyText', '', value);
        }
      }
      checkTypeMarks(block.tableName, row, record);
      const key = recordKey(record, k.fields);
      if (rows.has(key)) problem(block.tableName, row, k.fields.join('+'), 'unique', '', k.fields.map((f) => record[f]).join(', '));
      rows.set(key, row);
    });
  }
  return { databaseVersion, rowOfKey };
}

/** dexie-export-import's names of typed arrays (`float64array2` → `Float64Array`), the only typed arrays a workspace holds. */
const TYPED_ARRAY_MARKS: Readonly<Record<string, string>> = {
  float64array2: 'Float64Array',
  int32array2: 'Int32Array',
  uint8array2: 'Uint8Array',
  uint16array2: 'Uint16Array',
};

/**
 * Checks a raw row's typeson marks (`$types`: path → type name, https://github.com/dfahlander/typeson-registry)
 * before they are revived: only the types a workspace is written with are allowed — typed arrays
 * ({@link TYPED_ARRAY_MARKS}, encoded as an object whose `buffer` is an `arraybuffer` in base64 text),
 * `arrayNonindexKeys` (a plain array) and `undef` — and each marked value must have the JSON shape of its
 * type. Otherwise a corrupted value could be revived into a valid-looking one (a number marked
 * `arrayNonindexKeys` becomes `[]`), or into a type the app never stores. Throws {@link WorkspaceInvalidError}.
 */
function checkTypeMarks(table: string, row: number, record: Record<string, unknown>): void {
  const marks = record.$types;
  if (marks === undefined) return;
  const fail = (field: string, expected: string, detail: string, found: unknown): never => {
    throw new WorkspaceInvalidError({ table, row, field, expected, detail, found: showFound(found) });
  };
  if (typeof marks !== 'object' || marks === null || Array.isArray(marks)) return fail('$types', 'object', '', marks);
  for (const [path, type] of Object.entries(marks as Record<string, unknown>)) {
    let value: unknown = record;
    for (const part of path.split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
    const typed = typeof type === 'string' ? TYPED_ARRAY_MARKS[type] : undefined;
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    if (typed !== undefined) {
      if (!isObject) fail(path, 'typedArray', typed, value);
    } else if (type === 'arraybuffer') {
      if (typeof value !== 'string') fail(path, 'typedArray', 'ArrayBuffer', value);
    } else if (type === 'arrayNonindexKeys') {
      if (!Array.isArray(value)) fail(path, 'list', '', value);
    } else if (type !== 'undef') {
      fail(path, 'json', '', type);
    }
  }
}

/** The 1-based row in the file of a loaded record of `table` (0 when the file did not hold its key). */
export function fileRow(envelope: DatabaseEnvelope, table: WorkspaceTable, record: Record<string, unknown>, fields: readonly string[]): number {
  return envelope.rowOfKey.get(table)?.get(recordKey(record, fields)) ?? 0;
}
