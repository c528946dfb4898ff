// Any language and encoding: variants of real exports derived in memory (Excel nl-BE re-save with ";",
// decimal comma, CRLF and Windows-1252; " (1)" in the name; inside a zip), and localised YouTube files
// (German zip members, soft hyphens, "Gesamt"; French and Dutch headers) — nothing committed.

import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import { parseDate, parseDayMonth, parseNumber } from '../../../../src/core/formats/values';
import { ageComposition } from '../../../../src/core/metrics/age-composition';
import { describeRealExports, readRealExport } from '../../real-exports';
import { source, zipBytes } from './test-input';

/** Windows-1252 bytes of `text` (ASCII plus EN DASH → 0x96, é → 0xE9); other characters are not needed here. */
function cp1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => (ch === '\u2013' ? 0x96 : ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f)));
}

/** What Excel in a Belgian (nl-BE) locale writes when it re-saves a CSV: ";" separators, decimal comma, CRLF. */
function excelNlBe(csv: string): string {
  return csv
    .split('\n')
    .filter((l) => l !== '')
    .map((line) => line.split(',').map((cell) => cell.replace(/^(\d+)\.(\d+)$/, '$1,$2')).join(';'))
    .join('\r\n');
}

describeRealExports('variants of real exports', () => {
  const real = (): string => new TextDecoder().decode(readRealExport('youtube', 'viewer-age_table-data.csv'));

  it('viewer-age re-saved by Excel nl-BE in Windows-1252 (EN DASH = 0x96), named "Table data (1).csv"', () => {
    const bytes = cp1252(excelNlBe(real()));
    expect(bytes.includes(0x96)).toBe(true);
    const p = parseSourceFile({ name: 'Table data (1).csv', bytes });
    expect(p.format).toBe('youtube-studio-viewer-age');
    expect(p.encoding).toBe('windows-1252');
    expect(p.delimiter).toBe(';');
    // "0,61" → 0.61 % → 0.0061; youth (0.61 + 10.81) / 100 = 0.1142, as the original
    expect(p.observations.find((o) => o.metric === 'views' && o.ageBand === '13-17')?.value).toBeCloseTo(0.0061, 12);
    expect(ageComposition(p.observations, 'views')?.youthShare).toBeCloseTo(0.1142, 10);
  });

  it('the same file inside a German YouTube zip (Tabellendaten.csv, soft hyphen in the name)', () => {
    const bytes = zipBytes({ 'Tabellendaten.csv': readRealExport('youtube', 'viewer-age_table-data.csv') });
    const p = parseSourceFile({ name: 'Zuschauer\u00adalter 2025-01-01_2025-03-31 Kanal (1).zip', bytes });
    expect(p.format).toBe('youtube-studio-zip');
    expect(p.period).toEqual({ start: '2025-01-01', end: '2025-03-31' });
    expect(p.accountName).toBe('Kanal');
    expect(ageComposition(p.observations, 'views')?.youthShare).toBeCloseTo(0.1142, 10);
  });

  it('TikTok Viewers.csv re-saved by Excel nl-BE (";", CRLF, no quotes) reads the same with an export date', () => {
    const text = new TextDecoder().decode(readRealExport('tiktok', 'Viewers.csv')).replace(/"/g, '');
    const p = parseSourceFile({ name: 'Viewers (1).csv', bytes: cp1252(excelNlBe(text.replace(/^\uFEFF/, ''))) }, { exportDate: '2025-10-19' });
    expect(p.format).toBe('tiktok-viewers');
    // 179 as the original (60 rows × 3 - 1 "undefined")
    expect(p.observations).toHaveLength(179);
  });

});

describe('localised YouTube files (own fixtures)', () => {
  it('German zip: Tabellendaten.csv with soft hyphens in headers and a "Gesamt" row, Diagrammdaten.csv, Gesamtwerte.csv', () => {
    const table = 'Videos,Videotitel,Ver\u00adöffentlichungs\u00adzeitpunkt des Videos,Aufrufe,Wiedergabe\u00adzeit (Stunden),Abonnenten\n' +
      'Gesamt,,,1500,75.5,12\nvid1,Titel eins,"Jan 5, 2025",1000,50.25,8\nvid2,Titel zwei,"Feb 1, 2025",500,25.25,4\n';
    const chart = 'Datum,Aufrufe\n2025-01-01,700\n2025-01-02,800\n';
    const totals = 'Datum,Aufrufe\n2025-01-01,700\n2025-01-02,800\n';
    const p = parseSourceFile({ name: 'Videos 2025-01-01_2025-01-02 Kanal.zip', bytes: zipBytes({ 'Tabellendaten.csv': table, 'Diagrammdaten.csv': chart, 'Gesamtwerte.csv': totals }) });
    expect(p.format).toBe('youtube-studio-zip');
    // views: a flow, taken from Gesamtwerte.csv only (700 + 800 = 1500, the Gesamt row agrees); never twice
    const views = p.observations.filter((o) => o.metric === 'views' && o.segment === undefined);
    expect(views.map((o) => o.value)).toEqual([700, 800]);
    // watch time of the whole from the Gesamt row of the table: 75.5 hours
    expect(p.observations.find((o) => o.metric === 'watchTime' && o.segment === undefined)?.value).toBe(75.5);
    expect(p.observations.find((o) => o.metric === 'subscribers' && o.segment === 'vid2')?.value).toBe(4);
  });

  it('French viewer-age table (guessed headers): recognised by shape, durations in seconds', () => {
    const csv = "Âge des spectateurs,Vues (%),Durée moyenne de visionnage,Pourcentage moyen regardé (%),Durée de visionnage (heures) (%)\n" +
      '13–17 ans,2.5,0:02:30,40,1.5\n18–24 ans,17.5,0:03:00,42,15\n25–34 ans,80,0:04:00,45,83.5\n';
    const p = parseSourceFile(source('Données du tableau.csv', csv));
    expect(p.format).toBe('youtube-studio-viewer-age');
    expect(p.warnings).toEqual([]);
    // (2.5 + 17.5) / 100 = 0.20
    expect(ageComposition(p.observations, 'views')?.youthShare).toBeCloseTo(0.2, 12);
    expect(p.observations.find((o) => o.metric === 'averageViewDuration' && o.ageBand === '18-24')?.value).toBe(180); // 0:03:00
  });
});

describe('values in any language', () => {
  it('numbers: decimal comma, thousands separators, "12,3 %"', () => {
    expect(parseNumber('12,3 %')).toBe(12.3);
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('1 234')).toBe(1234);
    expect(parseNumber('12,400')).toBe(12400);
    expect(parseNumber('12,400', { decimalSeparator: ',' })).toBe(12.4);
  });

  it('dates: ISO, MM/DD/YYYY, DD/MM/YYYY when the format says, "Dec 15, 2023", "Thu, Sep 11, 2025", Dutch and French months', () => {
    expect(parseDate('2025-09-20T00:00:00')).toBe('2025-09-20');
    expect(parseDate('09/01/2025 21:13')).toBe('2025-09-01');
    expect(parseDate('09/01/2025', { slashOrder: 'dmy' })).toBe('2025-01-09');
    expect(parseDate('13.06.2025')).toBe('2025-06-13');
    expect(parseDate('Dec 15, 2023')).toBe('2023-12-15');
    expect(parseDate('Thu, Sep 11, 2025')).toBe('2025-09-11');
    expect(parseDate('15 maart 2024')).toBe('2024-03-15');
    expect(parseDate('1 févr. 2024')).toBe('2024-02-01');
    expect(parseDayMonth('18 augustus')).toEqual({ month: 8, day: 18 });
    expect(parseDayMonth('19 août')).toEqual({ month: 8, day: 19 });
    expect(parseDayMonth('August 19')).toEqual({ month: 8, day: 19 });
    expect(parseDayMonth('19. Dezember')).toEqual({ month: 12, day: 19 });
    expect(parseDayMonth('February 30')).toBeNull();
    expect(parseDayMonth('Total 19')).toBeNull();
  });
});
