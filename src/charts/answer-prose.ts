// "Antwoord in tekst": a few paragraphs of formal text built from the answer itself (verdict, main numbers
// with their sources, the entities, the gaps, the improvements, the limits), for the answer screen, the
// report and the deck.

import type { TFunction } from 'i18next';
import type { Answer } from '../core/answer/answer-types';
import { VERDICTS } from '../core/answer/answer-types';
import { BASIS_KIND } from '../core/read-model/account-figures';
import { formatPeriod } from '../i18n/format';
import type { Language } from '../i18n/format';
import { isSingleReach } from '../core/answer/verdict-rules';
import { answerText, formatAnswerParams } from './answer-text';

/**
 * The answer as paragraphs of plain text in the interface language: opening verdict (with the period and a
 * borderline note), the government-wide pooled figures and young people reached, the entities per
 * verdict, the youth platforms where no entity is present, up to `maxImprovements` improvements (a cut
 * list says "onder meer" / "among others" and how many more there are), the
 * applicable limits, the sources. Every number is the answer's own.
 */
export function answerProse(answer: Answer, language: Language, t: TFunction, maxImprovements = 5): string[] {
  const o = answer.overall;
  const f = (params: Record<string, string | number | null>): Record<string, string> => formatAnswerParams(params, language, t);
  const out: string[] = [];
  out.push(
    [
      t('answer.prose.opening', { verdict: t(`answer.verdict.${o.verdict}`) }),
      answerText({ key: `answer.reason.rule.${o.rule}`, params: {} }, language, t),
      answer.period ? t('answer.prose.period', { period: formatPeriod(answer.period, language, '') }) : t('answer.prose.periodLatest'),
      o.borderline ? t('answer.prose.borderline') : '',
    ]
      .filter(Boolean)
      .join(' '),
  );
  const numbers: string[] = [];
  for (const g of o.pooled) {
    if (g.representationIndex === null) continue;
    const key = BASIS_KIND[g.basis] === 'people' ? 'answer.prose.pooledPeople' : 'answer.prose.pooledEvents';
    numbers.push(t(key, f({ accountCount: g.accounts, youthShare: g.youthShare, basis: g.basis, band: g.band, floorAge: g.ageFloor, populationShare: g.referenceShare, index: g.representationIndex })));
  }
  if (o.youthReach) {
    const r = o.youthReach;
    numbers.push(t(`answer.prose.${isSingleReach(r) ? 'reachOne' : 'reach'}.${r.audience}`, f({ lowPeople: r.low, highPeople: r.high, band: r.band, lowCoverage: r.lowShare, highCoverage: r.highShare })));
  }
  if (numbers.length > 0) out.push(numbers.join(' '));
  const groups = VERDICTS.flatMap((v) => {
    const names = answer.entities.filter((e) => e.verdict === v).map((e) => e.name);
    return names.length > 0 ? [t('answer.prose.entityGroup', { verdict: t(`answer.verdict.${v}`), names: names.join(', ') })] : [];
  });
  if (groups.length > 0) out.push(t('answer.prose.entities', { list: groups.join('; ') }));
  if (o.absentPlatforms.length > 0) out.push(t('answer.prose.absent', f({ platforms: o.absentPlatforms.join(', ') })));
  if (answer.improvements.length > 0) {
    // A cut list says so: "onder meer", and how many more there are.
    const more = answer.improvements.length - maxImprovements;
    out.push(
      [
        t(more > 0 ? 'answer.prose.improvementsSome' : 'answer.prose.improvements'),
        ...answer.improvements.slice(0, maxImprovements).map((i) => answerText(i, language, t)),
        ...(more > 0 ? [t('answer.prose.improvementsMore', { count: more })] : []),
      ].join(' '),
    );
  }
  out.push([t('answer.prose.limits'), ...answer.methodNotes.filter((n) => n.applies).map((n) => answerText(n, language, t))].join(' '));
  out.push(t('answer.prose.sources'));
  return out;
}
