// Totals of a posts export in the read model: views summed exactly; reach summed over the posts is only an
// upper bound (a person who saw two posts is in both posts' reach), never an exact reach or audience size.
// Values worked out by hand from the real Facebook posts export (../shared/real-exports/facebook/,
// 81 posts, 1-30 September 2025): Views column summed 266.909, Reach column summed 167.097.

import { expect, it } from 'vitest';
import { accountFromFiles } from '../../../../src/core/answer/account-from-files';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import { summariseTotals } from '../../../../src/core/metrics/totals';
import { UPPER_BOUND_SEGMENT } from '../../../../src/core/model/observation';
import { accountFigures, totalsOver } from '../../../../src/core/read-model/account-figures';
import { summariseObservations } from '../../../../src/core/read-model/import-summary';
import { DEFAULT_REFERENCE_SET } from '../../../../src/core/reference/reference-set';
import { describeRealExports, readRealExport } from '../../real-exports';

const POSTS = 'mbs_posts_Sep-01-2025_Sep-30-2025.csv';
const SEPTEMBER = { start: '2025-09-01', end: '2025-09-30' };

const posts = () => parseSourceFile({ name: POSTS, bytes: readRealExport('facebook', POSTS) });

describeRealExports('posts export totals in the read model (real Facebook posts export)', () => {
  it('the import summary keeps views 266.909 as exact and reach 167.097 as an upper bound', () => {
    const p = posts();
    expect(p.observations.find((o) => o.metric === 'reach' && o.segment === UPPER_BOUND_SEGMENT)).toEqual({
      metric: 'reach',
      period: SEPTEMBER,
      segment: UPPER_BOUND_SEGMENT,
      value: 167097,
      unit: 'count',
    });
    const summary = summariseObservations(p.observations);
    expect(summary.periodTotals.find((t) => t.metric === 'views')).toEqual({ metric: 'views', period: SEPTEMBER, value: 266909 });
    expect(summary.periodTotals.find((t) => t.metric === 'reach')).toEqual({ metric: 'reach', period: SEPTEMBER, value: 167097, bound: 'upper' });
    // the per-post figures stay parts: no daily reach or views
    expect(summary.daily).toEqual({});
  });

  it('totals of September: views 266.909; reach at most 167.097 (upperBound), never an exact reach', () => {
    const account = accountFromFiles({ accountId: 'fb', entityId: 'e', entityName: 'Testpagina', platform: 'facebook', files: [{ parsed: posts() }] });
    const { totals, upperBound } = totalsOver(account.history, SEPTEMBER);
    expect(totals.views).toBe(266909);
    expect(totals.reach).toBe(167097);
    expect(upperBound).toEqual({ reach: true, viewers: false });
  });

  it('with a reach age split of September, the audience size is at most 167.097 and so are the young people', () => {
    // a typed-in reach split for September: 18-24 10 %, 25+ 90 % (floor 18, youth share 0,10)
    const template =
      'platform,account,period_start,period_end,basis,age_band,share_percent,source,note\n' +
      'facebook,Testpagina,2025-09-01,2025-09-30,reach,18-24,10,app,\n' +
      'facebook,Testpagina,2025-09-01,2025-09-30,reach,25+,90,app,\n';
    const split = parseSourceFile({ name: 'split.csv', bytes: new TextEncoder().encode(template) });
    const account = accountFromFiles({ accountId: 'fb', entityId: 'e', entityName: 'Testpagina', platform: 'facebook', files: [{ parsed: posts() }, { parsed: split }] });
    const f = accountFigures(account, { period: SEPTEMBER, youthBand: '18-24', reference: DEFAULT_REFERENCE_SET, thresholds: { minReachedPerBand: 100 } });
    expect(f.youthShare?.value).toBeCloseTo(0.1, 10);
    expect(f.audienceSize?.value).toBe(167097);
    expect(f.audienceSize?.upperBound).toBe(true);
    // 167.097 × 0,10 = 16.709,7 young people at most
    expect(f.youthPeople?.value).toBeCloseTo(16709.7, 6);
    expect(f.youthPeople?.upperBound).toBe(true);
  });

  it('daily reach from a page-level file comes before the sum over posts (and says its coverage)', () => {
    const daily = parseSourceFile(
      { name: 'Reach.csv', bytes: new TextEncoder().encode('sep=,\n"Facebook reach"\n"Date","Primary"\n"2025-09-01T00:00:00","1000"\n') },
    );
    const account = accountFromFiles({ accountId: 'fb', entityId: 'e', entityName: 'Testpagina', platform: 'facebook', files: [{ parsed: posts() }, { parsed: daily }] });
    // one day of reach, 1.000 people: exact for that day, and only 1 of the 30 days of September
    const { totals, upperBound, coverage } = totalsOver(account.history, SEPTEMBER);
    expect(totals.reach).toBe(1000);
    expect(upperBound.reach).toBe(false);
    expect(coverage).toEqual({ days: 1, of: 30 });
  });

  it('the CLI totals of the file: reach 167.097 with the posts warning, views 266.909', () => {
    const p = posts();
    const { totals, warnings } = summariseTotals(p.observations);
    expect(totals.reach).toBe(167097);
    expect(totals.views).toBe(266909);
    // one observation: no generic per-day warning; the file's own warning says it is an upper bound
    expect(warnings).toEqual([]);
    expect(p.warnings.find((w) => w.code === 'reach-summed-from-posts')?.params).toEqual({ total: 167097, count: 81 });
  });
});
