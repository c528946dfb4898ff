// Format `meta-bs-audience`: Meta Business Suite `Audience.csv`, stacked blocks (age & gender of
// followers, top cities, top countries, top pages, follows), docs/formats.md#meta-bs-audience.

import { parseAgeBand } from '../model/age-band';
import type { Gender, Observation } from '../model/observation';
import type { ImportWarning } from '../model/parsed-file';
import type { Platform } from '../model/platform';
import type { FormatContext, FormatPart, FormatSpec } from './format-spec';
import { numberCell, periodOfDates, requireCompleteSplit } from './format-helpers';
import type { AliasTable } from './headers';
import { matchesAlias, normaliseHeader } from './headers';
import { isDatePrimaryHeader, metaTitleMetric, readDailyPrimary } from './meta-bs-page-metric';
import { isBlankRow } from './sniff';

/** Block titles: English from the real layout (docs/formats.md#meta-bs-audience); Dutch/German/French guessed. */
const BLOCK_TITLES: AliasTable<'ageGender' | 'cities' | 'countries' | 'pages'> = {
  ageGender: ['Age & gender', 'Age and gender', 'Leeftijd en geslacht', 'Leeftijd & geslacht', 'Alter und Geschlecht', 'Âge et genre', 'Âge et sexe'],
  cities: ['Top cities', 'Topsteden', 'Populairste steden', 'Top-Städte', 'Principales villes'],
  countries: ['Top countries', 'Toplanden', 'Populairste landen', 'Top-Länder', 'Principaux pays'],
  pages: ['Top pages', "Topspagina's", "Populairste pagina's", 'Top-Seiten', 'Principales pages'],
};

/** Gender column headers of the age block: `Men` / `Women` (real layout), other languages guessed. */
const GENDER_HEADERS: AliasTable<Gender> = {
  male: ['Men', 'Male', 'Mannen', 'Man', 'Männer', 'Hommes'],
  female: ['Women', 'Female', 'Vrouwen', 'Vrouw', 'Frauen', 'Femmes'],
  other: [],
  unknown: ['Unspecified', 'Unknown', 'Niet opgegeven', 'Onbekend'],
};

function genderOf(header: string): Gender {
  const h = normaliseHeader(header);
  for (const g of Object.keys(GENDER_HEADERS) as Gender[]) {
    if (GENDER_HEADERS[g].some((a) => normaliseHeader(a) === h)) return g;
  }
  return 'unknown';
}

/** A run of non-blank rows: `start` is the index of its first row in `ctx.rows`, `end` one past its last. */
interface Block {
  start: number;
  end: number;
}

function blocksOf(rows: readonly string[][]): Block[] {
  const blocks: Block[] = [];
  let start = -1;
  for (let i = 0; i <= rows.length; i++) {
    const blank = i === rows.length || isBlankRow(rows[i] ?? []);
    if (blank && start >= 0) {
      blocks.push({ start, end: i });
      start = -1;
    } else if (!blank && start < 0) start = i;
  }
  return blocks;
}

function singleCell(row: readonly string[] | undefined): string | null {
  if (row === undefined) return null;
  const cells = row.filter((c) => c.trim() !== '');
  return cells.length === 1 ? (cells[0] ?? '').trim() : null;
}

/** First cell of the age block's header in the 2024 layout (`"Age","Women","Men"`); before it was empty. */
const AGE_HEADERS: readonly string[] = ['Age', 'Leeftijd', 'Alter', 'Âge', 'Edad', 'Età'];

/**
 * Structure of the age & gender block: a title, `"","Men","Women"` (or `"Age","Women","Men"`, 2024),
 * then rows starting with an age band.
 */
function isAgeGenderBlock(rows: readonly string[][], b: Block): boolean {
  const header = rows[b.start + 1];
  const first = rows[b.start + 2];
  const corner = (header?.[0] ?? '').trim();
  return (
    b.end - b.start >= 3 &&
    singleCell(rows[b.start]) !== null &&
    header !== undefined &&
    header.length >= 2 &&
    (corner === '' || matchesAlias(corner, AGE_HEADERS)) &&
    parseAgeBand(first?.[0] ?? '') !== null
  );
}

/** The platform a block title starts with (`Facebook followers by …`, `Instagram followers`), else null. */
function platformOfTitle(title: string): Platform | null {
  const t = normaliseHeader(title);
  if (t.startsWith('facebook ')) return 'facebook';
  if (t.startsWith('instagram ')) return 'instagram';
  return null;
}

/**
 * The follower-count block of the 2024 layout: a title (`"Facebook followers"`), Meta's metric key as one
 * cell (`"FB_PAGE,FOLLOW,UNIQUE_USERS"`, `"IG_ACCOUNT,FOLLOW,UNIQUE_USERS"`) and the count (`"30222"`).
 */
function isFollowerCountBlock(rows: readonly string[][], b: Block): boolean {
  const key = singleCell(rows[b.start + 1]) ?? '';
  return b.end - b.start === 3 && /^[A-Z_]+,FOLLOW,UNIQUE_USERS$/.test(key) && singleCell(rows[b.start + 2]) !== null;
}

/** Top cities / countries as rows (2024): a title, `"Top cities","Value"`, then `label, percent` rows. */
function rowsListKind(rows: readonly string[][], b: Block): 'city' | 'country' | null {
  const header = rows[b.start + 1] ?? [];
  if (header.length < 2) return null;
  if (matchesAlias(header[0] ?? '', BLOCK_TITLES.cities)) return 'city';
  if (matchesAlias(header[0] ?? '', BLOCK_TITLES.countries)) return 'country';
  return null;
}

function readRowsList(ctx: FormatContext, b: Block, prefix: 'city' | 'country'): Observation[] {
  const out: Observation[] = [];
  for (let i = b.start + 2; i < b.end; i++) {
    const label = (ctx.rows[i]?.[0] ?? '').trim();
    if (label === '') continue;
    const percent = numberCell(ctx, i, 1, label);
    if (percent !== null) out.push({ metric: 'followers', period: null, segment: `${prefix}:${label}`, value: percent / 100, unit: 'share' });
  }
  return out;
}

function readAgeGender(ctx: FormatContext, b: Block): Observation[] {
  const header = ctx.rows[b.start + 1] ?? [];
  const out: Observation[] = [];
  for (let i = b.start + 2; i < b.end; i++) {
    const row = ctx.rows[i] ?? [];
    const ageBand = parseAgeBand(row[0] ?? '');
    if (ageBand === null) continue;
    for (let c = 1; c < header.length; c++) {
      const percent = numberCell(ctx, i, c, header[c] ?? '');
      if (percent === null) continue;
      out.push({ metric: 'followers', period: null, ageBand, gender: genderOf(header[c] ?? ''), value: percent / 100, unit: 'share' });
    }
  }
  return out;
}

/** Transposed blocks (a row of labels, a row of percentages) → followers shares with `prefix:<label>`. */
function readTransposed(ctx: FormatContext, b: Block, prefix: 'city' | 'country'): Observation[] {
  const labels = ctx.rows[b.start + 1] ?? [];
  const out: Observation[] = [];
  if (b.start + 2 >= b.end) return out;
  labels.forEach((label, c) => {
    if (label.trim() === '') return;
    const percent = numberCell(ctx, b.start + 2, c, label);
    if (percent === null) return;
    out.push({ metric: 'followers', period: null, segment: `${prefix}:${label.trim()}`, value: percent / 100, unit: 'share' });
  });
  return out;
}

/**
 * Meta Business Suite audience file (UTF-16 LE, `sep=,`, blocks separated by blank lines). Detected by
 * the structure of its age & gender block (a one-cell title, `"","Men","Women"`, rows starting with age
 * bands). Yields:
 * - `followers` share (percent / 100) per age band × gender (period null: a snapshot at export time);
 *   the bands are those present, so the age floor is 13 only when a 13-17 row exists;
 * - `Top cities` / `Top countries` (transposed) as `followers` shares with segment `city:<name>` /
 *   `country:<name>`; `Top pages` (affinity scores, not shares) is ignored;
 * - a `"Date","Primary"` block (`Follows`) as daily `follows` counts; the file period is its range.
 * Other blocks are ignored with warning `unknown-block-ignored`. Basis `followers`; platform null with
 * candidates facebook and instagram (the file does not say).
 * The March 2024 layout names the platform in every block title and holds both: `"Facebook followers"`,
 * `"FB_PAGE,FOLLOW,UNIQUE_USERS"`, `"30222"` (the follower count: `followers`, unit `count`, period null
 * since the file has no date), `"Facebook followers by gender and age"` with `"Age","Women","Men"`, the
 * same for Instagram, and top cities / countries as `label, percent` rows. It yields one part per
 * platform (`FormatResult.parts`), each with its own age split (checked to add up to about 100 %);
 * the top-level fields mirror the first part.
 * Version 2: an age block whose cells do not add up to 95-105 % is refused (`shares-incomplete`, a file
 * cut off inside the block).
 */
export const metaBsAudience: FormatSpec = {
  id: 'meta-bs-audience',
  version: 2,
  label: 'Meta Business Suite audience',
  platform: null,
  detect: (ctx) => blocksOf(ctx.rows).some((b) => isAgeGenderBlock(ctx.rows, b)),
  parse: (ctx) => {
    const byPlatform = new Map<Platform | null, Observation[]>();
    const into = (platform: Platform | null): Observation[] => {
      let list = byPlatform.get(platform);
      if (list === undefined) byPlatform.set(platform, (list = []));
      return list;
    };
    const warnings: ImportWarning[] = [];
    const dates: string[] = [];
    const ignored: string[] = [];
    for (const b of blocksOf(ctx.rows)) {
      const title = singleCell(ctx.rows[b.start]) ?? '';
      const observations = into(platformOfTitle(title));
      const list = rowsListKind(ctx.rows, b);
      if (isAgeGenderBlock(ctx.rows, b)) observations.push(...readAgeGender(ctx, b));
      else if (isFollowerCountBlock(ctx.rows, b)) {
        // The audience size on the export day; the file gives no date, so the period is unknown (null).
        const count = numberCell(ctx, b.start + 2, ctx.rows[b.start + 2]?.findIndex((c) => c.trim() !== '') ?? 0, title);
        if (count !== null) observations.push({ metric: 'followers', period: null, value: count, unit: 'count' });
      } else if (list !== null) observations.push(...readRowsList(ctx, b, list));
      else if (matchesAlias(title, BLOCK_TITLES.cities)) observations.push(...readTransposed(ctx, b, 'city'));
      else if (matchesAlias(title, BLOCK_TITLES.countries)) observations.push(...readTransposed(ctx, b, 'country'));
      else if (matchesAlias(title, BLOCK_TITLES.pages)) continue;
      else if (isDatePrimaryHeader(ctx.rows[b.start + 1])) {
        const metric = metaTitleMetric(title)?.metric ?? 'follows';
        const daily = readDailyPrimary(ctx, b.start + 2, metric);
        observations.push(...daily.observations);
        dates.push(...daily.dates);
      } else ignored.push(title === '' ? (ctx.rows[b.start]?.[0] ?? '').trim() : title);
    }
    if (ignored.length > 0) {
      warnings.push({
        code: 'unknown-block-ignored',
        message: `${String(ignored.length)} unknown block(s) ignored: ${ignored.join(', ')}`,
        params: { count: ignored.length, blocks: ignored.join(', ') },
      });
    }
    const period = periodOfDates(dates);
    const named = [...byPlatform.entries()].filter((e): e is [Platform, Observation[]] => e[0] !== null && e[1].length > 0);
    if (named.length === 0) {
      const observations = byPlatform.get(null) ?? [];
      requireCompleteSplit(ctx, observations, 'followers');
      return { platform: null, platformCandidates: ['facebook', 'instagram'], accountName: null, period, basis: 'followers', observations, warnings };
    }
    // The 2024 layout: every block names its platform; a block that names none belongs to no part.
    const parts: FormatPart[] = named.map(([platform, observations]) => {
      requireCompleteSplit(ctx, observations, 'followers');
      const hasSplit = observations.some((o) => o.ageBand !== undefined);
      return { platform, accountName: null, period, basis: hasSplit ? 'followers' : null, observations, warnings: [] };
    });
    const first = parts[0]!;
    return {
      platform: first.platform,
      platformCandidates: parts.map((p) => p.platform),
      accountName: null,
      period,
      basis: first.basis,
      observations: first.observations,
      warnings,
      parts,
    };
  },
};
