// The product's name per language: Dutch texts say "Jongerenbereik", never the English "Youth Reach".

import { describe, expect, it } from 'vitest';
import { answerProse } from '../../../src/charts/answer-prose';
import { answerQuestion3 } from '../../../src/core/answer/answer';
import { DEFAULT_REFERENCE_SET } from '../../../src/core/reference/reference-set';
import { DEFAULT_THRESHOLDS } from '../../../src/core/reference/thresholds';
import { AREAS } from '../../../src/i18n/areas';
import { createI18n } from '../../../src/i18n/i18n';
import { nl } from '../../../src/i18n/nl';
import { sampleEntities } from '../core/answer/sample-entities';

/** Every string of a nested catalogue, with its dotted key. */
function strings(node: unknown, key: string): [string, string][] {
  if (typeof node === 'string') return [[key, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => strings(v, key ? `${key}.${k}` : k));
}

describe('product name', () => {
  it('is never "Youth Reach" in a Dutch message', () => {
    const dutch = [...strings(nl, ''), ...Object.entries(AREAS).flatMap(([area, m]) => strings(m.nl, area))];
    expect(dutch.filter(([, text]) => text.includes('Youth Reach')).map(([key]) => key)).toEqual([]);
  });

  it('is "Jongerenbereik" in the Dutch text to paste, "Youth Reach" in the English', () => {
    const answer = answerQuestion3({ entities: sampleEntities(), reference: DEFAULT_REFERENCE_SET, thresholds: { ...DEFAULT_THRESHOLDS } });
    const dutch = answerProse(answer, 'nl', createI18n('nl').t);
    expect(dutch.find((p) => p.startsWith('Bronnen:'))).toContain('de analyse-exports van de platformen zelf, ingelezen met Jongerenbereik;');
    const english = answerProse(answer, 'en', createI18n('en').t);
    expect(english.find((p) => p.startsWith('Sources:'))).toContain('the platforms’ own analytics exports, read with Youth Reach;');
  });
});
