// Meta layouts without a real file here: the legacy Facebook Page Insights export (CSV and XLSX), the
// Instagram content export (with profile visits), an Instagram page-level file, Facebook posts before 2025
// (`Impressions`) — own fixtures, own numbers.

import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import { ageComposition } from '../../../../src/core/metrics/age-composition';
import { importErrorOf, source, utf16, utf8, workbookBytes } from './test-input';

const BANDS = ['13-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'];
const likesHeader = BANDS.flatMap((b) => ['F', 'M', 'U'].map((g) => `Lifetime Likes by Gender and Age - ${g}.${b}`));
const reachHeader = BANDS.flatMap((b) => ['F', 'M', 'U'].map((g) => `Weekly Reach Demographics - ${g}.${b}`));
// Likes per band (F, M, U): 13-17: 10,5,0  18-24: 40,30,5  others 100,100,0 each → youth 90 of 90 + 5 × 200 = 1090
const likesRow = BANDS.flatMap((b) => (b === '13-17' ? [10, 5, 0] : b === '18-24' ? [40, 30, 5] : [100, 100, 0]));
// Reach per band (F, M, U): 13-17: 20,20,0  18-24: 60,40,10  others 50,50,0 → youth 150 of 150 + 5 × 100 = 650
const reachRow = BANDS.flatMap((b) => (b === '13-17' ? [20, 20, 0] : b === '18-24' ? [60, 40, 10] : [50, 50, 0]));

function legacyCsv(withReach: boolean): string {
  const header = ['Date', 'Lifetime Total Likes', 'Daily Total Reach', 'Daily Total Impressions', 'Daily Page Engaged Users', ...likesHeader, ...(withReach ? reachHeader : [])];
  const description = header.map((h, i) => (i === 0 ? '' : `Lifetime: description of ${h}. (Unique Users)`));
  const row = ['2015-02-19', '1090', '800', '2400', '33', ...likesRow.map(String), ...(withReach ? reachRow.map(String) : [])];
  return [header, description, row].map((r) => r.map((c) => (/[,:]/.test(c) ? `"${c}"` : c)).join(',')).join('\n');
}

describe('legacy Facebook Page Insights export', () => {
  it('CSV with likes and reach by age: counts per band × gender, basis reach', () => {
    const p = parseSourceFile(source('Facebook Insights Data Export - Testpagina - 2015-02-19.csv', legacyCsv(true)));
    expect(p.format).toBe('facebook-legacy-insights');
    expect(p.platform).toBe('facebook');
    expect(p.basis).toBe('reach');
    expect(p.period).toEqual({ start: '2015-02-19', end: '2015-02-19' });
    // the reach split covers the 7 days ending 2015-02-19: 2015-02-13 … 2015-02-19
    expect(p.observations.find((o) => o.metric === 'reach' && o.ageBand === '18-24' && o.gender === 'unknown')).toEqual({
      metric: 'reach', period: { start: '2015-02-13', end: '2015-02-19' }, ageBand: '18-24', gender: 'unknown', value: 10, unit: 'count',
    });
    const reach = ageComposition(p.observations, 'reach');
    // youth (13-24) = 20+20+0 + 60+40+10 = 150; all = 150 + 5 × (50+50) = 650; 150 / 650 = 0.230769…
    expect(reach?.youthShare).toBeCloseTo(150 / 650, 12);
    expect(reach?.youthAgeFloor).toBe(13);
    const likes = ageComposition(p.observations, 'followers');
    // youth = 10+5+0 + 40+30+5 = 90; all = 90 + 5 × 200 = 1090; 90 / 1090
    expect(likes?.youthShare).toBeCloseTo(90 / 1090, 12);
    // whole-page figures: Lifetime Total Likes 1090 (followers), Daily Total Reach 800, Daily Total Impressions 2400
    const whole = p.observations.filter((o) => o.ageBand === undefined).map((o) => [o.metric, o.value]);
    expect(whole).toEqual([['followers', 1090], ['reach', 800], ['impressions', 2400]]);
    expect(p.warnings.map((w) => w.code)).toEqual(['quiet-columns-ignored', 'basis-chosen']);
  });

  it('CSV with likes by age only: basis followers', () => {
    const p = parseSourceFile(source('Facebook Insights Data Export - Testpagina - 2015-02-19.csv', legacyCsv(false)));
    expect(p.basis).toBe('followers');
  });

  it('XLSX: Key Metrics plus a breakdown sheet whose name Excel cut to 31 characters', () => {
    const keyRows = [
      ['Date', 'Lifetime Total Likes', 'Daily Total Reach', ...reachHeader],
      ['', 'Lifetime: The total number of people who have liked your Page.', 'Daily: reach', ...reachHeader.map(() => 'Weekly: people reached')],
      ['2015-02-19', 1090, 800, ...reachRow],
    ];
    // "Lifetime Likes by Gender and Age" (32 characters) cut by Excel: 28 characters + "..." = 31
    const likesSheet = [['Date', ...BANDS.flatMap((b) => ['F', 'M', 'U'].map((g) => `${g}.${b}`))], ['', ...likesRow.map(() => 'Lifetime: fans')], [new Date(Date.UTC(2015, 1, 19)), ...likesRow]];
    const bytes = workbookBytes({ 'Key Metrics': keyRows, 'Lifetime Likes by Gender and...': likesSheet });
    const p = parseSourceFile({ name: 'Facebook Insights Data Export - Testpagina - 2015-02-19.xlsx', bytes });
    expect(p.format).toBe('facebook-legacy-insights');
    expect(p.basis).toBe('reach');
    // same numbers as the CSV: reach youth 150 / 650, likes youth 90 / 1090 (from the cut-name sheet)
    expect(ageComposition(p.observations, 'reach')?.youthShare).toBeCloseTo(150 / 650, 12);
    expect(ageComposition(p.observations, 'followers')?.youthShare).toBeCloseTo(90 / 1090, 12);
    expect(p.observations.filter((o) => o.ageBand === undefined).map((o) => [o.metric, o.value])).toEqual([['followers', 1090], ['reach', 800]]);
  });
});

describe('Meta content exports', () => {
  const IG_HEADER = 'Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves';

  it('Instagram: Account username → instagram, quoted thousands separators', () => {
    const csv = [IG_HEADER,
      '1801,17841,jongeren_vl,Jongeren,"Zomer, eindelijk",0,09/02/2025 18:00,https://instagram.com/p/a,IG reel,,Lifetime,"12,400","8,150",900,40,12,25,60',
      '1802,17841,jongeren_vl,Jongeren,Foto,0,09/05/2025 09:30,https://instagram.com/p/b,IG image,,Lifetime,3100,"2,050",310,4,1,9,15'].join('\n');
    const p = parseSourceFile({ name: 'Sep-01-2025_Sep-30-2025_123.csv', bytes: utf8(csv, true) });
    expect(p.format).toBe('meta-bs-posts');
    expect(p.platform).toBe('instagram');
    expect(p.accountName).toBe('jongeren_vl');
    expect(p.period).toEqual({ start: '2025-09-02', end: '2025-09-05' });
    // "12,400" → 12400 and "8,150" → 8150 (a comma followed by three digits is a thousands separator)
    expect(p.observations.filter((o) => o.segment === '1801').map((o) => [o.metric, o.value])).toEqual([
      ['reach', 8150], ['views', 12400], ['likes', 900], ['comments', 25], ['shares', 40], ['follows', 12],
    ]);
  });

  it('Facebook before 2025: Impressions instead of Views, extra click columns', () => {
    const csv = 'Post ID,Page ID,Page name,Title,Publish time,Post type,Impressions,Reach,Reactions,Comments,Shares,Total clicks,Link Clicks\n' +
      '5001,77,Testpagina,Nieuws,03/14/2024 10:00,Links,1500,1100,20,3,2,45,30\n';
    const p = parseSourceFile(source('Mar-01-2024_Mar-31-2024_9.csv', csv));
    expect(p.platform).toBe('facebook');
    expect(p.observations.map((o) => [o.metric, o.value])).toEqual([
      ['reach', 1100],
      ['impressions', 1500],
      ['likes', 20],
      ['comments', 3],
      ['shares', 2],
      // the account totals over the one post: impressions 1500 (the whole), reach 1100 (segment `bound:upper`: an upper bound)
      ['impressions', 1500],
      ['reach', 1100],
    ]);
  });

  it('Instagram profile visits: a posts column and a page-level file, both as profileViews (a flow, summed exactly)', () => {
    const csv = ['Post ID,Account username,Description,Publish time,Views,Reach,Likes,Profile visits',
      '1901,jongeren_vl,Een,09/02/2025 18:00,1000,700,50,12',
      '1902,jongeren_vl,Twee,09/04/2025 18:00,2000,1500,80,30'].join('\n');
    const p = parseSourceFile({ name: 'Sep-01-2025_Sep-30-2025_124.csv', bytes: utf8(csv, true) });
    expect(p.platform).toBe('instagram');
    expect(p.observations.filter((o) => o.segment === '1902').map((o) => [o.metric, o.value])).toEqual([
      ['reach', 1500], ['views', 2000], ['likes', 80], ['profileViews', 30],
    ]);
    // account totals over 2-4 September: profile visits 12 + 30 = 42 and views 1000 + 2000 = 3000 exact; reach 700 + 1500 = 2200 at most
    const totals = p.observations.filter((o) => o.segment === undefined || o.segment === 'bound:upper');
    expect(totals.map((o) => [o.metric, o.segment ?? '', o.value])).toEqual([
      ['views', '', 3000],
      ['profileViews', '', 42],
      ['reach', 'bound:upper', 2200],
    ]);
    // Meta Business Suite page-level file titled "Instagram profile visits" (UTF-16 LE, sep=,): 5 + 0 + 9 = 14
    const page = parseSourceFile({
      name: 'Visits.csv',
      bytes: utf16('sep=,\n"Instagram profile visits"\n"Date","Primary"\n"2025-09-01T00:00:00","5"\n"2025-09-02T00:00:00","0"\n"2025-09-03T00:00:00","9"\n', 'le'),
    });
    expect(page.format).toBe('meta-bs-page-metric');
    expect(page.platform).toBe('instagram');
    expect(page.observations.map((o) => [o.metric, o.period?.start, o.value])).toEqual([
      ['profileViews', '2025-09-01', 5],
      ['profileViews', '2025-09-02', 0],
      ['profileViews', '2025-09-03', 9],
    ]);
  });

  it('requires the minimal column set: Post ID and Publish time without any of Reach/Views/Impressions is not a posts file', () => {
    const e = importErrorOf(() => parseSourceFile(source('posts.csv', 'Post ID,Publish time,Title\n1,09/01/2025 10:00,x\n')));
    expect(e.code).toBe('unknown-format');
  });
});
