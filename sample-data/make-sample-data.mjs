// Writes the sample-data files (fictitious numbers in the real export layouts) and manifest.json; run: node sample-data/make-sample-data.mjs [OUTDIR]
//
// Every number below is made up. The layouts copy the real exports described in
// docs/formats.md#meta (Meta Business Suite) and docs/formats.md#youtube (YouTube Studio):
// - YouTube Studio `Table data.csv` of the Viewer age report: UTF-8, no BOM, LF, EN DASH (U+2013) in
//   `13–17 years`, `Views (%)` and `Watch time (hours) (%)` in percent 0-100, no Total row.
// - Meta Business Suite `Audience.csv`: UTF-16 LE with BOM, `sep=,`, stacked blocks separated by a blank
//   line: "Age & gender" (`"","Men","Women"`, percent 0-100 of followers), "Top cities", "Top countries"
//   (transposed: a row of labels, a row of values), "Follows" (`"Date","Primary"`).
// - Meta Business Suite page-level metric file: UTF-16 LE with BOM, `sep=,`, a title line, `"Date","Primary"`,
//   ISO dates with `T00:00:00`, every field quoted, a blank line at the end.
// - YouTube Studio `Table data.csv` of the Content report: a `Total` row (the channel's views of the
//   period), then one row per video.
// - The legacy Facebook "Page Insights > Export data" file: a header row, a description row, one row per
//   day; `Weekly Reach Demographics - F.13-17` … columns (people reached in the 7 days ending that day).
// - The Youth Reach audience template (typed in): UTF-8 with BOM, CRLF, one row per age band, the
//   `audience_size` column (a follower count typed on the entity page is a row without a band).
// The expected youth shares are worked out by hand in README.md; test/unit/sample-data checks them.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Where to write: this folder, or OUTDIR (the sample-data test writes to a temporary folder and compares). */
const outDir = process.argv[2] ? path.resolve(process.argv[2]) : here;

// ---------------------------------------------------------------------------------------------------------
// The numbers (all fictitious).
// ---------------------------------------------------------------------------------------------------------

const AGE_LABELS = ['13-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'];

/** YouTube viewer-age tables: per band [Views (%), Average view duration, Average percentage viewed (%), Watch time (hours) (%)]. */
const YOUTUBE_VIEWER_AGE = {
  // youth = 38.4 + 21.7 = 60.1 of 100.0
  ketnet: [
    [38.4, '0:03:12', 52.3, 41.2],
    [21.7, '0:03:40', 49.8, 22.5],
    [14.2, '0:02:55', 41.2, 13.1],
    [12.9, '0:02:41', 39.5, 11.8],
    [7.3, '0:02:30', 38.1, 6.9],
    [3.6, '0:02:02', 33.4, 3],
    [1.9, '0:01:48', 30.2, 1.5],
  ],
  // youth = 1.1 + 15.2 = 16.3 of 100.0
  vdab: [
    [1.1, '0:01:05', 22.4, 0.8],
    [15.2, '0:02:14', 35.6, 13.1],
    [34.6, '0:02:48', 41.7, 36.2],
    [23.2, '0:02:51', 42.3, 24.3],
    [15.2, '0:02:55', 43, 15.2],
    [8.1, '0:02:40', 40.1, 8],
    [2.6, '0:02:31', 38.8, 2.4],
  ],
  // youth = 0.4 + 3.7 = 4.1 of 99.99 (rounded shares need not sum to 100)
  ovam: [
    [0.4, '0:00:48', 18.5, 0.2],
    [3.7, '0:01:21', 27.9, 2.9],
    [18.2, '0:02:36', 39.4, 16.8],
    [24.6, '0:03:02', 44.1, 25.1],
    [22.1, '0:03:10', 45.6, 23.4],
    [17.3, '0:03:05', 44.9, 17.9],
    [13.69, '0:02:58', 42.7, 13.7],
  ],
};

/** Meta audience files, "Age & gender" block: band → [Men, Women] in percent of followers. */
const META_AGE_GENDER = {
  // August 2025, the month before: youth = 33.0 + 24.0 = 57.0 of 100.0 (the share then falls to 54.1)
  'ketnet-instagram-aug': [
    ['13-17', 15.0, 18.0],
    ['18-24', 10.5, 13.5],
    ['25-34', 5.5, 11.5],
    ['35-44', 5.0, 10.0],
    ['45-54', 2.5, 4.5],
    ['55-64', 1.2, 1.8],
    ['65+', 0.4, 0.6],
  ],
  // 13+ (has 13-17); youth = 31.7 + 22.4 = 54.1 of 100.0
  'ketnet-instagram': [
    ['13-17', 14.2, 17.5],
    ['18-24', 9.8, 12.6],
    ['25-34', 6.1, 13.4],
    ['35-44', 5.3, 11.9],
    ['45-54', 2.4, 4.3],
    ['55-64', 0.8, 1.2],
    ['65+', 0.2, 0.3],
  ],
  // 18+ (starts at 18-24); youth = 9.6 of 100.0
  'vdab-facebook': [
    ['18-24', 4.3, 5.3],
    ['25-34', 13.9, 17.2],
    ['35-44', 10.9, 14.5],
    ['45-54', 7.6, 10.3],
    ['55-64', 4.8, 6.2],
    ['65+', 2.1, 2.9],
  ],
  // 13+; youth = 7.7 + 27.2 = 34.9 of 99.9
  'de-lijn-instagram': [
    ['13-17', 3.1, 4.6],
    ['18-24', 11.4, 15.8],
    ['25-34', 10.9, 14.3],
    ['35-44', 7.2, 9.8],
    ['45-54', 5.1, 7.3],
    ['55-64', 3.2, 4.4],
    ['65+', 1.2, 1.6],
  ],
  // 18+; youth = 3.2 of 100.1
  'ovam-facebook': [
    ['18-24', 1.3, 1.9],
    ['25-34', 6.8, 9.7],
    ['35-44', 9.9, 12.4],
    ['45-54', 10.6, 12.8],
    ['55-64', 8.7, 10.1],
    ['65+', 7.2, 8.7],
  ],
};

/** Meta audience files, "Top cities" and "Top countries" blocks (percent of followers). */
const META_TOP = {
  'ketnet-instagram-aug': {
    cities: [['Antwerp, Belgium', 9.3], ['Ghent, Belgium', 7.2], ['Brussels, Belgium', 5.0], ['Bruges, Belgium', 3.4], ['Leuven, Belgium', 2.8]],
    countries: [['Belgium', 91.0], ['Netherlands', 5.3], ['France', 0.9], ['Spain', 0.5], ['Germany', 0.4]],
  },
  'ketnet-instagram': {
    cities: [['Antwerp, Belgium', 9.1], ['Ghent, Belgium', 7.4], ['Brussels, Belgium', 5.2], ['Bruges, Belgium', 3.3], ['Leuven, Belgium', 2.9]],
    countries: [['Belgium', 91.2], ['Netherlands', 5.1], ['France', 0.9], ['Spain', 0.5], ['Germany', 0.4]],
  },
  'vdab-facebook': {
    cities: [['Antwerp, Belgium', 11.8], ['Ghent, Belgium', 8.6], ['Brussels, Belgium', 6.9], ['Hasselt, Belgium', 3.8], ['Leuven, Belgium', 3.5]],
    countries: [['Belgium', 94.3], ['Netherlands', 2.2], ['Morocco', 0.8], ['Turkey', 0.6], ['Poland', 0.4]],
  },
  'de-lijn-instagram': {
    cities: [['Ghent, Belgium', 10.4], ['Antwerp, Belgium', 10.1], ['Leuven, Belgium', 6.7], ['Brussels, Belgium', 4.8], ['Mechelen, Belgium', 3.1]],
    countries: [['Belgium', 95.6], ['Netherlands', 2.3], ['France', 0.5], ['Spain', 0.3], ['Italy', 0.2]],
  },
  'ovam-facebook': {
    cities: [['Mechelen, Belgium', 6.2], ['Antwerp, Belgium', 5.9], ['Ghent, Belgium', 5.1], ['Brussels, Belgium', 4.4], ['Leuven, Belgium', 3.7]],
    countries: [['Belgium', 96.8], ['Netherlands', 1.9], ['France', 0.4], ['Germany', 0.2], ['Luxembourg', 0.1]],
  },
};

/** Daily series for September 2025, day 1 first. `null` = day left out (Meta omits some days with 0). */
const SEPTEMBER_2025 = {
  // "Follows" block of each audience file: new follows per day.
  'ketnet-instagram-follows': [41, 38, 52, 47, 44, 61, 66, 39, 35, 42, 48, 50, 70, 72, 37, 36, 40, 45, 49, 68, 74, 38, 41, 43, 46, 51, 69, 71, 40, 44],
  'vdab-facebook-follows': [12, 15, 14, 11, 9, 4, 3, 13, 16, 12, 10, 8, 5, 2, 14, 13, 15, 11, 9, 3, 4, 12, 14, 13, 10, 9, 5, 3, 15, 12],
  'de-lijn-instagram-follows': [22, 35, 31, 27, 25, 14, 12, 26, 24, 23, 28, 21, 13, 11, 25, 27, 22, 24, 20, 15, 12, 23, 26, 24, 22, 19, 14, 10, 27, 25],
  'ovam-facebook-follows': [2, 1, null, 3, 1, null, null, 2, 1, 1, 2, null, null, 1, 3, 2, 1, null, 1, null, null, 2, 1, 2, null, 1, null, null, 2, 1],
  // Page-level metric files.
  // De Lijn, Facebook "Views": the account without age data.
  // 1 Sep 2025 is a Monday. Weeks: 57,458 + 56,267 + 55,981 + 55,861 + (29-30 Sep) 19,858 = 245,425 (README.md)
  'de-lijn-facebook-views': [
    9820, 10412, 9955, 9614, 9212, 4410, 4035, 9736, 10104, 9871, 9544, 8917, 4176, 3919, 9683,
    10022, 9801, 9366, 8837, 4290, 3982, 9705, 9950, 9788, 9402, 8764, 4315, 3937, 9681, 10177,
  ],
  // Ketnet, "Facebook follows": says its platform in the title line; days with 0 left out.
  // 23 days given: 6 + 4 + 9 + 5 + 3 + 7 + 2 + 8 + 5 + 4 + 6 + 3 + 9 + 5 + 4 + 7 + 6 + 3 + 8 + 5 + 6 + 4 + 2 = 121
  'ketnet-facebook-follows': [6, 4, null, 9, 5, 3, 7, null, 2, 8, 5, null, 4, 6, 3, null, 9, 5, 4, null, 7, 6, 3, null, 8, 5, null, 6, 4, 2],
};

/** "Follows" of Ketnet's Instagram audience file for August 2025 (31 days). */
const AUGUST_2025_KETNET_FOLLOWS = [39, 36, 50, 45, 43, 58, 63, 37, 34, 40, 46, 48, 67, 70, 36, 35, 38, 44, 47, 66, 71, 37, 40, 42, 44, 49, 67, 69, 39, 42, 45];

/** YouTube Content tables: the Total row's views and the videos' views (summing to it). */
const YOUTUBE_CONTENT = {
  // 180,000 = 96,000 + 52,000 + 32,000
  ketnet: { total: 180000, videos: [['ketnet01', 'Wrapped: de zomer', 96000], ['ketnet02', 'Karrewiet extra', 52000], ['ketnet03', 'Zomerkamp vlog', 32000]] },
  // 310,000 = 160,000 + 95,000 + 55,000
  vdab: { total: 310000, videos: [['vdab01', 'Solliciteren in 5 stappen', 160000], ['vdab02', 'Je eerste job', 95000], ['vdab03', 'Opleidingen in de kijker', 55000]] },
  // 1,900 = 1,200 + 700: few views, so few views by young people (0.041004 × 1,900 = 78 < 100)
  ovam: { total: 1900, videos: [['ovam01', 'Sorteren doe je zo', 1200], ['ovam02', 'Bodemsanering uitgelegd', 700]] },
};

/**
 * De Lijn's legacy Page Insights export, 24-30 September 2025: `Weekly Reach Demographics` (people reached
 * in the 7 days ending that day) by gender and band, the same on each day; youth = (2,400 + 2,000) +
 * (5,200 + 4,400) = 14,000 of 48,000.
 */
const LEGACY_REACH_DEMOGRAPHICS = [
  ['F.13-17', 2400], ['F.18-24', 5200], ['F.25-34', 6000], ['F.35-44', 5000], ['F.45-54', 3800], ['F.55-64', 2400], ['F.65+', 1200],
  ['M.13-17', 2000], ['M.18-24', 4400], ['M.25-34', 5200], ['M.35-44', 4200], ['M.45-54', 3200], ['M.55-64', 2000], ['M.65+', 1000],
];
/** Days 24-30 September 2025: [Lifetime Total Likes, Daily Total Reach]. */
const LEGACY_DAYS = [
  ['2025-09-24', 41500, 9100], ['2025-09-25', 41550, 9400], ['2025-09-26', 41600, 8800], ['2025-09-27', 41640, 5200],
  ['2025-09-28', 41690, 4900], ['2025-09-29', 41750, 9300], ['2025-09-30', 41800, 9600],
];

/**
 * Typed-in data (the Youth Reach audience template): platform, account, period, basis, bands (percent) or
 * none, audience size (the count of the basis; followers on the period's last day), where it was read.
 */
const TYPED = {
  // TikTok's app shows followers by age from 18: youth (18-24) = 44.0 % of 85,000 followers
  'ketnet-tiktok': { platform: 'tiktok', account: '@ketnet', start: '2025-09-01', end: '2025-09-30', basis: 'followers', bands: [['18-24', 44], ['25-34', 28], ['35-44', 15], ['45-54', 8], ['55+', 5]], size: 85000, source: 'TikTok Studio › Analyse › Volgers, 30-09-2025' },
  // Follower counts typed on the entity page (no age split)
  'ketnet-instagram-followers': { platform: 'instagram', account: '', start: '2025-09-30', end: '2025-09-30', basis: 'followers', bands: [], size: 52000, source: 'Instagram-app › Professioneel dashboard' },
  'vdab-facebook-followers': { platform: 'facebook', account: '', start: '2025-09-30', end: '2025-09-30', basis: 'followers', bands: [], size: 24000, source: 'Meta Business Suite › Startpagina' },
  'ovam-facebook-followers': { platform: 'facebook', account: '', start: '2025-09-30', end: '2025-09-30', basis: 'followers', bands: [], size: 6500, source: 'Meta Business Suite › Startpagina' },
};

// ---------------------------------------------------------------------------------------------------------
// The files: name, entity, platform (for manifest.json), and how to write them.
// ---------------------------------------------------------------------------------------------------------

const FILES = [
  { file: 'ketnet_youtube_viewer-age_table-data.csv', entity: 'Ketnet', platform: 'youtube', write: () => youtubeViewerAge(YOUTUBE_VIEWER_AGE.ketnet) },
  { file: 'ketnet_youtube_content_table-data.csv', entity: 'Ketnet', platform: 'youtube', write: () => youtubeContent(YOUTUBE_CONTENT.ketnet) },
  { file: 'ketnet_instagram_audience_2025-08.csv', entity: 'Ketnet', platform: 'instagram', write: () => metaAudience('ketnet-instagram-aug', AUGUST_2025_KETNET_FOLLOWS, '2025-08') },
  { file: 'ketnet_instagram_audience.csv', entity: 'Ketnet', platform: 'instagram', write: () => metaAudience('ketnet-instagram') },
  { file: 'ketnet_instagram_followers_typed.csv', entity: 'Ketnet', platform: 'instagram', write: () => typedTemplate(TYPED['ketnet-instagram-followers']) },
  { file: 'ketnet_tiktok_typed.csv', entity: 'Ketnet', platform: 'tiktok', write: () => typedTemplate(TYPED['ketnet-tiktok']) },
  { file: 'ketnet_facebook_page-metric_follows.csv', entity: 'Ketnet', platform: 'facebook', write: () => metaPageMetric('Facebook follows', SEPTEMBER_2025['ketnet-facebook-follows']) },
  { file: 'vdab_youtube_viewer-age_table-data.csv', entity: 'VDAB', platform: 'youtube', write: () => youtubeViewerAge(YOUTUBE_VIEWER_AGE.vdab) },
  { file: 'vdab_youtube_content_table-data.csv', entity: 'VDAB', platform: 'youtube', write: () => youtubeContent(YOUTUBE_CONTENT.vdab) },
  { file: 'vdab_facebook_audience.csv', entity: 'VDAB', platform: 'facebook', write: () => metaAudience('vdab-facebook') },
  { file: 'vdab_facebook_followers_typed.csv', entity: 'VDAB', platform: 'facebook', write: () => typedTemplate(TYPED['vdab-facebook-followers']) },
  { file: 'de-lijn_instagram_audience.csv', entity: 'De Lijn', platform: 'instagram', write: () => metaAudience('de-lijn-instagram') },
  { file: 'de-lijn_facebook_page-metric_views.csv', entity: 'De Lijn', platform: 'facebook', write: () => metaPageMetric('Views', SEPTEMBER_2025['de-lijn-facebook-views']) },
  { file: 'de-lijn_facebook_insights-export.csv', entity: 'De Lijn', platform: 'facebook', write: () => legacyInsights() },
  { file: 'ovam_youtube_viewer-age_table-data.csv', entity: 'OVAM', platform: 'youtube', write: () => youtubeViewerAge(YOUTUBE_VIEWER_AGE.ovam) },
  { file: 'ovam_youtube_content_table-data.csv', entity: 'OVAM', platform: 'youtube', write: () => youtubeContent(YOUTUBE_CONTENT.ovam) },
  { file: 'ovam_facebook_audience.csv', entity: 'OVAM', platform: 'facebook', write: () => metaAudience('ovam-facebook') },
  { file: 'ovam_facebook_followers_typed.csv', entity: 'OVAM', platform: 'facebook', write: () => typedTemplate(TYPED['ovam-facebook-followers']) },
];

// ---------------------------------------------------------------------------------------------------------
// Layout writers.
// ---------------------------------------------------------------------------------------------------------

/** YouTube Studio viewer-age `Table data.csv`: UTF-8 without BOM, LF, no trailing newline (as the real file). */
function youtubeViewerAge(rows) {
  const lines = ['Viewer age,Views (%),Average view duration,Average percentage viewed (%),Watch time (hours) (%)'];
  rows.forEach(([views, duration, percentage, watch], i) => {
    const label = `${AGE_LABELS[i].replace('-', '\u2013')} years`;
    lines.push([label, num(views), duration, num(percentage), num(watch)].join(','));
  });
  return Buffer.from(lines.join('\n'), 'utf8');
}

/** YouTube Studio Content `Table data.csv`: UTF-8, LF, a `Total` row then one row per video. */
function youtubeContent({ total, videos }) {
  const lines = ['Content,Video title,Video publish time,Duration,Views,Watch time (hours),Subscribers,Impressions,Impressions click-through rate (%)'];
  lines.push(['Total', '', '', '', total, '', '', '', ''].join(','));
  for (const [id, title, views] of videos) lines.push([id, title, '"Jun 1, 2025"', 240, views, '', '', '', ''].join(','));
  return Buffer.from(lines.join('\n'), 'utf8');
}

/** The legacy Page Insights export: UTF-8 with BOM, CRLF, a header row, a description row, one row per day. */
function legacyInsights() {
  const header = ['Date', 'Lifetime Total Likes', 'Daily Total Reach', ...LEGACY_REACH_DEMOGRAPHICS.map(([key]) => `Weekly Reach Demographics - ${key}`)];
  const description = ['', 'Lifetime: The total number of people who have liked your Page. (Unique Users)', 'Daily: The number of people who have seen any content associated with your Page. (Unique Users)', 'Weekly: Total Page Reach by age and gender. (Unique Users)', ...LEGACY_REACH_DEMOGRAPHICS.slice(1).map(() => '')];
  const rows = LEGACY_DAYS.map(([day, likes, reach]) => [day, likes, reach, ...LEGACY_REACH_DEMOGRAPHICS.map(([, v]) => v)]);
  const cell = (v) => (/[",]/.test(String(v)) ? q(v) : String(v));
  return Buffer.from(`\ufeff${[header, description, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`, 'utf8');
}

/** The Youth Reach audience template: UTF-8 with BOM, CRLF, one row per band (one row without a band for a size alone). */
function typedTemplate(e) {
  const lines = ['platform,account,period_start,period_end,basis,age_band,share_percent,audience_size,source,note'];
  const rows = e.bands.length > 0 ? e.bands : [['', '']];
  const cell = (v) => (/[",]/.test(String(v)) ? q(v) : String(v));
  for (const [band, share] of rows) lines.push([e.platform, e.account, e.start, e.end, e.basis, band, share, e.size, e.source, 'voorbeeldgegevens (verzonnen)'].map(cell).join(','));
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}

/** Meta Business Suite `Audience.csv`: UTF-16 LE with BOM, `sep=,`, four blocks separated by a blank line. */
function metaAudience(key, follows = SEPTEMBER_2025[`${key}-follows`], month = '2025-09') {
  const top = META_TOP[key];
  const lines = [
    'sep=,',
    q('Age & gender'),
    [q(''), q('Men'), q('Women')].join(','),
    ...META_AGE_GENDER[key].map(([band, men, women]) => [q(band), q(num(men)), q(num(women))].join(',')),
    '',
    q('Top cities'),
    top.cities.map(([name]) => q(name)).join(','),
    top.cities.map(([, v]) => q(num(v))).join(','),
    '',
    q('Top countries'),
    top.countries.map(([name]) => q(name)).join(','),
    top.countries.map(([, v]) => q(num(v))).join(','),
    '',
    q('Follows'),
    ...dailySeries(follows, month),
  ];
  return utf16le(lines);
}

/** Meta Business Suite page-level metric file: UTF-16 LE with BOM, `sep=,`, title line, `"Date","Primary"`. */
function metaPageMetric(title, values) {
  return utf16le(['sep=,', q(title), ...dailySeries(values)]);
}

/** `"Date","Primary"` then one quoted row per day of `month` (September 2025 by default) that has a value. */
function dailySeries(values, month = '2025-09') {
  const rows = [[q('Date'), q('Primary')].join(',')];
  values.forEach((v, i) => {
    if (v === null) return;
    const day = String(i + 1).padStart(2, '0');
    rows.push([q(`${month}-${day}T00:00:00`), q(num(v))].join(','));
  });
  return rows;
}

/** UTF-16 LE bytes with a BOM (FF FE), LF line endings and a trailing blank line, as the real MBS files. */
function utf16le(lines) {
  return Buffer.from(`\ufeff${lines.join('\n')}\n\n`, 'utf16le');
}

const q = (s) => `"${String(s).replace(/"/g, '""')}"`;
/** Numbers as the exports print them: no trailing zeros (`13`, `12.3`). */
const num = (n) => String(n);

// ---------------------------------------------------------------------------------------------------------

for (const f of FILES) writeFileSync(path.join(outDir, f.file), f.write());
// Presence per entity and platform (fictitious, like the numbers): has-account = an account without a
// sample file, no-account = a platform gap. Stored by load-sample-data after the files; see README.md.
const PRESENCE = [
  ['De Lijn', 'tiktok', 'no-account'],
  ['De Lijn', 'snapchat', 'no-account'],
  ['De Lijn', 'youtube', 'no-account'],
  ['OVAM', 'instagram', 'no-account'],
  ['OVAM', 'tiktok', 'no-account'],
  ['OVAM', 'snapchat', 'no-account'],
  ['VDAB', 'instagram', 'has-account'],
  ['VDAB', 'tiktok', 'no-account'],
  ['Ketnet', 'snapchat', 'has-account'],
];
const manifest = {
  files: FILES.map(({ file, entity, platform }) => ({ file, entity, platform })),
  presenceNote: 'Fictitious: made up for the sample data, not the real accounts of these organisations.',
  presence: PRESENCE.map(([entity, platform, presence]) => ({ entity, platform, presence })),
};
writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`wrote ${FILES.length} files and manifest.json to ${path.relative(process.cwd(), outDir) || '.'}`);
