// A cut-off file must not give a wrong youth share (found by a tester): an age split that no
// longer adds up to ~100 % is refused with `shares-incomplete`, on the real YouTube viewer-age file and an
// own Meta audience fixture cut at several points in memory.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import { ImportError } from '../../../../src/core/model/parsed-file';
import { describeRealExports, readRealExport } from '../../real-exports';
import { source, utf16 } from './test-input';

/** The ImportError `parseSourceFile` throws for `bytes`, or fails the test when it reads the file. */
function refusal(name: string, bytes: Uint8Array): ImportError {
  try {
    parseSourceFile({ name, bytes });
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error(`${name} (${String(bytes.length)} bytes) was read, but should have been refused`);
}

describeRealExports('the real YouTube viewer-age file cut off', () => {
  const bytes = readRealExport('youtube', 'viewer-age_table-data.csv');
  // The file (367 bytes): header, then 13–17 0.61, 18–24 10.81, 25–34 22.29, 35–44 18.53, 45–54 14.71,
  // 55–64 15.19, 65+ 17.86 in `Views (%)` (sum 100.00).
  it.each([
    // 150 bytes end in "18–24 years,10": 0.61 + 10 = 10.61 → 10.6 % over 2 bands.
    [150, 10.6, 2],
    // 200 bytes end in "25–34 years,22.29,0:08:11" (the tester's case; kept bands renormalised gave
    // (0.61 + 10.81) / 33.71 = 33.9 %): 0.61 + 10.81 + 22.29 = 33.71 → 33.7 % over 3 bands.
    [200, 33.7, 3],
    // 230 bytes end in "35–44 years,18.53,…": 33.71 + 18.53 = 52.24 → 52.2 % over 4 bands.
    [230, 52.2, 4],
    // 340 bytes end in "65+ years" with no value: 100 − 17.86 = 82.14 → 82.1 % over 6 bands.
    [340, 82.1, 6],
  ])('cut after %i bytes: refused, the split adds up to %f %', (cut, sum, bands) => {
    const e = refusal('Table data.csv', bytes.subarray(0, cut));
    expect(e.code).toBe('shares-incomplete');
    expect(e.params).toEqual({ sum, bands, metric: 'views', direction: 'low' });
    expect(e.message).toBe(`"Table data.csv": the age split adds up to ${String(sum)} %, not 100 %: the file looks cut off.`);
  });

  it('still reads the file when only the last columns of the last row are cut (347 bytes: "65+ years,17.86,")', () => {
    const parsed = parseSourceFile({ name: 'Table data.csv', bytes: bytes.subarray(0, 347) });
    const views = parsed.observations.filter((o) => o.metric === 'views');
    // Every band's views share survives: 0.61 + 10.81 + 22.29 + 18.53 + 14.71 + 15.19 + 17.86 = 100.00 %.
    expect(views).toHaveLength(7);
    expect(views.reduce((s, o) => s + o.value, 0)).toBeCloseTo(1, 10);
    expect(parsed.formatVersion).toBe(2);
  });
});

describe('a Meta audience file cut inside its age block', () => {
  const bytes = new Uint8Array(readFileSync(path.resolve('test/fixtures/formats/meta-audience-18plus_utf16le.csv')));
  // Age block (percent): 18-24 men 8 women 9; 25-34 15, 17; 35-44 10, 12; 45-54 7, 8; 55-64 4, 5; 65+ 2, 3 (sum 100).
  it.each([
    // 100 bytes = BOM + 49 UTF-16 characters: up to `"18-24","8"`: 8 %.
    [100, 8],
    // 180 bytes end after the 35-44 row: 8 + 9 + 15 + 17 + 10 + 12 = 71 %.
    [180, 71],
  ])('cut after %i bytes: refused, the split adds up to %f %', (cut, sum) => {
    const e = refusal('Audience.csv', bytes.subarray(0, cut));
    expect(e.code).toBe('shares-incomplete');
    expect(e.params.sum).toBe(sum);
    expect(e.params.direction).toBe('low');
  });

  it('refuses a split that adds up to more than 105 % (damaged, not cut)', () => {
    // Own layout: 18-24 60 + 60, 25-34 10 + 10 = 140 %.
    const text = 'sep=,\n"Age & gender"\n"","Men","Women"\n"18-24","60","60"\n"25-34","10","10"\n';
    const e = refusal('Audience.csv', source('Audience.csv', utf16(text, 'le')).bytes);
    expect(e.code).toBe('shares-incomplete');
    expect(e.params).toEqual({ sum: 140, bands: 2, metric: 'followers', direction: 'high' });
  });

  it('reads the whole fixture (sum 100 %) as version 2', () => {
    const parsed = parseSourceFile({ name: 'Audience.csv', bytes });
    expect(parsed.format).toBe('meta-bs-audience');
    expect(parsed.formatVersion).toBe(2);
  });
});
