// The named improvement rules of the answer (docs/method.md#improvements), each with its evidence and,
// where it concerns a platform, a modelled estimate of young people it could add (never a measurement).

import type { Platform } from '../model/platform';
import { platformGaps } from '../metrics/platform-gaps';
import type { PresenceResult } from '../metrics/presence';
import { makeTrace } from '../metrics/trace';
import type { Trace, TraceInput } from '../metrics/trace';
import { platformYouthShare, youthRelevance } from '../reference/lookups';
import type { ReferenceSet, SetFigure } from '../reference/reference-figure';
import type { Thresholds } from '../reference/thresholds';
import type { AnswerAccount, Improvement, MessageParams, ModelledEstimate, YouthAudience } from './answer-types';

/** What the improvement rules look at for one entity. */
export interface ImprovementScope {
  entityId: string;
  entityName: string;
  accounts: readonly AnswerAccount[];
  presence: Readonly<Record<Platform, PresenceResult>>;
}

/** The median of `values` (numbers), or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The entity's typical audience in people: the median of its accounts' audience sizes of a people basis (followers, reach, viewers), or null. Views are not people. */
export function typicalAudience(accounts: readonly AnswerAccount[]): number | null {
  return median(accounts.flatMap((a) => (a.youthPeople && a.audienceSize ? [a.audienceSize.value] : [])));
}

function estimate(formula: string, value: number | null, audience: YouthAudience, inputs: TraceInput[], assumptions: ModelledEstimate['assumptions'], referenceIds: string[], parts: Trace[] = []): ModelledEstimate {
  return { provenance: 'modelled', metric: 'modelled-youth-people', value, audience, assumptions, trace: makeTrace({ metric: 'modelled-estimate', formula, inputs, referenceIds, parts }) };
}

/**
 * The assumption "its audience would be as young as the platform's Belgian users", saying only what is known
 * of that reference figure: its share, year and confidence (`answer.assumption.platformYouthShare`); without a
 * year (`…NoYear`); a figure whose value is not known says so with its confidence (`…Unknown`: "aandeel
 * jongeren onbekend; betrouwbaarheid laag"); no figure at all (`…NoFigure`). Never "onbekend jongeren".
 */
function platformShareAssumption(platform: Platform, figure: SetFigure | null): ModelledEstimate['assumptions'][number] {
  if (figure === null) return { key: 'answer.assumption.platformYouthShareNoFigure', params: { platform } };
  if (figure.value === null) return { key: 'answer.assumption.platformYouthShareUnknown', params: { platform, confidence: figure.confidence } };
  if (figure.year === null) return { key: 'answer.assumption.platformYouthShareNoYear', params: { platform, platformShare: figure.value, confidence: figure.confidence } };
  return { key: 'answer.assumption.platformYouthShare', params: { platform, platformShare: figure.value, year: figure.year, confidence: figure.confidence } };
}

/** How to get age data out of each platform (message keys; the import screen's export guide has the steps). */
export const AGE_DATA_HOW_TO: Readonly<Record<Platform, string>> = {
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
 * - `youth-platform-absent`: a youth-relevant platform the entity has no account on; evidence: young
 *   people's daily use; estimate: the platform's young share × the entity's typical audience in people;
 * - `under-represented-platform`: a pooled account whose representation index is below `underIndex`;
 *   estimate (people bases only): its audience × (population share − youth share);
 * - `falling-youth-share`: the latest change of youth share between dated splits is `falling`;
 * - `age-data-missing`: an account without an age split (which export or what to type in);
 * - `audience-size-missing`: an account with an age split but no audience size of its basis: it is left
 *   out of the pooled figures until its follower count (or views, reach) is known;
 * - `reach-concentrated`: one platform carries more than `concentrationShare` of the young people reached;
 * - `followers-only`: a youth share of followers, not of the audience reached.
 */
export function improvementsFor(scope: ImprovementScope, set: ReferenceSet, thresholds: Thresholds): Improvement[] {
  const out: Improvement[] = [];
  const base = { entityId: scope.entityId, entityName: scope.entityName };
  const typical = typicalAudience(scope.accounts);

  const presence: Partial<Record<Platform, PresenceResult['presence']>> = {};
  for (const [p, r] of Object.entries(scope.presence) as [Platform, PresenceResult][]) presence[p] = r.presence;
  for (const gap of platformGaps(presence, set, thresholds)) {
    const figure = platformYouthShare(set, gap.platform);
    const share = figure?.value ?? null;
    out.push({
      ...base,
      rule: 'youth-platform-absent',
      platform: gap.platform,
      accountId: null,
      // Without a known daily use the sentence says why the platform counts, never "onbekend van de Belgen".
      // A lower bound (YouTube) is quoted as one: "minstens 51,6 %".
      key:
        gap.dailyUse?.value == null
          ? 'answer.improvement.youthPlatformAbsentNoUse'
          : gap.dailyUse.bound === 'lower'
            ? 'answer.improvement.youthPlatformAbsentAtLeast'
            : 'answer.improvement.youthPlatformAbsent',
      params: { entityName: scope.entityName, platform: gap.platform, dailyUse: gap.dailyUse?.value ?? null, dailyUseYear: gap.dailyUse?.year ?? null, relevanceBy: gap.relevance.decidedBy === 'kpi14-list' ? 'VRT KPI 14' : gap.relevance.decidedBy === 'weekly-use' ? 'wekelijks gebruik' : 'dagelijks gebruik' },
      traces: [gap.trace, scope.presence[gap.platform].trace],
      estimate: estimate(
        `modelled young people = young share of ${gap.platform}'s users × typical audience of the entity's accounts (people)`,
        share !== null && typical !== null ? share * typical : null,
        'mixed',
        [
          { name: `platformYouthShare(${gap.platform})`, value: share, unit: 'share', ...(figure ? { figureId: figure.id } : {}) },
          { name: 'typical audience (median followers, reach or viewers)', value: typical, unit: 'count' },
        ],
        [
          { key: 'answer.assumption.typicalAudience', params: { audienceSize: typical } },
          platformShareAssumption(gap.platform, figure),
        ],
        figure ? [figure.id] : [],
      ),
    });
  }

  for (const a of scope.accounts) {
    const idx = a.representationIndex?.value ?? null;
    if (a.poolStatus !== 'ok' || !a.youthShare || idx === null || idx >= thresholds.underIndex) continue;
    const target = a.representationIndex!.referenceShare!;
    const people = a.youthPeople !== null;
    const value = people && a.audienceSize ? Math.max(0, a.audienceSize.value * (target - a.youthShare.value)) : null;
    out.push({
      ...base,
      rule: 'under-represented-platform',
      platform: a.platform,
      accountId: a.accountId,
      key: 'answer.improvement.underRepresentedPlatform',
      params: { entityName: scope.entityName, platform: a.platform, accountName: a.name, youthShare: a.youthShare.value, index: idx, underIndex: thresholds.underIndex, populationShare: target, basis: a.youthShare.basis },
      traces: [a.representationIndex!.trace],
      estimate: people
        ? estimate(
            `modelled extra young people = ${a.youthShare.basis} × (population share − youthShare)`,
            value,
            a.youthShare.basis === 'followers' ? 'followers' : 'reached',
            [
              { name: a.youthShare.basis, value: a.audienceSize?.value ?? null, unit: 'count', accountId: a.accountId },
              { name: 'populationShare', value: target, unit: 'share' },
              { name: 'youthShare', value: a.youthShare.value, unit: 'share' },
            ],
            [
              { key: 'answer.assumption.sameAudienceSize', params: { audienceSize: a.audienceSize?.value ?? null, basis: a.youthShare.basis } },
              { key: 'answer.assumption.populationYouthShare', params: { populationShare: target, floor: a.youthShare.ageFloor } },
            ],
            [],
            [a.representationIndex!.trace],
          )
        : null,
    });
  }

  for (const a of scope.accounts) {
    const latest = a.trend?.latest;
    if (!a.trend || a.trend.direction !== 'falling' || !latest || latest.changePoints === null) continue;
    out.push({
      ...base,
      rule: 'falling-youth-share',
      platform: a.platform,
      accountId: a.accountId,
      key: 'answer.improvement.fallingYouthShare',
      params: { entityName: scope.entityName, platform: a.platform, accountName: a.name, changePoints: latest.changePoints, from: latest.from.end, to: latest.to.end, tolerancePoints: thresholds.trendTolerancePoints },
      traces: [a.trend.trace],
      estimate: null,
    });
  }

  for (const [platform, r] of Object.entries(scope.presence) as [Platform, PresenceResult][]) {
    if (r.presence !== 'account-without-data') continue;
    const accounts = scope.accounts.filter((a) => a.platform === platform);
    // Age data that is there but has no period of its own is no missing export: the reason says why it is not used.
    if (accounts.length > 0 && accounts.every((a) => a.poolStatus === 'undated-split')) continue;
    out.push({
      ...base,
      rule: 'age-data-missing',
      platform,
      accountId: accounts[0]?.accountId ?? null,
      key: 'answer.improvement.ageDataMissing',
      params: { entityName: scope.entityName, platform, howTo: AGE_DATA_HOW_TO[platform], youthRelevant: youthRelevance(set, platform, thresholds.relevantPlatformWeeklyUse).relevant ? 1 : 0 },
      traces: [r.trace],
      estimate: null,
    });
  }

  for (const a of scope.accounts) {
    if (a.poolStatus !== 'no-size' || !a.youthShare) continue;
    out.push({
      ...base,
      rule: 'audience-size-missing',
      platform: a.platform,
      accountId: a.accountId,
      key: `answer.improvement.audienceSizeMissing.${a.youthShare.basis}`,
      params: { entityName: scope.entityName, platform: a.platform, accountName: a.name, basis: a.youthShare.basis, youthShare: a.youthShare.value },
      traces: [a.youthShare.trace],
      estimate: null,
    });
  }

  const byPlatform = new Map<Platform, number>();
  const traces: Trace[] = [];
  for (const a of scope.accounts) {
    if (a.poolStatus !== 'ok' || !a.youthPeople) continue;
    byPlatform.set(a.platform, (byPlatform.get(a.platform) ?? 0) + a.youthPeople.value);
    traces.push(a.youthPeople.trace);
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
        params: { entityName: scope.entityName, platform: top, topShare: topValue / total, concentrationShare: thresholds.concentrationShare, topPeople: topValue, totalPeople: total },
        traces,
        estimate: null,
      });
    }
  }

  for (const a of scope.accounts) {
    if (a.youthShare?.basis !== 'followers') continue;
    const params: MessageParams = { entityName: scope.entityName, platform: a.platform, accountName: a.name, youthShare: a.youthShare.value };
    out.push({ ...base, rule: 'followers-only', platform: a.platform, accountId: a.accountId, key: 'answer.improvement.followersOnly', params, traces: [a.youthShare.trace], estimate: null });
  }
  return out;
}
