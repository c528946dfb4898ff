// The trail every metric result carries: its formula, its inputs, the accounts, imports and files they came from, and the reference figures used (docs/method.md#figures).

/**
 * Where an account-level number came from: the account and the imports and source files behind it
 * (ids as stored by src/db; any string works in tests). All fields may be empty when not known.
 */
export interface SourceRef {
  accountId: string | null;
  importIds: readonly string[];
  fileIds: readonly string[];
}

/** A SourceRef that points nowhere (e.g. a number typed into a form not yet stored). */
export const NO_SOURCE: SourceRef = { accountId: null, importIds: [], fileIds: [] };

/**
 * The unit of a trace input's value: `share` 0..1, `count` (people, accounts, views …), `index`
 * (100 = proportional), `points` (percentage points), `flag` (1/0), `text`.
 */
export type TraceUnit = 'share' | 'count' | 'index' | 'points' | 'flag' | 'text';

/**
 * One input of a formula with its value. `figureId` is set when it is a reference figure,
 * `threshold` when it is a threshold (its key in `Thresholds`), `accountId` when it is an account's number.
 */
export interface TraceInput {
  name: string;
  value: number | string | null;
  unit: TraceUnit;
  figureId?: string;
  threshold?: string;
  accountId?: string;
}

/**
 * How a number was obtained, for the "where does this number come from" panel:
 * - `metric`: which formula (`youth-share`, `representation-index`, `pooled-youth-share`, `youth-people`, …);
 * - `formula`: the formula as text, e.g. `youthShare ÷ populationYouthShare(13+) × 100`;
 * - `inputs`: each named input with its value;
 * - `accountIds`, `importIds`, `fileIds`: the user's data it came from (deduplicated);
 * - `referenceIds`: the reference figures used (deduplicated);
 * - `parts`: the traces of inputs that are themselves metric results (e.g. the youth share in an index).
 */
export interface Trace {
  metric: string;
  formula: string;
  inputs: TraceInput[];
  accountIds: string[];
  importIds: string[];
  fileIds: string[];
  referenceIds: string[];
  parts: Trace[];
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/**
 * Builds a trace: the sources of `sources` and of every trace in `parts` are merged (deduplicated), as
 * are the reference ids given and those of the parts.
 */
export function makeTrace(args: {
  metric: string;
  formula: string;
  inputs: TraceInput[];
  sources?: readonly SourceRef[];
  referenceIds?: readonly string[];
  parts?: readonly Trace[];
}): Trace {
  const sources = args.sources ?? [];
  const parts = [...(args.parts ?? [])];
  return {
    metric: args.metric,
    formula: args.formula,
    inputs: args.inputs,
    accountIds: unique([
      ...sources.flatMap((s) => (s.accountId === null ? [] : [s.accountId])),
      ...parts.flatMap((p) => p.accountIds),
    ]),
    importIds: unique([...sources.flatMap((s) => s.importIds), ...parts.flatMap((p) => p.importIds)]),
    fileIds: unique([...sources.flatMap((s) => s.fileIds), ...parts.flatMap((p) => p.fileIds)]),
    referenceIds: unique([...(args.referenceIds ?? []), ...parts.flatMap((p) => p.referenceIds)]),
    parts,
  };
}
