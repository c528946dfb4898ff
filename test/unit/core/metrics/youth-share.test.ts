// Tests of youthShareMetric: value, floor and trace from a composition.

import { describe, expect, it } from 'vitest';
import { compositionFromBandValues } from '../../../../src/core/metrics/age-composition';
import { youthShareMetric } from '../../../../src/core/metrics/youth-share';

describe('youthShareMetric', () => {
  it('carries the youth share, floor and the bands into its trace', () => {
    // Ketnet YouTube (sample-data/README.md): (38.4 + 21.7) / 100.0 = 0.601, floor 13
    const c = compositionFromBandValues({ '13-17': 38.4, '18-24': 21.7, '25-34': 14.2, '35-44': 12.9, '45-54': 7.3, '55-64': 3.6, '65+': 1.9 }, 'views', 'share')!;
    const r = youthShareMetric(c, { accountId: 'ketnet-yt', importIds: ['i1'], fileIds: ['f1'] });
    expect(r.value).toBeCloseTo(0.601, 12);
    expect(r.floor).toBe(13);
    expect(r.trace.metric).toBe('youth-share');
    expect(r.trace.formula).toContain('13-17');
    expect(r.trace.accountIds).toEqual(['ketnet-yt']);
    expect(r.trace.fileIds).toEqual(['f1']);
    expect(r.trace.inputs.find((i) => i.name === 'share 13-17')?.value).toBeCloseTo(0.384, 12);
  });
});
