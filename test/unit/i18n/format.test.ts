// One-decimal numbers in the interface language (indexes, percentage points).

import { describe, expect, it } from 'vitest';
import { formatOneDecimal } from '../../../src/i18n/format';

describe('formatOneDecimal', () => {
  it('always shows one decimal, with the language decimal mark', () => {
    expect(formatOneDecimal(394.62, 'nl')).toBe('394,6');
    expect(formatOneDecimal(394.62, 'en')).toBe('394.6');
    expect(formatOneDecimal(80, 'nl')).toBe('80,0');
    expect(formatOneDecimal(-1.25, 'en')).toBe('-1.3'); // Intl rounds half away from zero: -1.25 → -1.3
  });
});
