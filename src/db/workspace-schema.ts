// The record schemas of a workspace file (valibot): every table the file carries is checked, row by row and
// field by field, before anything of it is written, so a wrong type is refused with its table, row and field.

import * as v from 'valibot';
import { METRIC_KIND } from '../core/model/observation';
import type { Basis, Gender, Unit } from '../core/model/observation';
import type { Confidence, FigureGroup, FigureUnit } from '../core/reference/reference-figure';
import { DEFAULT_THRESHOLDS } from '../core/reference/thresholds';
import { parseAgeBand } from '../core/model/age-band';
import { PLATFORMS } from '../core/model/platform';
import { isoDateToEpochDay } from './observation-chunks';
import { CHUNK_ROWS, NO_PERIOD_DAY } from './schema';
import type { ObservationChunkRecord } from './schema';

/*
 * valibot (https://valibot.dev/) builds no code at run time (no `eval`, no `new Function`), so it runs
 * under the app's Content-Security-Policy `default-src 'self'` and in the workspace worker.
 *
 * Each schema's message is an EXPECTATION CODE (`text`, `integer`, `oneOf:a|b` …) rather than a sentence:
 * the interface turns it into Dutch or English ({@link WorkspaceFieldProblem.expected}).
 */

/**
 * One refused field: `table` (as in the file, e.g. `entities`), `row` (1-based position of the record in
 * that table of `database.json`), `field` (path inside the record, e.g. `name`, `period.start`,
 * `warnings[0].code`), `expected` (an expectation code, see {@link EXPECTATION_CODES}), `detail` (the
 * code's detail: the allowed values, the array type, a length …, or ''), `found` (the value as short text:
 * JSON, a typed array as `Uint8Array(3)`, `undefined` for a missing field).
 */
export interface WorkspaceFieldProblem {
  table: string;
  row: number;
  field: string;
  expected: string;
  detail: string;
  found: string;
}

/**
 * The expectation codes a {@link WorkspaceFieldProblem} may carry: `text`, `nonEmptyText`, `number`
 * (finite), `count` (an integer ≥ 0), `positiveCount` (≥ 1), `isoDay` (`YYYY-MM-DD`, a real calendar day),
 * `isoTimestamp` (ISO 8601), `oneOf` (detail: the values, `|`-separated), `list`, `object`, `textOrNull`,
 * `typedArray` (detail: the array types, `|`-separated), `length` (detail: the length), `index` (detail:
 * the largest allowed index), `periodOrder` (start not after end), `reference` (detail: the table whose id
 * it must be), `unique`, `chunks` (detail: the number of observation chunks the import announces),
 * `observationCount` (detail: the rows its chunks hold), `json` (plain JSON data), `sha256` (64 lower-case
 * hex digits), `sameSize` (detail: the byte size of the source file in the zip), `table` (detail: the
 * tables of the file's schema version), `tableSchema` (detail: the expected index list), `ageBand` (a band
 * label such as `13-17` or `65+`), `textOrNumber`. The interface has a text for each
 * (`data.workspace.expected.*`).
 */
export const EXPECTATION_CODES = [
  'text', 'nonEmptyText', 'number', 'count', 'positiveCount', 'isoDay', 'isoTimestamp', 'oneOf', 'list', 'object',
  'textOrNull', 'typedArray', 'length', 'index', 'periodOrder', 'reference', 'unique', 'chunks', 'observationCount',
  'json', 'sha256', 'sameSize', 'table', 'tableSchema', 'ageBand', 'textOrNumber',
] as const;

/** Thrown by the checks of this module: the first {@link WorkspaceFieldProblem} found. */
export class WorkspaceInvalidError extends Error {
  /** `problem`: which table, row and field, what was expected and what was found. */
  constructor(readonly problem: WorkspaceFieldProblem) {
    super(describeProblem(problem));
    this.name = 'WorkspaceInvalidError';
  }
}

/** The English sentence of a problem: `entities, row 3, field name: expected text, found 12345`. */
export function describeProblem(p: WorkspaceFieldProblem): string {
  return `${p.table}, row ${p.row}, field ${p.field}: expected ${p.expected}${p.detail ? ` (${p.detail})` : ''}, found ${p.found}`;
}

/** A value as short text for a message: at most 60 characters of JSON; typed arrays by type and length. */
export function showFound(value: unknown): string {
  if (value === undefined) return 'undefined';
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  if (ArrayBuffer.isView(value)) return `${tag}(${(value as unknown as { length?: number }).length ?? value.byteLength})`;
  if (tag === 'ArrayBuffer') return `ArrayBuffer(${(value as ArrayBuffer).byteLength})`;
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

// --- field schemas (message = expectation code) ---

const text = v.string('text');
const nonEmptyText = v.pipe(v.string('text'), v.minLength(1, 'nonEmptyText'));
const finite = v.pipe(v.number('number'), v.finite('number'));
const count = v.pipe(v.number('count'), v.integer('count'), v.minValue(0, 'count'));
const positiveCount = v.pipe(v.number('positiveCount'), v.integer('positiveCount'), v.minValue(1, 'positiveCount'));
/** A real calendar day `YYYY-MM-DD` (2025-02-30 is refused). */
const isoDay = v.pipe(
  v.string('isoDay'),
  v.check((s) => {
    try {
      isoDateToEpochDay(s);
      return true;
    } catch {
      return false;
    }
  }, 'isoDay'),
);
const isoTimestamp = v.pipe(v.string('isoTimestamp'), v.isoTimestamp('isoTimestamp'), v.check((s) => Number.isFinite(Date.parse(s)), 'isoTimestamp'));
const textOrNull = v.nullable(v.string('textOrNull'), null);
const oneOf = <const T extends readonly string[]>(values: T) => v.picklist(values, `oneOf:${values.join('|')}`);
const list = <T extends v.GenericSchema>(item: T) => v.array(item, 'list');
const sha256 = v.pipe(v.string('sha256'), v.regex(/^[0-9a-f]{64}$/, 'sha256'));

/** True for plain JSON data (objects, arrays, strings, finite numbers, booleans, null), at most 32 levels deep. */
function isJson(value: unknown, depth = 0): boolean {
  if (depth > 32) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((x) => isJson(x, depth + 1));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value as Record<string, unknown>).every((x) => isJson(x, depth + 1));
  }
  return false;
}
const json = v.custom<unknown>((x) => isJson(x), 'json');
const jsonObject = v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x) && isJson(x), 'object');

/** The metrics, units, genders and bases this build knows (from the model's own lists). */
const METRICS = Object.keys(METRIC_KIND) as [string, ...string[]];
const UNITS = ['count', 'share', 'hours', 'seconds'] as const;
const GENDERS = ['female', 'male', 'other', 'unknown'] as const;
const BASES = ['reach', 'views', 'viewers', 'watchTime', 'followers', 'engagedAudience'] as const;
const FIGURE_UNITS = ['share', 'count', 'flag'] as const;
const CONFIDENCES = ['high', 'medium', 'low'] as const;
const FIGURE_GROUPS = ['population', 'platform-use', 'platform-youth-share', 'youth-relevance', 'other'] as const;

/**
 * Compile-time check that a list names every member of its model type: when the model gains a unit, basis,
 * gender … the type check fails here until the list has it too (else a valid workspace would be refused).
 */
type Exhaustive<T, L extends readonly T[]> = [Exclude<T, L[number]>] extends [never] ? true : never;
const _listsAreComplete: [
  Exhaustive<Unit, typeof UNITS>,
  Exhaustive<Gender, typeof GENDERS>,
  Exhaustive<Basis, typeof BASES>,
  Exhaustive<FigureUnit, typeof FIGURE_UNITS>,
  Exhaustive<Confidence, typeof CONFIDENCES>,
  Exhaustive<FigureGroup, typeof FIGURE_GROUPS>,
] = [true, true, true, true, true, true];

const period = v.pipe(
  v.object({ start: isoDay, end: isoDay }, 'object'),
  v.forward(
    v.check((p) => p.start <= p.end, 'periodOrder'),
    ['end'],
  ),
);

const warning = v.object(
  {
    code: text,
    message: text,
    params: v.optional(v.record(v.string('text'), v.union([v.string(), finite], 'textOrNumber'), 'object')),
  },
  'object',
);

/** The stored thresholds (a partial `Thresholds` of `src/core/reference/thresholds.ts`): non-negative numbers. */
const thresholdsValue = v.object(
  Object.fromEntries(
    Object.keys(DEFAULT_THRESHOLDS).map((k) => [k, v.optional(v.pipe(v.number('count'), v.finite('number'), v.minValue(0, 'number')))]),
  ),
  'object',
);

/** A reference override's value (`ReferenceOverride` of `src/core/reference/reference-figure.ts` without its id). */
const referenceOverrideValue = v.object(
  {
    value: v.optional(v.nullable(finite)),
    unit: v.optional(oneOf(FIGURE_UNITS)),
    year: v.optional(v.nullable(v.pipe(v.number('count'), v.integer('count')))),
    source: v.optional(v.object({ text, url: textOrNull }, 'object')),
    confidence: v.optional(oneOf(CONFIDENCES)),
    note: v.optional(text),
    group: v.optional(oneOf(FIGURE_GROUPS)),
  },
  'object',
);

/**
 * A typed array of one of `types`, recognised by its tag (`[object Float64Array]`) rather than
 * `instanceof`, which fails for arrays cloned from another realm (a worker, jsdom + fake-indexeddb).
 */
const typedArray = (...types: string[]) =>
  v.custom<ArrayLike<number>>(
    (x) => ArrayBuffer.isView(x) && types.includes(Object.prototype.toString.call(x).slice(8, -1)),
    `typedArray:${types.join('|')}`,
  );
const indexArray = typedArray('Uint8Array', 'Uint16Array');

/**
 * The record schema of each table (the current schema version, after any migration): field types only;
 * references between tables and the chunk columns' lengths and indexes are checked by
 * {@link validateWorkspaceRecords}.
 */
export const TABLE_SCHEMAS = {
  entities: v.object({ id: nonEmptyText, name: nonEmptyText, nameKey: text, createdAt: isoTimestamp }, 'object'),
  accounts: v.object(
    { id: nonEmptyText, entityId: nonEmptyText, platform: oneOf(PLATFORMS), name: textOrNull, createdAt: isoTimestamp },
    'object',
  ),
  sourceFiles: v.object(
    {
      id: nonEmptyText,
      name: nonEmptyText,
      size: count,
      sha256,
      lastModified: v.nullable(finite, null),
      importedAt: isoTimestamp,
    },
    'object',
  ),
  imports: v.object(
    {
      id: nonEmptyText,
      sourceFileId: nonEmptyText,
      accountId: nonEmptyText,
      entityId: nonEmptyText,
      fileName: text,
      format: nonEmptyText,
      formatLabel: text,
      formatVersion: positiveCount,
      platform: oneOf(PLATFORMS),
      period: v.nullable(period),
      basis: v.nullable(oneOf(BASES)),
      warnings: list(warning),
      observationCount: count,
      chunkCount: count,
      importedAt: isoTimestamp,
      provenance: oneOf(['export', 'manual'] as const),
      status: oneOf(['pending', 'complete'] as const),
      metrics: v.optional(list(text)),
      exportDate: v.optional(isoDay),
      mapping: v.optional(json),
      manualEntry: v.optional(v.object({ source: text, note: text }, 'object')),
    },
    'object',
  ),
  observationChunks: v.object(
    {
      importId: nonEmptyText,
      seq: count,
      rowCount: v.pipe(positiveCount, v.maxValue(CHUNK_ROWS, 'positiveCount')),
      values: typedArray('Float64Array'),
      startDays: typedArray('Int32Array'),
      endDays: typedArray('Int32Array'),
      metric: indexArray,
      metricDict: list(oneOf(METRICS)),
      unit: indexArray,
      unitDict: list(oneOf(UNITS)),
      ageBand: indexArray,
      ageBandDict: list(v.pipe(text, v.check((b) => parseAgeBand(b) === b, 'ageBand'))),
      gender: indexArray,
      genderDict: list(oneOf(GENDERS)),
      segment: indexArray,
      segmentDict: list(text),
    },
    'object',
  ),
  settings: v.object({ key: nonEmptyText, value: json }, 'object'),
  referenceOverrides: v.object({ id: nonEmptyText, value: referenceOverrideValue, updatedAt: isoTimestamp }, 'object'),
  presence: v.object(
    { entityId: nonEmptyText, platform: oneOf(PLATFORMS), presence: oneOf(['has-account', 'no-account'] as const), updatedAt: isoTimestamp },
    'object',
  ),
  savedFormats: v.object({ id: nonEmptyText, name: nonEmptyText, mapping: jsonObject, createdAt: isoTimestamp, updatedAt: isoTimestamp }, 'object'),
} as const;

/** The tables of the current schema, in the order they are checked (a referenced table before its users). */
export type WorkspaceTable = keyof typeof TABLE_SCHEMAS;

/** The table names of {@link TABLE_SCHEMAS}, in checking order. */
export const WORKSPACE_TABLES = Object.keys(TABLE_SCHEMAS) as WorkspaceTable[];

/** The path of a valibot issue as `period.start` / `warnings[0].code`. */
function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key as unknown;
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out;
}

/** Splits an expectation message `oneOf:a|b` into its code and detail. */
function splitExpectation(message: string): { expected: string; detail: string } {
  const colon = message.indexOf(':');
  return colon < 0 ? { expected: message, detail: '' } : { expected: message.slice(0, colon), detail: message.slice(colon + 1) };
}

/**
 * Checks one record against its table's schema; throws {@link WorkspaceInvalidError} naming `table`, `row`
 * and the first wrong field. `row` is the 1-based row of the record in the file.
 */
export function checkRecord(table: WorkspaceTable, row: number, record: unknown): void {
  const result = v.safeParse(TABLE_SCHEMAS[table] as v.GenericSchema, record, { abortEarly: true });
  if (result.success) return;
  const issue = result.issues[0]!;
  const field = issuePath(issue);
  throw new WorkspaceInvalidError({ table, row, field: field || '(record)', ...splitExpectation(issue.message), found: showFound(issue.input) });
}

/** Throws the problem of one field. */
function refuse(table: string, row: number, field: string, expected: string, detail: string, found: unknown): never {
  throw new WorkspaceInvalidError({ table, row, field, expected, detail, found: showFound(found) });
}

/**
 * Checks a chunk's columns against each other: every column `rowCount` long; each metric and unit index
 * inside its dictionary; each optional column's index at most its dictionary's length (0 = absent); values
 * finite; each period either both days {@link NO_PERIOD_DAY} or start ≤ end. Throws
 * {@link WorkspaceInvalidError}.
 */
export function checkChunkColumns(row: number, c: ObservationChunkRecord): void {
  const table = 'observationChunks';
  const columns = ['values', 'startDays', 'endDays', 'metric', 'unit', 'ageBand', 'gender', 'segment'] as const;
  for (const name of columns) {
    if (c[name].length !== c.rowCount) refuse(table, row, name, 'length', String(c.rowCount), c[name]);
  }
  const indexed: [keyof ObservationChunkRecord, number, number][] = [
    ['metric', c.metricDict.length - 1, 0],
    ['unit', c.unitDict.length - 1, 0],
    ['ageBand', c.ageBandDict.length, 0],
    ['gender', c.genderDict.length, 0],
    ['segment', c.segmentDict.length, 0],
  ];
  for (const [name, max] of indexed) {
    const column = c[name] as Uint8Array | Uint16Array;
    for (let i = 0; i < column.length; i++) {
      if (column[i]! > max) refuse(table, row, `${name}[${i}]`, 'index', String(Math.max(max, -1)), column[i]);
    }
  }
  for (let i = 0; i < c.rowCount; i++) {
    if (!Number.isFinite(c.values[i]!)) refuse(table, row, `values[${i}]`, 'number', '', c.values[i]);
    const s = c.startDays[i]!;
    const e = c.endDays[i]!;
    if ((s === NO_PERIOD_DAY) !== (e === NO_PERIOD_DAY) || s > e) refuse(table, row, `endDays[${i}]`, 'periodOrder', '', e);
  }
}

/** The records of a workspace, one array per table of the current schema (source-file bytes not needed). */
export type WorkspaceRecords = { readonly [T in WorkspaceTable]: readonly unknown[] };

/**
 * Checks every record of `records`, table by table in {@link WORKSPACE_TABLES} order: its fields
 * ({@link TABLE_SCHEMAS}; the `thresholds` setting as non-negative numbers), then what ties the tables
 * together: accounts, imports and presence name an entity of the file; an import names an account of the
 * file of the same entity and a source file of the file; a chunk names an import of the file; a complete
 * import has exactly its `chunkCount` chunks, `seq` 0 … n-1, holding `observationCount` rows in all; each
 * chunk's columns fit ({@link checkChunkColumns}; skipped with `scanColumns: false`, for records that were
 * checked so before: the scan reads every observation, about 0.3-0.7 s for 2 million on this 2-core machine).
 * `rowOf(table, index)` gives the 1-based row in the file of the record at `index` (default: index + 1).
 * Throws {@link WorkspaceInvalidError} at the first problem.
 */
export function validateWorkspaceRecords(
  records: WorkspaceRecords,
  rowOf: (table: WorkspaceTable, index: number) => number = (_t, i) => i + 1,
  options: { scanColumns?: boolean } = {},
): void {
  for (const table of WORKSPACE_TABLES) records[table].forEach((r, i) => checkRecord(table, rowOf(table, i), r));
  records.settings.forEach((s, i) => {
    const { key, value } = s as { key: string; value: unknown };
    if (key !== 'thresholds') return;
    const result = v.safeParse(thresholdsValue, value, { abortEarly: true });
    if (!result.success) {
      const issue = result.issues[0]!;
      const path = issuePath(issue);
      const { expected, detail } = splitExpectation(issue.message);
      refuse('settings', rowOf('settings', i), path ? `value.${path}` : 'value', expected, detail, issue.input);
    }
  });

  const entities = new Set((records.entities as { id: string }[]).map((e) => e.id));
  const accounts = new Map((records.accounts as { id: string; entityId: string }[]).map((a) => [a.id, a]));
  const sources = new Set((records.sourceFiles as { id: string }[]).map((s) => s.id));
  (records.accounts as { entityId: string }[]).forEach((a, i) => {
    if (!entities.has(a.entityId)) refuse('accounts', rowOf('accounts', i), 'entityId', 'reference', 'entities', a.entityId);
  });
  (records.presence as { entityId: string }[]).forEach((p, i) => {
    if (!entities.has(p.entityId)) refuse('presence', rowOf('presence', i), 'entityId', 'reference', 'entities', p.entityId);
  });
  type Imp = { id: string; entityId: string; accountId: string; sourceFileId: string; status: string; chunkCount: number; observationCount: number };
  const imports = records.imports as Imp[];
  const importIds = new Set(imports.map((imp) => imp.id));
  imports.forEach((imp, i) => {
    const row = rowOf('imports', i);
    if (!entities.has(imp.entityId)) refuse('imports', row, 'entityId', 'reference', 'entities', imp.entityId);
    const account = accounts.get(imp.accountId);
    if (!account || account.entityId !== imp.entityId) refuse('imports', row, 'accountId', 'reference', 'accounts', imp.accountId);
    if (!sources.has(imp.sourceFileId)) refuse('imports', row, 'sourceFileId', 'reference', 'sourceFiles', imp.sourceFileId);
  });
  const chunksOf = new Map<string, { seq: number; rowCount: number }[]>();
  (records.observationChunks as ObservationChunkRecord[]).forEach((c, i) => {
    const row = rowOf('observationChunks', i);
    if (!importIds.has(c.importId)) refuse('observationChunks', row, 'importId', 'reference', 'imports', c.importId);
    if (options.scanColumns !== false) checkChunkColumns(row, c);
    const list = chunksOf.get(c.importId);
    if (list) list.push(c);
    else chunksOf.set(c.importId, [c]);
  });
  imports.forEach((imp, i) => {
    if (imp.status !== 'complete') return;
    const row = rowOf('imports', i);
    const chunks = chunksOf.get(imp.id) ?? [];
    const seqs = new Set(chunks.map((c) => c.seq));
    const complete = chunks.length === imp.chunkCount && chunks.every((c) => c.seq < imp.chunkCount) && seqs.size === chunks.length;
    if (!complete) refuse('imports', row, 'chunkCount', 'chunks', String(chunks.length), imp.chunkCount);
    const rows = chunks.reduce((sum, c) => sum + c.rowCount, 0);
    if (rows !== imp.observationCount) refuse('imports', row, 'observationCount', 'observationCount', String(rows), imp.observationCount);
  });
}
