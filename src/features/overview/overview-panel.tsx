// The overview: youth share per account as a chart (with population markers) and as a data table.

import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { YouthShareChart } from '../../charts/youth-share-chart';
import { populationSharesOf, toYouthShareChartData } from '../../charts/youth-share-data';
import { YouthShareTable } from '../../charts/youth-share-table';
import type { OverviewRow } from '../../core/answer/overview-rows';
import type { ScreenView } from '../../db/answer-repo';
import { AnswerOptionsBar } from '../../charts/answer-options-bar';
import type { ShownOptions } from '../../charts/answer-options-bar';
import { UpdatingLine } from '../../lib/outcome';

/**
 * Title, the chart of accounts with age data, the count of accounts left out for lack of age data, and
 * `youth-share-table` with every account (those without age data read `geen leeftijdsgegevens`).
 * `focusOnMount` moves focus to the title (after sample data replaced the start panel). The population
 * markers and note use `reference`, the set in use (the user's overrides from Instellingen).
 */
export function OverviewPanel({
  rows,
  view,
  focusOnMount = false,
  stale = false,
  shown = null,
}: {
  rows: readonly OverviewRow[];
  view: ScreenView;
  focusOnMount?: boolean;
  /** True while these rows are the previous answer's, kept while the current one is computed (marked busy). */
  stale?: boolean;
  /** The period and ages of the answer these rows come from (the sentence under the choice names them). */
  shown?: ShownOptions | null;
}) {
  const reference = view.reference;
  const { t } = useTranslation();
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) titleRef.current?.focus();
  }, [focusOnMount]);
  const { points, withoutAgeData, undatedSplits, bandUnavailable, noPeriodData } = useMemo(() => toYouthShareChartData(rows, reference), [rows, reference]);
  const band = shown?.youthBand ?? '13-24';
  const population = useMemo(() => populationSharesOf(reference, band), [reference, band]);
  return (
    <section className="overview" aria-labelledby="overview-title">
      <div className="section-head">
        <h1 id="overview-title" ref={titleRef} tabIndex={-1}>{t('overview.title')}</h1>
        <div className="report-links">
          <Link to="/report" className="button">
            {t('report.nav')}
          </Link>{' '}
          <Link to="/present" className="button">
            {t('report.present.nav')}
          </Link>{' '}
          <Link to="/import" className="button">
            {t('overview.importMore')}
          </Link>
        </div>
      </div>
      <AnswerOptionsBar view={view} shown={shown} />
      <UpdatingLine stale={stale} />
      <div aria-busy={stale || undefined}>
        <YouthShareChart points={points} population={population} />
        {withoutAgeData > 0 ? (
          <p className="no-age-note">
            {t('overview.noAgeDataCount', { count: withoutAgeData })} <Link to="/audience">{t('nav.audience')}</Link>
          </p>
        ) : null}
        {undatedSplits > 0 ? <p className="no-age-note">{t('overview.undatedSplitCount', { count: undatedSplits })}</p> : null}
        {bandUnavailable > 0 ? <p className="no-age-note">{t('overview.bandUnavailableCount', { count: bandUnavailable, band })}</p> : null}
        {noPeriodData > 0 ? <p className="no-age-note">{t('overview.noPeriodDataCount', { count: noPeriodData })}</p> : null}
        {rows.length > 0 ? <YouthShareTable rows={rows} /> : <p>{t('overview.empty')}</p>}
      </div>
    </section>
  );
}
