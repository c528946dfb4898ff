// A setting's coded problem in words: the reason under the field and the sentence of the status line.

import { describe, expect, it } from 'vitest';
import { problem } from '../../../src/core/model/problem';
import { createI18n } from '../../../src/i18n/i18n';
import { describeSettingProblem } from '../../../src/i18n/problem';

describe('describeSettingProblem', () => {
  const { t } = createI18n('nl');

  it('says a threshold problem in Dutch, led by "Deze drempels kunnen niet"', () => {
    expect(describeSettingProblem(t, problem('threshold-order', 'x', { key: 'underIndex' }))).toEqual({
      reason: 'de ondergrens mag niet boven de bovengrens liggen',
      sentence: 'Deze drempels kunnen niet: de ondergrens mag niet boven de bovengrens liggen',
    });
    expect(describeSettingProblem(t, problem('threshold-share', 'x', { key: 'concentrationShare' })).reason).toBe(
      'Bereik geconcentreerd boven (% op één platform) is een percentage en mag niet boven 100 liggen',
    );
  });

  it('says a threshold that is no number the same under the field and in the status line', () => {
    expect(describeSettingProblem(t, problem('threshold-not-number', 'x', { key: 'underIndex' }))).toEqual({
      reason: 'Ondervertegenwoordigd onder index: vul een getal in.',
      sentence: 'Ondervertegenwoordigd onder index: vul een getal in.',
    });
  });

  it('leads a figure problem with "Dit cijfer kan niet bewaard worden"', () => {
    expect(describeSettingProblem(t, problem('figure-id-taken', 'x')).sentence).toBe('Dit cijfer kan niet bewaard worden: er bestaat al een cijfer met die naam');
    expect(describeSettingProblem(t, problem('figure-invalid', 'x', { detail: 'a share must be within 0..1, got 2' })).reason).toBe('a share must be within 0..1, got 2');
  });
});
