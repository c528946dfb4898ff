// The shapes that go into and come out of the answer to question 3 (plain data, every number with its trace).

import type { Basis, Period } from '../model/observation';
import type { Platform } from '../model/platform';
import type { AgeFloor } from '../metrics/age-composition';
import type { PresenceResult, UserPresence } from '../metrics/presence';
import type { Trace } from '../metrics/trace';
import type { YouthShareTrend } from '../metrics/trend';
import type { AccountFigures, AccountInput, YouthBand } from '../read-model/account-figures';
import type { ReferenceSet } from '../reference/reference-figure';
import type { Thresholds } from '../reference/thresholds';

/** One entity as the answer reads it: its accounts (with their stitched histories) and the presence the user set per platform. */
export interface AnswerEntity {
  entityId: string;
  name: string;
  accounts: AccountInput[];
  presence: Partial<Record<Platform, UserPresence>>;
}

/**
 * Everything the answer is computed from: the entities, the reference figures in use, the thresholds, the
 * period (null = each account's most recent split) and the youth band (default 13-24).
 */
export interface AnswerInput {
  entities: AnswerEntity[];
  reference: ReferenceSet;
  thresholds: Thresholds;
  period?: Period | null;
  youthBand?: YouthBand;
}

/**
 * A verdict (docs/method.md#verdicts). Dutch labels: voldoende, gedeeltelijk voldoende, onvoldoende, te
 * weinig gegevens.
 */
export type Verdict = 'sufficient' | 'partly-sufficient' | 'insufficient' | 'insufficient-data';

/** Every verdict, best first. */
export const VERDICTS: readonly Verdict[] = ['sufficient', 'partly-sufficient', 'insufficient', 'insufficient-data'];

/**
 * Message parameters: numbers raw (the UI formats them), strings as is, null = not known. Naming
 * convention the UI and `describe` follow: a name ending in `Share`, `Use` or `Coverage` is a share 0..1;
 * ending in `Index` (or `index`) an index; ending in `Points` percentage points; ending in `Count`, `Size`,
 * `Reach`, `People`, `Views`, `Residents` a count; `platform`/`platforms` are platform ids (comma-separated);
 * `basis` a basis id; `audience` a {@link YouthAudience}; `verdict` a verdict code. `accountCount` and `entityCount` are counted nouns: said with
 * their noun in the right number ("1 account", "2 accounts"; "1 entity", "4 entities").
 */
export type MessageParams = Record<string, string | number | null>;

/** One sentence of an answer: the named rule it comes from, a message key (`answer.reason.*`) with its params, and the traces of its numbers. */
export interface Reason {
  rule: string;
  key: string;
  params: MessageParams;
  traces: Trace[];
}

/**
 * A figure pooled over several accounts of one basis and age floor (docs/method.md#pooling):
 * `youthShare` = Σ(share × size) ÷ Σ(size) over the accounts with a known audience size; `youngCount` =
 * Σ(share × size) (young people for a people basis, views by young people for views); the representation
 * index against the population share of `band` at `ageFloor`.
 */
export interface PooledFigure {
  basis: Basis;
  ageFloor: AgeFloor;
  band: YouthBand;
  youthShare: number;
  audienceSize: number;
  youngCount: number;
  /** True when a member's audience size is only an upper bound (reach summed over days or posts): `audienceSize` and `youngCount` are then "at most". */
  upperBound: boolean;
  accounts: number;
  accountIds: string[];
  representationIndex: number | null;
  referenceShare: number | null;
  trace: Trace;
}

/** The state of one criterion of a verdict. `mixed`: some groups or bounds meet it, some do not; `unknown`: no data for it. */
export type CriterionState = 'met' | 'not-met' | 'mixed' | 'unknown';

/**
 * What the young people of a {@link YouthReachRange} are, from the bases its accounts rest on: `followers`
 * (every account's split is of followers: young followers, not people reached), `reached` (none is: reach,
 * viewers or engaged audience: people who saw content), `mixed` (some of each: young people in the audience).
 */
export type YouthAudience = 'followers' | 'reached' | 'mixed';

/**
 * Young people in the audience, as a range (people counts only: followers, reach, viewers × youth share):
 * `low` = the largest single account with an exact count (an upper bound is no lower bound), `high` = the
 * sum over accounts capped at the residents (the same person can follow several accounts);
 * `lowShare`/`highShare` of the `residents` of `band` in Flanders.
 */
export interface YouthReachRange {
  low: number;
  high: number;
  residents: number | null;
  band: YouthBand;
  lowShare: number | null;
  highShare: number | null;
  accounts: number;
  /** The people bases the counts rest on (`followers`, `reach`, `viewers`, `engagedAudience`), each once, in `BASIS_RANK` order (read-model/account-figures.ts). Views and watch time never: they are events. */
  bases: Basis[];
  /** What the counted young people are, from `bases`. */
  audience: YouthAudience;
  /** The same range over the accounts whose split is not of followers; null when every account's split is of followers (no reached count is known) or none is (then it is this range). */
  withoutFollowers: YouthReachRange | null;
  trace: Trace;
}

/** A threshold value at which the verdict would be another one: "bij een drempel van 85: onvoldoende". */
export interface Flip {
  threshold: 'underIndex' | 'minYouthCoverage';
  value: number;
  verdict: Verdict;
}

/** An account left out of a pooled figure, and why (see `PoolStatus`). */
export interface LeftOut {
  accountId: string;
  platform: Platform;
  name: string | null;
  basis: Basis | null;
  why: 'no-size' | 'too-few' | 'band-unavailable' | 'no-reference';
}

/**
 * The verdict of one scope (an entity, or the government) with everything that decided it:
 * - `verdict` and `rule` (the named rule that decided, e.g. `composition-not-met`);
 * - `reasons` (sentences with traces), `pooled` figures per basis and floor, `youthReach` range;
 * - `composition`, `reach`, `presenceState` criteria; `gaps` = youth platforms with no account;
 * - `onlyFloor18`: the verdict rests only on 18+ splits; `borderline`: a decisive figure within 10 % of
 *   its threshold ("op de grens"); `flips`: the nearest threshold values that change the verdict;
 * - `leftOut`: accounts with age data that are not in the pooled figures.
 */
export interface VerdictResult {
  verdict: Verdict;
  rule: string;
  reasons: Reason[];
  pooled: PooledFigure[];
  youthReach: YouthReachRange | null;
  composition: CriterionState;
  reach: CriterionState;
  presenceState: 'met' | 'gaps';
  gaps: Platform[];
  unknownPresence: Platform[];
  onlyFloor18: boolean;
  borderline: boolean;
  flips: Flip[];
  leftOut: LeftOut[];
}

/**
 * An estimate of what an improvement could add, never a measurement: `provenance` is always `modelled`;
 * `value` is a count of young people (or null when an input is unknown), of the kind `audience` says (young
 * followers for an account measured on followers, young people reached for reach or viewers, `mixed` for a
 * typical audience of several kinds); `assumptions` are message keys (`answer.assumption.*`) with params.
 */
export interface ModelledEstimate {
  provenance: 'modelled';
  metric: 'modelled-youth-people';
  value: number | null;
  audience: YouthAudience;
  assumptions: { key: string; params: MessageParams }[];
  trace: Trace;
}

/** The improvement rules, in the order they are listed. */
export type ImprovementRule =
  | 'youth-platform-absent'
  | 'under-represented-platform'
  | 'falling-youth-share'
  | 'age-data-missing'
  | 'audience-size-missing'
  | 'reach-concentrated'
  | 'followers-only';

/** An improvement produced by a named rule, with its evidence (params), traces and a modelled estimate (or null). */
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

/** An account's figures for the answer: the read model's figures plus its youth-share trend over dated splits. */
export interface AnswerAccount extends AccountFigures {
  trend: YouthShareTrend | null;
}

/** The answer for one entity: its verdict, accounts' figures, presence per platform and improvements. */
export interface EntityAnswer extends VerdictResult {
  entityId: string;
  name: string;
  accounts: AnswerAccount[];
  presence: Record<Platform, PresenceResult>;
  improvements: Improvement[];
}

/** The government's answer: a verdict that is never a mean, with how many entities stand in each verdict and the platforms where no entity is present. */
export interface OverallAnswer extends VerdictResult {
  counts: Record<Verdict, number>;
  absentPlatforms: Platform[];
}

/** A method note: what the figures cannot show (`answer.method.*`), and whether it applies to this data. */
export interface MethodNote {
  id: string;
  key: string;
  params: MessageParams;
  applies: boolean;
}

/** The answer to question 3: overall verdict, one per entity, all improvements, the method note, and what it was computed for. */
export interface Answer {
  overall: OverallAnswer;
  entities: EntityAnswer[];
  improvements: Improvement[];
  methodNotes: MethodNote[];
  thresholds: Thresholds;
  period: Period | null;
  youthBand: YouthBand;
}
