// The text to paste ("Tekst om over te nemen") says when its list of improvements is cut, and by how many.

import { describe, expect, it } from 'vitest';
import { answerProse } from '../../../src/charts/answer-prose';
import { answerQuestion3 } from '../../../src/core/answer/answer';
import { DEFAULT_REFERENCE_SET } from '../../../src/core/reference/reference-set';
import { DEFAULT_THRESHOLDS } from '../../../src/core/reference/thresholds';
import { createI18n } from '../../../src/i18n/i18n';
import { sampleEntities } from '../../unit/core/answer/sample-entities';

// The sample data gives 18 improvements (test/unit/core/answer/sample-data-answer.test.ts lists them).
const answer = answerQuestion3({ entities: sampleEntities(), reference: DEFAULT_REFERENCE_SET, thresholds: { ...DEFAULT_THRESHOLDS } });

function improvementsParagraph(language: 'nl' | 'en', max?: number): string {
  const { t } = createI18n(language);
  const first = language === 'nl' ? 'Mogelijke verbeteringen' : 'Possible improvements';
  return answerProse(answer, language, t, max).find((p) => p.startsWith(first))!;
}

describe('answer prose', () => {
  it('says "onder meer" and how many more improvements there are when the list is cut', () => {
    expect(answer.improvements).toHaveLength(18);
    // 5 of 18 shown: 18 − 5 = 13 more.
    const cut = improvementsParagraph('nl');
    expect(cut.startsWith('Mogelijke verbeteringen, onder meer: ')).toBe(true);
    expect(cut.endsWith(' Daarnaast zijn er nog 13 andere verbeteringen (zie het volledige antwoord in Jongerenbereik).')).toBe(true);
    // 17 of 18: one more, singular.
    expect(improvementsParagraph('nl', 17).endsWith(' Daarnaast is er nog 1 andere verbetering (zie het volledige antwoord in Jongerenbereik).')).toBe(true);
    const english = improvementsParagraph('en');
    expect(english.startsWith('Possible improvements, among others: ')).toBe(true);
    expect(english.endsWith(' There are 13 more improvements (see the full answer in Youth Reach).')).toBe(true);
  });

  it('says nothing of a cut when every improvement is in the list', () => {
    const whole = improvementsParagraph('nl', 18);
    expect(whole.startsWith('Mogelijke verbeteringen: ')).toBe(true);
    expect(whole).not.toContain('onder meer');
    expect(whole).not.toContain('Daarnaast');
  });
});
