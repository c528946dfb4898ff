// Tests of the YouTube Studio zip reader on zips built in memory from own small CSVs.

import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import { parseYouTubeZipName } from '../../../../src/core/formats/youtube-studio-zip';
import { ageComposition } from '../../../../src/core/metrics/age-composition';
import { ImportError } from '../../../../src/core/model/parsed-file';

function zip(files: Record<string, string | Uint8Array>): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(files)) entries[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(entries);
}

function importError(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}

describe('parseYouTubeZipName', () => {
  it('reads report, period and channel, tolerating a browser (1) suffix and soft hyphens', () => {
    expect(parseYouTubeZipName('Viewer age 2025-01-01_2025-01-31 Ketnet (1).zip')).toEqual({
      report: 'Viewer age',
      period: { start: '2025-01-01', end: '2025-01-31' },
      channel: 'Ketnet',
    });
    expect(parseYouTubeZipName('Zuschauer\u00adalter 2025-01-01_2025-01-31 De Lijn.zip')?.channel).toBe('De Lijn');
    expect(parseYouTubeZipName('export.zip')).toBeNull();
  });
});

describe('YouTube Studio zip', () => {
  it('a viewer-age zip: one ParsedFile with the zip period, the channel and the age split', () => {
    const bytes = zip({
      'Table data.csv':
        'Viewer age,Views (%),Average view duration,Average percentage viewed (%),Watch time (hours) (%)\n' +
        '13–17 years,20.0,0:02:00,40,15\n18–24 years,30.0,0:03:00,45,30\n25–34 years,50.0,0:04:00,50,55\n',
      'Chart data.csv': 'Date,Views\n2025-01-01,100\n2025-01-02,150\n',
      'Totals.csv': 'Date,Views\n2025-01-01,100\n2025-01-02,150\n',
    });
    const p = parseSourceFile({ name: 'Viewer age 2025-01-01_2025-01-31 Ketnet.zip', bytes });
    expect(p.format).toBe('youtube-studio-zip');
    expect(p.platform).toBe('youtube');
    expect(p.accountName).toBe('Ketnet');
    expect(p.period).toEqual({ start: '2025-01-01', end: '2025-01-31' });
    expect(p.basis).toBe('views');
    expect(p.encoding).toBe('binary');
    const c = ageComposition(p.observations, 'views');
    expect(c?.youthShare).toBeCloseTo(0.5, 10); // (20 + 30) / 100
    expect(p.observations.find((o) => o.ageBand === '18-24')?.period).toEqual({ start: '2025-01-01', end: '2025-01-31' });
    // Chart data and Totals hold the same unsegmented daily views: counted once, 100 + 150 = 250
    const whole = p.observations.filter((o) => o.metric === 'views' && o.unit === 'count');
    expect(whole.reduce((s, o) => s + o.value, 0)).toBe(250);
  });

  it('a geography zip: daily flows from Totals/Chart data, the Total row only for what they lack', () => {
    const bytes = zip({
      'Table data.csv': 'Geography,Views,Watch time (hours),Unique viewers\nTotal,250,10.5,180\nBE,200,9,150\nNL,50,1.5,30\n',
      'Chart data.csv': 'Date,Geography,Views\n2025-01-01,BE,80\n2025-01-01,NL,20\n2025-01-02,BE,120\n2025-01-02,NL,30\n',
      'Totals.csv': 'Date,Views\n2025-01-01,100\n2025-01-02,150\n',
    });
    const p = parseSourceFile({ name: 'Geography 2025-01-01_2025-01-02 VDAB.zip', bytes });
    const wholeViews = p.observations.filter((o) => o.metric === 'views' && o.segment === undefined);
    expect(wholeViews.map((o) => o.value)).toEqual([100, 150]); // from Totals.csv; the Total row's 250 dropped
    const beViews = p.observations.filter((o) => o.metric === 'views' && o.segment === 'BE');
    expect(beViews.map((o) => o.value)).toEqual([80, 120]); // from Chart data; the table's 200 dropped
    // watch time and unique viewers exist only in the table: kept, with the zip period
    expect(p.observations.find((o) => o.metric === 'watchTime' && o.segment === undefined)).toEqual({
      metric: 'watchTime',
      period: { start: '2025-01-01', end: '2025-01-02' },
      value: 10.5,
      unit: 'hours',
    });
    expect(p.observations.find((o) => o.metric === 'viewers' && o.segment === 'NL')?.value).toBe(30);
  });

  it('refuses a zip that is not a YouTube export, a damaged XLSX and a stray member; routes a TikTok zip', () => {
    expect(importError(() => parseSourceFile({ name: 'foto.zip', bytes: zip({ 'a.txt': 'hallo' }) })).code).toBe('unsupported');
    // An XLSX is a zip: it goes to the spreadsheet reader, which cannot open this hollow one.
    const xlsx = importError(() => parseSourceFile({ name: 'followers.xlsx', bytes: zip({ '[Content_Types].xml': '<x/>', 'xl/workbook.xml': '<x/>' }) }));
    expect(xlsx.code).toBe('malformed');
    expect(xlsx.message).toContain('spreadsheet');
    // A TikTok zip goes to the TikTok reader: one gender row 0.5 → one observation.
    const tiktok = parseSourceFile({ name: 'Followers_x.zip', bytes: zip({ 'FollowerGender.csv': '"Gender","Distribution"\n"Male","0.5"\n' }) });
    expect(tiktok.format).toBe('tiktok-studio-zip');
    expect(tiktok.observations).toEqual([{ metric: 'followers', period: null, gender: 'male', value: 0.5, unit: 'share' }]);
    const stray = importError(() =>
      parseSourceFile({ name: 'Geography 2025-01-01_2025-01-02 X.zip', bytes: zip({ 'Table data.csv': 'Geography,Views\nTotal,1\n', 'evil.exe': 'MZ' }) }),
    );
    expect(stray.code).toBe('unsupported');
    expect(stray.message).toContain('"evil.exe"');
  });

  it('refuses a zip whose declared unpacked size exceeds 50 MB (zip bomb guard)', () => {
    const big = new Uint8Array(51 * 1024 * 1024); // 51 MB of zeros compresses to ~50 KB
    const e = importError(() => parseSourceFile({ name: 'Content 2025-01-01_2025-01-31 X.zip', bytes: zip({ 'Table data.csv': big }) }));
    expect(e.code).toBe('too-large');
  });

  it('refuses a damaged zip as malformed', () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(importError(() => parseSourceFile({ name: 'kapot.zip', bytes })).code).toBe('malformed');
  });
});
