// The compare screen's content for resolved filters: matrix, bars, age profiles and the trend.

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AgeProfileChart } from '../../charts/age-profile-chart';
import { withPopulationRows } from '../../charts/age-profile-data';
import type { AgeProfileRow } from '../../charts/age-profile-data';
import type { TraceSources } from '../../charts/trace-panel';
import { PLATFORM_LABELS, PLATFORMS } from '../../core/model/platform';
import { parsePeriodKey } from '../../core/model/period-key';
import { AnswerOptionsBar } from '../../charts/answer-options-bar';
import type { ScreenView } from '../../db/answer-repo';
import { errorMessage } from '../../core/model/errors';
import { formatPeriod } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { hasUnknown } from './compare-filters';
import type { CompareFilters, UnknownFilters } from './compare-filters';
import { useAnswerFor, useAnswerOptions } from '../../lib/answer-query';
import { useSliced } from '../../lib/use-sliced';
import { UpdatingLine } from '../../lib/outcome';
import { Bars } from './compare-bars';
import { FilterForm, UnknownFiltersNote } from './compare-filter-form';
import { Matrix } from './compare-matrix';
import { TrendTable } from './compare-trend';
import { traceSourcesOf } from '../../charts/trace-sources';

/**
 * The compare view for loaded data and filters (`filters` resolved against the stored data; `unknown`:
 * what the URL named that does not exist). When a list in the URL matched nothing at all (every entity or
 * every platform unknown) only the message and the filter form show, never an empty matrix.
 */
export function CompareBody({
  view,
  filters,
  unknown,
  nothingLeft,
  onChange,
}: {
  view: ScreenView;
  filters: CompareFilters;
  unknown: UnknownFilters;
  nothingLeft: boolean;
  onChange: (next: CompareFilters) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const options = useAnswerOptions();
  // A `period=` key in the URL (an older link) wins over the period choice; else the choice every screen follows.
  const period = filters.period && view.periods.some((p) => p.key === filters.period) ? filters.period : null;
  const effective = useMemo(() => (period ? { ...options, period: parsePeriodKey(period) } : options), [period, options]);
  const { answer: computed, error, stale: computing } = useAnswerFor(view, effective);
  // Rendered in a background render split into short tasks (100 entities, several hundred accounts).
  const answer = useSliced(computed);
  // The previous answer stays on screen, marked busy, until the one for the current choice is drawn.
  const stale = computing || answer !== computed;
  const sources = useMemo<TraceSources>(() => traceSourcesOf(view), [view]);
  const chosenIds = new Set(filters.entities);
  const entities = filters.entities.length > 0 ? view.entities.filter((e) => chosenIds.has(e.entityId)) : view.entities;
  const platforms = filters.platforms.length > 0 ? PLATFORMS.filter((p) => filters.platforms.includes(p)) : PLATFORMS;
  // The figures' own period (the answer on screen lags the choice while a newer one is computed).
  const periodValue = answer ? answer.period : effective.period;
  const periodText = periodValue ? formatPeriod(periodValue, language, '') : t('answer.options.latest');
  const profileRows = useMemo<AgeProfileRow[]>(() => {
    const ids = new Set(entities.map((e) => e.entityId));
    const rows: AgeProfileRow[] = [];
    for (const e of answer?.entities ?? []) {
      if (!ids.has(e.entityId)) continue;
      for (const a of e.accounts) {
        if (!platforms.includes(a.platform)) continue;
        const youth = a.youthShare;
        if (!youth) continue;
        rows.push({ key: a.accountId, label: `${e.name} · ${PLATFORM_LABELS[a.platform]}`, kind: 'account', floor: youth.ageFloor, shares: youth.shares });
      }
    }
    return withPopulationRows(rows, view.reference, (floor) => t('entity.population', { floor: `${floor}+` }));
  }, [entities, platforms, answer, view, t]);

  if (nothingLeft) {
    return (
      <>
        <UnknownFiltersNote unknown={unknown} view={view} nothingLeft />
        <FilterForm view={view} filters={filters} onChange={onChange} />
      </>
    );
  }
  return (
    <>
      {hasUnknown(unknown) ? <UnknownFiltersNote unknown={unknown} view={view} nothingLeft={false} /> : null}
      <AnswerOptionsBar view={view} shown={answer} />
      <FilterForm view={view} filters={filters} onChange={onChange} />
      <UpdatingLine stale={answer !== null && stale} />
      {error ? (
        <p role="alert" className="error">
          {t('app.error', { detail: errorMessage(error) })}
        </p>
      ) : !answer ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <div aria-busy={stale || undefined}>
          <Matrix filters={filters} entities={entities} answer={answer} platforms={platforms} sources={sources} periodKey={periodValue ? 'chosen' : null} />
          <section aria-label={t('compare.barsTitle', { metric: t(`compare.metric.${filters.metric}`) })}>
            <Bars filters={filters} entities={entities} answer={answer} platforms={platforms} periodText={periodText} />
          </section>
          <section aria-label={t('compare.profileTitle')}>
            {profileRows.length > 0 ? <AgeProfileChart id="compare-age-profile" rows={profileRows} title={t('compare.profileTitle')} subtitle={`${t('compare.profileSubtitle')} · ${periodText}`} /> : null}
          </section>
          <TrendTable answer={answer} entityIds={new Set(entities.map((e) => e.entityId))} platforms={platforms} periodText={periodValue ? periodText : null} />
        </div>
      )}
    </>
  );
}
