// Thresholds read back from a stored setting (stored numbers over the defaults, the defaults when invalid)
// and checked as coded problems.

import { describe, expect, it } from 'vitest';
import { ProblemError } from '../../../../src/core/model/problem';
import { DEFAULT_THRESHOLDS, thresholdProblems, thresholdsFromSetting, validateThresholds } from '../../../../src/core/reference/thresholds';

describe('thresholdsFromSetting', () => {
  it('merges stored numbers over the defaults and ignores the rest', () => {
    expect(thresholdsFromSetting(undefined)).toEqual({ thresholds: DEFAULT_THRESHOLDS, problem: null });
    expect(thresholdsFromSetting({ underIndex: 90, overIndex: 'x', other: 1 }).thresholds).toEqual({ ...DEFAULT_THRESHOLDS, underIndex: 90 });
  });

  it('falls back to the defaults, saying why, when the stored ones are invalid', () => {
    const r = thresholdsFromSetting({ underIndex: 400 }); // 400 > overIndex 120
    expect(r.thresholds).toEqual(DEFAULT_THRESHOLDS);
    expect(r.problem).toBe('threshold underIndex must not exceed overIndex');
  });
});

describe('thresholdProblems', () => {
  it('codes a lower bound above the upper bound, naming both fields', () => {
    // underIndex 130 > the default overIndex 120.
    expect(thresholdProblems({ ...DEFAULT_THRESHOLDS, underIndex: 130 })).toEqual([
      { code: 'threshold-order', message: 'threshold underIndex must not exceed overIndex', line: null, params: { key: 'underIndex', field: 'underIndex', otherField: 'overIndex' } },
    ]);
  });

  it('codes a share above 1 and a negative count; a value that is no number comes alone', () => {
    expect(thresholdProblems({ ...DEFAULT_THRESHOLDS, concentrationShare: 1.5 }).map((p) => [p.code, p.params.key])).toEqual([['threshold-share', 'concentrationShare']]);
    expect(thresholdProblems({ ...DEFAULT_THRESHOLDS, minReachedPerBand: -1, underIndex: 130 }).map((p) => [p.code, p.params.key])).toEqual([['threshold-negative', 'minReachedPerBand']]);
    expect(thresholdProblems({ ...DEFAULT_THRESHOLDS, overIndex: Number.NaN }).map((p) => p.code)).toEqual(['threshold-not-number']);
    expect(thresholdProblems(DEFAULT_THRESHOLDS)).toEqual([]);
  });

  it('validateThresholds throws the first one as a ProblemError', () => {
    let thrown: unknown = null;
    try {
      validateThresholds({ ...DEFAULT_THRESHOLDS, minYouthCoverage: 2 });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ProblemError);
    expect((thrown as ProblemError).problem.code).toBe('threshold-share');
    expect((thrown as ProblemError).message).toBe('threshold minYouthCoverage is a share 0..1');
  });
});
