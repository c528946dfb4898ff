// The youth-share chart's data: points with platform and period, the extremes, the period span, the data
// rows, export file names and text wrapping for the exported image.

import { describe, expect, it } from 'vitest';
import { exportFileName, localIsoDate, percentPoints } from '../../../src/charts/chart-spec';
import { estimateTextWidth, wrapText } from '../../../src/charts/svg-layout';
import {
  percentAxisMax,
  periodSpan,
  populationSharesOf,
  pointPlatforms,
  toYouthShareChartData,
  youthShareExtremes,
  youthShareRows,
} from '../../../src/charts/youth-share-data';
import type { YouthShareInput } from '../../../src/charts/youth-share-data';
import type { Basis } from '../../../src/core/model/observation';
import { DEFAULT_REFERENCE_SET, referenceSetWith } from '../../../src/core/reference/reference-set';
import { nl } from '../../../src/i18n/nl';

/** The Dutch basis names (src/i18n/nl.ts `basis`). */
const BASIS_NL = (b: Basis): string => nl.basis[b];

const SEPT = { start: '2025-09-01', end: '2025-09-30' };
const AUG = { start: '2025-08-01', end: '2025-08-31' };

// Four rows shaped like sample-data/README.md: Ketnet YouTube 60.1 % (13+, no period), Ketnet Instagram
// 54.1 % (13+, September), OVAM Facebook 3.2 % (18+, August), De Lijn Facebook without age data.
// Bases as sample-data/README.md "Per account": YouTube views, Instagram and OVAM Facebook followers.
const ROWS: YouthShareInput[] = [
  { accountId: 'a', entityName: 'Ketnet', platform: 'youtube', youthShare: 0.601, youthAgeFloor: 13, basis: 'views', period: null },
  { accountId: 'b', entityName: 'Ketnet', platform: 'instagram', youthShare: 0.541, youthAgeFloor: 13, basis: 'followers', period: SEPT },
  { accountId: 'c', entityName: 'OVAM', platform: 'facebook', youthShare: 0.032, youthAgeFloor: 18, basis: 'followers', period: AUG },
  { accountId: 'd', entityName: 'De Lijn', platform: 'facebook', youthShare: null, youthAgeFloor: null, period: SEPT },
];

describe('youth-share chart data', () => {
  const { points, withoutAgeData } = toYouthShareChartData(ROWS, DEFAULT_REFERENCE_SET);

  it('keeps the accounts with age data, with platform and period, and counts the others', () => {
    expect(withoutAgeData).toBe(1);
    expect(points.map((p) => [p.label, p.platform, p.period])).toEqual([
      ['Ketnet · YouTube', 'youtube', null],
      ['Ketnet · Instagram', 'instagram', SEPT],
      ['OVAM · Facebook', 'facebook', AUG],
    ]);
  });

  it('gives the data rows: entity, platform, youth share, its basis, age floor, population at that floor', () => {
    // Population: 13-24 of 13+ = 871,814 / 5,725,665 = 0.15226; 18-24 of 18+ = 509,224 / 5,363,075 = 0.09495
    // (src/core/reference/population.ts keeps them to four decimals: 0.1523 and 0.0950).
    const rows = youthShareRows(points, BASIS_NL);
    expect(rows.map((r) => r.slice(0, 5))).toEqual([
      ['Ketnet', 'YouTube', 0.601, 'weergaven', '13+'],
      ['Ketnet', 'Instagram', 0.541, 'volgers', '13+'],
      ['OVAM', 'Facebook', 0.032, 'volgers', '18+'],
    ]);
    expect(rows[0]?.[5]).toBeCloseTo(871_814 / 5_725_665, 4);
    expect(rows[2]?.[5]).toBeCloseTo(509_224 / 5_363_075, 3);
    // a row without a known basis: an empty cell, never a guessed one
    const noBasis = toYouthShareChartData([{ ...ROWS[0]!, basis: null }], DEFAULT_REFERENCE_SET).points;
    expect(youthShareRows(noBasis, BASIS_NL)[0]?.[3]).toBeNull();
  });

  it("gives the population share of the chosen band at each floor (Statbel 2021: 509,224 of 5,725,665 aged 13+ are 18-24; 362,590 are 13-17)", () => {
    expect(populationSharesOf(DEFAULT_REFERENCE_SET, '18-24')).toEqual({ band: '18-24', 13: 0.0889, 18: 0.095 });
    // 13-17 has no share at floor 18: null, never 0
    expect(populationSharesOf(DEFAULT_REFERENCE_SET, '13-17')).toEqual({ band: '13-17', 13: 0.0633, 18: null });
  });

  it('takes the population from the reference set in use: an override (30 %) and an unknown figure (null, never 0)', () => {
    const changed = referenceSetWith([{ id: 'population.flanders.share-13plus.13-24', value: 0.3 }]);
    expect(toYouthShareChartData(ROWS, changed).points.map((p) => p.population)).toEqual([0.3, 0.3, 0.095]);
    expect(populationSharesOf(changed)).toEqual({ band: '13-24', 13: 0.3, 18: 0.095 });
    const unknown = referenceSetWith([{ id: 'population.flanders.share-18plus.18-24', value: null }]);
    const { points: withUnknown } = toYouthShareChartData(ROWS, unknown);
    expect(withUnknown.map((p) => p.population)).toEqual([0.1523, 0.1523, null]);
    expect(youthShareRows(withUnknown, BASIS_NL)[2]).toEqual(['OVAM', 'Facebook', 0.032, 'volgers', '18+', null]);
    expect(percentAxisMax(withUnknown)).toBe(0.65);
  });

  it('finds the highest and lowest account (Ketnet · YouTube 60.1 %, OVAM · Facebook 3.2 %)', () => {
    const extremes = youthShareExtremes(points);
    expect(extremes?.highest.label).toBe('Ketnet · YouTube');
    expect(extremes?.lowest.label).toBe('OVAM · Facebook');
    expect(youthShareExtremes([])).toBeNull();
  });

  it('spans the known periods and says when one is unknown', () => {
    // August 1 … September 30; Ketnet YouTube has no period.
    expect(periodSpan(points)).toEqual({ span: { start: '2025-08-01', end: '2025-09-30' }, someUnknown: true });
    expect(periodSpan(points.slice(1))).toEqual({ span: { start: '2025-08-01', end: '2025-09-30' }, someUnknown: false });
    expect(periodSpan(points.slice(0, 1))).toEqual({ span: null, someUnknown: true });
  });

  it('lists the platforms drawn once each, in the interface order (facebook, instagram, youtube, …)', () => {
    expect(pointPlatforms(points)).toEqual(['facebook', 'instagram', 'youtube']);
  });
});

describe('export helpers', () => {
  it('names export files from title and date', () => {
    expect(exportFileName('Jongerenaandeel per account', '2025-10-12', 'png', '2x')).toBe(
      'jongerenaandeel-per-account-2025-10-12-2x.png',
    );
    expect(exportFileName('Représentatie-index: VDAB & De Lijn', '2025-10-12', 'csv')).toBe(
      'representatie-index-vdab-de-lijn-2025-10-12.csv',
    );
    expect(exportFileName('***', '2025-10-12', 'svg')).toBe('grafiek-2025-10-12.svg');
  });

  it('gives the local date as ISO', () => {
    expect(localIsoDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });

  it('rounds percentage points as Intl does: 0.0345 → 3.5, 0.601 → 60.1, 0.15226 → 15.23', () => {
    expect(percentPoints(0.0345, 1)).toBe('3.5');
    expect(percentPoints(0.601, 1)).toBe('60.1');
    expect(percentPoints(871_814 / 5_725_665, 2)).toBe('15.23');
    expect(percentPoints(-0.025, 1)).toBe('-2.5');
  });

  it('wraps text at spaces to a width', () => {
    const tenPx = (text: string) => text.length * 10;
    // 'a bb' is 40 px ≤ 40; adding ' ccc' would make 80 px.
    expect(wrapText('a bb ccc', 40, 10, tenPx)).toEqual(['a bb', 'ccc']);
    // A word wider than the line gets its own line.
    expect(wrapText('abcdefgh ij', 40, 10, tenPx)).toEqual(['abcdefgh', 'ij']);
    expect(wrapText('  ', 40, 10, tenPx)).toEqual([]);
    // The estimate: 10 characters at 20 px = 10 × 20 × 0.55 = 110 px.
    expect(estimateTextWidth('abcdefghij', 20, false)).toBeCloseTo(110, 6);
  });
});
