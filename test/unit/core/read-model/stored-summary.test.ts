// The stored form of an import summary (src/core/read-model/stored-summary.ts): whole daily counts kept as
// 32-bit, anything else kept as 64-bit floats, and the same numbers back on reading.

import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import { summariseObservations } from '../../../../src/core/read-model/import-summary';
import type { ImportSummary } from '../../../../src/core/read-model/import-summary';
import { isReadableSummary, packSummary, STORED_GAP, unpackSummary } from '../../../../src/core/read-model/stored-summary';
import { describeRealExports, readRealExport } from '../../real-exports';

const tag = (value: unknown): string => Object.prototype.toString.call(value);

/** A summary with one views series from 2025-09-01 of `values`. */
const withViews = (values: number[]): ImportSummary => ({
  version: 2,
  daily: { views: { start: '2025-09-01', values: Float64Array.from(values) } },
  periodTotals: [{ metric: 'views', period: { start: '2025-09-01', end: '2025-09-30' }, value: 1234 }],
  splits: [],
});

describe('packSummary and unpackSummary', () => {
  it('keeps whole counts as Int32 with a gap as STORED_GAP, and gives 0, 12, a gap, -3 and 2 147 483 647 back', () => {
    const values = [0, 12, Number.NaN, -3, 2147483647];
    const packed = packSummary(withViews(values));
    expect(packed.version).toBe(3);
    expect(tag(packed.daily.views!.values)).toBe('[object Int32Array]');
    expect([...packed.daily.views!.values]).toEqual([0, 12, STORED_GAP, -3, 2147483647]);
    expect(packed.periodTotals).toEqual([{ metric: 'views', period: { start: '2025-09-01', end: '2025-09-30' }, value: 1234 }]);
    const back = unpackSummary(packed);
    expect(back.version).toBe(2);
    expect(back.daily.views!.start).toBe('2025-09-01');
    expect(tag(back.daily.views!.values)).toBe('[object Float64Array]');
    expect([...back.daily.views!.values]).toEqual(values);
  });

  it('keeps a series in 64-bit floats when one value is not a whole 32-bit count: 2 147 483 648, 1.5, -2 147 483 648', () => {
    for (const odd of [2147483648, 1.5, -2147483648]) {
      const packed = packSummary(withViews([10, odd, Number.NaN]));
      expect(tag(packed.daily.views!.values)).toBe('[object Float64Array]');
      expect([...unpackSummary(packed).daily.views!.values]).toEqual([10, odd, Number.NaN]);
    }
  });

  it('reads a version-2 summary as it is, and tells which versions are read', () => {
    const v2 = withViews([5, Number.NaN, 7]);
    expect(unpackSummary(v2)).toBe(v2);
    expect(isReadableSummary(v2)).toBe(true);
    expect(isReadableSummary(packSummary(v2))).toBe(true);
    expect(isReadableSummary({ version: 1 })).toBe(false);
    expect(isReadableSummary(undefined)).toBe(false);
  });
});

describeRealExports('the stored summary of a real export', () => {
  it('TikTok FollowerHistory.csv: followers as Int32 from 2025-08-18 (22 551, 22 565, 22 588 …), read back unchanged', () => {
    const parsed = parseSourceFile({ name: 'FollowerHistory.csv', bytes: readRealExport('tiktok', 'FollowerHistory.csv') }, { exportDate: '2025-10-17' });
    const summary = summariseObservations(parsed.observations);
    const packed = packSummary(summary);
    expect(packed.daily.followers!.start).toBe('2025-08-18');
    expect(tag(packed.daily.followers!.values)).toBe('[object Int32Array]');
    expect([...packed.daily.followers!.values.slice(0, 3)]).toEqual([22551, 22565, 22588]);
    expect(unpackSummary(packed)).toEqual(summary);
  });
});
