// The import card's youth share of a file holding age splits of several periods: the most recent split,
// as the screens show the file without a chosen period, never the windows added up (fresh tester 9: the
// old Facebook page exports showed 28,1 % and 7,8 % on the card, 32,8 % and 10,8 % on every screen).

import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import { fileComposition } from '../../../../src/core/metrics/age-composition';
import type { Observation, Period } from '../../../../src/core/model/observation';
import { summarise } from '../../../../src/workers/import-service';
import { describeRealExports, readRealExport } from '../../../unit/real-exports';

const VIC = 'Facebook Insights Data Export - Visualization Studio VIC - 2014-01-01 - 2014-02-27.csv';
const MTBA = 'Facebook Insights Data Export - Midwest Taiwanese Biotechnology Association - MTBA - 2018-07-25.csv';

function reachSplit(period: Period, values: Record<string, number>): Observation[] {
  return Object.entries(values).map(([ageBand, value]) => ({ metric: 'reach', period, ageBand, value, unit: 'count' }));
}

describe('fileComposition', () => {
  it('takes the split with the latest end (then the shortest window), never the windows added up', () => {
    const early = reachSplit({ start: '2014-02-14', end: '2014-02-20' }, { '18-24': 84, '25-34': 213 });
    const month = reachSplit({ start: '2014-01-28', end: '2014-02-27' }, { '13-17': 5, '18-24': 5, '25-34': 90 });
    const week = reachSplit({ start: '2014-02-21', end: '2014-02-27' }, { '13-17': 1, '18-24': 19, '25-34': 41 });
    const { composition, period, splits } = fileComposition([...early, ...month, ...week], 'reach');
    expect(splits).toBe(3);
    expect(period).toEqual({ start: '2014-02-21', end: '2014-02-27' });
    // (1 + 19) ÷ 61 = 0.32787
    expect(composition!.youthShare).toBeCloseTo(20 / 61, 12);
    expect(composition!.youthAgeFloor).toBe(13);
  });

  it('reads a file with one split as a whole (no period named)', () => {
    const { composition, period, splits } = fileComposition(reachSplit({ start: '2014-02-21', end: '2014-02-27' }, { '18-24': 19, '25-34': 41 }), 'reach');
    expect(splits).toBe(1);
    expect(period).toBeNull();
    expect(composition!.youthShare).toBeCloseTo(19 / 60, 12);
  });
});

describeRealExports('the import card of the old Facebook page exports', () => {
  it(`${VIC}: 32,8 % at floor 13, of 21-27 February 2014 (row 2/27: 1 + 19 of 61)`, () => {
    const s = summarise(parseSourceFile({ name: VIC, bytes: readRealExport('facebook-legacy', VIC) }));
    expect(s.youthShare).toBeCloseTo(20 / 61, 12);
    expect(s.youthAgeFloor).toBe(13);
    expect(s.agePeriod).toEqual({ start: '2014-02-21', end: '2014-02-27' });
    // Weekly reach by age has values on the 11 days 17-27 February 2014: 11 windows.
    expect(s.ageSplits).toBe(11);
  });

  it(`${MTBA}: 10,8 % at floor 13, of the week to 23 July 2018 (1 + 179 of 1.664)`, () => {
    const s = summarise(parseSourceFile({ name: MTBA, bytes: readRealExport('facebook-legacy', MTBA) }));
    expect(s.youthShare).toBeCloseTo(180 / 1664, 12);
    expect(s.youthAgeFloor).toBe(13);
    expect(s.agePeriod!.end).toBe('2018-07-23');
  });
});
