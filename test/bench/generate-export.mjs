// Generates a large YouTube Studio `Chart data.csv` of the Content report (daily views per video) for
// `npm run bench`: the real layout of docs/formats.md#youtube, deterministic, written to a path given.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** Day 0 of the generated period: 2021-01-01 (UTC), in ms since the epoch. */
const FIRST_DAY_MS = Date.UTC(2021, 0, 1);
const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * mulberry32: a small seeded PRNG.
 * @param {number} seed 32-bit seed
 * @returns {() => number} floats in [0, 1)
 */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One made-up video: an 11-character ID starting with a letter (YouTube's form) and a title (a third hold
 * a comma, so they are quoted; a third hold non-ASCII letters).
 * @param {() => number} random
 * @param {number} index video number
 * @returns {{ id: string, title: string }}
 */
function makeVideo(random, index) {
  let id = ID_CHARS[Math.floor(random() * 52)];
  for (let k = 1; k < 11; k++) id += ID_CHARS[Math.floor(random() * 64)];
  const kind = index % 3;
  const title =
    kind === 0 ? `"Testvideo ${index + 1}, deel ${(index % 7) + 1}"` : kind === 1 ? `Testvideo ${index + 1}` : `Één minuut café ${index + 1}`;
  return { id, title };
}

/**
 * Writes `rows` data rows of `Date,Content,Video title,Views` (UTF-8, no BOM, LF, oldest day first, every
 * video each day) to `file`: about 48 bytes a row, so 1M rows (48 MB) stay under the app's 50 MiB limit
 * for a text file (`MAX_TEXT_BYTES` in src/core/formats/parse-source-file.ts). The `Content` column is the dimension (video
 * ID, stored as the observation's segment); `Views` the only metric, so each row yields one observation.
 * @param {string} file path to write (overwritten)
 * @param {number} rows data rows (≥ 1)
 * @param {number} [videos] distinct videos per day (default min(2000, rows))
 * @returns {Promise<{ rows: number, bytes: number, videos: number, days: number, totalViews: number, firstDay: string, lastDay: string }>}
 *   what was written: `totalViews` is the sum of the Views column (the bench checks its aggregations
 *   against it).
 */
export async function generateChartData(file, rows, videos = Math.min(2000, rows)) {
  const random = prng(313);
  const catalogue = Array.from({ length: videos }, (_, i) => makeVideo(random, i));
  const out = createWriteStream(file);
  let bytes = 0;
  let totalViews = 0;
  let written = 0;
  let day = 0;
  let lastIso = '';
  const put = async (text) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await put('Date,Content,Video title,Views\n');
  while (written < rows) {
    const iso = new Date(FIRST_DAY_MS + day * 86_400_000).toISOString().slice(0, 10);
    lastIso = iso;
    let block = '';
    for (let v = 0; v < videos && written < rows; v++, written++) {
      const video = catalogue[v];
      const views = random() < 0.1 ? 0 : Math.floor(random() * random() * 5000);
      totalViews += views;
      block += `${iso},${video.id},${video.title},${views}\n`;
    }
    await put(block);
    day++;
  }
  out.end();
  await once(out, 'finish');
  return { rows, bytes, videos, days: day, totalViews, firstDay: '2021-01-01', lastDay: lastIso };
}
