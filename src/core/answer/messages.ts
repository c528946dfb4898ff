// English text of every answer message key (i18next-style {{param}} placeholders) and describe(), the English fallback for the CLI and tests.

import type { MessageParams } from './answer-types';

/**
 * The English template of each message key the answer produces. The UI's `answer` area catalogue must
 * define the same keys (under `answer.`) in Dutch and English; these texts can serve as its English.
 * Placeholders are `{{name}}`; params are raw (see `MessageParams` for the naming convention).
 */
export const ANSWER_MESSAGES_EN: Readonly<Record<string, string>> = {
  'answer.verdict.sufficient': 'sufficient',
  'answer.verdict.partly-sufficient': 'partly sufficient',
  'answer.verdict.insufficient': 'insufficient',
  'answer.verdict.unknown': 'unknown',
  'answer.reason.noAgeData': 'None of the {{accountCount}} accounts has usable age data, so whether young people are reached is not known.',
  'answer.reason.allUnderRepresented': 'Every one of the {{accountCount}} accounts with age data has a representation index below {{underIndex}} (highest {{highestIndex}}): young people are under-represented everywhere.',
  'answer.reason.weightedIndexMet': 'The weighted representation index over {{accountCount}} accounts is {{weightedIndex}}, at least {{underIndex}} (weights: {{weighting}}).',
  'answer.reason.weightedIndexNotMet': 'The weighted representation index over {{accountCount}} accounts is {{weightedIndex}}, below {{underIndex}} (weights: {{weighting}}).',
  'answer.reason.youthPlatformsMet': 'Present with age data on {{platformCount}} youth platforms ({{platforms}}); {{requiredCount}} needed.',
  'answer.reason.youthPlatformsNotMet': 'Present with age data on only {{platformCount}} youth platform(s) ({{platforms}}); {{requiredCount}} needed.',
  'answer.reason.accountIndex': '{{platform}}: youth share {{youthShare}} (age floor {{floor}}, of {{basis}}) against {{populationShare}} of the population: index {{index}} ({{band}}).',
  'answer.reason.insufficientData': '{{platform}}: only {{youthCount}} young people reached (fewer than {{minCount}}): insufficient data, left out of the verdict.',
  'answer.reason.noReference': '{{platform}}: no population figure for age floor {{floor}}: left out of the verdict.',
  'answer.reason.presenceUnknown': 'Not known whether there is an account on {{count}} youth platform(s): {{platforms}}.',
  'answer.improvement.youthPlatformAbsent': '{{dailyUse}} of Belgians aged 16-24 use {{platform}} daily ({{dailyUseYear}}); {{entityName}} has no {{platform}} account.',
  'answer.improvement.underRepresentedPlatform': '{{entityName}} on {{platform}}: youth share {{youthShare}}, index {{index}}, below {{underIndex}}: young people are under-represented.',
  'answer.improvement.fallingYouthShare': '{{entityName}} on {{platform}}: the youth share fell by {{changePoints}} points ({{from}} to {{to}}).',
  'answer.improvement.ageDataMissing': '{{entityName}} on {{platform}}: no age data. {{howTo}}',
  'answer.improvement.reachConcentrated': '{{entityName}}: {{platform}} carries {{topShare}} of the estimated youth reach (more than {{concentrationShare}}).',
  'answer.improvement.followersOnly': '{{entityName}} on {{platform}}: the youth share ({{youthShare}}) describes followers, not the audience reached; export the reached audience by age where the platform offers it.',
  'answer.ageData.youtube': 'In YouTube Studio open Analytics › Advanced mode › Viewer age and export the table (Table data.csv).',
  'answer.ageData.facebook': 'In Meta Business Suite open Insights › Audience and export Audience.csv, or import the legacy Page Insights export (reach by age).',
  'answer.ageData.instagram': 'In Meta Business Suite open Insights › Audience for the Instagram account and export Audience.csv, or type the age split from the Instagram app into the audience template.',
  'answer.ageData.tiktok': "TikTok's downloads carry no age: type the age split from TikTok Studio › Analytics › Viewers or Followers into the audience template.",
  'answer.ageData.snapchat': "Snapchat's downloads carry no age: type the age split from the profile's Insights into the audience template.",
  'answer.ageData.linkedin': "LinkedIn's follower demographics have no age bands: if you know the age split, type it into the audience template.",
  'answer.ageData.x': "X's analytics export has no age split: if you know it, type it into the audience template.",
  'answer.assumption.typicalAudience': 'An account there would reach as many as the median of the entity’s accounts ({{audienceSize}}).',
  'answer.assumption.sameAudienceSize': 'The account keeps its audience size ({{audienceSize}}).',
  'answer.assumption.platformYouthShare': 'Its audience would be as young as {{platform}}’s Belgian users ({{platformShare}} young, {{year}}, confidence {{confidence}}).',
  'answer.assumption.populationYouthShare': 'Young people would be reached in proportion to the population ({{populationShare}}, age floor {{floor}}).',
  'answer.assumption.previousShare': 'The youth share returns to its previous level ({{lostPoints}} points more of {{audienceSize}}).',
  'answer.method.accountsNotPeople': 'The figures count accounts, not people: one person can have several accounts, and an account can be shared.',
  'answer.method.reachNotAdditive': 'Reach does not add up across platforms or accounts: the same person counts on each; totals are upper bounds.',
  'answer.method.youtubeSignedIn': "YouTube's age split covers signed-in viewers whose age is known, not every viewer.",
  'answer.method.audiencesNotOnlyFlemish': 'Audiences are not only Flemish, but they are compared with the Flemish population.',
  'answer.method.under13Invisible': 'Nobody under 13 is visible on any platform: for a young audience ({{entities}}) much of it is not in the figures.',
  'answer.method.floor18': 'Some splits start at 18 ({{accounts}}): their youth share covers 18-24 only and is compared with the 18+ population.',
  'answer.method.followersNotReached': "Meta's audience file describes followers, not the audience reached ({{accounts}}).",
  'answer.method.viewsNotPeople': 'Where only views are known ({{accounts}}), the estimated youth reach counts views by young people, not young people.',
};

const PERCENT = new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const PERCENT_2 = new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const ONE_DECIMAL = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const COUNT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** Formats one param for English text by its name (see `MessageParams`): shares as % (population shares with two decimals), indexes and points with one decimal, counts grouped. */
export function formatParamEn(name: string, value: string | number | null): string {
  if (value === null) return 'unknown';
  if (typeof value === 'string') return value;
  if (name === 'populationShare') return PERCENT_2.format(value); // 15.23 %, as Statbel's figure is quoted
  if (/(Share|Use|share)$/.test(name)) return PERCENT.format(value);
  if (/(Index|index|Points)$/.test(name)) return ONE_DECIMAL.format(value);
  if (/(Count|Size|Reach|Residents)$/.test(name)) return COUNT.format(value);
  return String(value);
}

/**
 * English text of a message `{ key, params }` (a reason, an improvement, an assumption or a method note).
 * A param named `howTo` holding a message key is replaced by that key's text. Unknown keys return the key.
 */
export function describe(message: { key: string; params: MessageParams }): string {
  const template = ANSWER_MESSAGES_EN[message.key];
  if (template === undefined) return message.key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = message.params[name] ?? null;
    if (name === 'howTo' && typeof value === 'string' && ANSWER_MESSAGES_EN[value] !== undefined) return ANSWER_MESSAGES_EN[value];
    return formatParamEn(name, value);
  });
}
