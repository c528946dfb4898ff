// CSV export of chart data: BOM, Dutch `;` + decimal comma vs English `,` + point, formula-looking text
// neutralised with a leading `'`, numbers (also negative ones) left as numbers (docs/architecture.md#security).

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chartSpecToCsv, neutraliseFormula, toCsv, UTF8_BOM } from '../../../src/charts/csv-export';
import type { ChartColumn } from '../../../src/charts/chart-spec';

describe('neutraliseFormula', () => {
  it('prefixes text starting with =, +, -, @, tab, CR or NUL with a quote, and leaves other text alone', () => {
    expect(neutraliseFormula('=HYPERLINK("http://x","klik")')).toBe('\'=HYPERLINK("http://x","klik")');
    expect(neutraliseFormula('+31 6')).toBe("'+31 6");
    expect(neutraliseFormula('-2+3+cmd|\' /C calc\'!A0')).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('\t=1')).toBe("'\t=1");
    expect(neutraliseFormula('\r=1')).toBe("'\r=1");
    expect(neutraliseFormula('\0x')).toBe("'\0x");
    // Not at the start, or not a trigger: unchanged.
    expect(neutraliseFormula('De Lijn = bus')).toBe('De Lijn = bus');
    expect(neutraliseFormula("'s-Gravenbrakel")).toBe("'s-Gravenbrakel");
    expect(neutraliseFormula('')).toBe('');
  });
});

describe('toCsv', () => {
  const header = ['Naam', 'Waarde'];
  const rows = [
    ['=1+1', -2.5], // formula text → '=1+1 (quoted); negative number untouched
    ['Ketnet', 60.1],
    ['a;b', 1234.5], // the Dutch delimiter inside text → quoted; no thousands grouping in numbers
    ['zegt "hallo"', 0], // quotes doubled
    ['-', null], // a lone minus is text that starts with '-': neutralised; null → empty cell
  ] as const;

  it('writes Dutch CSV: BOM, `;`, decimal comma, CRLF, neutralised text, bare negative numbers', () => {
    const csv = toCsv(header, rows, { language: 'nl' });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(new TextEncoder().encode(csv).subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Naam;Waarde',
      `"'=1+1";-2,5`,
      'Ketnet;60,1',
      '"a;b";1234,5',
      '"zegt ""hallo""";0',
      `"'-";`,
    ]);
    // A number is never prefixed: -2,5 stays a number for Excel, never '-2,5.
    expect(csv).not.toContain("'-2");
  });

  it('writes English CSV with `,` and a decimal point', () => {
    const csv = toCsv(header, rows, { language: 'en' });
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Naam,Waarde',
      `"'=1+1",-2.5`,
      'Ketnet,60.1',
      'a;b,1234.5',
      '"zegt ""hallo""",0',
      `"'-",`,
    ]);
  });

  it('reads back with PapaParse to the same cells (after the neutralising quote)', () => {
    const csv = toCsv(header, rows, { language: 'nl' });
    const parsed = Papa.parse<string[]>(csv.slice(UTF8_BOM.length), { delimiter: ';', newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ['Naam', 'Waarde'],
      ["'=1+1", '-2,5'],
      ['Ketnet', '60,1'],
      ['a;b', '1234,5'],
      ['zegt "hallo"', '0'],
      ["'-", ''],
    ]);
  });

  it('writes fixed decimals per column and drops non-finite numbers', () => {
    // 60 with one fixed decimal → 60,0; -0.04 with at most one decimal rounds to -0.0 → written 0 (no sign).
    const csv = toCsv(['a', 'b'], [[60, -0.04], [Number.NaN, Infinity]], {
      language: 'nl',
      decimals: [{ min: 1, max: 1 }, { min: 0, max: 1 }],
    });
    expect(csv.slice(1).split('\r\n')).toEqual(['a;b', '60,0;0', ';']);
  });
});

describe('chartSpecToCsv', () => {
  const columns: ChartColumn[] = [
    { key: 'entity', label: 'Entiteit', kind: 'text' },
    { key: 'share', label: 'Jongerenaandeel', kind: 'percent', decimals: 1 },
    { key: 'pop', label: 'Bevolking', kind: 'percent', decimals: 2 },
    { key: 'change', label: 'Verschil', kind: 'count', decimals: 1 },
  ];

  it('writes shares as percentage points under "(%)", rounded as the table rounds', () => {
    const csv = chartSpecToCsv(
      {
        columns,
        rows: [
          // 0.601 → 60,1; 871,814 / 5,725,665 = 0.15226… → 15,23; -2.5 stays -2,5
          ['Ketnet', 0.601, 871_814 / 5_725_665, -2.5],
          // 0.0345 → 3.45 points → 3,5 (half away from zero, as Intl's 3,5% in the table); null → empty
          ['@OVAM', 0.0345, null, null],
          // a change of 0 points with one decimal reads 0,0, as the data table shows it
          ['VDAB', 0.2, 0.095, 0],
        ],
      },
      'nl',
    );
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Entiteit;Jongerenaandeel (%);Bevolking (%);Verschil',
      'Ketnet;60,1;15,23;-2,5',
      `"'@OVAM";3,5;;`,
      'VDAB;20,0;9,50;0,0',
    ]);
  });

  it('uses the English dialect in English', () => {
    const csv = chartSpecToCsv({ columns, rows: [['Ketnet', 0.601, 0.095, -2.5]] }, 'en');
    expect(csv).toBe('\uFEFFEntiteit,Jongerenaandeel (%),Bevolking (%),Verschil\r\nKetnet,60.1,9.50,-2.5');
  });
});
