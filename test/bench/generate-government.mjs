// Generates a government-wide set of exports for `npm run bench`: per entity the files a communications
// officer downloads, in the real export layouts, with daily data over whole calendar years. Deterministic
// (seeded), so two runs import the same numbers. Layouts (the formats in src/core/formats read them):
// - YouTube Studio, Content report, `Chart data.csv` per year: `Date,Content,Video title,Views`, UTF-8, one
//   row per video per day (https://support.google.com/youtube/answer/9314357);
// - YouTube Studio, Viewer age, `Table data.csv`: `Viewer age,Views (%),…` with `13–17 years` (EN DASH);
// - X Analytics `account_overview_analytics.csv` per year: `"Thu, Sep 11, 2025"` dates, newest first;
// - Meta Business Suite page-level files `Follows.csv` and `Views.csv`: UTF-16 LE with BOM, `sep=,`, a
//   title line (`"Facebook follows"`), `"Date","Primary"`, `"2025-09-01T00:00:00"` dates.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { prng } from './generate-export.mjs';

/** Videos per YouTube channel in the daily chart data (one row each per day). */
export const VIDEOS = 5;
/** Metrics X's account overview yields per day (impressions, engagement, likes, follows, unfollows, profile visits, posts, replies, reposts, video views). */
export const X_METRICS_PER_DAY = 10;
/** Age bands of YouTube's viewer-age table, each with 4 figures (views %, average view duration, average % viewed, watch time %). */
export const VIEWER_AGE_OBSERVATIONS = 7 * 4;

const KINDS = ['Agentschap', 'Departement', 'Vlaamse Maatschappij voor', 'Fonds', 'Instituut'];
const TOPICS = ['Natuur en Bos', 'Wonen', 'Werk en Sociale Economie', 'Onderwijs en Vorming', 'Mobiliteit', 'Cultuur, Jeugd en Media', 'Omgeving', 'Zorg', 'Innovatie', 'Toerisme'];
const BANDS = ['13–17 years', '18–24 years', '25–34 years', '35–44 years', '45–54 years', '55–64 years', '65+ years'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The name of entity `index` (0-based): `Agentschap Natuur en Bos 1`, `Departement Wonen 2`, …; unique.
 * @param {number} index
 * @returns {string}
 */
export function entityName(index) {
  return `${KINDS[index % KINDS.length]} ${TOPICS[Math.floor(index / KINDS.length) % TOPICS.length]} ${index + 1}`;
}

/** @param {number} ms UTC ms @returns {string} YYYY-MM-DD */
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * The days of each calendar year from `firstYear` on, `years` years: `[{ year, days: ms[] }]`.
 * @param {number} firstYear
 * @param {number} years
 */
function yearsOfDays(firstYear, years) {
  const out = [];
  for (let y = firstYear; y < firstYear + years; y++) {
    const days = [];
    for (let ms = Date.UTC(y, 0, 1); ms < Date.UTC(y + 1, 0, 1); ms += 86_400_000) days.push(ms);
    out.push({ year: y, days });
  }
  return out;
}

/** @param {string[]} lines @returns {Buffer} UTF-16 LE with BOM, LF, trailing blank line (as Meta's files) */
function utf16le(lines) {
  return Buffer.from(`\ufeff${lines.join('\n')}\n\n`, 'utf16le');
}

/**
 * Writes the exports of entity `index` under `dir/<nn>/` and returns their paths and what they hold.
 * Files: 3 × YouTube `Chart data.csv` (one per year), YouTube viewer-age `Table data.csv`, 3 × X
 * `account_overview_analytics.csv` (one per year), Meta `Follows.csv` and `Views.csv` (all days).
 * @param {string} dir
 * @param {number} index entity number (0-based; also the seed)
 * @param {{ firstYear?: number, years?: number, videos?: number }} [options] default 2022, 3 years, {@link VIDEOS}
 * @returns {{ entity: string, files: string[], observations: number, days: number }}
 *   `observations`: what the app should store for the entity (see the counts above)
 */
export function generateEntity(dir, index, options = {}) {
  const { firstYear = 2022, years = 3, videos = VIDEOS } = options;
  const random = prng(1000 + index);
  const root = path.join(dir, String(index + 1).padStart(3, '0'));
  const files = [];
  const put = (rel, content) => {
    const file = path.join(root, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    files.push(file);
  };
  const perYear = yearsOfDays(firstYear, years);
  const allDays = perYear.flatMap((y) => y.days);
  const scale = 1 + Math.floor(random() * 20);

  const catalogue = Array.from({ length: videos }, (_, v) => ({
    id: `V${String(index).padStart(4, '0')}x${String(v).padStart(5, '0')}`.slice(0, 11),
    title: v % 2 === 0 ? `"Video ${v + 1}, ${entityName(index)}"` : `Één minuut ${v + 1}`,
  }));
  for (const { year, days } of perYear) {
    let text = 'Date,Content,Video title,Views\n';
    for (const ms of days) for (const video of catalogue) text += `${iso(ms)},${video.id},${video.title},${Math.floor(random() * 40 * scale)}\n`;
    put(path.join('youtube', String(year), 'Chart data.csv'), text);
  }

  // A youth-heavy or an older audience, so the entities get different verdicts.
  const weights = BANDS.map((_, b) => (b < 2 ? 0.2 + random() * (index % 3 === 0 ? 3 : 0.6) : 0.5 + random()));
  const sum = weights.reduce((a, b) => a + b, 0);
  const percents = weights.map((w) => Math.round((w / sum) * 1000) / 10);
  const age = ['Viewer age,Views (%),Average view duration,Average percentage viewed (%),Watch time (hours) (%)'];
  BANDS.forEach((band, b) => age.push(`${band},${percents[b]},0:0${2 + (b % 3)}:1${b},${40 + b}.5,${percents[b]}`));
  put(path.join('youtube', 'Table data.csv'), age.join('\n'));

  for (const { year, days } of perYear) {
    const lines = ['Date,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Unfollows,Replies,Reposts,Profile visits,Create Post,Video views,Media views'];
    for (let d = days.length - 1; d >= 0; d--) {
      const date = new Date(days[d]);
      const label = `"${WEEKDAYS[date.getUTCDay()]}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}"`;
      const n = () => Math.floor(random() * 30 * scale);
      lines.push([label, n() * 10, n(), n() * 2, n(), n(), n(), n(), n(), n(), n(), 1 + (d % 3), n(), n()].join(','));
    }
    put(path.join('x', String(year), 'account_overview_analytics.csv'), `${lines.join('\n')}\n`);
  }

  for (const [file, title] of [['Follows.csv', 'Facebook follows'], ['Views.csv', 'Facebook views']]) {
    const lines = ['sep=,', `"${title}"`, '"Date","Primary"'];
    for (const ms of allDays) lines.push(`"${iso(ms)}T00:00:00","${Math.floor(random() * (title.endsWith('views') ? 900 : 12) * scale)}"`);
    put(path.join('facebook', file), utf16le(lines));
  }

  const observations = allDays.length * (videos + X_METRICS_PER_DAY + 2) + VIEWER_AGE_OBSERVATIONS;
  return { entity: entityName(index), files, observations, days: allDays.length };
}

/**
 * Writes the exports of `entities` entities under `dir` (see {@link generateEntity}).
 * @param {string} dir
 * @param {number} entities
 * @param {{ firstYear?: number, years?: number, videos?: number }} [options]
 * @returns {{ entities: { entity: string, files: string[], observations: number }[], files: number, bytes: number, observations: number, days: number }}
 */
export function generateGovernment(dir, entities, options = {}) {
  const list = [];
  for (let i = 0; i < entities; i++) list.push(generateEntity(dir, i, options));
  return {
    entities: list,
    files: list.reduce((n, e) => n + e.files.length, 0),
    observations: list.reduce((n, e) => n + e.observations, 0),
    days: list[0]?.days ?? 0,
  };
}
