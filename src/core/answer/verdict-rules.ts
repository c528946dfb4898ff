// The verdict rules (docs/method.md#verdicts): composition pooled by audience size per basis and age floor,
// young people reached as a range, presence on youth platforms, and data sufficiency — for an entity and,
// never as a mean of entities, for the government.

import type { Basis } from '../model/observation';
import type { Platform } from '../model/platform';
import type { AgeFloor } from '../metrics/age-composition';
import { makeTrace } from '../metrics/trace';
import type { Trace } from '../metrics/trace';
import { BASIS_KIND, BASIS_RANK, populationShareFigure, residentsFigure } from '../read-model/account-figures';
import type { AccountFigures, YouthBand } from '../read-model/account-figures';
import type { ReferenceSet } from '../reference/reference-figure';
import type { Thresholds } from '../reference/thresholds';
import type { CriterionState, Flip, LeftOut, PooledFigure, Reason, Verdict, VerdictResult, YouthAudience, YouthReachRange } from './answer-types';

/** Within this share of a threshold a decisive figure is "op de grens" (borderline). */
export const BORDERLINE_MARGIN = 0.1;

/**
 * Pools the accounts that can be pooled (`poolStatus` `ok`, a youth share and an audience size) per basis
 * and age floor: youth share = Σ(share × size) ÷ Σ(size), the representation index of that share against
 * the population share of the band at that floor. Groups come in a fixed order (people bases first, then
 * floor 13 before 18). Never a mean of indexes; never equal weights.
 */
export function poolFigures(accounts: readonly AccountFigures[], set: ReferenceSet): PooledFigure[] {
  const groups = new Map<string, AccountFigures[]>();
  for (const a of accounts) {
    if (a.poolStatus !== 'ok' || !a.youthShare || !a.audienceSize) continue;
    const key = `${a.youthShare.basis}|${a.youthShare.ageFloor}|${a.youthShare.band}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const out: PooledFigure[] = [];
  for (const members of groups.values()) {
    const first = members[0]!.youthShare!;
    const size = members.reduce((s, a) => s + a.audienceSize!.value, 0);
    const young = members.reduce((s, a) => s + a.audienceSize!.value * a.youthShare!.value, 0);
    if (!(size > 0)) continue;
    const share = young / size;
    const pop = populationShareFigure(set, first.band, first.ageFloor);
    const popShare = pop?.value ?? null;
    out.push({
      basis: first.basis,
      ageFloor: first.ageFloor,
      band: first.band,
      youthShare: share,
      audienceSize: size,
      youngCount: young,
      upperBound: members.some((a) => a.audienceSize!.upperBound),
      accounts: members.length,
      accountIds: members.map((a) => a.accountId),
      representationIndex: popShare !== null && popShare > 0 ? (share / popShare) * 100 : null,
      referenceShare: popShare,
      trace: makeTrace({
        metric: 'pooled-youth-share',
        formula: `pooled youthShare = Σ(youthShare × audienceSize) ÷ Σ(audienceSize) over ${members.length} ${members.length === 1 ? 'account' : 'accounts'} of basis ${first.basis}, age floor ${first.ageFloor}; index = pooled youthShare ÷ population share of ${first.band} in the ${first.ageFloor}+ population × 100`,
        inputs: [
          ...members.flatMap((a) => [
            { name: `youthShare ${a.entityName} ${a.platform}`, value: a.youthShare!.value, unit: 'share' as const, accountId: a.accountId },
            { name: `audienceSize ${a.entityName} ${a.platform}`, value: a.audienceSize!.value, unit: 'count' as const, accountId: a.accountId },
          ]),
          { name: 'pooled youthShare', value: share, unit: 'share' },
          { name: `populationShare ${first.band} of ${first.ageFloor}+`, value: popShare, unit: 'share', ...(pop ? { figureId: pop.id } : {}) },
        ],
        referenceIds: pop ? [pop.id] : [],
        parts: members.flatMap((a) => [a.youthShare!.trace, a.audienceSize!.trace]),
      }),
    });
  }
  const basisOrder = (b: Basis): number => (BASIS_KIND[b] === 'people' ? 0 : 1);
  return out.sort((a, b) => basisOrder(a.basis) - basisOrder(b.basis) || a.ageFloor - b.ageFloor || a.basis.localeCompare(b.basis));
}

/** True when a range of young people reached is one number (one account, or every account counted once): said as one number, not "between 208 and 208". */
export function isSingleReach(range: Pick<YouthReachRange, 'low' | 'high'>): boolean {
  return Math.round(range.low) === Math.round(range.high);
}

/**
 * Young people in the audience of `accounts` (people counts only: young followers, young people reached,
 * young viewers) as a range, with the bases it rests on and what they are (`audience`), and for a mix of
 * followers and reached people the same range without the followers (`withoutFollowers`). The range: the largest single account whose
 * count is exact (an upper bound — reach summed over days or posts — is no lower bound; 0 when none) … the sum
 * capped at the residents of the band (13-24 when any account's split starts at 13 and the band is 13-24,
 * else the band itself; 18-24 when every split starts at 18). Null when no account has young people.
 */
export function youthReachRange(accounts: readonly AccountFigures[], set: ReferenceSet, band: YouthBand): YouthReachRange | null {
  const people = accounts.filter((a) => a.poolStatus === 'ok' && a.youthPeople !== null);
  if (people.length === 0) return null;
  const bases = [...new Set(people.map((a) => a.youthPeople!.kind))].sort((x, y) => BASIS_RANK[x] - BASIS_RANK[y]);
  const audience: YouthAudience = !bases.includes('followers') ? 'reached' : bases.length === 1 ? 'followers' : 'mixed';
  const range = rangeOf(people, set, band);
  return { ...range, bases, audience, withoutFollowers: audience === 'mixed' ? youthReachRange(people.filter((a) => a.youthPeople!.kind !== 'followers'), set, band) : null };
}

function rangeOf(people: readonly AccountFigures[], set: ReferenceSet, band: YouthBand): Omit<YouthReachRange, 'bases' | 'audience' | 'withoutFollowers'> {
  const effective: YouthBand = band === '13-24' && people.every((a) => a.youthShare?.ageFloor === 18) ? '18-24' : band;
  const figure = residentsFigure(set, effective);
  const residents = figure?.value ?? null;
  // An upper bound (reach summed over days or posts) is no "at least": the low end takes exact counts only.
  const low = Math.max(0, ...people.filter((a) => !a.youthPeople!.upperBound).map((a) => a.youthPeople!.value));
  const sum = people.reduce((s, a) => s + a.youthPeople!.value, 0);
  const high = residents !== null ? Math.min(sum, residents) : sum;
  return {
    low,
    high,
    residents,
    band: effective,
    lowShare: residents ? low / residents : null,
    highShare: residents ? high / residents : null,
    accounts: people.length,
    trace: makeTrace({
      metric: 'youth-reach-range',
      formula: `young people in the audience (followers, reach or viewers): from the largest single account (${low}) to the sum over accounts capped at the residents aged ${effective} (the same person can be counted on several accounts); share = each end of the range ÷ residents aged ${effective}`,
      inputs: [
        ...people.map((a) => ({ name: `young ${a.youthPeople!.kind} ${a.entityName} ${a.platform}`, value: a.youthPeople!.value, unit: 'count' as const, accountId: a.accountId })),
        { name: `residents ${effective}`, value: residents, unit: 'count', ...(figure ? { figureId: figure.id } : {}) },
      ],
      referenceIds: figure ? [figure.id] : [],
      parts: people.map((a) => a.youthPeople!.trace),
    }),
  };
}

/** The composition criterion over pooled groups with an index: all ≥ underIndex met, all below not met, else mixed; none: unknown. */
export function compositionState(pooled: readonly PooledFigure[], underIndex: number): CriterionState {
  const indexes = pooled.flatMap((g) => (g.representationIndex === null ? [] : [g.representationIndex]));
  if (indexes.length === 0) return 'unknown';
  if (indexes.every((v) => v >= underIndex)) return 'met';
  if (indexes.every((v) => v < underIndex)) return 'not-met';
  return 'mixed';
}

/** The reach criterion: the lower bound ≥ minYouthCoverage met; the upper bound below it not met; in between mixed; no people count or residents: unknown. */
export function reachState(range: YouthReachRange | null, minYouthCoverage: number): CriterionState {
  if (!range || range.lowShare === null || range.highShare === null) return 'unknown';
  if (range.lowShare >= minYouthCoverage) return 'met';
  if (range.highShare < minYouthCoverage) return 'not-met';
  return 'mixed';
}

/**
 * True when the reach criterion is met (or possibly met) only by counting followers: `range` is `met` and
 * without its follower accounts it is not, or `mixed` and without them it is neither met nor mixed. A
 * follower is not necessarily reached (docs/method.md#figures), so the verdict text says so.
 */
export function reachMetThroughFollowers(range: YouthReachRange | null, minYouthCoverage: number): boolean {
  if (!range || range.audience === 'reached') return false;
  const state = reachState(range, minYouthCoverage);
  const without = reachState(range.withoutFollowers, minYouthCoverage);
  if (state === 'met') return without !== 'met';
  if (state === 'mixed') return without !== 'met' && without !== 'mixed';
  return false;
}

/** What one entity's verdict is judged on. */
export interface EntityScope {
  accounts: readonly AccountFigures[];
  /** Youth-relevant platforms where the entity has no account (the user said so). */
  gaps: readonly Platform[];
  /** Youth-relevant platforms where it is not known whether the entity has an account. */
  unknownPresence: readonly Platform[];
}

/** The entity verdict from its criteria (docs/method.md#verdicts), and the rule that decided. */
export function entityVerdictOf(composition: CriterionState, reach: CriterionState, gaps: number): { verdict: Verdict; rule: string } {
  if (composition === 'unknown') return { verdict: 'insufficient-data', rule: 'no-pooled-figure' };
  if (composition === 'not-met') return { verdict: 'insufficient', rule: 'composition-not-met' };
  if (reach === 'not-met') return { verdict: 'insufficient', rule: 'reach-not-met' };
  if (composition === 'met' && reach === 'met' && gaps === 0) return { verdict: 'sufficient', rule: 'all-met' };
  return { verdict: 'partly-sufficient', rule: 'partly-met' };
}

function leftOutOf(accounts: readonly AccountFigures[]): LeftOut[] {
  return accounts.flatMap((a): LeftOut[] => {
    if (a.poolStatus === 'ok' && a.representationIndex?.value === null) return [{ accountId: a.accountId, platform: a.platform, name: a.name, basis: a.youthShare?.basis ?? null, why: 'no-reference' }];
    if (a.poolStatus === 'no-size' || a.poolStatus === 'too-few' || a.poolStatus === 'band-unavailable') {
      return [{ accountId: a.accountId, platform: a.platform, name: a.name, basis: a.youthShare?.basis ?? null, why: a.poolStatus }];
    }
    return [];
  });
}

/** Is `value` within {@link BORDERLINE_MARGIN} of `threshold`? */
function near(value: number | null, threshold: number): boolean {
  return value !== null && threshold > 0 && Math.abs(value - threshold) <= BORDERLINE_MARGIN * threshold;
}

/**
 * The nearest value of each threshold (underIndex, minYouthCoverage) at which `judge` gives another verdict
 * than `current`, among the candidate values around the decisive figures (an index v: ⌊v⌋ and ⌊v⌋ + 1; a
 * coverage share s: s rounded down to 0,1 point and 0,1 point above).
 */
export function flipsOf(current: Verdict, thresholds: Thresholds, indexes: readonly number[], coverages: readonly number[], judge: (t: Thresholds) => Verdict): Flip[] {
  const out: Flip[] = [];
  const tryCandidates = (threshold: Flip['threshold'], candidates: number[]): void => {
    const now = thresholds[threshold];
    const sorted = [...new Set(candidates.filter((c) => c >= 0 && c !== now))].sort((a, b) => Math.abs(a - now) - Math.abs(b - now) || a - b);
    for (const value of sorted) {
      const verdict = judge({ ...thresholds, [threshold]: value });
      if (verdict !== current) {
        out.push({ threshold, value, verdict });
        return;
      }
    }
  };
  tryCandidates('underIndex', indexes.flatMap((v) => [Math.floor(v), Math.floor(v) + 1]));
  tryCandidates('minYouthCoverage', coverages.flatMap((s) => [Math.floor(s * 1000) / 1000, Math.floor(s * 1000) / 1000 + 0.001]).map((v) => Math.round(v * 1e6) / 1e6));
  return out;
}

function criterionReasons(result: { pooled: PooledFigure[]; youthReach: YouthReachRange | null; composition: CriterionState; reach: CriterionState; gaps: readonly Platform[]; unknownPresence: readonly Platform[]; leftOut: LeftOut[]; onlyFloor18: boolean }, thresholds: Thresholds, accounts: readonly AccountFigures[]): Reason[] {
  const reasons: Reason[] = [];
  for (const g of result.pooled) {
    reasons.push({
      rule: 'pooled-composition',
      key: BASIS_KIND[g.basis] === 'people' ? 'answer.reason.pooledPeople' : 'answer.reason.pooledEvents',
      params: { basis: g.basis, floorAge: g.ageFloor, band: g.band, youthShare: g.youthShare, index: g.representationIndex, underIndex: thresholds.underIndex, accountCount: g.accounts, audienceSize: g.audienceSize, youngCount: g.youngCount, populationShare: g.referenceShare },
      traces: [g.trace],
    });
  }
  if (result.youthReach) {
    const r = result.youthReach;
    reasons.push({
      rule: 'youth-reach',
      key:
        result.reach === 'met'
          ? isSingleReach(r)
            ? 'answer.reason.reachMetOne'
            : 'answer.reason.reachMet'
          : result.reach === 'not-met'
            ? isSingleReach(r)
              ? 'answer.reason.reachNotMetOne'
              : 'answer.reason.reachNotMet'
            : 'answer.reason.reachMixed',
      params: { audience: r.audience, lowPeople: r.low, highPeople: r.high, lowCoverage: r.lowShare, highCoverage: r.highShare, band: r.band, minYouthCoverage: thresholds.minYouthCoverage, accountCount: r.accounts },
      traces: [r.trace],
    });
    if (reachMetThroughFollowers(r, thresholds.minYouthCoverage)) {
      reasons.push({ rule: 'reach-through-followers', key: result.reach === 'met' ? 'answer.reason.reachThroughFollowers' : 'answer.reason.reachMaybeThroughFollowers', params: { minYouthCoverage: thresholds.minYouthCoverage }, traces: [r.trace] });
    }
  } else if (result.composition !== 'unknown') {
    reasons.push({ rule: 'youth-reach', key: 'answer.reason.reachUnknown', params: {}, traces: [] });
  }
  if (result.gaps.length > 0) reasons.push({ rule: 'presence', key: 'answer.reason.gaps', params: { platforms: result.gaps.join(', '), count: result.gaps.length }, traces: [] });
  if (result.unknownPresence.length > 0) reasons.push({ rule: 'presence-unknown', key: 'answer.reason.presenceUnknown', params: { platforms: result.unknownPresence.join(', '), count: result.unknownPresence.length }, traces: [] });
  if (result.onlyFloor18) reasons.push({ rule: 'floor-18', key: 'answer.reason.onlyFloor18', params: {}, traces: [] });
  for (const l of result.leftOut) {
    const a = accounts.find((x) => x.accountId === l.accountId);
    reasons.push({
      rule: `left-out-${l.why}`,
      key: `answer.reason.leftOut.${l.why}`,
      params: { platform: l.platform, accountName: l.name, basis: l.basis, entityName: a?.entityName ?? null, youthShare: a?.youthShare?.value ?? null, minCount: thresholds.minReachedPerBand },
      traces: a?.youthShare ? [a.youthShare.trace] : [],
    });
  }
  const noSplit = accounts.filter((a) => a.poolStatus === 'no-split');
  if (noSplit.length > 0) reasons.push({ rule: 'no-age-data', key: 'answer.reason.noAgeDataAccounts', params: { count: noSplit.length, platforms: [...new Set(noSplit.map((a) => a.platform))].join(', ') }, traces: [] });
  const undated = accounts.filter((a) => a.poolStatus === 'undated-split');
  if (undated.length > 0) reasons.push({ rule: 'undated-split', key: 'answer.reason.undatedSplitAccounts', params: { count: undated.length, platforms: [...new Set(undated.map((a) => a.platform))].join(', ') }, traces: [] });
  return reasons;
}

/** The parts of a verdict that do not depend on the thresholds' values for composition and reach. */
interface Judged {
  pooled: PooledFigure[];
  youthReach: YouthReachRange | null;
  leftOut: LeftOut[];
  onlyFloor18: boolean;
}

function judgedOf(accounts: readonly AccountFigures[], set: ReferenceSet, band: YouthBand): Judged {
  const pooled = poolFigures(accounts, set);
  const withIndex = pooled.filter((g) => g.representationIndex !== null);
  return { pooled, youthReach: youthReachRange(accounts, set, band), leftOut: leftOutOf(accounts), onlyFloor18: withIndex.length > 0 && withIndex.every((g) => g.ageFloor === 18) };
}

/**
 * The verdict of one entity (docs/method.md#verdicts):
 * - `insufficient-data` (`no-pooled-figure`): no account has an age split with a known audience size and
 *   enough young people (accounts without a size are named: "needs its follower count");
 * - `insufficient`: the pooled composition is below `underIndex` in every group (`composition-not-met`),
 *   or even the sum of young people reached is below `minYouthCoverage` of the residents (`reach-not-met`);
 * - `sufficient` (`all-met`): every pooled group at or above `underIndex`, the largest single account
 *   alone reaches `minYouthCoverage`, and no youth platform without an account (when only follower
 *   accounts reach it, the rule's sentence says so: `answer.reason.rule.all-met-followers`);
 * - `partly-sufficient` (`partly-met`): anything else (mixed groups, reach unknown or uncertain, gaps).
 */
export function judgeEntity(scope: EntityScope, set: ReferenceSet, thresholds: Thresholds, band: YouthBand): VerdictResult {
  const judged = judgedOf(scope.accounts, set, band);
  const decide = (t: Thresholds): { verdict: Verdict; rule: string; composition: CriterionState; reach: CriterionState } => {
    const composition = compositionState(judged.pooled, t.underIndex);
    const reach = reachState(judged.youthReach, t.minYouthCoverage);
    return { ...entityVerdictOf(composition, reach, scope.gaps.length), composition, reach };
  };
  const now = decide(thresholds);
  const indexes = judged.pooled.flatMap((g) => (g.representationIndex === null ? [] : [g.representationIndex]));
  const coverages = judged.youthReach ? [judged.youthReach.lowShare, judged.youthReach.highShare].filter((v): v is number => v !== null) : [];
  const result = {
    ...judged,
    verdict: now.verdict,
    rule: now.rule,
    composition: now.composition,
    reach: now.reach,
    presenceState: scope.gaps.length > 0 ? ('gaps' as const) : ('met' as const),
    gaps: [...scope.gaps],
    unknownPresence: [...scope.unknownPresence],
    borderline: now.verdict !== 'insufficient-data' && (indexes.some((v) => near(v, thresholds.underIndex)) || coverages.some((v) => near(v, thresholds.minYouthCoverage))),
    flips: now.verdict === 'insufficient-data' ? [] : flipsOf(now.verdict, thresholds, indexes, coverages, (t) => decide(t).verdict),
  };
  // "Enough young people are reached" is not said when only followers make it enough.
  const ruleKey = now.rule === 'all-met' && reachMetThroughFollowers(judged.youthReach, thresholds.minYouthCoverage) ? 'answer.reason.rule.all-met-followers' : `answer.reason.rule.${now.rule}`;
  return { ...result, reasons: [{ rule: now.rule, key: ruleKey, params: {}, traces: [] }, ...criterionReasons(result, thresholds, scope.accounts)] };
}

/**
 * The government verdict from the entities' verdicts and the government-wide pooled composition
 * (docs/method.md#government): `insufficient-data` when no entity, or not more than half of them, has
 * enough data; `sufficient` only when every entity is judged, most are sufficient, the pooled figures are
 * met and no youth platform lacks an account everywhere.
 */
export function governmentVerdictOf(counts: Readonly<Record<Verdict, number>>, composition: CriterionState, absent: number): { verdict: Verdict; rule: string } {
  const withData = counts.sufficient + counts['partly-sufficient'] + counts.insufficient;
  const total = withData + counts['insufficient-data'];
  if (withData === 0) return { verdict: 'insufficient-data', rule: 'no-entity-with-data' };
  // A verdict for the government needs most of its entities judged: one entity cannot speak for four.
  if (withData * 2 <= total) return { verdict: 'insufficient-data', rule: 'most-entities-without-data' };
  if (counts.insufficient * 2 > withData) return { verdict: 'insufficient', rule: 'most-entities-insufficient' };
  if (counts.sufficient * 2 > withData && counts['insufficient-data'] === 0 && composition === 'met' && absent === 0) return { verdict: 'sufficient', rule: 'most-entities-sufficient' };
  return { verdict: 'partly-sufficient', rule: 'entities-mixed' };
}

/** The age floors present in pooled figures (for texts). */
export function floorsOf(pooled: readonly PooledFigure[]): AgeFloor[] {
  return [...new Set(pooled.map((g) => g.ageFloor))].sort();
}

/** Re-export for texts: the criterion reasons of a scope (used by the government verdict). */
export { criterionReasons };

/** Builds a trace that only groups others (a sentence with several numbers). */
export function groupTrace(metric: string, formula: string, parts: Trace[]): Trace {
  return makeTrace({ metric, formula, inputs: [], parts });
}
