// The text to paste ("Tekst om over te nemen") says when its list of improvements is cut, and by how many.

import { describe, expect, it } from 'vitest';
import { answerProse } from '../../../src/charts/answer-prose';
import { answerQuestion3 } from '../../../src/core/answer/answer';
import { accountFromFiles } from '../../../src/core/answer/account-from-files';
import { parseSourceFile } from '../../../src/core/formats/parse-source-file';
import { filesOfParts } from '../../../src/core/model/parsed-file';
import { DEFAULT_REFERENCE_SET } from '../../../src/core/reference/reference-set';
import { DEFAULT_THRESHOLDS } from '../../../src/core/reference/thresholds';
import { createI18n } from '../../../src/i18n/i18n';
import { sampleEntities } from '../../unit/core/answer/sample-entities';
import { describeRealExports, readRealExport } from '../../unit/real-exports';

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

describeRealExports('answer prose on Meta’s 2024 audience file (followers only)', () => {
  // facebook-2024/Audience.csv: Facebook 30.222 followers, 18-24 = 2,5 % + 0,3 % = 2,8 % → 846,216 young followers;
  // Instagram 3.098 followers, 12,1 % + 1,7 % = 13,8 % → 427,524. Range 846 … 846,216 + 427,524 = 1.273,74 → 1.274,
  // of 509.224 Flemish residents aged 18-24 (both splits start at 18): 0,166 % → 0,2 %, 0,250 % → 0,3 %.
  const parsed = parseSourceFile({ name: 'Audience.csv', bytes: readRealExport('facebook-2024', 'Audience.csv') });
  const accounts = filesOfParts(parsed).map((part, i) => accountFromFiles({ accountId: `a${i}`, entityId: 'de-lijn', entityName: 'De Lijn', platform: part.platform!, files: [{ parsed: part }] }));
  const answer = answerQuestion3({ entities: [{ entityId: 'de-lijn', name: 'De Lijn', presence: {}, accounts }], reference: DEFAULT_REFERENCE_SET, thresholds: { ...DEFAULT_THRESHOLDS } });

  it('says young followers, never young people reached, and names no empty list', () => {
    const nl = answerProse(answer, 'nl', createI18n('nl').t).join(' ');
    expect(nl).toContain('Samen hebben de accounts tussen 846 en 1.274 volgers van 18-24 jaar, evenveel als 0,2% tot 0,3% van alle Vlaamse jongeren van die leeftijd;');
    expect(nl).toContain('Dat zijn volgers, en een volger is niet noodzakelijk bereikt.');
    expect(nl).not.toMatch(/bereiken de accounts|Bereikte jongeren|\(—\)/);
    const en = answerProse(answer, 'en', createI18n('en').t).join(' ');
    expect(en).toContain('Together the accounts have between 846 and 1,274 followers aged 18-24, as many as 0.2% to 0.3% of all young Flemings of that age;');
    expect(en).not.toMatch(/accounts reach|\(—\)/);
  });
});
