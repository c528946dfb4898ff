// The named improvement rules of the answer (DESIGN.md §5), each with its evidence and, where it concerns a platform, a modelled estimate.

import type { Platform } from '../model/platform';
import { pickReach } from '../metrics/estimated-youth-reach';
import { platformGaps } from '../metrics/platform-gaps';
import type { PresenceResult } from '../metrics/presence';
import { makeTrace } from '../metrics/trace';
import type { Trace, TraceInput } from '../metrics/trace';
import { platformYouthShare, youthRelevance } from '../reference/lookups';
import type { ReferenceSet } from '../reference/reference-figure';
import type { Thresholds } from '../reference/thresholds';
import type { AccountMetrics, AnswerAccount, Improvement, MessageParams, ModelledEstimate } from './answer-types';

/** What the improvement rules look at for one entity. */
export interface ImprovementScope {
  entityId: string;
  entityName: string;
  accounts: readonly AnswerAccount[];
  metrics: readonly AccountMetrics[];
  presence: Readonly<Record<Platform, PresenceResult>>;
}

/** The median of `values` (numbers), or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * The entity's typical audience size: the median over its accounts of reach (else viewers, else
 * followers) where known (counts), or null when no account has one. Views are not used (not people).
 */
export function typicalAudience(accounts: readonly AnswerAccount[]): number | null {
  const sizes: number[] = [];
  for (const a of accounts) {
    const v = a.totals.reach ?? a.totals.viewers ?? a.totals.followers;
    if (v !== null && v > 0) sizes.push(v);
  }
  return median(sizes);
}

function estimate(formula: string, value: number | null, inputs: TraceInput[], assumptions: ModelledEstimate['assumptions'], referenceIds: string[], parts: Trace[] = []): ModelledEstimate {
  return {
    provenance: 'modelled',
    metric: 'estimated-youth-reach',
    value,
    assumptions,
    trace: makeTrace({ metric: 'modelled-estimate', formula, inputs, referenceIds, parts }),
  };
}

/** The modelled youth reach of a new account on `platform`: platform youth share × the entity's typical audience. */
function newAccountEstimate(platform: Platform, typical: number | null, set: ReferenceSet): ModelledEstimate {
  const figure = platformYouthShare(set, platform);
  const share = figure?.value ?? null;
  const value = share !== null && typical !== null ? share * typical : null;
  return estimate(
    `modelled youth reach = platformYouthShare(${platform}) × typical audience of the entity's accounts`,
    value,
    [
      { name: `platformYouthShare(${platform})`, value: share, unit: 'share', ...(figure ? { figureId: figure.id } : {}) },
      { name: 'typical audience (median reach, else viewers, else followers)', value: typical, unit: 'count' },
    ],
    [
      { key: 'answer.assumption.typicalAudience', params: { audienceSize: typical } },
      { key: 'answer.assumption.platformYouthShare', params: { platform, platformShare: share, year: figure?.year ?? null, confidence: figure?.confidence ?? null } },
    ],
    figure ? [figure.id] : [],
  );
}

/** The account's audience used for estimates: reach, else viewers, else views, else followers (count and name). */
function accountAudience(a: AnswerAccount): { metric: string; value: number } | null {
  const r = pickReach(a.totals);
  if (r) return r;
  return a.totals.followers !== null && a.totals.followers > 0 ? { metric: 'followers', value: a.totals.followers } : null;
}

const AGE_DATA_HOW_TO: Readonly<Record<Platform, string>> = {
  youtube: 'answer.ageData.youtube',
  facebook: 'answer.ageData.facebook',
  instagram: 'answer.ageData.instagram',
  tiktok: 'answer.ageData.tiktok',
  snapchat: 'answer.ageData.snapchat',
  linkedin: 'answer.ageData.linkedin',
  x: 'answer.ageData.x',
};

/**
 * Runs every improvement rule for one entity, in this order:
 * - `youth-platform-absent`: a youth-relevant platform whose presence is `no-account` (a platform gap);
 *   evidence: young people's daily use of it; estimate: platform youth share × typical audience;
 * - `under-represented-platform`: a judged account with index < `underIndex`; estimate: its audience ×
 *   (target share − youth share), target = the platform's youth share when known and the floor is 13,
 *   else the population youth share (index 100);
 * - `falling-youth-share`: an account whose latest change of youth share is `falling` (beyond the
 *   tolerance); estimate: its audience × the points lost ÷ 100;
 * - `age-data-missing`: a platform with presence `account-without-data`; evidence: which export to
 *   download or what to type in (`answer.ageData.<platform>`); estimate: its reach × platform youth share;
 * - `reach-concentrated`: one platform carries more than `concentrationShare` of the entity's estimated
 *   youth reach (needs estimates on at least two platforms); no estimate;
 * - `followers-only`: an account whose youth share is of followers, not of the reached audience; no estimate.
 */
export function improvementsFor(scope: ImprovementScope, set: ReferenceSet, thresholds: Thresholds): Improvement[] {
  const out: Improvement[] = [];
  const base = { entityId: scope.entityId, entityName: scope.entityName };
  const typical = typicalAudience(scope.accounts);
  const accountOf = new Map(scope.accounts.map((a) => [a.accountId, a]));

  // youth-platform-absent
  const presence: Partial<Record<Platform, PresenceResult['presence']>> = {};
  for (const [p, r] of Object.entries(scope.presence) as [Platform, PresenceResult][]) presence[p] = r.presence;
  for (const gap of platformGaps(presence, set, thresholds)) {
    out.push({
      ...base,
      rule: 'youth-platform-absent',
      platform: gap.platform,
      accountId: null,
      key: 'answer.improvement.youthPlatformAbsent',
      params: {
        entityName: scope.entityName,
        platform: gap.platform,
        dailyUse: gap.dailyUse?.value ?? null,
        dailyUseYear: gap.dailyUse?.year ?? null,
        relevanceBy: gap.relevance.decidedBy,
      },
      traces: [gap.trace, scope.presence[gap.platform].trace],
      estimate: newAccountEstimate(gap.platform, typical, set),
    });
  }

  // under-represented-platform
  for (const m of scope.metrics) {
    if (!m.judged || m.index?.band !== 'under' || !m.youthShare) continue;
    const a = accountOf.get(m.accountId)!;
    const pFigure = platformYouthShare(set, m.platform);
    const usePlatform = pFigure?.value != null && m.youthShare.floor === 13;
    const target = usePlatform ? pFigure!.value! : m.index.populationShare!;
    const audience = accountAudience(a);
    const value = audience ? Math.max(0, audience.value * (target - m.youthShare.value)) : null;
    out.push({
      ...base,
      rule: 'under-represented-platform',
      platform: m.platform,
      accountId: m.accountId,
      key: 'answer.improvement.underRepresentedPlatform',
      params: { entityName: scope.entityName, platform: m.platform, accountName: m.name, youthShare: m.youthShare.value, index: m.index.value, underIndex: thresholds.underIndex, populationShare: m.index.populationShare },
      traces: [m.index.trace],
      estimate: estimate(
        `modelled extra youth reach = ${audience?.metric ?? 'audience'} × (${usePlatform ? `platformYouthShare(${m.platform})` : 'populationYouthShare'} − youthShare)`,
        value,
        [
          { name: audience?.metric ?? 'audience', value: audience?.value ?? null, unit: 'count', accountId: m.accountId },
          { name: usePlatform ? `platformYouthShare(${m.platform})` : 'populationYouthShare', value: target, unit: 'share', ...(usePlatform && pFigure ? { figureId: pFigure.id } : {}) },
          { name: 'youthShare', value: m.youthShare.value, unit: 'share' },
        ],
        [
          { key: 'answer.assumption.sameAudienceSize', params: { audienceSize: audience?.value ?? null } },
          usePlatform
            ? { key: 'answer.assumption.platformYouthShare', params: { platform: m.platform, platformShare: target, year: pFigure?.year ?? null, confidence: pFigure?.confidence ?? null } }
            : { key: 'answer.assumption.populationYouthShare', params: { populationShare: target, floor: m.youthShare.floor } },
        ],
        usePlatform && pFigure ? [pFigure.id] : [],
        [m.index.trace],
      ),
    });
  }

  // falling-youth-share
  for (const m of scope.metrics) {
    const latest = m.trend?.latest;
    if (!m.trend || m.trend.direction !== 'falling' || !latest || latest.changePoints === null) continue;
    const a = accountOf.get(m.accountId)!;
    const audience = accountAudience(a);
    const lost = -latest.changePoints;
    out.push({
      ...base,
      rule: 'falling-youth-share',
      platform: m.platform,
      accountId: m.accountId,
      key: 'answer.improvement.fallingYouthShare',
      params: { entityName: scope.entityName, platform: m.platform, accountName: m.name, changePoints: latest.changePoints, from: latest.from.start, to: latest.to.end, tolerancePoints: thresholds.trendTolerancePoints },
      traces: [m.trend.trace],
      estimate: estimate(
        `modelled youth reach regained = ${audience?.metric ?? 'audience'} × points lost ÷ 100`,
        audience ? (audience.value * lost) / 100 : null,
        [
          { name: audience?.metric ?? 'audience', value: audience?.value ?? null, unit: 'count', accountId: m.accountId },
          { name: 'points lost', value: lost, unit: 'points' },
        ],
        [{ key: 'answer.assumption.previousShare', params: { lostPoints: lost, audienceSize: audience?.value ?? null } }],
        [],
        [m.trend.trace],
      ),
    });
  }

  // age-data-missing
  for (const [platform, r] of Object.entries(scope.presence) as [Platform, PresenceResult][]) {
    if (r.presence !== 'account-without-data') continue;
    const accounts = scope.accounts.filter((a) => a.platform === platform);
    const reaches = accounts.map((a) => pickReach(a.totals)).filter((x) => x !== null);
    const reach = reaches.length > 0 ? reaches.reduce((s, x) => s + x.value, 0) : null;
    const metric = reaches[0]?.metric ?? 'reach';
    const figure = platformYouthShare(set, platform);
    const share = figure?.value ?? null;
    out.push({
      ...base,
      rule: 'age-data-missing',
      platform,
      accountId: accounts[0]?.accountId ?? null,
      key: 'answer.improvement.ageDataMissing',
      params: { entityName: scope.entityName, platform, howTo: AGE_DATA_HOW_TO[platform], youthRelevant: youthRelevance(set, platform, thresholds.relevantPlatformWeeklyUse).relevant ? 1 : 0 },
      traces: [r.trace],
      estimate: estimate(
        `modelled youth reach = ${metric} × platformYouthShare(${platform})`,
        reach !== null && share !== null ? reach * share : null,
        [
          { name: metric, value: reach, unit: 'count' },
          { name: `platformYouthShare(${platform})`, value: share, unit: 'share', ...(figure ? { figureId: figure.id } : {}) },
        ],
        [{ key: 'answer.assumption.platformYouthShare', params: { platform, platformShare: share, year: figure?.year ?? null, confidence: figure?.confidence ?? null } }],
        figure ? [figure.id] : [],
      ),
    });
  }

  // reach-concentrated
  const byPlatform = new Map<Platform, number>();
  const estimateTraces: Trace[] = [];
  for (const m of scope.metrics) {
    if (!m.estimatedYouthReach) continue;
    byPlatform.set(m.platform, (byPlatform.get(m.platform) ?? 0) + m.estimatedYouthReach.value);
    estimateTraces.push(m.estimatedYouthReach.trace);
  }
  if (byPlatform.size >= 2) {
    const total = [...byPlatform.values()].reduce((s, v) => s + v, 0);
    const [top, topValue] = [...byPlatform.entries()].sort((a, b) => b[1] - a[1])[0]!;
    if (total > 0 && topValue / total > thresholds.concentrationShare) {
      out.push({
        ...base,
        rule: 'reach-concentrated',
        platform: top,
        accountId: null,
        key: 'answer.improvement.reachConcentrated',
        params: { entityName: scope.entityName, platform: top, topShare: topValue / total, concentrationShare: thresholds.concentrationShare, topReach: topValue, totalReach: total },
        traces: estimateTraces,
        estimate: null,
      });
    }
  }

  // followers-only
  for (const m of scope.metrics) {
    if (m.youthShare?.basis !== 'followers') continue;
    const params: MessageParams = { entityName: scope.entityName, platform: m.platform, accountName: m.name, youthShare: m.youthShare.value };
    out.push({ ...base, rule: 'followers-only', platform: m.platform, accountId: m.accountId, key: 'answer.improvement.followersOnly', params, traces: [m.youthShare.trace], estimate: null });
  }
  return out;
}
