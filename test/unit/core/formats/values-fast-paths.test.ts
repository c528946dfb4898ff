// The per-cell fast paths of the value parsers (src/core/formats/values.ts): a bare integer skips the
// separator rules, a date text is parsed once per distinct text and option; results equal the full rules.

import { describe, expect, it } from 'vitest';
import { isMissing, parseDate, parseNumber, ValueParseError } from '../../../../src/core/formats/values';

describe('parseNumber fast path', () => {
  it('reads bare integers as the full rules do', () => {
    expect(parseNumber('1234')).toBe(1234);
    expect(parseNumber('-3')).toBe(-3);
    expect(parseNumber('00501')).toBe(501); // leading zeros are a number here (IDs are never parsed as numbers)
    expect(parseNumber('0', { decimalSeparator: ',' })).toBe(0);
    // Not bare integers: the full rules still apply.
    expect(parseNumber('12,400')).toBe(12400);
    expect(parseNumber('12,400', { decimalSeparator: ',' })).toBe(12.4);
    expect(parseNumber(' 17 ')).toBe(17);
    expect(parseNumber('-')).toBeNull();
    expect(() => parseNumber('12a')).toThrow(ValueParseError);
  });

  it('never takes a cell starting with a digit for a missing marker', () => {
    expect(isMissing('0')).toBe(false);
    expect(isMissing('2025-09-01')).toBe(false);
    expect(isMissing(' n/a ')).toBe(true);
    expect(isMissing('\u2013')).toBe(true);
  });
});

describe('parseDate memo', () => {
  it('keeps the slash order apart and answers the same text the same way twice', () => {
    // 01/02/2025: US order → 2 January; European → 1 February.
    expect(parseDate('01/02/2025')).toBe('2025-01-02');
    expect(parseDate('01/02/2025', { slashOrder: 'dmy' })).toBe('2025-02-01');
    expect(parseDate('01/02/2025', { slashOrder: 'mdy' })).toBe('2025-01-02');
    expect(parseDate('01/02/2025', { slashOrder: 'dmy' })).toBe('2025-02-01');
    expect(parseDate('Dec 15, 2023')).toBe('2023-12-15');
    expect(parseDate('Dec 15, 2023')).toBe('2023-12-15');
    expect(parseDate('')).toBeNull();
  });

  it('keeps throwing for a text that is not a date (errors are not memoised)', () => {
    expect(() => parseDate('2025-02-30')).toThrow(ValueParseError);
    expect(() => parseDate('2025-02-30')).toThrow(ValueParseError);
  });
});
