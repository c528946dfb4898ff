// The compare screen's metric of an account (youth share, index, young people in the audience) and its text.

import type { AnswerAccount } from '../../core/answer/answer-types';
import type { Trace } from '../../core/metrics/trace';
import { formatCount, formatOneDecimal, formatPercent } from '../../i18n/format';
import type { Language } from '../../i18n/format';
import type { CompareMetric } from './compare-filters';

/**
 * The chosen metric of an account: its value (share 0..1, index, or count of young people) and trace, or
 * why there is none. `reach` is young people in the audience (followers, reach or viewers × youth share: people);
 * an account whose split is of views has none (`viewsNotPeople`: views are not people).
 */
export function metricOf(m: AnswerAccount, metric: CompareMetric): { value: number; trace: Trace } | { missing: 'noAgeData' | 'noReach' | 'noReference' | 'viewsNotPeople' | 'noPlatformFigure' } {
  if (!m.youthShare) return { missing: 'noAgeData' };
  if (metric === 'youthShare') return { value: m.youthShare.value, trace: m.youthShare.trace };
  if (metric === 'index') return m.representationIndex && m.representationIndex.value !== null ? { value: m.representationIndex.value, trace: m.representationIndex.trace } : { missing: 'noReference' };
  if (metric === 'platformIndex') return m.platformRelativeIndex && m.platformRelativeIndex.value !== null ? { value: m.platformRelativeIndex.value, trace: m.platformRelativeIndex.trace } : { missing: 'noPlatformFigure' };
  if (m.youthPeople) return { value: m.youthPeople.value, trace: m.youthPeople.trace };
  return m.youthViews ? { missing: 'viewsNotPeople' } : { missing: 'noReach' };
}

/** A metric value as text: share `60,1%`, index `394,6`, reach `12.345`. */
export function formatMetric(metric: CompareMetric, value: number, language: Language): string {
  if (metric === 'youthShare') return formatPercent(value, language);
  if (metric === 'index' || metric === 'platformIndex') return formatOneDecimal(value, language);
  return formatCount(Math.round(value), language);
}
