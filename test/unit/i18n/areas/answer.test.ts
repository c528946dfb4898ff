// Every message key the answer core produces has Dutch and English text in the `answer` area catalogue, the English word for word.

import { describe, expect, it } from 'vitest';
import { ANSWER_MESSAGES_EN } from '../../../../src/core/answer/messages';
import { en, nl } from '../../../../src/i18n/areas/answer';

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
