// Period keys (`2025-09-01_2025-09-30`), as URLs and maps carry a period.

import { describe, expect, it } from 'vitest';
import { parsePeriodKey, periodKey } from '../../../../src/core/model/period-key';

const SEP = { start: '2025-09-01', end: '2025-09-30' };

describe('period keys', () => {
  it('round-trips and refuses other text', () => {
    expect(periodKey(SEP)).toBe('2025-09-01_2025-09-30');
    expect(parsePeriodKey('2025-09-01_2025-09-30')).toEqual(SEP);
    expect(parsePeriodKey('2025-09-30_2025-09-01')).toBeNull(); // end before start
    expect(parsePeriodKey('september')).toBeNull();
  });
});
