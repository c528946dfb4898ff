// The compare screen's entity × platform matrix: one coloured cell per account with its metric and trace.

import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { TraceButton } from '../../charts/trace-panel';
import type { TraceSources } from '../../charts/trace-panel';
import type { Answer, AnswerAccount, EntityAnswer } from '../../core/answer/answer-types';
import { PLATFORM_LABELS } from '../../core/model/platform';
import type { Platform } from '../../core/model/platform';
import type { ScreenEntity } from '../../db/answer-repo';
import type { Language } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import type { CompareFilters, CompareMetric } from './compare-filters';
import { cellColor, cellTextColor } from './matrix-colors';
import { formatMetric, metricOf } from './compare-metric';
import { useGrowingCount } from '../../lib/use-sliced';

/**
 * What the matrix shows: the chosen metric (`filters`), the entities (rows) and platforms (columns) selected,
 * the answer their figures come from, the sources for traces and the chosen period's key (null: each
 * account's most recent split).
 */
export interface MatrixProps {
  filters: CompareFilters;
  entities: readonly ScreenEntity[];
  answer: Answer;
  platforms: readonly Platform[];
  sources: TraceSources;
  periodKey: string | null;
}

/** Entity rows added to the matrix per task (7 cells with a trace button each). */
const MATRIX_ROWS_PER_TASK = 25;

/** The entity × platform table: a coloured cell with its number (a trace button), or the reason it is empty. */
export function Matrix({ filters, entities, answer, platforms, sources, periodKey }: MatrixProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const metricName = t(`compare.metric.${filters.metric}`);
  const maxReach = Math.max(1, ...answer.entities.flatMap((e) => e.accounts.map((m) => m.youthPeople?.value ?? 0)));
  // A government has about 100 entities with 7 cells each: the rows are laid out a batch per task.
  const shown = useGrowingCount(entities.length, MATRIX_ROWS_PER_TASK);
  return (
    <section>
      <h2 id="compare-matrix-title">{t('compare.matrixTitle', { metric: metricName })}</h2>
      <p className="hint">{t(`compare.scaleNote.${filters.metric}`)}</p>
      <div className="table-scroll" role="region" aria-labelledby="compare-matrix-title" tabIndex={0}>
        <table className="data-table compare-matrix" data-testid="compare-matrix">
          <caption className="sr-only">{t('compare.matrixCaption', { metric: metricName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.colEntity')}</th>
              {platforms.map((p) => (
                <th key={p} scope="col" className="num">
                  {PLATFORM_LABELS[p]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entities.slice(0, shown).map((e) => {
              const ea = answer.entities.find((x) => x.entityId === e.entityId);
              return (
                <tr key={e.entityId}>
                  <th scope="row">{e.name}</th>
                  {platforms.map((p) => (
                    <MatrixCell key={p} entity={e} entityAnswer={ea} platform={p} metric={filters.metric} sources={sources} periodKey={periodKey} maxReach={maxReach} t={t} language={language} />
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * One cell of the matrix: the metric's value for the entity's account on `platform` (a trace button; a
 * count of young people names its basis), or why it is empty ("onbekend (…)", "geen account"), tinted
 * by the value (`maxReach`: the largest count of young people, for the reach tint).
 */
export function MatrixCell(props: {
  entity: ScreenEntity;
  entityAnswer: EntityAnswer | undefined;
  platform: Platform;
  metric: CompareMetric;
  sources: TraceSources;
  periodKey: string | null;
  maxReach: number;
  t: TFunction;
  language: Language;
}) {
  const { entity, entityAnswer, platform, metric, sources, periodKey, maxReach, t, language } = props;
  const stored = entity.accounts.filter((a) => a.platform === platform);
  const metrics = entityAnswer?.accounts.filter((m) => m.platform === platform) ?? [];
  const what = `${t(`compare.metric.${metric}`)} ${entity.name} · ${PLATFORM_LABELS[platform]}`;
  let reason: string | null = null;
  if (stored.length === 0) {
    // No account stored: "geen account" when the user said so, otherwise unknown with the reason — an account
    // said to exist whose data was never imported, or presence not set at all.
    const presence = entity.presence[platform];
    reason =
      presence === 'no-account'
        ? t('compare.cell.noAccount')
        : t('compare.cell.unknownBecause', { reason: t(presence === 'has-account' ? 'compare.cell.noDataImported' : 'compare.cell.presenceNotSet') });
  } else if (periodKey && metrics.every((m) => !m.youthShare) && stored.some((a) => a.input.history.splits.length > 0)) {
    // The account has age splits, just none for the chosen period: the figure is not known (never 0).
    reason = t('compare.cell.unknownBecause', { reason: t('compare.cell.noPeriodData') });
  } else if (metrics.length === 0) {
    // An account is stored but the answer holds no figures for it: no age data, so the figure is not known.
    reason = t('compare.cell.unknownBecause', { reason: t('compare.cell.noAgeData') });
  }
  if (reason !== null) {
    return (
      <td className="num matrix-empty" data-cell={`${entity.name}|${platform}`}>
        <CellText what={what} text={reason} />
      </td>
    );
  }
  const values = metrics.map((m) => ({ m, r: metricOf(m, metric) }));
  // Young people in the audience say their basis ("37.400 volgers", "14.000 bereikte mensen"): followers are not reach.
  const cellText = (chosen: CompareMetric, value: number, m: AnswerAccount): string => {
    const number = chosen === 'reach' && m.youthPeople ? `${formatMetric(chosen, value, language)} ${t(`answer.basis.${m.youthPeople.kind}`)}` : formatMetric(chosen, value, language);
    return chosen === 'reach' && m.youthPeople?.upperBound ? t('answer.atMost', { value: number }) : number;
  };
  const first = values.find((v) => 'value' in v.r) ?? values[0];
  const background = first && 'value' in first.r ? cellColor(metric, first.r.value, maxReach) : undefined;
  return (
    <td
      className="num matrix-cell"
      data-cell={`${entity.name}|${platform}`}
      style={background ? { background, color: cellTextColor(background) } : undefined}
    >
      {values.map(({ m, r }) =>
        'value' in r ? (
          <TraceButton
            key={m.accountId}
            className="matrix-value"
            trace={r.trace}
            what={what}
            sources={sources}
            text={cellText(metric, r.value, m)}
          />
        ) : (
          <span key={m.accountId} className="matrix-missing">
            <CellText what={what} text={t('compare.cell.unknownBecause', { reason: t(`compare.cell.${r.missing}`) })} />
          </span>
        ),
      )}
    </td>
  );
}

/** A cell's text, read by a screen reader with what it is about: "Jongerenaandeel Ketnet · Facebook: onbekend (…)". */
function CellText({ what, text }: { what: string; text: string }) {
  return (
    <>
      <span className="sr-only">{what}: </span>
      {text}
    </>
  );
}
