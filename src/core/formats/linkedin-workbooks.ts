// LinkedIn Page analytics workbooks (`.xls` / `.xlsx`): followers, visitors and content exports, whose
// headers are not always on row 1 (docs/formats.md#linkedin; no real file seen, layouts from parsers).

import type { Metric, Observation } from '../model/observation';
import type { ImportWarning } from '../model/parsed-file';
import type { FormatContext, FormatResult, WorkbookContext, WorkbookFormatSpec } from './format-spec';
import { dateCell, day, malformedRow, numberCell, periodOfDates } from './format-helpers';
import type { AliasTable } from './headers';
import { findColumn, mapColumns, matchesAlias } from './headers';
import { isBlankRow } from './sniff';
import { findHeaderRow } from './spreadsheet';

/** A sheet whose header row was found: the context and the index of the header row. */
interface Located {
  sheet: FormatContext;
  headerRow: number;
}

/** The first sheet (in order) with a header row, among the first 15 rows, that has every alias group. */
function locate(book: WorkbookContext, required: readonly (readonly string[])[]): Located | null {
  for (const sheet of book.sheets) {
    const headerRow = findHeaderRow(sheet.rows, (row) => required.every((aliases) => findColumn(row, aliases) >= 0));
    if (headerRow >= 0) return { sheet, headerRow };
  }
  return null;
}

/** A column of a daily sheet: aliases, metric, and the segment it is a part of (absent for the whole). */
interface DailyColumn {
  aliases: readonly string[];
  metric: Metric;
  segment?: string;
  unit?: 'count' | 'share';
}

/** Reads a daily sheet from `headerRow`: one row per day (`MM/DD/YYYY` or a date cell); missing cells skipped. */
function readDailySheet(
  { sheet, headerRow }: Located,
  columns: readonly DailyColumn[],
): { observations: Observation[]; dates: string[] } {
  const header = sheet.rows[headerRow] ?? [];
  const dateColumn = findColumn(header, ['Date', 'Datum']);
  const mapped = columns.map((c) => ({ ...c, index: findColumn(header, c.aliases) })).filter((c) => c.index >= 0);
  const observations: Observation[] = [];
  const dates: string[] = [];
  for (let i = headerRow + 1; i < sheet.rows.length; i++) {
    const row = sheet.rows[i] ?? [];
    if (isBlankRow(row)) continue;
    const date = dateCell(sheet, i, dateColumn, header[dateColumn] ?? 'Date');
    if (date === null) malformedRow(sheet, i, 'the row has no date.');
    dates.push(date);
    for (const c of mapped) {
      let value = numberCell(sheet, i, c.index, header[c.index] ?? c.metric);
      if (value === null) continue;
      if (c.unit === 'share' && /%\s*$/.test(row[c.index] ?? '')) value = value / 100;
      observations.push({ metric: c.metric, period: day(date), ...(c.segment ? { segment: c.segment } : {}), value, unit: c.unit ?? 'count' });
    }
  }
  return { observations, dates };
}

/** Demographic sheets of the followers and visitors workbooks, by sheet name → segment prefix. */
const DEMOGRAPHIC_SHEETS: AliasTable<'location' | 'jobFunction' | 'seniority' | 'industry' | 'companySize'> = {
  location: ['Location', 'Locatie', 'Standort', 'Lieu'],
  jobFunction: ['Job function', 'Functie', 'Beruflicher Bereich', 'Fonction'],
  seniority: ['Seniority', 'Senioriteit', 'Karrierestufe', 'Niveau hiérarchique'],
  industry: ['Industry', 'Branche', 'Sector', 'Secteur'],
  companySize: ['Company size', 'Bedrijfsgrootte', 'Unternehmensgröße', "Taille de l'entreprise"],
};

/**
 * Reads every demographic sheet: `<dimension>, <count>` rows → `metric` counts with segment
 * `<prefix>:<value>` (e.g. `location:Brussels`), period null (a snapshot at export time).
 */
function readDemographics(book: WorkbookContext, metric: Metric): Observation[] {
  const out: Observation[] = [];
  for (const sheet of book.sheets) {
    const name = sheet.sheetName ?? '';
    const prefix = (Object.keys(DEMOGRAPHIC_SHEETS) as (keyof typeof DEMOGRAPHIC_SHEETS)[]).find((k) => matchesAlias(name, DEMOGRAPHIC_SHEETS[k]));
    if (prefix === undefined) continue;
    const headerRow = findHeaderRow(sheet.rows, (row) => row.length >= 2 && matchesAlias(row[0] ?? '', DEMOGRAPHIC_SHEETS[prefix]));
    const start = headerRow >= 0 ? headerRow + 1 : 1;
    for (let i = start; i < sheet.rows.length; i++) {
      const row = sheet.rows[i] ?? [];
      const label = (row[0] ?? '').trim();
      if (label === '') continue;
      const value = numberCell(sheet, i, 1, (sheet.rows[start - 1] ?? [])[1] ?? 'count');
      if (value !== null) out.push({ metric, period: null, segment: `${prefix}:${label}`, value, unit: 'count' });
    }
  }
  return out;
}

function linkedin(observations: Observation[], dates: string[], warnings: ImportWarning[] = []): FormatResult {
  return { platform: 'linkedin', platformCandidates: ['linkedin'], accountName: null, period: periodOfDates(dates), basis: null, observations, warnings };
}

const NEW_FOLLOWERS: readonly (readonly string[])[] = [['Date'], ['Total followers'], ['Organic followers']];

/**
 * LinkedIn followers workbook (`<page>_followers_<timestamp>.xls`): sheet `New followers` with
 * `Date, Sponsored followers, Organic followers, Auto-invited followers, Total followers` (new followers
 * per day, not the running total) → `follows` per day (Total followers) and its parts with segment
 * `follower-source:sponsored|organic|auto-invited`; demographic sheets (`Location`, `Job function`,
 * `Seniority`, `Industry`, `Company size`: `<value>, Total followers`) → `followers` counts with segment
 * `location:<value>` …, period null (a snapshot). No age data on LinkedIn.
 */
export const linkedinFollowers: WorkbookFormatSpec = {
  id: 'linkedin-followers',
  version: 1,
  label: 'LinkedIn followers workbook',
  platform: 'linkedin',
  detect: (book) => locate(book, NEW_FOLLOWERS) !== null,
  parse: (book) => {
    const located = locate(book, NEW_FOLLOWERS);
    const daily = located
      ? readDailySheet(located, [
          { aliases: ['Total followers'], metric: 'follows' },
          { aliases: ['Sponsored followers'], metric: 'follows', segment: 'follower-source:sponsored' },
          { aliases: ['Organic followers'], metric: 'follows', segment: 'follower-source:organic' },
          { aliases: ['Auto-invited followers'], metric: 'follows', segment: 'follower-source:auto-invited' },
        ])
      : { observations: [], dates: [] };
    return linkedin([...daily.observations, ...readDemographics(book, 'followers')], daily.dates);
  },
};

const VISITOR_METRICS: readonly (readonly string[])[] = [['Date'], ['Total page views (total)']];

/**
 * LinkedIn visitors workbook (`<page>_visitors_<timestamp>.xls`): a daily sheet with 25 columns
 * (`Overview page views (desktop)` … `Total page views (total)`, `Total unique visitors (total)`) →
 * `visits` (page views, total) and `viewers` (unique visitors, total; a daily unique count, so a sum
 * over days is an upper bound) per day; demographic sheets → `visits` counts per segment, period null.
 */
export const linkedinVisitors: WorkbookFormatSpec = {
  id: 'linkedin-visitors',
  version: 1,
  label: 'LinkedIn visitors workbook',
  platform: 'linkedin',
  detect: (book) => locate(book, VISITOR_METRICS) !== null,
  parse: (book) => {
    const located = locate(book, VISITOR_METRICS);
    const daily = located
      ? readDailySheet(located, [
          { aliases: ['Total page views (total)'], metric: 'visits' },
          { aliases: ['Total unique visitors (total)'], metric: 'viewers' },
        ])
      : { observations: [], dates: [] };
    return linkedin([...daily.observations, ...readDemographics(book, 'visits')], daily.dates);
  },
};

const CONTENT_METRICS: readonly (readonly string[])[] = [['Date'], ['Impressions (total)']];

type PostColumn = 'title' | 'link' | 'created' | 'impressions' | 'views' | 'clicks' | 'likes' | 'comments' | 'reposts' | 'follows';

const POST_COLUMNS: AliasTable<PostColumn> = {
  title: ['Post title'],
  link: ['Post link'],
  created: ['Created date'],
  impressions: ['Impressions'],
  views: ['Views (excluding off-site video views)', 'Views'],
  clicks: ['Clicks'],
  likes: ['Likes'],
  comments: ['Comments'],
  reposts: ['Reposts'],
  follows: ['Follows'],
};

const POST_METRICS: readonly [PostColumn, Metric][] = [
  ['impressions', 'impressions'],
  ['views', 'views'],
  ['clicks', 'linkClicks'],
  ['likes', 'likes'],
  ['comments', 'comments'],
  ['reposts', 'shares'],
  ['follows', 'follows'],
];

/** Reads the `All posts` sheet (header found by `Post link` and `Created date`): per post, segment `post:<link>`. */
function readPosts(book: WorkbookContext): { observations: Observation[]; dates: string[] } {
  const located = locate(book, [['Post link'], ['Created date']]);
  if (located === null) return { observations: [], dates: [] };
  const { sheet, headerRow } = located;
  const header = sheet.rows[headerRow] ?? [];
  const { columns } = mapColumns(header, POST_COLUMNS);
  const observations: Observation[] = [];
  const dates: string[] = [];
  for (let i = headerRow + 1; i < sheet.rows.length; i++) {
    const row = sheet.rows[i] ?? [];
    if (isBlankRow(row)) continue;
    const link = (row[columns.link ?? 0] ?? '').trim();
    if (link === '') continue;
    const date = dateCell(sheet, i, columns.created, 'Created date');
    if (date === null) malformedRow(sheet, i, `post ${link} has no created date.`);
    dates.push(date);
    for (const [key, metric] of POST_METRICS) {
      const value = numberCell(sheet, i, columns[key], header[columns[key] ?? 0] ?? key);
      if (value !== null) observations.push({ metric, period: day(date), segment: `post:${link}`, value, unit: 'count' });
    }
  }
  return { observations, dates };
}

/**
 * LinkedIn content workbook (`<page>_content_<timestamp>.xls`): sheet `Metrics`, daily: `Impressions
 * (organic|sponsored|total)` → `impressions` (total; organic and sponsored as segments
 * `impression-source:…`), `Unique impressions (organic)` → `reach` (organic only: warning
 * `reach-from-unique-impressions`), `Clicks (total)` → `linkClicks`, `Reactions (total)` → `likes`,
 * `Comments (total)` → `comments`, `Reposts (total)` → `shares`, `Engagement rate (total)` →
 * `engagementRate` (a fraction; a cell with `%` is divided by 100); sheet `All posts` (header found on
 * any of the first rows) → per post `impressions`, `views`, `linkClicks`, `likes`, `comments`, `shares`,
 * `follows` with segment `post:<link>` and period the created day. The `Posted by` column (staff names,
 * personal data) is never read.
 */
export const linkedinContent: WorkbookFormatSpec = {
  id: 'linkedin-content',
  version: 1,
  label: 'LinkedIn content workbook',
  platform: 'linkedin',
  detect: (book) => locate(book, CONTENT_METRICS) !== null || locate(book, [['Post link'], ['Created date'], ['Impressions']]) !== null,
  parse: (book) => {
    const located = locate(book, CONTENT_METRICS);
    const daily = located
      ? readDailySheet(located, [
          { aliases: ['Impressions (total)'], metric: 'impressions' },
          { aliases: ['Impressions (organic)'], metric: 'impressions', segment: 'impression-source:organic' },
          { aliases: ['Impressions (sponsored)'], metric: 'impressions', segment: 'impression-source:sponsored' },
          { aliases: ['Unique impressions (organic)'], metric: 'reach' },
          { aliases: ['Clicks (total)'], metric: 'linkClicks' },
          { aliases: ['Reactions (total)'], metric: 'likes' },
          { aliases: ['Comments (total)'], metric: 'comments' },
          { aliases: ['Reposts (total)'], metric: 'shares' },
          { aliases: ['Engagement rate (total)'], metric: 'engagementRate', unit: 'share' },
        ])
      : { observations: [], dates: [] };
    const posts = readPosts(book);
    const warnings: ImportWarning[] = [];
    if (daily.observations.some((o) => o.metric === 'reach')) {
      warnings.push({
        code: 'reach-from-unique-impressions',
        message: 'Reach is LinkedIn\'s "Unique impressions (organic)": organic posts only, sponsored reach not included.',
      });
    }
    return linkedin([...daily.observations, ...posts.observations], [...daily.dates, ...posts.dates], warnings);
  },
};

/** Every LinkedIn workbook format, in detection order. */
export const LINKEDIN_WORKBOOK_FORMATS: readonly WorkbookFormatSpec[] = [linkedinFollowers, linkedinVisitors, linkedinContent];

