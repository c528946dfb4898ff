// Shared inputs for the metric tests: a youth share result built by hand.

import type { Basis } from '../../../../src/core/model/observation';
import type { YouthShareResult } from '../../../../src/core/metrics/youth-share';
import { youthShareMetric } from '../../../../src/core/metrics/youth-share';

/** A traced youth share of `value` (0..1) at `floor`, of `basis`, for account `acc-1` from import `imp-1` / file `file-1`. */
export function youth(value: number, floor: 13 | 18 = 13, basis: Basis = 'reach', youthCount: number | null = null): YouthShareResult {
  return youthShareMetric({ youthShare: value, youthAgeFloor: floor, basis, youthCount }, { accountId: 'acc-1', importIds: ['imp-1'], fileIds: ['file-1'] });
}
