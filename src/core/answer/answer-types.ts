// The shapes that go into and come out of the answer to question 3 (plain data, every number with its trace).

import type { AgeBand } from '../model/age-band';
import type { Basis, Period, Provenance } from '../model/observation';
import type { Platform } from '../model/platform';
import type { AgeFloor } from '../metrics/age-composition';
import type { EstimatedYouthReach } from '../metrics/estimated-youth-reach';
import type { PlatformRelativeIndex } from '../metrics/platform-relative-index';
import type { PresenceResult, UserPresence } from '../metrics/presence';
import type { RepresentationIndex } from '../metrics/representation-index';
import type { Trace } from '../metrics/trace';
import type { TrendPoint, YouthShareTrend } from '../metrics/trend';
import type { WeightedIndex } from '../metrics/weighted-index';
import type { YouthCoverage } from '../metrics/youth-coverage';
import type { YouthShareResult } from '../metrics/youth-share';
import type { ReferenceSet } from '../reference/reference-figure';
import type { Thresholds } from '../reference/thresholds';

/**
 * An account's age split as stored: youth share 0..1, its age floor, its basis, the youth bands' count
 * when the split was counts (else null), and optionally the band shares (for the trace).
 */
export interface AccountYouth {
  youthShare: number;
  floor: AgeFloor;
  basis: Basis;
  youthCount: number | null;
  shares?: Record<AgeBand, number>;
}

/** An account's totals for its period (counts; null = not known, never 0): see `metrics/totals.ts`. */
export interface AccountTotals {
  reach: number | null;
  viewers: number | null;
  views: number | null;
  followers: number | null;
}

/**
 * One account, as the answer needs it:
 * - `youth`: its age split, or null when it has no age data;
 * - `totals`: reach/viewers/views for estimated youth reach, reach else followers for weighting;
 * - `reachIsUpperBound`: true when reach/viewers are sums of daily unique counts;
 * - `series`: youth share per period (any order) for the trend; [] when there is one period or none;
 * - `importIds` / `fileIds`: the imports and source files behind its numbers (for traces).
 */
export interface AnswerAccount {
  accountId: string;
  platform: Platform;
  name: string | null;
  youth: AccountYouth | null;
  totals: AccountTotals;
  reachIsUpperBound: boolean;
  series: TrendPoint[];
  period: Period | null;
  provenance: Provenance;
  importIds: string[];
  fileIds: string[];
}

/** One entity: its accounts and the presence a user set per platform (absent or null = not set). */
export interface AnswerEntity {
  entityId: string;
  name: string;
  accounts: AnswerAccount[];
  presence: Partial<Record<Platform, UserPresence>>;
}

/** Everything the answer is computed from: the entities, the reference figures in use, the thresholds. */
export interface AnswerInput {
  entities: AnswerEntity[];
  reference: ReferenceSet;
  thresholds: Thresholds;
}

/** A verdict (DESIGN.md §5). Dutch labels: voldoende, gedeeltelijk voldoende, onvoldoende, onbekend. */
export type Verdict = 'sufficient' | 'partly-sufficient' | 'insufficient' | 'unknown';

/**
 * Message parameters: numbers raw (the UI formats them), strings as is, null = not known. Naming
 * convention the UI and `describe` follow: a name ending in `Share` or `Use` is a share 0..1; ending in
 * `Index` (or `index`) an index; ending in `Points` percentage points; ending in `Count`, `Size`,
 * `Reach`, `Residents` a count; `platform`/`platforms` are platform ids (comma-separated).
 */
export type MessageParams = Record<string, string | number | null>;

/**
 * One reason for a verdict: the named rule it comes from, a message key (`answer.reason.*`) with its
 * params, and the traces of the numbers in it.
 */
export interface Reason {
  rule: string;
  key: string;
  params: MessageParams;
  traces: Trace[];
}

/**
 * An estimate of what an improvement could add, never a measurement: `provenance` is always `modelled`;
 * `value` is a count of young people/accounts (or null when an input is unknown); `assumptions` are
 * message keys (`answer.assumption.*`) with params.
 */
export interface ModelledEstimate {
  provenance: 'modelled';
  metric: 'estimated-youth-reach';
  value: number | null;
  assumptions: { key: string; params: MessageParams }[];
  trace: Trace;
}

/** The improvement rules, in the order they are listed. */
export type ImprovementRule =
  | 'youth-platform-absent'
  | 'under-represented-platform'
  | 'falling-youth-share'
  | 'age-data-missing'
  | 'reach-concentrated'
  | 'followers-only';

/**
 * An improvement produced by a named rule: the entity and (where it concerns one) platform and account,
 * a message key (`answer.improvement.*`) with its evidence as params, the traces, and a modelled estimate
 * of what it could add (null where the rule is about measurement or an input is missing).
 */
export interface Improvement {
  rule: ImprovementRule;
  entityId: string;
  entityName: string;
  platform: Platform | null;
  accountId: string | null;
  key: string;
  params: MessageParams;
  traces: Trace[];
  estimate: ModelledEstimate | null;
}

/** Every metric of one account (null where it cannot be computed) and whether it takes part in the verdict. */
export interface AccountMetrics {
  accountId: string;
  platform: Platform;
  name: string | null;
  youthShare: YouthShareResult | null;
  index: RepresentationIndex | null;
  platformIndex: PlatformRelativeIndex | null;
  audienceSize: { metric: 'reach' | 'followers'; value: number } | null;
  estimatedYouthReach: EstimatedYouthReach | null;
  coverage: YouthCoverage | null;
  trend: YouthShareTrend | null;
  /** True when the account has an index that is not `insufficient-data`: it counts in the verdict rules. */
  judged: boolean;
}

/**
 * The verdict of one scope (an entity, or all entities together): the verdict and the rule that gave
 * it, the reasons, the weighted index over judged accounts (null when none), and the youth-relevant
 * platforms with an account with age data.
 */
export interface VerdictResult {
  verdict: Verdict;
  rule: 'verdict-unknown' | 'verdict-insufficient' | 'verdict-sufficient' | 'verdict-partly-sufficient';
  reasons: Reason[];
  weightedIndex: WeightedIndex | null;
  youthPlatformsWithData: Platform[];
}

/** The answer for one entity: its verdict, accounts' metrics, presence per platform, improvements, total coverage. */
export interface EntityAnswer extends VerdictResult {
  entityId: string;
  name: string;
  accounts: AccountMetrics[];
  presence: Record<Platform, PresenceResult>;
  improvements: Improvement[];
  coverage: YouthCoverage | null;
}

/** A method note: what the figures cannot show (`answer.method.*`), and whether it applies to this data. */
export interface MethodNote {
  id: string;
  key: string;
  params: MessageParams;
  applies: boolean;
}

/** The answer to question 3: overall verdict, one per entity, all improvements, the method note. */
export interface Answer {
  overall: VerdictResult & { coverage: YouthCoverage | null };
  entities: EntityAnswer[];
  improvements: Improvement[];
  methodNotes: MethodNote[];
  thresholds: Thresholds;
}
