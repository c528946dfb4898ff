// The shipped reference figures: Statbel population by age band on 1 January 2021, young people's platform use,
// platforms' youth shares; each with a public source, its year and a confidence (docs/method.md#reference-figures).

import type { Platform } from '../model/platform';
import type { Confidence, FigureSource, ReferenceFigure } from './reference-figure';

/** A region of the population figures: Flanders (Vlaams Gewest, the default base) or Belgium. */
export type Region = 'flanders' | 'belgium';

/**
 * An age band of the population figures: the standard bands, their 13-24 union, the survey bands
 * (12-17, 12-24, 16-24, 15-24, 16-18), 0-24 (under 25), and the bases `13+`, `18+`, `total`.
 */
export type PopulationBand = string;

/** The base a population share is a share of: the 13+ population, the 18+ population, or everyone. */
export type PopulationBase = '13+' | '18+' | 'total';

const BASE_KEY: Readonly<Record<PopulationBase, string>> = { '13+': 'share-13plus', '18+': 'share-18plus', total: 'share-total' };

/** Id of the count of residents of `region` in `band` (e.g. `population.flanders.count.13-24`). */
export function populationCountId(region: Region, band: PopulationBand): string {
  return `population.${region}.count.${band}`;
}

/** Id of the share of `band` in the `base` population of `region` (e.g. `population.flanders.share-13plus.13-24`). */
export function populationShareId(region: Region, band: PopulationBand, base: PopulationBase): string {
  return `population.${region}.${BASE_KEY[base]}.${band}`;
}

/** Id of the share of 16-24-year-olds in Belgium who use `platform` daily (SMI Barometer 2025). */
export function dailyUseId(platform: Platform): string {
  return `platform-use.daily-16-24.${platform}`;
}

/** Id of the share of 12-24-year-olds in Flanders who use `platform` weekly (not published: null by default). */
export function weeklyUseId(platform: Platform): string {
  return `platform-use.weekly-12-24.${platform}`;
}

/** Id of the flag "listed by the VRT KPI 14 survey as used weekly by at least 10 % of 12-24-year-olds". */
export function youthRelevanceListId(platform: Platform): string {
  return `youth-relevance.vrt-kpi14.${platform}`;
}

/** Id of the share of `platform`'s Belgian users who are young (under 25; TikTok 15-24). */
export function platformYouthShareId(platform: Platform): string {
  return `platform-youth-share.${platform}`;
}

const STATBEL: FigureSource = {
  text:
    'Statbel, population by place of residence, nationality, marital status, age and gender, 1 January 2021 ' +
    '(single years of age; file inst/extdata/20220331-pop-2006-2022.xlsx of the public repo rdpauw/HSR); ' +
    'sums and shares computed by Youth Reach',
  url: 'https://github.com/rdpauw/HSR',
};

const SMI_2025: FigureSource = {
  text: 'SMI Barometer 2025 (Arteveldehogeschool and Comeos), online survey of 4,516 people aged 16-39, Belgium',
  url: 'https://pub.be/nl/smi-barometer-ruim-7-op-de-10-jongeren-zitten-elke-dag-op-tiktok',
};

const SMI_2024: FigureSource = {
  text: 'SMI Barometer 2024 (Arteveldehogeschool), reported by The Brussels Times: daily use by Belgians aged 16-24 by sex',
  url: 'https://www.brusselstimes.com/1037891',
};

const VRT_KPI14: FigureSource = {
  text:
    'Vlaamse Regulator voor de Media, toezichtsrapport VRT 2022, strategic objective 2.5 (VRT management agreement KPI 14; ' +
    'VRT Studiedienst survey of 12-24-year-olds, n = 438: YouTube, YouTube Premium, Snapchat, Instagram, TikTok and Facebook Watch)',
  url: 'https://vlaamseregulatormedia.be/nl/over-vrm/rapporten/2022/toezichtsrapport-vrt/toezichtsrapport-vrt-2022/strategische-doelstelling-2-5',
};

const NAPOLEONCAT_2019: FigureSource = {
  text: 'NapoleonCat, December 2019, via Belga / Metro ("slechts een vijfde" of Facebook users, "iets meer dan een derde" of Instagram users under 25)',
  url: 'https://nl.metrotime.be/2020/01/10/news/linkedin-populairder-dan-instagram/',
};

const EUROBAROMETER_2022: FigureSource = {
  text: 'Eurobarometer 2022 via The Brussels Times ("45.5% of TikTok users are between 15 and 24, while 14.1% are between 25 and 39")',
  url: 'https://www.brusselstimes.com/technology/270154/tiktok-to-open-new-office-in-belgium',
};

const NOT_FOUND: FigureSource = { text: 'not found in the public sources searched (December 2026)', url: null };

function population(
  region: Region,
  kind: 'count' | PopulationBase,
  band: PopulationBand,
  value: number,
  note: string,
  confidence: Confidence = 'high',
): ReferenceFigure {
  return {
    id: kind === 'count' ? populationCountId(region, band) : populationShareId(region, band, kind),
    group: 'population',
    value,
    unit: kind === 'count' ? 'count' : 'share',
    year: 2021,
    source: STATBEL,
    confidence,
    note,
  };
}

const F = 'flanders';
const B = 'belgium';

/**
 * Statbel population on 1 January 2021: counts, and shares 0..1 of 13+, 18+ and the total. Kept at 2021: the
 * newer Statbel releases found (1 January 2025) give only 0-17 / 18-64 / 65+, not the single ages the youth
 * bands need.
 */
const POPULATION_FIGURES: readonly ReferenceFigure[] = [
  // Flanders, counts
  population(F, 'count', 'total', 6_653_062, 'Flanders (Vlaams Gewest), all ages'),
  population(F, 'count', '13+', 5_725_665, 'Flanders, aged 13 and over'),
  population(F, 'count', '18+', 5_363_075, 'Flanders, aged 18 and over = 5,725,665 − 362,590'),
  population(F, 'count', '13-17', 362_590, 'Flanders, aged 13-17'),
  population(F, 'count', '18-24', 509_224, 'Flanders, aged 18-24'),
  population(F, 'count', '13-24', 871_814, 'Flanders, aged 13-24 = 362,590 + 509,224'),
  population(F, 'count', '0-24', 1_799_211, 'Flanders, under 25'),
  population(F, 'count', '12-17', 439_767, 'Flanders, aged 12-17: 6.61 % × 6,653,062 (derived from a rounded share, ± 333)', 'medium'),
  population(F, 'count', '12-24', 949_392, 'Flanders, aged 12-24: 14.27 % × 6,653,062 (derived from a rounded share, ± 333)', 'medium'),
  population(F, 'count', '16-24', 650_004, 'Flanders, aged 16-24: 9.77 % × 6,653,062 (derived from a rounded share, ± 333)', 'medium'),
  // Flanders, shares of 13+
  population(F, '13+', '13-17', 0.0633, 'share of the Flemish 13+ population aged 13-17 (362,590 / 5,725,665)'),
  population(F, '13+', '18-24', 0.0889, 'share of the Flemish 13+ population aged 18-24 (509,224 / 5,725,665)'),
  population(F, '13+', '13-24', 0.1523, 'share of the Flemish 13+ population aged 13-24 = 871,814 / 5,725,665 = 0.152264, rounded to 15.23 %'),
  population(F, '13+', '25-34', 0.143, 'share of the Flemish 13+ population aged 25-34'),
  population(F, '13+', '35-44', 0.1481, 'share of the Flemish 13+ population aged 35-44'),
  population(F, '13+', '45-54', 0.1546, 'share of the Flemish 13+ population aged 45-54'),
  population(F, '13+', '55-64', 0.1616, 'share of the Flemish 13+ population aged 55-64'),
  population(F, '13+', '65+', 0.2404, 'share of the Flemish 13+ population aged 65 and over'),
  // Flanders, shares of 18+
  population(F, '18+', '18-24', 0.095, 'share of the Flemish 18+ population aged 18-24 = 509,224 / 5,363,075 = 0.094950, rounded to 9.50 %'),
  population(F, '18+', '25-34', 0.1527, 'share of the Flemish 18+ population aged 25-34'),
  population(F, '18+', '35-44', 0.1581, 'share of the Flemish 18+ population aged 35-44'),
  population(F, '18+', '45-54', 0.165, 'share of the Flemish 18+ population aged 45-54'),
  population(F, '18+', '55-64', 0.1725, 'share of the Flemish 18+ population aged 55-64'),
  population(F, '18+', '65+', 0.2567, 'share of the Flemish 18+ population aged 65 and over'),
  // Flanders, shares of the total population (survey bands)
  population(F, 'total', '13-17', 0.0545, 'share of the whole Flemish population aged 13-17'),
  population(F, 'total', '18-24', 0.0765, 'share of the whole Flemish population aged 18-24'),
  population(F, 'total', '13-24', 0.131, 'share of the whole Flemish population aged 13-24'),
  population(F, 'total', '0-24', 0.2704, 'share of the whole Flemish population under 25 (2023 update: 27.1 %, Opgroeien/Statbel)'),
  population(F, 'total', '12-17', 0.0661, 'share of the whole Flemish population aged 12-17 (survey band)'),
  population(F, 'total', '12-24', 0.1427, 'share of the whole Flemish population aged 12-24 (survey band, VRT KPI 14)'),
  population(F, 'total', '15-24', 0.1086, 'share of the whole Flemish population aged 15-24 (survey band, Eurobarometer)'),
  population(F, 'total', '16-24', 0.0977, 'share of the whole Flemish population aged 16-24 (survey band, SMI Barometer)'),
  population(F, 'total', '16-18', 0.0315, 'share of the whole Flemish population aged 16-18 (survey band)'),
  // Belgium, counts
  population(B, 'count', 'total', 11_521_238, 'Belgium, all ages'),
  population(B, 'count', '13+', 9_859_506, 'Belgium, aged 13 and over'),
  population(B, 'count', '18+', 9_209_116, 'Belgium, aged 18 and over = 9,859,506 − 650,390'),
  population(B, 'count', '13-17', 650_390, 'Belgium, aged 13-17'),
  population(B, 'count', '18-24', 922_803, 'Belgium, aged 18-24'),
  population(B, 'count', '13-24', 1_573_193, 'Belgium, aged 13-24 = 650,390 + 922,803'),
  population(B, 'count', '0-24', 3_234_925, 'Belgium, under 25'),
  // Belgium, shares of 13+
  population(B, '13+', '13-17', 0.066, 'share of the Belgian 13+ population aged 13-17'),
  population(B, '13+', '18-24', 0.0936, 'share of the Belgian 13+ population aged 18-24'),
  population(B, '13+', '13-24', 0.1596, 'share of the Belgian 13+ population aged 13-24 = 1,573,193 / 9,859,506 = 0.159561'),
  population(B, '13+', '25-34', 0.1508, 'share of the Belgian 13+ population aged 25-34'),
  population(B, '13+', '35-44', 0.1515, 'share of the Belgian 13+ population aged 35-44'),
  population(B, '13+', '45-54', 0.1561, 'share of the Belgian 13+ population aged 45-54'),
  population(B, '13+', '55-64', 0.156, 'share of the Belgian 13+ population aged 55-64'),
  population(B, '13+', '65+', 0.2261, 'share of the Belgian 13+ population aged 65 and over'),
  // Belgium, shares of 18+
  population(B, '18+', '18-24', 0.1002, 'share of the Belgian 18+ population aged 18-24 = 922,803 / 9,209,116 = 0.100205'),
  population(B, '18+', '25-34', 0.1614, 'share of the Belgian 18+ population aged 25-34'),
  population(B, '18+', '35-44', 0.1622, 'share of the Belgian 18+ population aged 35-44'),
  population(B, '18+', '45-54', 0.1671, 'share of the Belgian 18+ population aged 45-54'),
  population(B, '18+', '55-64', 0.167, 'share of the Belgian 18+ population aged 55-64'),
  population(B, '18+', '65+', 0.2421, 'share of the Belgian 18+ population aged 65 and over'),
];

function dailyUse(platform: Platform, value: number | null, note: string): ReferenceFigure {
  return { id: dailyUseId(platform), group: 'platform-use', value, unit: 'share', year: 2025, source: SMI_2025, confidence: 'medium', note };
}

function weeklyUse(platform: Platform): ReferenceFigure {
  return {
    id: weeklyUseId(platform),
    group: 'platform-use',
    value: null,
    unit: 'share',
    year: 2022,
    source: VRT_KPI14,
    confidence: 'medium',
    note:
      'share of Flemish 12-24-year-olds using the platform weekly: exact percentages not published. ' +
      'Set a value to let it decide whether the platform is a youth platform (instead of the KPI 14 list).',
  };
}

/**
 * The VRT KPI 14 flag of a platform: 1 when the 2022 list names it; null (not known) when the survey did not
 * ask about it — it covered video and audio services, so Facebook (only "Facebook Watch" is listed), LinkedIn
 * and X are not known, which does not mean fewer than 10 % use them.
 */
function kpi14(platform: Platform, listed: boolean, note?: string): ReferenceFigure {
  return {
    id: youthRelevanceListId(platform),
    group: 'youth-relevance',
    value: listed ? 1 : null,
    unit: 'flag',
    year: 2022,
    source: VRT_KPI14,
    confidence: 'medium',
    note: listed ? 'listed as used weekly by at least 10 % of Flemish 12-24-year-olds' : (note ?? 'not asked: the survey covered video and audio services; this does not show that fewer than 10 % use it weekly'),
  };
}

/** Young people's use of each platform. Shares 0..1; null = not known. */
const PLATFORM_USE_FIGURES: readonly ReferenceFigure[] = [
  dailyUse('instagram', 0.834, 'share of Belgians aged 16-24 using Instagram daily'),
  dailyUse('tiktok', 0.72, 'share of Belgians aged 16-24 using TikTok daily (72 %; women 78.2 %, men 65.9 %)'),
  dailyUse('snapchat', 0.707, 'share of Belgians aged 16-24 using Snapchat daily'),
  dailyUse('facebook', 0.43, 'share of Belgians aged 16-24 using Facebook daily (16-18: 30.9 %)'),
  {
    id: dailyUseId('youtube'),
    group: 'platform-use',
    value: 0.516,
    unit: 'share',
    year: 2024,
    source: SMI_2024,
    confidence: 'low',
    bound: 'lower',
    note: 'at least 51.6 % of Belgians aged 16-24 use YouTube daily: women 51.6 %, men 77.2 % (2024; no figure for both together, so the lower one is used)',
  },
  dailyUse('x', null, 'not known'),
  dailyUse('linkedin', null, 'not known'),
  ...(['facebook', 'instagram', 'youtube', 'tiktok', 'linkedin', 'x', 'snapchat'] as const).map(weeklyUse),
  kpi14('youtube', true),
  kpi14('snapchat', true),
  kpi14('tiktok', true),
  kpi14('instagram', true),
  kpi14('facebook', false, 'not asked: the list names Facebook Watch (a video service), not Facebook; Facebook counts as a youth platform by its daily use'),
  kpi14('linkedin', false),
  kpi14('x', false),
];

/** Share 0..1 of each platform's Belgian users who are young; null = not found. */
const PLATFORM_YOUTH_SHARE_FIGURES: readonly ReferenceFigure[] = [
  {
    id: platformYouthShareId('facebook'),
    group: 'platform-youth-share',
    value: 0.2,
    unit: 'share',
    year: 2019,
    source: NAPOLEONCAT_2019,
    confidence: 'low',
    note: 'share of Belgian Facebook users under 25 ("only a fifth"; medium-low confidence, old)',
  },
  {
    id: platformYouthShareId('instagram'),
    group: 'platform-youth-share',
    value: 0.33,
    unit: 'share',
    year: 2019,
    source: NAPOLEONCAT_2019,
    confidence: 'low',
    note: 'share of Belgian Instagram users under 25 ("just over a third", a lower bound; medium-low confidence). 18-24 alone = 23.5 % (SoPRISM 2021)',
  },
  {
    id: platformYouthShareId('tiktok'),
    group: 'platform-youth-share',
    value: 0.455,
    unit: 'share',
    year: 2022,
    source: EUROBAROMETER_2022,
    confidence: 'low',
    note: 'share of Belgian TikTok users aged 15-24 (45.5 %, as published; ages 13-14 are not in it)',
  },
  ...(['snapchat', 'youtube', 'x', 'linkedin'] as const).map(
    (platform): ReferenceFigure => ({
      id: platformYouthShareId(platform),
      group: 'platform-youth-share',
      value: null,
      unit: 'share',
      year: null,
      source: NOT_FOUND,
      confidence: 'low',
      note:
        platform === 'snapchat'
          ? 'not found; 3.65 million Belgian users aged 13+ (2023), "core target 15-24"'
          : platform === 'linkedin'
            ? 'not found; 25-34 = 56.7 % of users (Dec 2020)'
            : 'not found',
    }),
  ),
];

/** Every shipped reference figure, in the order a settings screen lists them. */
export const DEFAULT_REFERENCE_FIGURES: readonly ReferenceFigure[] = [
  ...POPULATION_FIGURES,
  ...PLATFORM_USE_FIGURES,
  ...PLATFORM_YOUTH_SHARE_FIGURES,
];
