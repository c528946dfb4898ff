// Tests of the headless `analyse` command: runAnalyse on real exports, usage errors, unreadable files, and one spawn of the built entry.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseParsedFile, observationsForAnalysis, roundShare, runAnalyse } from '../../../src/cli/run-analyse';
import { parseSourceFile } from '../../../src/core/formats/parse-source-file';
import type { AnalyseOutput } from '../../../src/cli/run-analyse';
import type { ParsedFile } from '../../../src/core/model/parsed-file';
import { workbookBytes } from '../core/formats/test-input';
import { describeRealExports, realExportPath } from '../real-exports';

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs runAnalyse with the real file system and captured streams. */
async function run(args: string[]): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const code = await runAnalyse(args, {
    readFile: async (p) => new Uint8Array(readFileSync(p)),
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}

const json = (c: Captured): AnalyseOutput => JSON.parse(c.stdout) as AnalyseOutput;

const YOUTUBE_AGE = realExportPath('youtube', 'viewer-age_table-data.csv');
const META_VIEWS = realExportPath('facebook', 'mbs_page-metric_views_utf16le.csv');

// The 28 "Primary" values of the real Meta views file (2025-09-20 … 2025-10-17), added up by hand, 7 rows at a time:
//   29146 + 31932 + 28061 + 27833 + 23161 + 28162 + 28935 = 197230
//   24881 + 27170 + 23227 + 24314 + 26513 + 26173 + 20645 = 172923
//   30502 + 27306 + 31732 + 19375 + 29767 + 21174 + 24461 = 184317
//   23210 + 25757 + 25848 + 19652 + 20421 + 22708 + 20921 = 158517
//   197230 + 172923 + 184317 + 158517 = 712987
const META_VIEWS_SUM = 712987;

let tmp = '';
let pngPath = '';
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'youth-reach-analyse-'));
  // The 8-byte PNG signature, an IHDR chunk header and some binary bytes, renamed .csv
  pngPath = path.join(tmp, 'chart.csv');
  writeFileSync(
    pngPath,
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]),
  );
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('analyse: usage', () => {
  it('exits 2 with the usage on stderr and nothing on stdout when --entity is missing', async () => {
    const c = await run(['some.csv']);
    expect(c.code).toBe(2);
    expect(c.stdout).toBe('');
    expect(c.stderr).toMatch(/--entity "NAME" is required/);
    expect(c.stderr).toMatch(/^Usage: /m);
  });

  it('exits 2 for an unknown option, an unknown platform, or no file', async () => {
    expect((await run(['--entity', 'X', '--frobnicate', 'a.csv'])).code).toBe(2);
    const p = await run(['--entity', 'X', '--platform', 'myspace', 'a.csv']);
    expect(p.code).toBe(2);
    expect(p.stderr).toMatch(/unknown platform "myspace"/);
    const none = await run(['--entity', 'X']);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
  });

  it('prints the usage on stdout for --help and exits 0', async () => {
    const c = await run(['--help']);
    expect(c.code).toBe(0);
    expect(c.stdout).toMatch(/^Usage: npm run --silent analyse -- --entity "NAME" \[--platform P\] \[--export-date YYYY-MM-DD\] FILE\.\.\./);
    expect(c.stdout).toContain('--export-date D');
    expect(c.stderr).toBe('');
  });

  it('reports a missing file on stderr, still prints the JSON, and exits 1', async () => {
    const missing = path.join(tmp, 'does-not-exist.csv');
    const c = await run(['--entity', 'Ketnet', missing]);
    expect(c.code).toBe(1);
    expect(c.stderr).toContain(`${missing}: cannot read the file: file not found`);
    expect(json(c)).toEqual({ files: [], warnings: [] });
  });
});

describe('analyseParsedFile (hand-made ParsedFile, no format layer involved)', () => {
  const parsed: ParsedFile = {
    fileName: 'Audience.csv',
    format: 'meta-bs-audience',
    formatVersion: 1,
    formatLabel: 'Meta Business Suite audience',
    platform: null,
    platformCandidates: ['facebook', 'instagram'],
    accountName: null,
    period: { start: '2025-09-01', end: '2025-09-30' },
    basis: 'followers',
    observations: [
      { metric: 'followers', period: null, ageBand: '18-24', gender: 'male', value: 0.013, unit: 'share' },
      { metric: 'followers', period: null, ageBand: '18-24', gender: 'female', value: 0.019, unit: 'share' },
      { metric: 'followers', period: null, ageBand: '25-34', gender: 'male', value: 0.4, unit: 'share' },
      { metric: 'followers', period: null, ageBand: '25-34', gender: 'female', value: 0.568, unit: 'share' },
      { metric: 'reach', period: { start: '2025-09-01', end: '2025-09-01' }, value: 100, unit: 'count' },
      { metric: 'reach', period: { start: '2025-09-02', end: '2025-09-02' }, value: 50, unit: 'count' },
    ],
    warnings: [{ code: 'snapshot', message: 'the age split is a snapshot at export time' }],
    encoding: 'utf-16le',
    delimiter: ',',
  };

  it('rounds shares, sums gender cells, and gathers the format and totals warnings', () => {
    const { result, warnings } = analyseParsedFile(parsed, 'Audience.csv', 'OVAM', 'facebook');
    // 18-24 = 0.013 + 0.019 = 0.032; 25-34 = 0.4 + 0.568 = 0.968; total = 1.0 → youth 0.032, floor 18
    expect(result).toEqual({
      file: 'Audience.csv',
      entity: 'OVAM',
      platform: 'facebook',
      format: 'meta-bs-audience',
      basis: 'followers',
      period: { start: '2025-09-01', end: '2025-09-30' },
      ageShares: { '18-24': 0.032, '25-34': 0.968 },
      youthShare: 0.032,
      youthAgeFloor: 18,
      // reach = 100 + 50 = 150, an upper bound
      totals: { views: null, reach: 150, viewers: null, impressions: null, followers: null },
    });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toBe('the age split is a snapshot at export time');
    expect(warnings[1]).toMatch(/reach total 150 .*upper bound/);
  });

  it('gives null age fields (and basis) when there is no age data', () => {
    const noAge: ParsedFile = { ...parsed, basis: null, observations: parsed.observations.slice(4), warnings: [] };
    const { result } = analyseParsedFile(noAge, 'Reach.csv', 'OVAM', 'facebook');
    expect(result.ageShares).toBeNull();
    expect(result.youthShare).toBeNull();
    expect(result.youthAgeFloor).toBeNull();
    expect(result.basis).toBeNull();
  });

  it('keeps only what the figures use: age-band rows and whole counts, not gender cells of a count or parts', () => {
    const mixed: ParsedFile = {
      ...parsed,
      observations: [
        ...parsed.observations,
        { metric: 'views', period: null, gender: 'male', value: 7, unit: 'count' },
        { metric: 'views', period: null, segment: 'country:BE', value: 9, unit: 'count' },
        { metric: 'views', period: null, value: 0.5, unit: 'share' },
      ],
    };
    // The 4 age cells and the 2 whole reach counts; the gender part, the country part and the share go.
    expect(observationsForAnalysis(mixed)).toEqual(parsed.observations);
  });

  it('a file read into columns: totals from its whole rows, without building an object for each part', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    // YouTube Studio's Totals.csv: whole daily views, 100 + 150 = 250.
    const totals = parseSourceFile({ name: 'Totals.csv', bytes: bytes('Date,Views\n2025-01-01,100\n2025-01-02,150\n') });
    expect('columns' in totals).toBe(true);
    expect(analyseParsedFile(totals, 'Totals.csv', 'VDAB', 'youtube').result.totals.views).toBe(250);
    // Chart data per video: three parts, no whole row, so no total views (null, not 0) and no objects.
    const perVideo = parseSourceFile({
      name: 'Chart data.csv',
      bytes: bytes('Date,Content,Video title,Views\n2025-01-01,aaaaaaaaaaa,A,5\n2025-01-01,bbbbbbbbbbb,B,6\n2025-01-02,aaaaaaaaaaa,A,7\n'),
    });
    expect(perVideo.format).toBe('youtube-studio-chart-data');
    expect(observationsForAnalysis(perVideo)).toEqual([]);
    expect(analyseParsedFile(perVideo, 'Chart data.csv', 'VDAB', 'youtube').result.totals.views).toBeNull();
    // The columns are still there: the 3 per-video observations were never built as objects.
    expect('columns' in perVideo).toBe(true);
  });

  it('rounds float noise away: 0.61 / 100 prints as 0.0061', () => {
    expect(roundShare(0.61 / 100)).toBe(0.0061);
    // 0.0061 + 0.1081 = 0.11420000000000001 in floating point
    expect(roundShare(0.0061 + 0.1081)).toBe(0.1142);
  });
});

describeRealExports('analyse on real exports', () => {
  it('YouTube viewer-age export: the documented JSON, field by field', async () => {
    const c = await run(['--entity', 'Ketnet', YOUTUBE_AGE]);
    expect(c.stderr).toBe('');
    expect(c.code).toBe(0);
    const out = json(c);
    expect(out.files).toHaveLength(1);
    const f = out.files[0]!;
    expect(f.file).toBe('viewer-age_table-data.csv');
    expect(f.entity).toBe('Ketnet');
    expect(f.platform).toBe('youtube');
    expect(f.format).toBe('youtube-studio-viewer-age');
    expect(f.basis).toBe('views');
    expect(f.period).toBeNull();
    // Views (%) column / 100; the column sums to 0.61 + 10.81 + 22.29 + 18.53 + 14.71 + 15.19 + 17.86 = 100.00
    expect(f.ageShares).toEqual({
      '13-17': 0.0061,
      '18-24': 0.1081,
      '25-34': 0.2229,
      '35-44': 0.1853,
      '45-54': 0.1471,
      '55-64': 0.1519,
      '65+': 0.1786,
    });
    expect(Object.keys(f.ageShares ?? {})).toEqual(['13-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+']);
    // (0.61 + 10.81) / 100 = 0.1142
    expect(f.youthShare).toBe(0.1142);
    expect(f.youthAgeFloor).toBe(13);
    expect(f.totals).toEqual({ views: null, reach: null, viewers: null, impressions: null, followers: null });
    expect(out.warnings).toEqual([]);
    // the exact printed form of the shares: no float noise
    expect(c.stdout).toContain('"13-17": 0.0061,');
  });

  it('--platform fills only files that do not say their platform: a mixed run keeps YouTube as youtube', async () => {
    const c = await run(['--entity', 'De Lijn', '--platform', 'facebook', YOUTUBE_AGE, META_VIEWS]);
    expect(c.code).toBe(0);
    const out = json(c);
    // the viewer-age table says youtube; the "Views" file says nothing and takes --platform facebook
    expect(out.files.map((f) => [f.file, f.platform])).toEqual([
      ['viewer-age_table-data.csv', 'youtube'],
      ['mbs_page-metric_views_utf16le.csv', 'facebook'],
    ]);
    expect(out.warnings).toContain(
      'viewer-age_table-data.csv: the file says platform youtube; --platform facebook not applied to it',
    );
  });

  it('Meta "Views" file without --platform: not reported, stderr asks for --platform, exit 1', async () => {
    const c = await run(['--entity', 'De Lijn', META_VIEWS]);
    expect(c.code).toBe(1);
    expect(c.stderr).toContain('mbs_page-metric_views_utf16le.csv');
    expect(c.stderr).toMatch(/--platform/);
    expect(json(c).files).toEqual([]);
  });

  it('Meta "Views" file with --platform facebook: totals.views is the sum of the Primary column', async () => {
    const c = await run(['--entity', 'De Lijn', '--platform', 'facebook', META_VIEWS]);
    expect(c.stderr).toBe('');
    expect(c.code).toBe(0);
    const f = json(c).files[0]!;
    expect(f.platform).toBe('facebook');
    expect(f.file).toBe('mbs_page-metric_views_utf16le.csv');
    expect(f.period).toEqual({ start: '2025-09-20', end: '2025-10-17' });
    expect(f.totals.views).toBe(META_VIEWS_SUM);
    expect(f.totals.reach).toBeNull();
    expect(f.totals.followers).toBeNull();
    expect(f.ageShares).toBeNull();
    expect(f.youthShare).toBeNull();
    expect(f.youthAgeFloor).toBeNull();
  });

  it('Meta 2024 Audience.csv (Facebook and Instagram): one entry per platform, same file, follower counts as totals', async () => {
    const c = await run(['--entity', 'Ketnet', realExportPath('facebook-2024', 'Audience.csv')]);
    expect(c.stderr).toBe('');
    expect(c.code).toBe(0);
    const files = json(c).files;
    expect(files.map((f) => [f.file, f.platform, f.youthShare, f.youthAgeFloor, f.totals.followers])).toEqual([
      // Facebook 18-24: 2.5 + 0.3 = 2.8 %, 30222 followers; Instagram 18-24: 12.1 + 1.7 = 13.8 %, 3098 followers
      ['Audience.csv', 'facebook', 0.028, 18, 30222],
      ['Audience.csv', 'instagram', 0.138, 18, 3098],
    ]);
  });

  it('a PNG renamed .csv: stderr names it, the other files are still reported, exit 1', async () => {
    const c = await run(['--entity', 'Ketnet', pngPath, YOUTUBE_AGE]);
    expect(c.code).toBe(1);
    expect(c.stderr).toContain(`${pngPath}: `);
    expect(c.stderr.split('\n').filter((l) => l !== '')).toHaveLength(1);
    const out = json(c);
    expect(out.files.map((f) => f.file)).toEqual(['viewer-age_table-data.csv']);
    expect(out.files[0]?.youthShare).toBe(0.1142);
  });

  it('spawned once as `npm run analyse` (`node scripts/analyse.mjs`, the built command): only the JSON on stdout, the exit code through the process, spreadsheets read', () => {
    // A spreadsheet: the built command fetches the spreadsheet reader for it (xlsx-on-demand.ts).
    // LinkedIn visitors workbook, 1 day: page views 55 and unique visitors 21 → format linkedin-visitors.
    const xlsxPath = path.join(tmp, 'vlaanderen_visitors_1.xlsx');
    writeFileSync(
      xlsxPath,
      workbookBytes({
        'Visitor metrics': [
          ['Date', 'Overview page views (desktop)', 'Overview page views (mobile)', 'Total page views (total)', 'Total unique visitors (total)'],
          ['09/01/2025', 30, 10, 55, 21],
        ],
      }),
    );
    // One process for the three paths of the entry (exit codes 0 and 2 are runAnalyse's, tested above in-process):
    // the PNG renamed .csv is refused (exit 1, named on stderr), the two others are reported on stdout.
    const run = spawnSync('node', ['scripts/analyse.mjs', '--entity', 'Ketnet', pngPath, YOUTUBE_AGE, xlsxPath], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('chart.csv');
    expect(run.stderr.split('\n').filter((l) => l !== '')).toHaveLength(1);
    const out = JSON.parse(run.stdout) as AnalyseOutput;
    expect(out.files.map((f) => f.file)).toEqual(['viewer-age_table-data.csv', 'vlaanderen_visitors_1.xlsx']);
    expect(out.files[0]?.youthShare).toBe(0.1142);
    expect(out.files[0]?.ageShares?.['13-17']).toBe(0.0061);
    expect(out.files[1]?.format).toBe('linkedin-visitors');
  }, 180_000); // one process start (and a build of the command when it is missing) on a loaded machine
});

describeRealExports('analyse: --export-date', () => {
  it('passes --export-date through: TikTok Viewers.csv is read; without it the export date is assumed and said', async () => {
    const viewers = realExportPath('tiktok', 'Viewers.csv');
    const ok = await run(['--entity', 'Ketnet', '--export-date', '2025-10-19', viewers]);
    expect(ok.code).toBe(0);
    // "August 19" … "October 17" placed in 2025 (all on or before 2025-10-19)
    expect(json(ok).files[0]?.period).toEqual({ start: '2025-08-19', end: '2025-10-17' });
    expect(json(ok).files[0]?.format).toBe('tiktok-viewers');
    const without = await run(['--entity', 'Ketnet', viewers]);
    expect(without.code).toBe(0);
    // the run ends on the last row, "October 17", in the latest year before today
    expect(json(without).files[0]?.period?.end).toMatch(/^\d{4}-10-17$/);
    expect(json(without).warnings.join(' ')).toContain('taking the export date as the day after the last row');
    const bad = await run(['--entity', 'Ketnet', '--export-date', '19/10/2025', viewers]);
    expect(bad.code).toBe(2);
  });
});
