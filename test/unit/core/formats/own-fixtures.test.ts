// Format tests on own-made fixtures (test/fixtures/formats, fictitious numbers) and in-memory files:
// Dutch YouTube viewer age, Meta audience with and without 13-17, unknown and refused files.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import { ageComposition } from '../../../../src/core/metrics/age-composition';
import { ImportError } from '../../../../src/core/model/parsed-file';
import { source, utf16 } from './test-input';

const FIXTURES = path.resolve(process.cwd(), 'test/fixtures/formats');

function fixture(name: string): ReturnType<typeof parseSourceFile> {
  return parseSourceFile({ name, bytes: new Uint8Array(readFileSync(path.join(FIXTURES, name))) });
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

describe('YouTube viewer age, Dutch interface (own fixture)', () => {
  it('is recognised by shape and yields a youth share of 0.255 at floor 13', () => {
    const p = fixture('youtube-viewer-age-nl_table-data.csv');
    expect(p.format).toBe('youtube-studio-viewer-age');
    expect(p.basis).toBe('views');
    expect(p.warnings).toEqual([]); // Weergaven (%), Kijktijd (uren) (%) … are all in the alias table
    const c = ageComposition(p.observations, 'views');
    // 4.20 + 21.30 + 30 + 20 + 12.5 + 7 + 5 = 100, so (4.20 + 21.30) / 100 = 0.255
    expect(c?.youthShare).toBeCloseTo(0.255, 10);
    expect(c?.youthAgeFloor).toBe(13);
    expect(c?.shares['65+']).toBeCloseTo(0.05, 10);
    expect(p.observations.find((o) => o.metric === 'averageViewDuration' && o.ageBand === '13-17')?.value).toBe(190); // 0:03:10
  });

  it('takes an unnamed percentage column as the views share, with a warning', () => {
    const p = parseSourceFile(source('t.csv', 'Âge du spectateur,Vues en pourcentage (%)\n13–17 ans,10\n18–24 ans,30\n25–34 ans,60\n'));
    expect(p.format).toBe('youtube-studio-viewer-age');
    expect(p.warnings.map((w) => w.code)).toEqual(['assumed-views-column']);
    expect(ageComposition(p.observations, 'views')?.youthShare).toBeCloseTo(0.4, 10); // (10 + 30) / 100
  });

  it('skips a Total row with a warning', () => {
    const p = parseSourceFile(source('t.csv', 'Viewer age,Views (%)\nTotal,100\n18–24 years,40\n25–34 years,60\n'));
    expect(p.warnings.map((w) => w.code)).toEqual(['total-row-skipped']);
    const c = ageComposition(p.observations, 'views');
    expect(c?.youthShare).toBeCloseTo(0.4, 10); // 40 / (40 + 60)
    expect(c?.youthAgeFloor).toBe(18); // no 13-17 row
  });
});

describe('Meta Business Suite audience (own fixtures, UTF-16 LE with BOM)', () => {
  it('with a 13-17 row: youth share 0.28 at floor 13, cities, countries and follows', () => {
    const p = fixture('meta-audience-13plus_utf16le.csv');
    expect(p.format).toBe('meta-bs-audience');
    expect(p.encoding).toBe('utf-16le');
    expect(p.basis).toBe('followers');
    expect(p.platform).toBeNull();
    expect(p.platformCandidates).toEqual(['facebook', 'instagram']);
    const c = ageComposition(p.observations, 'followers');
    // men 1.5+10+12+9+6+3+1 = 42.5, women 2.5+14+16+11+8+4+2 = 57.5, total 100; (1.5+2.5+10+14)/100 = 0.28
    expect(c?.youthShare).toBeCloseTo(0.28, 10);
    expect(c?.youthAgeFloor).toBe(13);
    const cell = p.observations.find((o) => o.ageBand === '18-24' && o.gender === 'female');
    expect(cell).toEqual({ metric: 'followers', period: null, ageBand: '18-24', gender: 'female', value: 0.14, unit: 'share' });
    expect(p.observations.find((o) => o.segment === 'city:Gent, Belgium')?.value).toBeCloseTo(0.205, 10); // 20.5 / 100
    expect(p.observations.find((o) => o.segment === 'country:Netherlands')?.value).toBeCloseTo(0.061, 10);
    expect(p.observations.some((o) => o.segment?.includes('Voorbeeldpagina'))).toBe(false); // Top pages ignored
    const follows = p.observations.filter((o) => o.metric === 'follows');
    expect(follows.map((o) => o.value)).toEqual([4, 7, 3]); // 2025-08-03 is missing in the file
    expect(p.period).toEqual({ start: '2025-08-01', end: '2025-08-04' });
    expect(p.warnings).toEqual([]);
  });

  it('without a 13-17 row: youth share 0.17 at floor 18', () => {
    const p = fixture('meta-audience-18plus_utf16le.csv');
    const c = ageComposition(p.observations, 'followers');
    // men 8+15+10+7+4+2 = 46, women 9+17+12+8+5+3 = 54, total 100; (8 + 9) / 100 = 0.17
    expect(c?.youthShare).toBeCloseTo(0.17, 10);
    expect(c?.youthAgeFloor).toBe(18);
  });
});

describe('Meta page metric titles', () => {
  it('reads "Instagram reach" as reach on Instagram', () => {
    const text = 'sep=,\n"Instagram reach"\n"Date","Primary"\n"2025-01-01T00:00:00","120"\n"2025-01-03T00:00:00","80"\n';
    const p = parseSourceFile(source('Reach.csv', utf16(text, 'le')));
    expect(p.platform).toBe('instagram');
    expect(p.observations.map((o) => [o.metric, o.value])).toEqual([['reach', 120], ['reach', 80]]);
    expect(p.period).toEqual({ start: '2025-01-01', end: '2025-01-03' });
  });

  it('refuses an unknown title as unsupported, naming it', () => {
    const text = 'sep=,\n"Story replies"\n"Date","Primary"\n"2025-01-01T00:00:00","3"\n';
    const e = importError(() => parseSourceFile(source('Replies.csv', utf16(text, 'le'))));
    expect(e.code).toBe('unsupported');
    expect(e.message).toContain('"Story replies"');
  });

  it('reports a bad number with its line', () => {
    const text = 'sep=,\n"Views"\n"Date","Primary"\n"2025-01-01T00:00:00","3"\n"2025-01-02T00:00:00","veel"\n';
    const e = importError(() => parseSourceFile(source('Views.csv', utf16(text, 'le'))));
    expect(e.code).toBe('malformed');
    expect(e.line).toBe(5); // sep=, title, header, day 1, day 2
    expect(e.message).toContain('"veel"');
  });
});

describe('Meta posts, Instagram layout (own in-memory file)', () => {
  it('is Instagram by its Account username column and reads thousands separators', () => {
    const text = [
      'Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves',
      '17900000000000001,17800000000000001,voorbeeld_account,Voorbeeld,"Eerste bericht",0,10/02/2025 09:30,https://example.org/p/1,IG image,,Lifetime,"12,400",8100,310,12,4,25,30',
      '17900000000000002,17800000000000001,voorbeeld_account,Voorbeeld,"Tweede",0,10/05/2025 18:00,https://example.org/p/2,IG reel,,Lifetime,900,700,40,1,0,3,2',
    ].join('\n');
    const p = parseSourceFile(source('Oct-01-2025_Oct-31-2025_123.csv', text));
    expect(p.format).toBe('meta-bs-posts');
    expect(p.platform).toBe('instagram');
    expect(p.accountName).toBe('voorbeeld_account');
    expect(p.period).toEqual({ start: '2025-10-02', end: '2025-10-05' });
    expect(p.observations.find((o) => o.segment === '17900000000000001' && o.metric === 'views')?.value).toBe(12400);
    expect(p.observations.find((o) => o.segment === '17900000000000002' && o.metric === 'follows')?.value).toBe(0);
  });
});

describe('unknown and refused text files', () => {
  it('an unknown CSV → unknown-format quoting its first header cells', () => {
    const e = importError(() => parseSourceFile(source('leden.csv', 'Naam,Gemeente,Leeftijd\nAn,Gent,30\n')));
    expect(e.code).toBe('unknown-format');
    expect(e.fileName).toBe('leden.csv');
    expect(e.message).toContain('"Naam", "Gemeente", "Leeftijd"');
  });
});
