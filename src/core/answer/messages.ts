// English text of every message key the answer produces (i18next-style {{param}} placeholders), and
// describe(): the English text of a message, for the CLI and tests. The interface's `answer` catalogue
// mounts the same object as its English and defines the Dutch beside it (src/i18n/areas/answer.ts).

import type { MessageParams } from './answer-types';
import { isPlatform, PLATFORM_LABELS } from '../model/platform';

/** English text of the answer's messages, nested as mounted under `answer.` in the interface catalogue. */
export const ANSWER_CORE_EN = {
  verdict: {
    sufficient: 'sufficient',
    'partly-sufficient': 'partly sufficient',
    insufficient: 'insufficient',
    'insufficient-data': 'too little data',
  },
  audience: {
    followers: 'Young followers',
    reached: 'Young people reached',
    mixed: 'Young people in the audience (followers, reach or viewers)',
  },
  reason: {
    rule: {
      'no-pooled-figure': 'No account has an age split with a known audience size (and enough young people), so no pooled figure can be computed.',
      'composition-not-met': 'Young people are under-represented in every pooled figure.',
      'reach-not-met': 'Even all accounts together have too few young people in their audience (followers, reach or viewers).',
      'all-met': 'Young people are represented at least in proportion, enough of them are reached, and there is an account on every youth platform.',
      'all-met-followers': 'Young people are represented at least in proportion, there are enough young followers (which does not show that enough young people are reached), and there is an account on every youth platform.',
      'partly-met': 'Not every criterion is met.',
      'no-entity-with-data': 'No entity has enough data for a verdict.',
      'most-entities-without-data': 'Half of the entities or more lack data for this period: the others cannot speak for the whole government.',
      'most-entities-insufficient': 'Most entities with enough data are insufficient.',
      'most-entities-sufficient': 'Every entity has enough data, most are sufficient, the government-wide pooled figures are at least proportional and on every youth platform at least one entity has an account.',
      'entities-mixed': 'The entities with enough data do not mostly stand on the same side.',
    },
    pooledPeople:
      'Among {{basis}} from age {{floorAge}} ({{accountCount}}), {{youthShare}} are aged {{band}} against {{populationShare}} of the population: index {{index}} (threshold {{underIndex}}); {{youngCount}} young people of {{audienceSize}} {{basis}}.',
    pooledEvents:
      'Of the {{basis}} from age {{floorAge}} ({{accountCount}}), {{youthShare}} come from people aged {{band}} against {{populationShare}} of the population: index {{index}} (threshold {{underIndex}}); {{youngCount}} of {{audienceSize}} {{basis}}, and views are not people.',
    reachMet: '{{audience}}: between {{lowPeople}} and {{highPeople}} ({{lowCoverage}} to {{highCoverage}} of Flemish residents aged {{band}}); the largest account alone reaches the threshold of {{minYouthCoverage}}.',
    reachNotMet: '{{audience}}: between {{lowPeople}} and {{highPeople}} ({{lowCoverage}} to {{highCoverage}} of Flemish residents aged {{band}}): below the threshold of {{minYouthCoverage}} even if no one were counted twice.',
    reachMetOne: '{{audience}}: {{lowPeople}} ({{lowCoverage}} of Flemish residents aged {{band}}): at least the threshold of {{minYouthCoverage}}.',
    reachNotMetOne: '{{audience}}: {{lowPeople}} ({{lowCoverage}} of Flemish residents aged {{band}}): below the threshold of {{minYouthCoverage}}.',
    reachMixed: '{{audience}}: between {{lowPeople}} and {{highPeople}} ({{lowCoverage}} to {{highCoverage}} of Flemish residents aged {{band}}): whether the threshold of {{minYouthCoverage}} is met depends on how many young people count on several accounts.',
    reachThroughFollowers: 'The threshold of {{minYouthCoverage}} is met only by counting followers: a follower is not necessarily reached, so this does not show that enough young people are reached.',
    reachMaybeThroughFollowers: 'The threshold of {{minYouthCoverage}} can only be met by counting followers: a follower is not necessarily reached, so this does not show that enough young people are reached.',
    reachUnknown: 'How many young people are reached is not known: only views are known, and views are not people.',
    gaps_one: 'No account on {{count}} youth platform: {{platforms}}.',
    gaps_other: 'No account on {{count}} youth platforms: {{platforms}}.',
    presenceUnknown_one: 'Not known whether there is an account on {{count}} youth platform: {{platforms}}.',
    presenceUnknown_other: 'Not known whether there is an account on {{count}} youth platforms: {{platforms}}.',
    onlyFloor18: 'This verdict rests only on splits that start at 18: young people aged 13-17 are not in it.',
    leftOut: {
      'no-size': '{{platform}}: youth share {{youthShare}} of {{basis}}, but its audience size is not known: left out of the pooled figure until it is.',
      'too-few': '{{platform}}: fewer than {{minCount}} young people in the split: too little data, left out of the pooled figure.',
      'band-unavailable': '{{platform}}: the chosen age band is not in its split: left out.',
      'no-reference': '{{platform}}: no population figure for this age floor: left out.',
    },
    noAgeDataAccounts_one: '{{count}} account without an age split for this period ({{platforms}}).',
    noAgeDataAccounts_other: '{{count}} accounts without an age split for this period ({{platforms}}).',
    undatedSplitAccounts_one: '{{count}} account with an age split that has no period of its own ({{platforms}}): it cannot be placed in a chosen period; choose "most recent data" to use it, or export it with a date range.',
    undatedSplitAccounts_other: '{{count}} accounts with an age split that has no period of its own ({{platforms}}): they cannot be placed in a chosen period; choose "most recent data" to use them, or export them with a date range.',
    entityCounts: 'Of {{entityCount}}: {{sufficientCount}} sufficient, {{partlyCount}} partly sufficient, {{insufficientCount}} insufficient, {{noDataCount}} with too little data.',
    absentPlatforms_one: 'No entity has an account on {{count}} youth platform: {{platforms}}.',
    absentPlatforms_other: 'No entity has an account on {{count}} youth platforms: {{platforms}}.',
  },
  improvement: {
    youthPlatformAbsent: '{{dailyUse}} of Belgians aged 16-24 use {{platform}} daily ({{dailyUseYear}}); {{entityName}} has no {{platform}} account.',
    youthPlatformAbsentAtLeast: 'At least {{dailyUse}} of Belgians aged 16-24 use {{platform}} daily ({{dailyUseYear}}); {{entityName}} has no {{platform}} account.',
    youthPlatformAbsentNoUse: '{{platform}} is a youth platform ({{relevanceBy}}); {{entityName}} has no account there.',
    underRepresentedPlatform: '{{entityName}} on {{platform}}: youth share {{youthShare}}, index {{index}}, below {{underIndex}}: young people are under-represented.',
    fallingYouthShare: '{{entityName}} on {{platform}}: the youth share fell by {{changePoints}} points (split ending {{from}} to split ending {{to}}).',
    ageDataMissing: '{{entityName}} on {{platform}}: no age data. {{howTo}}',
    audienceSizeMissing: {
      followers: '{{entityName}} on {{platform}}: the follower count is not known, so this account is left out of the pooled figures. Type the current follower count on the entity page, or import a file that has it.',
      views: '{{entityName}} on {{platform}}: the number of views of the split’s period is not known, so this account is left out of the pooled figures. Import a table of the same period with its Total row.',
      reach: '{{entityName}} on {{platform}}: the reach of the split’s period is not known, so this account is left out of the pooled figures.',
      viewers: '{{entityName}} on {{platform}}: the number of viewers of the split’s period is not known, so this account is left out of the pooled figures.',
      watchTime: '{{entityName}} on {{platform}}: the split is of watch time, which has no audience size: import a split of views.',
      engagedAudience: '{{entityName}} on {{platform}}: the size of the engaged audience is not known, so this account is left out of the pooled figures.',
    },
    reachConcentrated: '{{entityName}}: {{platform}} carries {{topShare}} of the young people in the audience (more than {{concentrationShare}}).',
    followersOnly: '{{entityName}} on {{platform}}: the youth share ({{youthShare}}) describes followers, not the audience reached; export the reached audience by age where the platform offers it.',
  },
  ageData: {
    youtube: 'In YouTube Studio open Analytics › Advanced mode › Viewer age and export the table (Table data.csv).',
    facebook: 'In Meta Business Suite open Insights › Audience and export Audience.csv, or import the legacy Page Insights export (reach by age).',
    instagram: 'In Meta Business Suite open Insights › Audience for the Instagram account and export Audience.csv, or type the age split from the Instagram app into the audience template.',
    tiktok: "TikTok's downloads carry no age: type the age split from TikTok Studio › Analytics › Viewers or Followers into the audience template.",
    snapchat: "Snapchat's downloads carry no age: type the age split from the profile's Insights into the audience template.",
    linkedin: "LinkedIn's follower demographics have no age bands: if you know the age split, type it into the audience template.",
    x: "X's analytics export has no age split: if you know it, type it into the audience template.",
  },
  assumption: {
    typicalAudience: 'An account there would have as many followers or people reached as the median of the entity’s accounts ({{audienceSize}}).',
    sameAudienceSize: 'The account keeps its audience size ({{audienceSize}} {{basis}}).',
    platformYouthShare: 'Its audience would be as young as {{platform}}’s Belgian users ({{platformShare}} young, {{year}}, confidence {{confidence}}).',
    platformYouthShareNoYear: 'Its audience would be as young as {{platform}}’s Belgian users ({{platformShare}} young, confidence {{confidence}}).',
    platformYouthShareUnknown: 'Its audience would be as young as {{platform}}’s Belgian users (young share unknown; confidence {{confidence}}).',
    platformYouthShareNoFigure: 'Its audience would be as young as {{platform}}’s Belgian users (young share unknown).',
    populationYouthShare: 'The youth share of the audience would equal that of the population ({{populationShare}}, age floor {{floor}}).',
  },
  method: {
    selfDeclaredAges: 'Ages are what users declared to the platform; nobody checks them.',
    sharedAccounts: 'The figures count accounts, not people: children use a parent’s account, one person can have several accounts, and an account can be shared.',
    hiddenBands: 'Platforms hide the ages 13-17 in some reports and withhold bands with few people, so the youngest are under-counted where they are hidden.',
    reachNotAdditive: 'Reach and followers do not add up across platforms or accounts: the same person counts on each; sums are upper bounds, shown as a range.',
    audiencesNotOnlyFlemish: 'Audiences are not only Flemish, but they are compared with the Flemish population.',
    under13Invisible: 'Nobody under 13 is visible on any platform: for a young audience ({{entities}}) much of it is not in the figures.',
    referenceError: 'The reference figures come from surveys and a population count of a given year, each with its own margin of error: small differences against them mean little.',
    signedInOnly: 'Age splits of views cover only viewers whose age the platform knows (signed in) ({{accounts}}).',
    floor18: 'Some splits start at 18 ({{accounts}}): their youth share covers 18-24 only and is compared with the 18+ population.',
    followersNotReached: 'A split of followers describes followers, not the audience reached ({{accounts}}).',
    viewsNotPeople: 'Where a split is of views ({{accounts}}), it gives views by young people, never young people: views are not people and are never counted as reach.',
    general: {
      under13Invisible: 'Nobody under 13 is visible on any platform: children under 13 are not in the figures.',
      signedInOnly: 'Age splits of views cover only viewers whose age the platform knows (signed in).',
      floor18: 'A split that starts at 18 covers 18-24 only and is compared with the 18+ population.',
      followersNotReached: 'A split of followers describes followers, not the audience reached.',
      viewsNotPeople: 'A split of views gives views by young people, never young people: views are not people and are never counted as reach.',
    },
  },
} as const;

/** Flattens a nested message object into `answer.`-prefixed keys. */
function flatten(prefix: string, value: unknown, out: Record<string, string>): Record<string, string> {
  if (typeof value === 'string') out[prefix] = value;
  else for (const [k, v] of Object.entries(value as Record<string, unknown>)) flatten(`${prefix}.${k}`, v, out);
  return out;
}

/** Every message key of the answer (`answer.reason.pooledPeople` …) with its English template. */
export const ANSWER_MESSAGES_EN: Readonly<Record<string, string>> = flatten('answer', ANSWER_CORE_EN, {});

/** English names of the bases, used in messages. */
export const BASIS_EN = {
  followers: 'followers',
  reach: 'reach',
  viewers: 'viewers',
  views: 'views',
  watchTime: 'watch time',
  engagedAudience: 'engaged audience',
} as const;

const PERCENT = new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const PERCENT_2 = new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const ONE_DECIMAL = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const COUNT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** The kind of a param by its name (see `MessageParams`). */
export function paramKind(name: string): 'share' | 'share2' | 'index' | 'count' | 'floor' | 'basis' | 'text' {
  if (name === 'populationShare') return 'share2';
  if (name === 'floor') return 'floor';
  if (name === 'basis') return 'basis';
  if (/(Share|Use|share|Coverage)$/.test(name)) return 'share';
  if (/(Index|index|Points)$/.test(name)) return 'index';
  if (/(Count|Size|Reach|Residents|People|Views)$/.test(name)) return 'count';
  return 'text';
}

/** English nouns of the counted params (`MessageParams`): singular and plural. */
const COUNTED_NOUNS_EN: Readonly<Record<string, readonly [string, string]>> = {
  accountCount: ['account', 'accounts'],
  entityCount: ['entity', 'entities'],
};

/** Formats one param for English text by its name: platform ids by their names, shares as % (population shares with two decimals), indexes and points with one decimal, counts grouped, counted nouns with their noun (`1 account`, `2 accounts`), floors as `13+`. */
export function formatParamEn(name: string, value: string | number | null): string {
  if (value === null) return 'unknown';
  const noun = COUNTED_NOUNS_EN[name];
  if (noun && typeof value === 'number') return `${COUNT.format(value)} ${value === 1 ? noun[0] : noun[1]}`;
  if (typeof value === 'number' && (name === 'underIndex' || name === 'overIndex')) return COUNT.format(value);
  if (typeof value === 'number' && name === 'changePoints') return ONE_DECIMAL.format(Math.abs(value)); // the sentence says "fell by"
  const kind = paramKind(name);
  if (kind === 'basis') return (BASIS_EN as Readonly<Record<string, string>>)[String(value)] ?? String(value);
  if (name === 'audience') return (ANSWER_CORE_EN.audience as Readonly<Record<string, string>>)[String(value)] ?? String(value);
  // Platform ids ('youtube') are said by their names ('YouTube').
  if (name === 'platform' && typeof value === 'string' && isPlatform(value)) return PLATFORM_LABELS[value];
  if (typeof value === 'string') return value;
  if (kind === 'share2') return PERCENT_2.format(value);
  if (kind === 'share') return PERCENT.format(value);
  if (kind === 'index') return ONE_DECIMAL.format(value);
  if (kind === 'count') return COUNT.format(Math.round(value));
  if (kind === 'floor') return `${value}+`;
  return String(value);
}

/**
 * English text of a message `{ key, params }` (a reason, an improvement, an assumption or a method note).
 * A param named `howTo` holding a message key is replaced by that key's text. Unknown keys return the key.
 */
export function describe(message: { key: string; params: MessageParams }): string {
  const count = message.params['count'];
  const template = ANSWER_MESSAGES_EN[message.key] ?? (typeof count === 'number' ? ANSWER_MESSAGES_EN[`${message.key}_${count === 1 ? 'one' : 'other'}`] : undefined);
  if (template === undefined) return message.key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = message.params[name] ?? null;
    if (name === 'howTo' && typeof value === 'string' && ANSWER_MESSAGES_EN[value] !== undefined) return ANSWER_MESSAGES_EN[value];
    return formatParamEn(name, value);
  });
}
