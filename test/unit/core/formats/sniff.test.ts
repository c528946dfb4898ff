// Unit tests of the sniffers: encodings, binary and empty files, newline and delimiter, tokenising.

import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../../src/core/model/parsed-file';
import { decodeText, readTextFile, scanRecords, sniffDelimiter, sniffNewline, strayQuoteLine } from '../../../../src/core/formats/sniff';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import { ageComposition } from '../../../../src/core/metrics/age-composition';
import { importErrorOf, source, utf16, utf8 } from './test-input';

function importError(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}

describe('decodeText: encodings', () => {
  it('reads UTF-8 without a BOM', () => {
    const d = decodeText(source('a.csv', 'Gemeente,Weergaven\nGeraardsbergen,12\n'));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('Gemeente,Weergaven\nGeraardsbergen,12\n');
  });

  it('reads UTF-8 with a BOM and strips it', () => {
    const d = decodeText(source('a.csv', utf8('"Gender","Distribution"\n"Male","0.5"', true)));
    expect(d.encoding).toBe('utf-8');
    expect(d.text.charCodeAt(0)).toBe(0x22); // the first character is the quote, not U+FEFF
  });

  it('reads UTF-16 LE with a BOM', () => {
    const d = decodeText(source('a.csv', utf16('sep=,\n"Views"\n"Café"', 'le')));
    expect(d.encoding).toBe('utf-16le');
    expect(d.text).toBe('sep=,\n"Views"\n"Café"');
  });

  it('reads UTF-16 BE with a BOM', () => {
    const d = decodeText(source('a.csv', utf16('Leeftijd,Weergaven (%)\n13–17 jaar,4,2', 'be')));
    expect(d.encoding).toBe('utf-16be');
    expect(d.text).toBe('Leeftijd,Weergaven (%)\n13–17 jaar,4,2');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8: 0x96 is an EN DASH, 0xE9 is é', () => {
    // "13", 0x96, "17 ann", 0xE9, "es" — 0x96 alone is not valid UTF-8
    const bytes = new Uint8Array([0x31, 0x33, 0x96, 0x31, 0x37, 0x20, 0x61, 0x6e, 0x6e, 0xe9, 0x65, 0x73]);
    const d = decodeText(source('a.csv', bytes));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe('13\u201317 ann\u00e9es');
  });

  it('keeps UTF-8 whose last character is cut off, with a warning', () => {
    const full = utf8('a,b\nZürich,€');
    const cut = full.subarray(0, full.length - 1); // € is 3 bytes: E2 82 AC, drop the last one
    const d = decodeText(source('a.csv', cut));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('a,b\nZürich,');
    expect(d.warnings.map((w) => w.code)).toEqual(['cut-off-character']);
  });

  it('keeps a replacement character that the UTF-8 file itself holds (EF BF BD), without a warning', () => {
    // An earlier tool wrote "Liège" as "Li\uFFFDge": valid UTF-8, not Windows-1252, not cut off.
    const d = decodeText(source('a.csv', utf8('Stad,Weergaven\nLi\uFFFDge,12\n')));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('Stad,Weergaven\nLi\uFFFDge,12\n');
    expect(d.warnings).toEqual([]);
  });
});

describe('decodeText: binary and empty files', () => {
  it('refuses a PNG renamed .csv and says what it looks like', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const e = importError(() => parseSourceFile(source('screenshot.csv', png)));
    expect(e.code).toBe('binary');
    expect(e.fileName).toBe('screenshot.csv');
    expect(e.message).toContain('looks like a PNG image, not a CSV export');
  });

  it('sends an old Excel workbook (OLE2) to the spreadsheet reader, which refuses a damaged one', () => {
    // 10 bytes: the OLE2 magic number and nothing else — not a workbook that can be opened.
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const e = importError(() => parseSourceFile(source('followers.xls', xls)));
    expect(e.code).toBe('malformed');
    expect(e.message).toContain('damaged or unsupported spreadsheet');
  });

  it('refuses NUL bytes in a file that is not UTF-16', () => {
    const e = importError(() => parseSourceFile(source('a.csv', new Uint8Array([0x61, 0x2c, 0x00, 0x01, 0x02, 0x62]))));
    expect(e.code).toBe('binary');
  });

  it('refuses an empty file and a whitespace-only file as empty', () => {
    expect(importError(() => parseSourceFile(source('leeg.csv', new Uint8Array()))).code).toBe('empty');
    expect(importError(() => parseSourceFile(source('spaties.csv', ' \n\r\n\t\n'))).code).toBe('empty');
    expect(importError(() => parseSourceFile(source('bom.csv', new Uint8Array([0xff, 0xfe])))).code).toBe('empty');
    expect(importError(() => parseSourceFile(source('sep.csv', utf16('sep=,\n\n', 'le')))).code).toBe('empty');
  });
});

describe('sniffNewline and sniffDelimiter', () => {
  it('finds CRLF, LF and CR', () => {
    expect(sniffNewline('a,b\r\n1,2\r\n')).toBe('\r\n');
    expect(sniffNewline('a,b\n1,2\n')).toBe('\n');
    expect(sniffNewline('a,b\r1,2\r')).toBe('\r');
  });

  it('prefers ; over , when commas are decimal commas', () => {
    // comma counts per record: 0, 1, 1 (mode 1 in 2 of 3); semicolon: 1, 1, 1 (3 of 3)
    expect(sniffDelimiter('Leeftijd;Weergaven (%)\n13-17;0,61\n18-24;10,81\n', '\n')).toEqual({ delimiter: ';', sepLine: false });
  });

  it('finds tab', () => {
    expect(sniffDelimiter('Date\tViews\n2025-01-01\t5\n2025-01-02\t7\n', '\n').delimiter).toBe('\t');
  });

  it('ignores delimiters inside quotes', () => {
    // the quoted dates hold commas; outside quotes each record has exactly one ;
    expect(sniffDelimiter('"Thu, Sep 11, 2025";1\n"Wed, Sep 10, 2025";2\n', '\n').delimiter).toBe(';');
  });

  it('lets a leading sep= line win', () => {
    expect(sniffDelimiter('sep=;\na,b,c;d\n', '\n')).toEqual({ delimiter: ';', sepLine: true });
  });

  it('tokenises a tab file into rows and keeps blank lines', () => {
    const ctx = readTextFile(source('a.tsv', 'a\tb\n\n"x\ty"\t2\n'));
    expect(ctx.delimiter).toBe('\t');
    expect(ctx.rows).toEqual([['a', 'b'], [''], ['x\ty', '2']]);
    expect(ctx.lineOfRow(2)).toBe(3);
  });

  it('numbers lines across quoted line breaks and the sep= line', () => {
    const ctx = readTextFile(source('a.csv', 'sep=,\n"Post ID",Caption\n1,"two\nlines"\n2,x\n'));
    expect(ctx.sepLine).toBe(true);
    expect(ctx.rows.length).toBe(3);
    // line 1 sep=, line 2 header, lines 3-4 post 1, line 5 post 2
    expect(ctx.lineOfRow(2)).toBe(5);
  });

  it('keeps a file cut inside a quoted field as a malformed refusal naming the line (thrown once a format knows it)', () => {
    const ctx = readTextFile(source('posts.csv', 'Post ID,Caption\n1,"ok"\n2,"cut of'));
    expect(ctx.quoteProblem?.code).toBe('malformed');
    expect(ctx.quoteProblem?.line).toBe(3);
    // a table (two header cells) no format recognises: the quote problem is the reason given
    const e = importError(() => parseSourceFile(source('posts.csv', 'Post ID,Caption\n1,"ok"\n2,"cut of')));
    expect([e.code, e.line, e.params.kind]).toEqual(['malformed', 3, 'unclosed-quote']);
  });
});

describe('a ;-delimited viewer-age table with decimal commas (Excel re-save)', () => {
  it('reads the shares with the comma as decimal separator', () => {
    const text = [
      'Leeftijd kijker;Weergaven (%);Gemiddelde weergaveduur',
      '13–17 jaar;2,5;0:02:00',
      '18–24 jaar;12,5;0:03:00',
      '25–34 jaar;85;0:04:00',
    ].join('\r\n');
    const parsed = parseSourceFile(source('Tabelgegevens.csv', text));
    expect(parsed.format).toBe('youtube-studio-viewer-age');
    expect(parsed.delimiter).toBe(';');
    const composition = ageComposition(parsed.observations, 'views');
    // (2.5 + 12.5) / 100 = 0.15
    expect(composition?.youthShare).toBeCloseTo(0.15, 10);
    expect(composition?.youthAgeFloor).toBe(13);
  });
});

describe('UTF-16 cut after an odd number of bytes', () => {
  it('drops the lone last byte with a warning instead of decoding U+FFFD', () => {
    const full = utf16('"Date","Primary"\n"2025-01-01T00:00:00","5"\n', 'le');
    const d = decodeText(source('Follows.csv', full.subarray(0, full.length - 1)));
    expect(d.text).toBe('"Date","Primary"\n"2025-01-01T00:00:00","5"'); // only the final "\n" is lost
    expect(d.warnings.map((w) => w.code)).toEqual(['cut-off-character']);
  });
});

describe('legacy code pages (not UTF-8)', () => {
  /** Windows-1251 bytes of ASCII and the Russian letters А-я (U+0410-U+044F → 0xC0-0xFF). */
  const cp1251 = (text: string): Uint8Array =>
    Uint8Array.from(text, (c) => {
      const code = c.charCodeAt(0);
      return code < 128 ? code : code - 0x410 + 0xc0;
    });

  it('a Windows-1251 Excel re-save is decoded as Windows-1251, so the refusal quotes readable Cyrillic', () => {
    const text = 'Возраст зрителей,Просмотры (%),Среднее время просмотра\nот 13 до 17 лет,0.61,0:04:40\nот 18 до 24 лет,10.81,0:06:51\n';
    const bytes = cp1251(text);
    expect(decodeText({ name: 'возраст.csv', bytes }).encoding).toBe('windows-1251');
    const e = importErrorOf(() => parseSourceFile({ name: 'viewers.csv', bytes }));
    expect(e.code).toBe('unknown-format');
    expect(String(e.params.firstCells)).toContain('"Возраст зрителей"');
  });

  it('Western text that is not UTF-8 stays Windows-1252 (EN DASH 0x96, é 0xE9)', () => {
    const bytes = Uint8Array.from('Leeftijd kijker,Weergaven (%)\n13\x9617 jaar,0,61\ncaf\xe9 r\xe9sum\xe9 d\xe9j\xe0,1\n', (c) => c.charCodeAt(0));
    const d = decodeText({ name: 'a.csv', bytes });
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toContain('13–17 jaar');
  });
});

describe('strayQuoteLine (only the quotes visited) finds what scanRecords finds', () => {
  const cases: [string, number | null][] = [
    ['a,b\n1,"x, y"\n2,3\n', null], // a quoted field with a comma: fine
    ['"a ""quoted"" word",c\n', null], // doubled quotes inside a quoted field
    ['Viewer age,Views (%")\n13-17,1\n', 1], // a quote inside a header cell
    ['a,b\n1,2\n3,12"3\n', 3], // inside a number on line 3
    ['a,"multi\nline",b\n5,6"\n', 3], // after a field spanning lines 1-2, the stray quote is on line 3
    ['x;"y"\n"z";w"\n', 2], // semicolons: "z" opens at a field start, w" is stray
  ];
  it.each(cases)('%j → %s', (text, line) => {
    const delimiter = text.startsWith('x;') ? ';' : ',';
    expect(strayQuoteLine(text, delimiter)).toBe(line);
    expect(scanRecords(text, delimiter).strayQuoteLine).toBe(line);
    // with the sep= line taken off, lines count from 2
    expect(strayQuoteLine(text, delimiter, 2)).toBe(line === null ? null : line + 1);
  });
});
