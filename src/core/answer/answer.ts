// The answer to question 3 (is the government's presence on social media enough to reach young people,
// and what could improve?): per-account figures from the one read model, verdicts per entity and for the
// government, improvements and the method note (docs/method.md).
/*
 * API (pure functions, plain data in and out; every number carries a `trace`):
 *
 *   const answer = answerQuestion3({
 *     entities: [{ entityId, name, presence: { tiktok: 'no-account' }, accounts: [AccountInput, …] }],
 *     reference: referenceSetWith(storedOverrides),     // or DEFAULT_REFERENCE_SET
 *     thresholds: { ...DEFAULT_THRESHOLDS, ...stored },
 *     period: { start: '2025-07-01', end: '2025-09-30' }, // or null: each account's most recent split
 *     youthBand: '13-24',                                 // or '18-24', '13-17'
 *   });
 *
 * An `AccountInput` (read-model/account-figures.ts) is one account with its stitched history
 * (`stitchHistory` over its imports' summaries). `answer.entities[i].accounts` are the read model's
 * `AccountFigures` (youth share, indexes, audience size, totals, young people or youth views) plus a trend.
 */

import { PLATFORMS } from '../model/platform';
import type { Period } from '../model/observation';
import type { Platform } from '../model/platform';
import { presenceOf } from '../metrics/presence';
import type { PresenceResult } from '../metrics/presence';
import { youthShareTrend } from '../metrics/trend';
import type { TrendPoint } from '../metrics/trend';
import { accountFigures, bandShare } from '../read-model/account-figures';
import type { AccountFigures, AccountInput, YouthBand } from '../read-model/account-figures';
import { youthRelevance } from '../reference/lookups';
import type { ReferenceSet } from '../reference/reference-figure';
import { validateThresholds } from '../reference/thresholds';
import type { Thresholds } from '../reference/thresholds';
import type { Answer, AnswerAccount, AnswerEntity, AnswerInput, EntityAnswer, Improvement, OverallAnswer, Verdict } from './answer-types';
import { VERDICTS } from './answer-types';
import { improvementsFor } from './improvement-rules';
import { methodNotes } from './method-notes';
import { compositionState, criterionReasons, entityVerdictOf, flipsOf, governmentVerdictOf, judgeEntity, poolFigures, reachState, youthReachRange } from './verdict-rules';

/** Presence of an entity on every platform, from its accounts' figures (with or without an age split) and what the user set. */
export function entityPresence(entity: Pick<AnswerEntity, 'presence'>, accounts: readonly AccountFigures[]): Record<Platform, PresenceResult> {
  const out = {} as Record<Platform, PresenceResult>;
  for (const p of PLATFORMS) {
    const own = accounts.filter((a) => a.platform === p).map((a) => ({ accountId: a.accountId, hasAgeData: a.youthShare !== null }));
    out[p] = presenceOf(p, own, entity.presence[p] ?? null);
  }
  return out;
}

/**
 * The youth-share trend of an account over its dated splits of the chosen split's basis and floor (two or
 * more), in the chosen band. With a chosen `period`, only splits that start on or before its last day count,
 * so the trend's latest change is "this period against the one before" rather than against later data.
 */
function trendOf(input: AccountInput, figures: AccountFigures, band: YouthBand, tolerance: number, period: Period | null): AnswerAccount['trend'] {
  const ys = figures.youthShare;
  if (!ys) return null;
  const points: TrendPoint[] = [];
  for (const s of input.history.splits) {
    if (s.period === null || s.basis !== ys.basis || s.composition.youthAgeFloor !== ys.ageFloor) continue;
    if (period !== null && s.period.start > period.end) continue;
    const b = bandShare(s.composition.shares, s.composition.youthAgeFloor, band);
    if (b) points.push({ period: s.period, youthShare: b.value, floor: s.composition.youthAgeFloor, source: { accountId: input.accountId, importIds: [s.importId], fileIds: [s.fileId] } });
  }
  return points.length >= 2 ? youthShareTrend(points, tolerance) : null;
}

const RULE_ORDER: readonly Improvement['rule'][] = [
  'youth-platform-absent',
  'under-represented-platform',
  'falling-youth-share',
  'age-data-missing',
  'audience-size-missing',
  'reach-concentrated',
  'followers-only',
];

function countsOf(verdicts: readonly Verdict[]): Record<Verdict, number> {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const v of verdicts) counts[v] += 1;
  return counts;
}

/**
 * Computes the answer to question 3 (docs/method.md): each account's figures for the period, each
 * entity's verdict (composition pooled by audience size, young people reached, presence, data
 * sufficiency) with reasons, flips and improvements; the government's verdict from how many entities
 * stand in each verdict and the government-wide pooled figures, never a mean; the method note.
 * Throws `Error` when the thresholds are invalid (see `validateThresholds`).
 */
export function answerQuestion3(input: AnswerInput): Answer {
  const thresholds = validateThresholds({ ...input.thresholds });
  const set: ReferenceSet = input.reference;
  const band: YouthBand = input.youthBand ?? '13-24';
  const period = input.period ?? null;
  const relevant = (p: Platform): boolean => youthRelevance(set, p, thresholds.relevantPlatformWeeklyUse).relevant;

  const entities: EntityAnswer[] = input.entities.map((entity) => {
    const accounts: AnswerAccount[] = entity.accounts.map((a) => {
      const figures = accountFigures(a, { period, youthBand: band, reference: set, thresholds });
      return { ...figures, trend: trendOf(a, figures, band, thresholds.trendTolerancePoints, period) };
    });
    const presence = entityPresence(entity, accounts);
    const gaps = PLATFORMS.filter((p) => presence[p].presence === 'no-account' && relevant(p));
    const unknownPresence = PLATFORMS.filter((p) => presence[p].presence === 'unknown' && relevant(p));
    const verdict = judgeEntity({ accounts, gaps, unknownPresence }, set, thresholds, band);
    const improvements = improvementsFor({ entityId: entity.entityId, entityName: entity.name, accounts, presence }, set, thresholds);
    return { ...verdict, entityId: entity.entityId, name: entity.name, accounts, presence, improvements };
  });

  const overall = overallAnswer(entities, set, thresholds, band);
  const improvements = entities.flatMap((e) => e.improvements).sort((a, b) => RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule));
  return { overall, entities, improvements, methodNotes: methodNotes(entities), thresholds, period, youthBand: band };
}

/**
 * The government's answer: counts per verdict, government-wide pooled figures and youth reach range over
 * every account, the youth platforms where no entity has an account (and at least one said it has none),
 * the verdict by {@link governmentVerdictOf}, what would flip it and whether it is borderline.
 */
function overallAnswer(entities: readonly EntityAnswer[], set: ReferenceSet, thresholds: Thresholds, band: YouthBand): OverallAnswer {
  const all = entities.flatMap((e) => e.accounts);
  const pooled = poolFigures(all, set);
  const youthReach = youthReachRange(all, set, band);
  const relevant = (p: Platform): boolean => youthRelevance(set, p, thresholds.relevantPlatformWeeklyUse).relevant;
  const absentPlatforms = PLATFORMS.filter(
    (p) => relevant(p) && entities.length > 0 && entities.every((e) => e.presence[p].presence === 'no-account' || e.presence[p].presence === 'unknown') && entities.some((e) => e.presence[p].presence === 'no-account'),
  );
  const at = (t: Thresholds): { verdict: Verdict; rule: string; counts: Record<Verdict, number> } => {
    const counts = countsOf(entities.map((e) => entityVerdictOf(compositionState(e.pooled, t.underIndex), reachState(e.youthReach, t.minYouthCoverage), e.gaps.length).verdict));
    return { ...governmentVerdictOf(counts, compositionState(pooled, t.underIndex), absentPlatforms.length), counts };
  };
  const now = at(thresholds);
  const indexes = [...entities.flatMap((e) => e.pooled), ...pooled].flatMap((g) => (g.representationIndex === null ? [] : [g.representationIndex]));
  const coverages = entities.flatMap((e) => (e.youthReach ? [e.youthReach.lowShare, e.youthReach.highShare] : [])).filter((v): v is number => v !== null);
  const composition = compositionState(pooled, thresholds.underIndex);
  const reach = reachState(youthReach, thresholds.minYouthCoverage);
  const flips = now.verdict === 'insufficient-data' ? [] : flipsOf(now.verdict, thresholds, indexes, coverages, (t) => at(t).verdict);
  const borderline = flips.some((f) => Math.abs(f.value - thresholds[f.threshold]) <= 0.1 * thresholds[f.threshold]);
  const base = {
    pooled,
    youthReach,
    composition,
    reach,
    presenceState: absentPlatforms.length > 0 ? ('gaps' as const) : ('met' as const),
    gaps: absentPlatforms,
    unknownPresence: [] as Platform[],
    onlyFloor18: pooled.length > 0 && pooled.every((g) => g.ageFloor === 18),
    leftOut: entities.flatMap((e) => e.leftOut),
  };
  const countReason = {
    rule: 'entity-counts',
    key: 'answer.reason.entityCounts',
    params: { sufficientCount: now.counts.sufficient, partlyCount: now.counts['partly-sufficient'], insufficientCount: now.counts.insufficient, noDataCount: now.counts['insufficient-data'], entityCount: entities.length },
    traces: [],
  };
  const reasons = [
    { rule: now.rule, key: `answer.reason.rule.${now.rule}`, params: {}, traces: [] },
    countReason,
    ...criterionReasons({ ...base, gaps: [], unknownPresence: [], leftOut: [] }, thresholds, all),
    ...(absentPlatforms.length > 0 ? [{ rule: 'absent', key: 'answer.reason.absentPlatforms', params: { platforms: absentPlatforms.join(', '), count: absentPlatforms.length }, traces: [] }] : []),
  ].filter((r) => r.rule !== 'no-age-data');
  return { ...base, verdict: now.verdict, rule: now.rule, reasons, borderline, flips, counts: now.counts, absentPlatforms };
}
