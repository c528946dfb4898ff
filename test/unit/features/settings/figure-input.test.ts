// Numbers typed into the settings forms: Dutch and English notation, shares typed as percentages.

import { describe, expect, it } from 'vitest';
import { figureValueFromText, parseTypedNumber } from '../../../../src/features/settings/figure-input';

describe('typed numbers in settings', () => {
  it('reads Dutch and English notation', () => {
    expect(parseTypedNumber('15,23')).toBe(15.23);
    expect(parseTypedNumber('15.23')).toBe(15.23);
    expect(parseTypedNumber('1.234.567')).toBe(1234567);
    expect(parseTypedNumber('1,234,567.5')).toBe(1234567.5);
    expect(parseTypedNumber('871.814')).toBe(871814); // three digits after one separator: thousands
    expect(parseTypedNumber('0,125')).toBe(0.125);
    expect(parseTypedNumber('')).toBeNull();
    expect(parseTypedNumber('abc')).toBeNaN();
    // 15,23 % typed → share 0.1523
    expect(figureValueFromText('15,23', 'share')).toBe(0.1523);
    expect(figureValueFromText('', 'share')).toBeNull();
  });
});
