// Unit tests of the cell value parsers: numbers, missing markers, durations, dates.

import { describe, expect, it } from 'vitest';
import { isMissing, parseDate, parseDuration, parseNumber, ValueParseError } from '../../../../src/core/formats/values';

describe('parseNumber', () => {
  it('reads decimal points, decimal commas and thousands separators', () => {
    expect(parseNumber('194.6712')).toBe(194.6712);
    expect(parseNumber('0,61')).toBe(0.61);
    expect(parseNumber('12,400')).toBe(12400); // grouped by three: thousands (Instagram fixtures)
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('1.234.567')).toBe(1234567);
    expect(parseNumber('1 234')).toBe(1234);
    expect(parseNumber('-3')).toBe(-3);
    expect(parseNumber('12,3 %')).toBe(12.3);
  });

  it('lets a decimal-comma hint settle the ambiguous cases', () => {
    expect(parseNumber('12,400', { decimalSeparator: ',' })).toBe(12.4);
    expect(parseNumber('1.234', { decimalSeparator: ',' })).toBe(1234);
    expect(parseNumber('10.81', { decimalSeparator: ',' })).toBe(10.81);
  });

  it('returns null (missing, never 0) for the missing markers', () => {
    for (const raw of ['', ' ', '-', 'undefined', 'N/A', 'n/a']) expect(parseNumber(raw)).toBeNull();
    expect(isMissing('0')).toBe(false);
  });

  it('throws ValueParseError for text that is not a number', () => {
    expect(() => parseNumber('Lifetime')).toThrow(ValueParseError);
    expect(() => parseNumber('1,2,3')).toThrow(ValueParseError);
  });
});

describe('parseDuration', () => {
  it('reads H:MM:SS and M:SS into seconds', () => {
    expect(parseDuration('0:04:40')).toBe(280); // 4 × 60 + 40
    expect(parseDuration('1:02:03')).toBe(3723); // 3600 + 2 × 60 + 3
    expect(parseDuration('2:05')).toBe(125);
    expect(parseDuration('')).toBeNull();
    expect(() => parseDuration('4 min')).toThrow(ValueParseError);
  });
});

describe('parseDate', () => {
  it('reads every date form the exports use into ISO', () => {
    expect(parseDate('2025-09-20')).toBe('2025-09-20');
    expect(parseDate('2025-09-20T00:00:00')).toBe('2025-09-20');
    expect(parseDate('2021-01-30 12:56 +0000')).toBe('2021-01-30');
    expect(parseDate('Dec 15, 2023')).toBe('2023-12-15');
    expect(parseDate('Thu, Sep 11, 2025')).toBe('2025-09-11');
    expect(parseDate('09/01/2025 21:13')).toBe('2025-09-01'); // US month first
    expect(parseDate('12/31/2024')).toBe('2024-12-31');
    expect(parseDate('13-06-2025')).toBe('2025-06-13'); // Excel re-save, day first
    expect(parseDate('15 okt 2024')).toBe('2024-10-15');
  });

  it('returns null when missing and throws for dates without a year or impossible days', () => {
    expect(parseDate('')).toBeNull();
    expect(() => parseDate('August 19')).toThrow(ValueParseError);
    expect(() => parseDate('2025-02-30')).toThrow(ValueParseError);
    expect(() => parseDate('13/01/2025')).toThrow(ValueParseError); // no month 13 in US order
  });
});
