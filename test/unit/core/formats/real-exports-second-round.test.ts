// The real exports of the second round (../shared/real-exports: facebook-2024, facebook-legacy ×2,
// tiktok-year-long, tiktok-spanish) and the failures found on the first-round files (mixed line endings,
// a stray quote in the posts export), each with values worked out by hand from the file.

import { expect, it } from 'vitest';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import { decodeText } from '../../../../src/core/formats/sniff';
import { ageComposition } from '../../../../src/core/metrics/age-composition';
import { UPPER_BOUND_SEGMENT } from '../../../../src/core/model/observation';
import type { Observation } from '../../../../src/core/model/observation';
import { filesOfParts } from '../../../../src/core/model/parsed-file';
import type { ParsedFile } from '../../../../src/core/model/parsed-file';
import { describeRealExports, readRealExport } from '../../real-exports';
import { importErrorOf } from './test-input';

const VIC = 'Facebook Insights Data Export - Visualization Studio VIC - 2014-01-01 - 2014-02-27.csv';
const MTBA = 'Facebook Insights Data Export - Midwest Taiwanese Biotechnology Association - MTBA - 2018-07-25.csv';

function parse(dir: string, file: string, options: { exportDate?: string; today?: string } = {}): ParsedFile {
  return parseSourceFile({ name: file, bytes: readRealExport(dir, file) }, options);
}

function sum(obs: readonly Observation[], where: (o: Observation) => boolean): number {
  return obs.filter(where).reduce((s, o) => s + o.value, 0);
}

const whole = (metric: string) => (o: Observation): boolean =>
  o.metric === metric && o.ageBand === undefined && o.gender === undefined && o.segment === undefined;

/** Windows-1252 bytes of `text` (every character of it is in Latin-1 or the 0x80-0x9F table's `…`). */
function cp1252(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => (c === '…' ? 0x85 : c.charCodeAt(0)));
}

describeRealExports('real exports, second round: line endings and quotes', () => {
  it('YouTube viewer age with an LF header and CRLF rows: 11,4 % at floor 13, as the original', () => {
    const text = new TextDecoder().decode(readRealExport('youtube', 'viewer-age_table-data.csv'));
    const [header, ...rows] = text.split('\n');
    const mixed = `${header ?? ''}\n${rows.join('\r\n')}`;
    const p = parseSourceFile({ name: 'viewer-age.csv', bytes: new TextEncoder().encode(mixed) });
    // (0.61 + 10.81) / 100 = 0.1142 with the 13-17 band kept (the majority CRLF used to swallow it: 10,9 % at 18+)
    const c = ageComposition(p.observations, 'views');
    expect(c?.youthShare).toBeCloseTo(0.1142, 10);
    expect(c?.youthAgeFloor).toBe(13);
    expect(p.observations).toHaveLength(28);
    // the same with old-Mac CR line ends after the header
    const cr = parseSourceFile({ name: 'viewer-age.csv', bytes: new TextEncoder().encode(`${header ?? ''}\r\n${rows.join('\r')}`) });
    expect(ageComposition(cr.observations, 'views')?.youthShare).toBeCloseTo(0.1142, 10);
  });

  it('posts export: all 81 posts; a stray quote at the start of line 21 is refused naming the lines', () => {
    const p = parse('facebook', 'mbs_posts_Sep-01-2025_Sep-30-2025.csv');
    expect(new Set(p.observations.filter((o) => o.metric === 'reach' && o.segment !== undefined && o.segment !== UPPER_BOUND_SEGMENT).map((o) => o.segment)).size).toBe(81);
    const text = decodeText({ name: 'posts.csv', bytes: readRealExport('facebook', 'mbs_posts_Sep-01-2025_Sep-30-2025.csv') }).text;
    const lines = text.split('\n');
    // line 21 is post 3, `9000000000000003,100000000000001,Testpagina,…` on one line: put a quote before its Page ID
    expect(lines[20]?.startsWith('9000000000000003,')).toBe(true);
    lines[20] = (lines[20] ?? '').replace('9000000000000003,', '9000000000000003,"');
    const e = importErrorOf(() => parseSourceFile({ name: 'posts.csv', bytes: new TextEncoder().encode(lines.join('\n')) }));
    expect(e.code).toBe('malformed');
    expect(e.line).toBe(21);
    expect(['quote-spans-lines', 'stray-quote', 'column-count']).toContain(e.params.kind);
  });

  it('posts export totals: views summed (266.909), reach summed as an upper bound (167.097) with a warning', () => {
    const p = parse('facebook', 'mbs_posts_Sep-01-2025_Sep-30-2025.csv');
    // summed with a spreadsheet over the 81 rows: Views 266909, Reach 167097
    expect(sum(p.observations, whole('views'))).toBe(266909);
    // the reach sum is not the whole: it carries the upper-bound segment (see test/unit/core/read-model/posts-upper-bound.test.ts)
    expect(sum(p.observations, whole('reach'))).toBe(0);
    const reach = p.observations.filter((o) => o.metric === 'reach' && o.segment === UPPER_BOUND_SEGMENT);
    expect(reach.map((o) => [o.value, o.period])).toEqual([[167097, { start: '2025-09-01', end: '2025-09-30' }]]);
    expect(p.warnings.find((w) => w.code === 'reach-summed-from-posts')?.params).toEqual({ total: 167097, count: 81 });
  });

  it('a single-line format refuses a quoted field spanning lines: "regel 2 opent … pas op regel 4 sluit"', () => {
    const csv = '"Date","Followers","Difference in followers from previous day"\n"August 18,"22551","14"\n"August 19","22565","23"\n"August 20","22570","5"\n';
    const e = importErrorOf(() => parseSourceFile({ name: 'FollowerHistory.csv', bytes: new TextEncoder().encode(csv) }, { exportDate: '2025-10-19' }));
    expect(e.code).toBe('malformed');
    expect(e.line).toBe(2);
    expect(e.params.kind === 'quote-spans-lines' || e.params.kind === 'stray-quote').toBe(true);
  });
});

describeRealExports('real exports, second round: legacy Facebook', () => {
  it(`${VIC}: daily, weekly and 28-day reach are separate figures, never summed`, () => {
    const p = parse('facebook-legacy', VIC);
    expect(p.format).toBe('facebook-legacy-insights');
    expect(p.encoding).toBe('windows-1252');
    expect(p.period).toEqual({ start: '2014-01-01', end: '2014-02-27' });
    // Daily Total Reach over the 58 days: 492; Weekly Total Reach 2525 and 28 Days Total Reach 5472 (summed
    // with a spreadsheet) are their own windows: the whole is 492, not 492 + 2525 + 5472 = 8489
    expect(sum(p.observations, whole('reach'))).toBe(492);
    expect(sum(p.observations, (o) => o.metric === 'reach' && o.segment === 'window:7d')).toBe(2525);
    expect(sum(p.observations, (o) => o.metric === 'reach' && o.segment === 'window:28d')).toBe(5472);
    expect(p.observations.find((o) => o.segment === 'window:28d' && o.period?.end === '2014-02-27')?.period?.start).toBe('2014-01-31');
    // Weekly Reach Demographics summed over the days: 13-17 6, 18-24 683 of 2450 → (6 + 683) / 2450
    const c = ageComposition(p.observations, 'reach');
    expect(c?.youthShare).toBeCloseTo(689 / 2450, 10);
    expect(c?.youthAgeFloor).toBe(13);
  });

  it(`${MTBA}: a 90 KB header line (1.738 columns) is read; reach 27.780 over 116 days, 370 followers`, () => {
    const bytes = readRealExport('facebook-legacy', MTBA);
    const firstBreak = bytes.indexOf(10);
    expect(firstBreak).toBeGreaterThan(65536); // the header line alone: 90,117 bytes with its BOM
    const p = parse('facebook-legacy', MTBA);
    expect(p.period).toEqual({ start: '2018-04-01', end: '2018-07-25' });
    expect(sum(p.observations, whole('reach'))).toBe(27780);
    expect(p.observations.find((o) => whole('followers')(o) && o.period?.end === '2018-07-25')?.value).toBe(370);
    // Weekly Reach Demographics: 13-17 133, 18-24 11693 of 152288 → 0.07766
    expect(ageComposition(p.observations, 'reach')?.youthShare).toBeCloseTo((133 + 11693) / 152288, 10);
  });
});

describeRealExports('real exports, second round: TikTok', () => {
  it('tiktok-year-long/Overview.csv: 365 days 2025-02-28 … 2026-02-27 for an export on 2026-02-28', () => {
    const given = parse('tiktok-year-long', 'Overview.csv', { exportDate: '2026-02-28' });
    // the last row "February 27" → 2026-02-27; 364 rows before it run back to 2025-02-28 (2025 has no 29 February)
    expect(given.period).toEqual({ start: '2025-02-28', end: '2026-02-27' });
    expect(given.observations.find((o) => o.metric === 'views' && o.period?.start === '2026-02-27')?.value).toBe(18237);
    expect(given.observations.find((o) => o.metric === 'views' && o.period?.start === '2025-02-28')?.value).toBe(0);
    expect(sum(given.observations, whole('views'))).toBe(2946198); // the Video Views column summed
    // without an export date (today 2026-03-10): the same, the export date assumed the day after the last row
    const assumed = parse('tiktok-year-long', 'Overview.csv', { today: '2026-03-10' });
    expect(assumed.period).toEqual({ start: '2025-02-28', end: '2026-02-27' });
    expect(assumed.exportDate).toBe('2026-02-28');
    expect(assumed.warnings.map((w) => w.code)).toContain('export-date-assumed');
  });

  it('tiktok-spanish/Overview.csv: "8 de marzo" … "14 de marzo", 9 video views', () => {
    const p = parse('tiktok-spanish', 'Overview.csv', { exportDate: '2025-03-15' });
    expect(p.format).toBe('tiktok-overview');
    expect(p.period).toEqual({ start: '2025-03-08', end: '2025-03-14' });
    // 0 + 0 + 1 + 1 + 0 + 0 + 7 = 9
    expect(sum(p.observations, whole('views'))).toBe(9);
    expect(p.observations.find((o) => o.metric === 'views' && o.period?.start === '2025-03-14')?.value).toBe(7);
  });

  it('month names of other interfaces, from the locale data: NL, FR, DE, IT, PT, PL', () => {
    const header = '"Date","Video Views","Profile Views","Likes","Comments","Shares"';
    for (const [first, second] of [
      ['8 maart', '9 maart'],
      ['8 mars', '9 mars'],
      ['8. März', '9. März'],
      ['8 marzo', '9 marzo'],
      ['8 de março', '9 de março'],
      ['8 marca', '9 marca'],
    ] as const) {
      const csv = `${header}\n"${first}","1","0","0","0","0"\n"${second}","2","0","0","0","0"\n`;
      const p = parseSourceFile({ name: 'Overview.csv', bytes: new TextEncoder().encode(csv) }, { exportDate: '2025-03-10' });
      expect(p.period, first).toEqual({ start: '2025-03-08', end: '2025-03-09' });
    }
  });
});

describeRealExports('real exports, second round: Meta audience 2024', () => {
  it('facebook-2024/Audience.csv: a Facebook and an Instagram part, followers 30.222 and 3.098, 2,8 % and 13,8 % at 18-24', () => {
    const p = parse('facebook-2024', 'Audience.csv');
    expect(p.format).toBe('meta-bs-audience');
    const [fb, ig] = filesOfParts(p);
    expect(fb?.platform).toBe('facebook');
    expect(ig?.platform).toBe('instagram');
    // Facebook 18-24: 2.5 % women + 0.3 % men = 2.8 %; the block adds up to 100.0 %; no 13-17 row → floor 18
    expect(ageComposition(fb?.observations ?? [], 'followers')?.youthShare).toBeCloseTo(0.028, 10);
    expect(ageComposition(fb?.observations ?? [], 'followers')?.youthAgeFloor).toBe(18);
    // Instagram 18-24: 12.1 + 1.7 = 13.8 %
    expect(ageComposition(ig?.observations ?? [], 'followers')?.youthShare).toBeCloseTo(0.138, 10);
    // the follower counts: the audience size, no date in the file → period null
    expect(fb?.observations.filter(whole('followers'))).toEqual([{ metric: 'followers', period: null, value: 30222, unit: 'count' }]);
    expect(ig?.observations.filter(whole('followers'))).toEqual([{ metric: 'followers', period: null, value: 3098, unit: 'count' }]);
    // Facebook's top countries: Ukraine 86.4 %
    expect(fb?.observations.find((o) => o.segment === 'country:Ukraine')?.value).toBeCloseTo(0.864, 10);
  });

  it('Audience.csv re-saved by Excel (nl-BE: `;`, decimal comma, Windows-1252, CRLF, quotes only where needed) reads the same', () => {
    const original = decodeText({ name: 'Audience.csv', bytes: readRealExport('facebook-2024', 'Audience.csv') }).text;
    const rows = original.split('\n').slice(1); // Excel drops the `sep=,` line it honoured on opening
    const cells = rows.map((line) => (line === '' ? [] : line.slice(1, -1).split('","')));
    const width = Math.max(...cells.map((c) => c.length));
    const excel = cells
      .map((c) => {
        const out = c.map((cell) => (/^\d+(\.\d+)?%$/.test(cell) ? cell.replace('.', ',') : cell));
        while (out.length < width) out.push('');
        return out.join(';');
      })
      .join('\r\n');
    const p = parseSourceFile({ name: 'Audience.csv', bytes: cp1252(excel) });
    const [fb, ig] = filesOfParts(p);
    expect(p.encoding).toBe('utf-8'); // every character is ASCII, so the bytes are valid UTF-8 as well
    expect(ageComposition(fb?.observations ?? [], 'followers')?.youthShare).toBeCloseTo(0.028, 10);
    expect(ageComposition(ig?.observations ?? [], 'followers')?.youthShare).toBeCloseTo(0.138, 10);
    expect(ig?.observations.find(whole('followers'))?.value).toBe(3098);
  });
});
