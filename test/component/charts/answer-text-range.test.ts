// A range's two ends are written with the same decimals (fresh tester 9: the report read "evenveel als
// 0,10% tot 0,2% van alle Vlaamse jongeren").

import { expect, it } from 'vitest';
import { formatAnswerParams } from '../../../src/charts/answer-text';
import { createI18n } from '../../../src/i18n/i18n';

it('writes lowCoverage and highCoverage with as many decimals: 0,10% tot 0,20%, and one decimal when both allow it', () => {
  const { t } = createI18n('nl');
  // 0,00098 is below 0,1 %: two decimals (0,10%); 0,0021 alone would read 0,2%, next to it 0,21%.
  const small = formatAnswerParams({ lowCoverage: 0.00098, highCoverage: 0.0021 }, 'nl', t);
  expect(small).toEqual({ lowCoverage: '0,10%', highCoverage: '0,21%' });
  const large = formatAnswerParams({ lowCoverage: 0.012, highCoverage: 0.031 }, 'nl', t);
  expect(large).toEqual({ lowCoverage: '1,2%', highCoverage: '3,1%' });
  // A share without a partner keeps its own rule.
  expect(formatAnswerParams({ youthShare: 0.0004 }, 'nl', t)).toEqual({ youthShare: '0,04%' });
});

it('writes the answer screen\'s and the report\'s range line the same way (shareRangeParams): never 0,0% nor mixed decimals', async () => {
  const { shareRangeParams } = await import('../../../src/i18n/format');
  expect(shareRangeParams(0.0004, 0.0009, 'nl', 'onbekend')).toEqual({ lowShare: '0,04%', highShare: '0,09%' });
  expect(shareRangeParams(0.0009, 0.0021, 'nl', 'onbekend')).toEqual({ lowShare: '0,09%', highShare: '0,21%' });
  expect(shareRangeParams(0.043, 0.094, 'nl', 'onbekend')).toEqual({ lowShare: '4,3%', highShare: '9,4%' });
  expect(shareRangeParams(null, 0.0004, 'nl', 'onbekend')).toEqual({ lowShare: 'onbekend', highShare: '0,04%' });
});
