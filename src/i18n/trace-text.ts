// Puts the core's trace texts (formulas, input names, text values; written with English identifiers) into
// the interface language through the `traceText` catalogue; a text no rule knows is shown as the core wrote it.

import type { TFunction } from 'i18next';

type Params = Record<string, string | number>;
interface Rule {
  re: RegExp;
  key: string;
  params?: (m: RegExpExecArray, t: TFunction) => Params;
}

/** A reach or audience metric (`reach`, `followers`, …) in the interface language; unknown ones as they are. */
function metricText(metric: string, t: TFunction): string {
  return /^\w+$/.test(metric) ? t(`basis.${metric}`, { defaultValue: metric }) : metric;
}

/** `platformYouthShare(x)` or `populationYouthShare` as a target of an improvement formula. */
function targetText(target: string, t: TFunction): string {
  const p = /^platformYouthShare\((\w+)\)$/.exec(target);
  if (p) return t('traceText.input.platformYouthShare', { platform: p[1] ?? '' });
  return target === 'populationYouthShare' ? t('traceText.input.populationYouthShare') : target;
}

const FORMULAS: readonly Rule[] = [
  {
    re: /^youthShare = share of ages (\S+) ÷ sum of shares of bands with known age \(age floor (\d+)\+, of (\w+); split ([\w-]+)\)$/,
    key: 'youthShareBand',
    params: (m, t) => ({ band: m[1] ?? '', floor: m[2] ?? '', basis: metricText(m[3] ?? '', t), choice: t(`answer.choice.${m[4] ?? ''}`, { defaultValue: m[4] ?? '' }) }),
  },
  {
    re: /^representationIndex = youthShare ÷ population share of (\S+) in the (\d+)\+ population × 100$/,
    key: 'representationIndexBand',
    params: (m) => ({ band: m[1] ?? '', floor: m[2] ?? '' }),
  },
  {
    re: /^platformRelativeIndex = youthShare ÷ the young share of (\w+)'s Belgian users × 100 \(only for a 13\+ split and the 13-24 band\)$/,
    key: 'platformRelativeIndexUsers',
    params: (m) => ({ platform: m[1] ?? '' }),
  },
  { re: /^audienceSize = Σ (\w+) per age band \(the split's own counts\)$/, key: 'sizeOwnCounts', params: (m, t) => ({ metric: metricText(m[1] ?? '', t) }) },
  { re: /^audienceSize = last follower level on or before the end of the split’s period \(at most (\d+) days before it\)$/, key: 'sizeFollowerLevel', params: (m) => ({ days: m[1] ?? '' }) },
  { re: /^audienceSize = latest follower level \(the split has no period\)$/, key: 'sizeFollowerLatest' },
  { re: /^followerLevel = last follower level on or before the end of the period \(at most (\d+) days before it\)$/, key: 'levelPeriodEnd', params: (m) => ({ days: m[1] ?? '' }) },
  { re: /^followerLevel = latest follower level$/, key: 'levelLatest' },
  { re: /^followerLevel = follower count of a report without a date$/, key: 'levelUndated' },
  { re: /^audienceSize = (\w+) total of the split's period$/, key: 'sizeTotal', params: (m, t) => ({ metric: metricText(m[1] ?? '', t) }) },
  { re: /^audienceSize = Σ daily (\w+) over the split's period$/, key: 'sizeDaily', params: (m, t) => ({ metric: metricText(m[1] ?? '', t) }) },
  { re: /^audienceSize ≤ (\w+) summed over parts \(an upper bound\)$/, key: 'sizeUpperBound', params: (m, t) => ({ metric: metricText(m[1] ?? '', t) }) },
  { re: /^audienceSize = Σ audience sizes of the splits inside the period$/, key: 'sizeSplits' },
  { re: /^young people = audienceSize \((\w+)\) × youthShare$/, key: 'youngPeople', params: (m, t) => ({ metric: metricText(m[1] ?? '', t) }) },
  { re: /^(\w+) by young people = audienceSize \((\w+)\) × youthShare$/, key: 'youthViews', params: (m, t) => ({ metric: metricText(m[1] ?? '', t) }) },
  {
    re: /^pooled youthShare = Σ\(youthShare × audienceSize\) ÷ Σ\(audienceSize\) over (\d+) accounts? of basis (\w+), age floor (\d+); index = pooled youthShare ÷ population share of (\S+) in the (\d+)\+ population × 100$/,
    key: 'pooled',
    params: (m, t) => ({ count: Number(m[1]), basis: metricText(m[2] ?? '', t), floor: m[3] ?? '', band: m[4] ?? '' }),
  },
  { re: /^young people in the audience \(followers, reach or viewers\): from the largest single account \(.*\) to the sum over accounts capped at the residents aged (\S+) .*$/, key: 'youthReachRange', params: (m) => ({ band: m[1] ?? '' }) },
  { re: /^youthShare = \(share 13-17 \+ share 18-24\) ÷ sum of shares of bands with known age$/, key: 'youthShare13' },
  { re: /^youthShare = share 18-24 ÷ sum of shares of bands with known age \(no 13-17 band: floor 18\)$/, key: 'youthShare18' },
  {
    re: /^estimatedYouthReach = (\w+) × youthShare \(proxy: youth share of followers, not of the reached audience\)$/,
    key: 'estimatedYouthReachProxy',
    params: (m, t) => ({ metric: metricText(m[1] ?? '', t) }),
  },
  { re: /^estimatedYouthReach = (\w+) × youthShare$/, key: 'estimatedYouthReach', params: (m, t) => ({ metric: metricText(m[1] ?? '', t) }) },
  { re: /^gap = youth-relevant\((\w+)\) AND presence\(\1\) = no account$/, key: 'gap', params: (m) => ({ platform: m[1] ?? '' }) },
  { re: /^platformRelativeIndex = youthShare ÷ platformYouthShare\((\w+)\) × 100$/, key: 'platformRelativeIndex', params: (m) => ({ platform: m[1] ?? '' }) },
  { re: /^account with age data → with data; an account without age data or set "has account" → without data; set "no account" → no account; else not known$/, key: 'presence' },
  { re: /^representationIndex = youthShare ÷ populationYouthShare\(([^)]+)\) × 100$/, key: 'representationIndex', params: (m) => ({ base: m[1] ?? '' }) },
  { re: /^change \(points\) = \(youthShare\(period\) − youthShare\(previous period\)\) × 100; \|change\| ≤ tolerance = flat$/, key: 'trend' },
  { re: /^weightedIndex = Σ\(index × audienceSize\) ÷ Σ audienceSize \(audienceSize = reach, else followers\)$/, key: 'weightedAudience' },
  { re: /^weightedIndex = Σ index ÷ number of accounts \(equal weights: an audience size is not known\)$/, key: 'weightedEqual' },
  { re: /^youthCoverage = estimatedYouthReach ÷ residents of Flanders aged (\S+)$/, key: 'youthCoverage', params: (m) => ({ band: m[1] ?? '' }) },
  { re: /^youthCoverage \(upper bound\) = Σ estimatedYouthReach ÷ residents of Flanders aged (\S+)$/, key: 'youthCoverageTotal', params: (m) => ({ band: m[1] ?? '' }) },
  { re: /^modelled youth reach = platformYouthShare\((\w+)\) × typical audience of the entity's accounts$/, key: 'modelledPlatform', params: (m) => ({ platform: m[1] ?? '' }) },
  {
    re: /^modelled extra youth reach = (\w+) × \((platformYouthShare\(\w+\)|populationYouthShare) − youthShare\)$/,
    key: 'modelledExtra',
    params: (m, t) => ({ metric: metricText(m[1] ?? '', t), target: targetText(m[2] ?? '', t) }),
  },
  { re: /^modelled youth reach regained = (\w+) × points lost ÷ 100$/, key: 'modelledRegained', params: (m, t) => ({ metric: metricText(m[1] ?? '', t) }) },
  {
    re: /^modelled youth reach = (\w+) × platformYouthShare\((\w+)\)$/,
    key: 'modelledReach',
    params: (m, t) => ({ metric: metricText(m[1] ?? '', t), platform: m[2] ?? '' }),
  },
];

const INPUTS: readonly Rule[] = [
  { re: /^audienceSize \((\w+)\)$/, key: 'audienceSizeBasis', params: (m, t) => ({ metric: metricText(m[1] ?? '', t) }) },
  { re: /^populationShare (\S+) of (\d+)\+$/, key: 'populationShareBand', params: (m) => ({ band: m[1] ?? '', floor: m[2] ?? '' }) },
  { re: /^pooled youthShare$/, key: 'pooledYouthShare' },
  { re: /^youthShare (.+ \w+)$/, key: 'youthShareOf', params: (m) => ({ account: m[1] ?? '' }) },
  { re: /^audienceSize (.+ \w+)$/, key: 'audienceSizeOf2', params: (m) => ({ account: m[1] ?? '' }) },
  { re: /^young (\w+) (.+)$/, key: 'youngOf', params: (m, t) => ({ kind: metricText(m[1] ?? '', t), account: m[2] ?? '' }) },
  { re: /^weight (\S+)$/, key: 'weight', params: (m) => ({ period: m[1] ?? '' }) },
  { re: /^share (\S+)$/, key: 'share', params: (m) => ({ band: m[1] ?? '' }) },
  { re: /^youthShare$/, key: 'youthShare' },
  { re: /^youthShare (\S+…\S+)$/, key: 'youthShareIn', params: (m) => ({ period: m[1] ?? '' }) },
  { re: /^ageFloor$/, key: 'ageFloor' },
  { re: /^basis$/, key: 'basis' },
  { re: /^youthCount$/, key: 'youthCount' },
  { re: /^estimatedYouthReach$/, key: 'estimatedYouthReach' },
  { re: /^estimatedYouthReach\[(\d+)\]$/, key: 'estimatedYouthReachN', params: (m) => ({ n: m[1] ?? '' }) },
  { re: /^residents (\S+)$/, key: 'residents', params: (m) => ({ band: m[1] ?? '' }) },
  { re: /^presence$/, key: 'presence' },
  { re: /^youth-relevant$/, key: 'youthRelevant' },
  { re: /^relevantPlatformWeeklyUse$/, key: 'relevantPlatformWeeklyUse' },
  { re: /^daily use 16-24$/, key: 'dailyUse' },
  { re: /^platformYouthShare\((\w+)\)$/, key: 'platformYouthShare', params: (m) => ({ platform: m[1] ?? '' }) },
  { re: /^populationYouthShare\(([^)]+)\)$/, key: 'populationYouthShareBase', params: (m) => ({ base: m[1] ?? '' }) },
  { re: /^populationYouthShare$/, key: 'populationYouthShare' },
  { re: /^underIndex$/, key: 'underIndex' },
  { re: /^overIndex$/, key: 'overIndex' },
  { re: /^minReachedPerBand$/, key: 'minReachedPerBand' },
  { re: /^accounts$/, key: 'accounts' },
  { re: /^accounts with age data$/, key: 'accountsWithAgeData' },
  { re: /^set by user$/, key: 'setByUser' },
  { re: /^trendTolerancePoints$/, key: 'trendTolerancePoints' },
  { re: /^index (\S+)$/, key: 'index', params: (m) => ({ account: m[1] ?? '' }) },
  { re: /^audienceSize (\S+) \((\w+)\)$/, key: 'audienceSizeOf', params: (m, t) => ({ account: m[1] ?? '', metric: metricText(m[2] ?? '', t) }) },
  { re: /^audienceSize (\S+)$/, key: 'audienceSize', params: (m) => ({ account: m[1] ?? '' }) },
  { re: /^typical audience \(median reach, else viewers, else followers\)$/, key: 'typicalAudience' },
  { re: /^audience$/, key: 'audience' },
  { re: /^points lost$/, key: 'pointsLost' },
];

function apply(rules: readonly Rule[], area: string, text: string, t: TFunction): string | null {
  for (const rule of rules) {
    const m = rule.re.exec(text);
    if (m) return t(`traceText.${area}.${rule.key}`, { ...(rule.params ? rule.params(m, t) : {}), defaultValue: text });
  }
  return null;
}

/** A trace formula in the interface language (the core's text when no rule knows it). */
export function traceFormulaText(formula: string, t: TFunction): string {
  return apply(FORMULAS, 'formula', formula, t) ?? formula;
}

/** A trace input's name in the interface language; a bare reach metric (`reach`, `followers`, …) as its basis label. */
export function traceInputName(name: string, t: TFunction): string {
  return apply(INPUTS, 'input', name, t) ?? metricText(name, t);
}

/** A text value of a trace input (a basis such as `followers`, a presence such as `no-account`) in the interface language. */
export function traceValueText(value: string, t: TFunction): string {
  if (!/^[\w -]+$/.test(value)) return value;
  return t(`traceText.value.${value}`, { defaultValue: metricText(value, t) });
}
