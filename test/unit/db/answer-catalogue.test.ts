// Every message key the answer core produces has Dutch and English text in the `answer` area catalogue, the English word for word.

import { describe, expect, it } from 'vitest';
import { ANSWER_MESSAGES_EN } from '../../../src/core/answer/messages';
import { en, nl } from '../../../src/i18n/areas/answer';
import { parseTypedNumber, figureValueFromText } from '../../../src/features/settings/figure-input';

function lookup(catalogue: Record<string, unknown>, key: string): unknown {
  return key.split('.').slice(1).reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
}

describe('answer catalogue', () => {
  it('has every core message key in Dutch and English, the English as ANSWER_MESSAGES_EN, the same placeholders in Dutch', () => {
    for (const [key, text] of Object.entries(ANSWER_MESSAGES_EN)) {
      expect(lookup(en, key), key).toBe(text);
      const dutch = lookup(nl, key);
      expect(typeof dutch, key).toBe('string');
      const names = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(names(dutch as string), key).toEqual(names(text));
    }
    expect(lookup(nl, 'answer.verdict.partly-sufficient')).toBe('gedeeltelijk voldoende');
  });
});

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
