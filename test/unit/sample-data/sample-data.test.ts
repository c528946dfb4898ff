// Tests of sample-data/: the generator reproduces the committed bytes, and each account yields the youth share worked out by hand in sample-data/README.md.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../../src/core/formats/parse-source-file';
import { ageComposition } from '../../../src/core/metrics/age-composition';
import { summariseTotals } from '../../../src/core/metrics/totals';
import type { Period } from '../../../src/core/model/observation';
import type { Platform } from '../../../src/core/model/platform';

const DIR = path.resolve(process.cwd(), 'sample-data');

interface ManifestEntry {
  file: string;
  entity: string;
  platform: Platform;
}

const manifest = JSON.parse(readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as { files: ManifestEntry[] };
const bytesOf = (file: string): Uint8Array => new Uint8Array(readFileSync(path.join(DIR, file)));

const SEPTEMBER: Period = { start: '2025-09-01', end: '2025-09-30' };
const AUGUST: Period = { start: '2025-08-01', end: '2025-08-31' };
const LAST_DAY: Period = { start: '2025-09-30', end: '2025-09-30' };

/**
 * The table of sample-data/README.md, typed in from the hand working there (not computed by the code).
 * youthShare is the exact quotient; the README shows it as a percentage with one decimal.
 */
const EXPECTED: Record<string, { youthShare: number | null; floor: 13 | 18 | null; basis: string | null; period: Period | null }> = {
  // (38.4 + 21.7) / 100.0 = 0.601
  'ketnet_youtube_viewer-age_table-data.csv': { youthShare: 0.601, floor: 13, basis: 'views', period: null },
  // Content table: no age data (its Total row gives the views, 180,000)
  'ketnet_youtube_content_table-data.csv': { youthShare: null, floor: null, basis: null, period: null },
  // August: ((15.0 + 18.0) + (10.5 + 13.5)) / 100.0 = 57.0 / 100 = 0.57
  'ketnet_instagram_audience_2025-08.csv': { youthShare: 0.57, floor: 13, basis: 'followers', period: AUGUST },
  // ((14.2 + 17.5) + (9.8 + 12.6)) / 100.0 = 54.1 / 100 = 0.541
  'ketnet_instagram_audience.csv': { youthShare: 0.541, floor: 13, basis: 'followers', period: SEPTEMBER },
  // a follower count typed in (52,000 on 30 September): no age split
  'ketnet_instagram_followers_typed.csv': { youthShare: null, floor: null, basis: null, period: LAST_DAY },
  // typed in from TikTok Studio: 44 / (44 + 28 + 15 + 8 + 5) = 0.44, bands from 18-24 → floor 18
  'ketnet_tiktok_typed.csv': { youthShare: 0.44, floor: 18, basis: 'followers', period: SEPTEMBER },
  // follows only: no age data
  'ketnet_facebook_page-metric_follows.csv': { youthShare: null, floor: null, basis: null, period: SEPTEMBER },
  // (1.1 + 15.2) / 100.0 = 0.163
  'vdab_youtube_viewer-age_table-data.csv': { youthShare: 0.163, floor: 13, basis: 'views', period: null },
  'vdab_youtube_content_table-data.csv': { youthShare: null, floor: null, basis: null, period: null },
  // (4.3 + 5.3) / 100.0 = 0.096, no 13-17 row → floor 18
  'vdab_facebook_audience.csv': { youthShare: 0.096, floor: 18, basis: 'followers', period: SEPTEMBER },
  'vdab_facebook_followers_typed.csv': { youthShare: null, floor: null, basis: null, period: LAST_DAY },
  // ((3.1 + 4.6) + (11.4 + 15.8)) / 99.9 = 34.9 / 99.9 = 0.349349…
  'de-lijn_instagram_audience.csv': { youthShare: 34.9 / 99.9, floor: 13, basis: 'followers', period: SEPTEMBER },
  // views only: no age data
  'de-lijn_facebook_page-metric_views.csv': { youthShare: null, floor: null, basis: null, period: SEPTEMBER },
  // Weekly Reach Demographics (people reached in the 7 days ending each day, the same each day):
  // ((2,400 + 2,000) + (5,200 + 4,400)) / 48,000 = 14,000 / 48,000 = 0.291667; the file's days 24-30 September
  'de-lijn_facebook_insights-export.csv': { youthShare: 14000 / 48000, floor: 13, basis: 'reach', period: { start: '2025-09-24', end: '2025-09-30' } },
  // (0.4 + 3.7) / 99.99 = 0.041004…
  'ovam_youtube_viewer-age_table-data.csv': { youthShare: 4.1 / 99.99, floor: 13, basis: 'views', period: null },
  'ovam_youtube_content_table-data.csv': { youthShare: null, floor: null, basis: null, period: null },
  // (1.3 + 1.9) / 100.1 = 0.031968…, floor 18
  'ovam_facebook_audience.csv': { youthShare: 3.2 / 100.1, floor: 18, basis: 'followers', period: SEPTEMBER },
  'ovam_facebook_followers_typed.csv': { youthShare: null, floor: null, basis: null, period: LAST_DAY },
};

describe('sample-data: files and manifest', () => {
  it('lists every data file once, with the entity and platform in its name', () => {
    const onDisk = readdirSync(DIR).filter((f) => f.endsWith('.csv')).sort();
    expect(manifest.files.map((f) => f.file).sort()).toEqual(onDisk);
    expect(Object.keys(EXPECTED).sort()).toEqual(onDisk);
    for (const f of manifest.files) {
      const slug = f.entity.toLowerCase().replace(/ /g, '-');
      expect(f.file.startsWith(`${slug}_${f.platform}_`)).toBe(true);
    }
  });

  it('covers four entities named in the 2014 answer, each on at least two platforms', () => {
    const platforms = new Map<string, Set<string>>();
    for (const f of manifest.files) platforms.set(f.entity, (platforms.get(f.entity) ?? new Set()).add(f.platform));
    expect([...platforms.keys()].sort()).toEqual(['De Lijn', 'Ketnet', 'OVAM', 'VDAB']);
    for (const set of platforms.values()) expect(set.size).toBeGreaterThanOrEqual(2);
  });

  it('has the real encodings: YouTube UTF-8 without BOM with EN DASH, Meta UTF-16 LE with BOM and sep=,, typed-in and legacy files UTF-8 with BOM and CRLF', () => {
    for (const f of manifest.files) {
      const b = bytesOf(f.file);
      if (f.platform === 'youtube') {
        expect(b[0]).not.toBe(0xef);
        const text = new TextDecoder('utf-8').decode(b);
        if (f.file.includes('viewer-age')) expect(text).toContain('13\u201317 years');
        else expect(text.split('\n')[1]!.startsWith('Total,')).toBe(true);
        expect(text).not.toContain('\r');
      } else if (f.file.includes('typed') || f.file.includes('insights-export')) {
        expect([b[0], b[1], b[2]]).toEqual([0xef, 0xbb, 0xbf]);
        expect(new TextDecoder('utf-8').decode(b)).toContain('\r\n');
      } else {
        expect([b[0], b[1]]).toEqual([0xff, 0xfe]);
        expect(new TextDecoder('utf-16le').decode(b.subarray(2)).startsWith('sep=,\n"')).toBe(true);
      }
    }
  });

  it('is exactly what make-sample-data.mjs writes', () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'youth-reach-sample-'));
    try {
      execFileSync(process.execPath, [path.join(DIR, 'make-sample-data.mjs'), tmp]);
      const written = readdirSync(tmp).sort();
      expect(written).toEqual([...Object.keys(EXPECTED), 'manifest.json'].sort());
      for (const f of written) expect(Buffer.compare(readFileSync(path.join(tmp, f)), readFileSync(path.join(DIR, f)))).toBe(0);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('sample-data: each account yields the README table', () => {
  for (const entry of manifest.files) {
    it(`${entry.entity} on ${entry.platform} (${entry.file})`, () => {
      const expected = EXPECTED[entry.file];
      expect(expected).toBeDefined();
      const parsed = parseSourceFile({ name: entry.file, bytes: bytesOf(entry.file) });
      // the platform the file says (if any) agrees with the manifest
      if (parsed.platform !== null) expect(parsed.platform).toBe(entry.platform);
      else expect(parsed.platformCandidates).toContain(entry.platform);
      const composition = parsed.basis === null ? null : ageComposition(parsed.observations, parsed.basis);
      if (expected!.youthShare === null) {
        expect(composition).toBeNull();
      } else {
        expect(composition?.youthShare).toBeCloseTo(expected!.youthShare, 9);
        expect(composition?.youthAgeFloor).toBe(expected!.floor);
        expect(composition?.basis).toBe(expected!.basis);
      }
      expect(parsed.period).toEqual(expected!.period);
    });
  }

  it('De Lijn Facebook views add up to 245,425 over September 2025', () => {
    const parsed = parseSourceFile({
      name: 'de-lijn_facebook_page-metric_views.csv',
      bytes: bytesOf('de-lijn_facebook_page-metric_views.csv'),
    });
    // 57,458 + 56,267 + 55,981 + 55,861 + 19,858 = 245,425 (README.md, week by week)
    expect(summariseTotals(parsed.observations).totals.views).toBe(245425);
  });
});
