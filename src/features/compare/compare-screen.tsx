// The compare screen "Vergelijken": filters in the URL, the entity × platform matrix, grouped bars, age profiles and period against previous period.

import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AgeProfileChart } from '../../charts/age-profile-chart';
import { ChangeBarChart } from '../../charts/change-bar-chart';
import type { ChangeBar } from '../../charts/change-bar-chart';
import { withPopulationRows } from '../../charts/age-profile-data';
import type { AgeProfileRow } from '../../charts/age-profile-data';
import { localIsoDate } from '../../charts/chart-spec';
import type { ChartSpec } from '../../charts/chart-spec';
import { GroupedBarChart } from '../../charts/grouped-bar-chart';
import { PLATFORM_COLORS } from '../../charts/palette';
import type { GroupedBarGroup } from '../../charts/grouped-bar-chart';
import { TraceButton } from '../../charts/trace-panel';
import type { TraceSources } from '../../charts/trace-panel';
import type { AnswerAccount, Answer, EntityAnswer } from '../../core/answer/answer-types';
import type { Trace } from '../../core/metrics/trace';
import { PLATFORM_LABELS, PLATFORMS } from '../../core/model/platform';
import type { Platform } from '../../core/model/platform';
import { parsePeriodKey } from '../../db/answer-input';
import { AnswerOptionsBar } from '../../charts/answer-options-bar';
import type { ScreenEntity, ScreenView } from '../../db/answer-repo';
import { formatCount, formatOneDecimal, formatPercent, formatPeriod } from '../../i18n/format';
import type { Language } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { hasUnknown, readCompareUrl, resolveCompareFilters, toggle, writeCompareFilters } from './compare-filters';
import type { CompareFilters, CompareMetric, UnknownFilters } from './compare-filters';
import { cellColor, cellTextColor } from './matrix-colors';
import { answerViewQuery, useAnswerFor, useAnswerOptions } from '../../lib/answer-query';
import { useSliced } from '../../lib/use-sliced';
import { useQuery } from '@tanstack/react-query';
import './compare.css';
import { TermLink } from '../../lib/term-link';


/**
 * The chosen metric of an account: its value (share 0..1, index, or count of young people) and trace, or
 * why there is none. `reach` is young people reached (followers, reach or viewers × youth share: people);
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

interface MatrixProps {
  filters: CompareFilters;
  entities: readonly ScreenEntity[];
  answer: Answer;
  platforms: readonly Platform[];
  sources: TraceSources;
  periodKey: string | null;
}

/** The entity × platform table: a coloured cell with its number (a trace button), or the reason it is empty. */
function Matrix({ filters, entities, answer, platforms, sources, periodKey }: MatrixProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const metricName = t(`compare.metric.${filters.metric}`);
  const maxReach = Math.max(1, ...answer.entities.flatMap((e) => e.accounts.map((m) => m.youthPeople?.value ?? 0)));
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
            {entities.map((e) => {
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

function MatrixCell(props: {
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
  let reason: string | null = null;
  if (stored.length === 0) {
    reason = entity.presence[platform] === 'no-account' ? t('compare.cell.noAccount') : t('compare.cell.unknown');
  } else if (periodKey && metrics.every((m) => !m.youthShare) && stored.some((a) => a.input.history.splits.length > 0)) {
    // The account has age splits, just none for the chosen period.
    reason = t('compare.cell.noPeriodData');
  }
  if (reason !== null) {
    return (
      <td className="num matrix-empty" data-cell={`${entity.name}|${platform}`}>
        {reason}
      </td>
    );
  }
  const values = metrics.map((m) => ({ m, r: metricOf(m, metric) }));
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
            what={`${t(`compare.metric.${metric}`)} ${entity.name} · ${PLATFORM_LABELS[platform]}`}
            sources={sources}
            text={formatMetric(metric, r.value, language)}
          />
        ) : (
          <span key={m.accountId} className="matrix-missing">
            {t(`compare.cell.${r.missing}`)}
          </span>
        ),
      )}
    </td>
  );
}

/** The grouped bars of the chosen metric: a group per selected entity, a bar per selected platform with a value. */
function Bars({ filters, entities, answer, platforms, periodText }: { filters: CompareFilters; entities: readonly ScreenEntity[]; answer: Answer; platforms: readonly Platform[]; periodText: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const metricName = t(`compare.metric.${filters.metric}`);
  const groups: GroupedBarGroup[] = entities.map((e) => {
    const ea = answer.entities.find((x) => x.entityId === e.entityId);
    const values: Partial<Record<Platform, number | null>> = {};
    for (const p of platforms) {
      const r = ea?.accounts.filter((m) => m.platform === p).map((m) => metricOf(m, filters.metric)).find((x) => 'value' in x);
      values[p] = r && 'value' in r ? r.value : null;
    }
    return { key: e.entityId, label: e.name, values };
  });
  const drawn = platforms.filter((p) => groups.some((g) => g.values[p] !== null && g.values[p] !== undefined));
  const count = groups.reduce((n, g) => n + drawn.filter((p) => g.values[p] != null).length, 0);
  const spec: ChartSpec = {
    id: 'compare-bars',
    title: t('compare.barsTitle', { metric: metricName }),
    subtitle: t('compare.barsSubtitle', { entities: entities.map((e) => e.name).join(', '), period: periodText }),
    source: t('compare.barsSource', { platforms: drawn.map((p) => PLATFORM_LABELS[p]).join(', ') }),
    madeOn: localIsoDate(),
    description: t('compare.barsDescription', { metric: metricName, count }),
    notes: [t(`compare.scaleNote.${filters.metric}`)],
    legend: drawn.map((p) => ({ label: PLATFORM_LABELS[p], color: PLATFORM_COLORS[p], shape: 'bar' as const })),
    columns: [
      { key: 'entity', label: t('compare.colEntity'), kind: 'text' },
      ...drawn.map((p) => ({ key: p, label: PLATFORM_LABELS[p], kind: filters.metric === 'youthShare' ? ('percent' as const) : ('count' as const), decimals: filters.metric === 'reach' ? 0 : 1 })),
    ],
    rows: groups.map((g) => [g.label, ...drawn.map((p) => g.values[p] ?? null)]),
  };
  if (count === 0) return <p>{t('compare.barsEmpty')}</p>;
  return (
    <GroupedBarChart
      spec={spec}
      groups={groups}
      platforms={drawn}
      format={(v) => (filters.metric === 'youthShare' ? formatPercent(v, language, 0) : formatCount(Math.round(v), language))}
      reference={filters.metric === 'index' || filters.metric === 'platformIndex' ? { value: 100, label: t('compare.indexReference') } : null}
    />
  );
}

/**
 * Bars of the change in percentage points per account with a comparable previous period (same age floor),
 * negative bars allowed; its data table and CSV hold the change rounded to one decimal (−1.803 → −1,8).
 * Nothing when no account has such a change.
 */
function TrendChart({ rows }: { rows: readonly { e: EntityAnswer; m: AnswerAccount }[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const bars: ChangeBar[] = rows.flatMap(({ e, m }) => {
    const change = m.trend?.latest?.changePoints;
    if (change === null || change === undefined || !Number.isFinite(change)) return [];
    // Rounded to the one decimal shown everywhere; `|| 0` turns −0 into 0.
    const value = Math.round(change * 10) / 10 || 0;
    return [{ key: m.accountId, label: `${e.name} · ${PLATFORM_LABELS[m.platform]}`, value, color: PLATFORM_COLORS[m.platform] }];
  });
  if (bars.length === 0) return null;
  const drawn = PLATFORMS.filter((p) => rows.some(({ m }) => m.platform === p && bars.some((b) => b.key === m.accountId)));
  const spec: ChartSpec = {
    id: 'compare-change',
    title: t('compare.changeTitle'),
    subtitle: t('compare.changeSubtitle'),
    source: t('compare.changeSource', { platforms: drawn.map((p) => PLATFORM_LABELS[p]).join(', ') }),
    madeOn: localIsoDate(),
    description: t('compare.changeDescription', { count: bars.length }),
    notes: [t('compare.changeNote')],
    legend: [],
    columns: [
      { key: 'account', label: t('compare.colAccount'), kind: 'text' },
      { key: 'change', label: t('compare.colChangePoints'), kind: 'count', decimals: 1 },
    ],
    rows: bars.map((b) => [b.label, b.value]),
  };
  return (
    <ChangeBarChart
      spec={spec}
      bars={bars}
      format={(v) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${formatOneDecimal(Math.abs(v), language)}`}
    />
  );
}

/** Each selected account with a trend: previous and latest period with their youth shares, and the change in points. */
function TrendTable({ answer, entityIds, platforms }: { answer: Answer; entityIds: ReadonlySet<string>; platforms: readonly Platform[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = answer.entities
    .filter((e) => entityIds.has(e.entityId))
    .flatMap((e) => e.accounts.filter((m) => platforms.includes(m.platform) && m.trend?.latest).map((m) => ({ e, m })));
  return (
    <section>
      <h2 id="compare-trend-title">{t('compare.trendTitle')}</h2>
      <p>{t('compare.trendIntro')}</p>
      {rows.length === 0 ? (
        <p>{t('compare.trendEmpty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="compare-trend-title" tabIndex={0}>
          <table className="data-table" data-testid="compare-trend">
            <caption className="sr-only">{t('compare.trendTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('compare.colAccount')}</th>
                <th scope="col">{t('compare.colPrevious')}</th>
                <th scope="col">{t('compare.colCurrent')}</th>
                <th scope="col" className="num">{t('compare.colChange')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ e, m }) => {
                const trend = m.trend!;
                const latest = trend.latest!;
                const prev = trend.points[trend.points.length - 2]!;
                const last = trend.points[trend.points.length - 1]!;
                const change = latest.changePoints;
                return (
                  <tr key={m.accountId}>
                    <th scope="row">{`${e.name} · ${PLATFORM_LABELS[m.platform]}`}</th>
                    <td>{t('compare.periodShare', { period: formatPeriod(prev.period, language, '—'), share: formatPercent(prev.youthShare, language) })}</td>
                    <td>{t('compare.periodShare', { period: formatPeriod(last.period, language, '—'), share: formatPercent(last.youthShare, language) })}</td>
                    <td className="num">
                      {change === null
                        ? t('compare.direction.none')
                        : `${t('compare.points', { value: `${change > 0 ? '+' : change < 0 ? '−' : ''}${formatOneDecimal(Math.abs(change), language)}` })} (${t(`compare.direction.${latest.direction ?? 'none'}`)})`}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <TrendChart rows={rows} />
    </section>
  );
}

/** The filter form: entity and platform checkboxes, period and metric selects; every change pushes a new URL. */
function FilterForm({ view, filters, onChange }: { view: ScreenView; filters: CompareFilters; onChange: (next: CompareFilters) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <form className="compare-filters" aria-label={t('compare.filters')} onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t('compare.entities')}</legend>
        {view.entities.map((e) => (
          <label key={e.entityId} className="check">
            <input
              type="checkbox"
              checked={filters.entities.includes(e.entityId)}
              onChange={(ev) => onChange({ ...filters, entities: toggle(filters.entities, e.entityId, ev.target.checked) })}
            />
            {e.name}
          </label>
        ))}
        <p className="hint">{t('compare.allHint')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('compare.platforms')}</legend>
        {PLATFORMS.map((p) => (
          <label key={p} className="check">
            <input type="checkbox" checked={filters.platforms.includes(p)} onChange={(ev) => onChange({ ...filters, platforms: toggle(filters.platforms, p, ev.target.checked) })} />
            {PLATFORM_LABELS[p]}
          </label>
        ))}
        <p className="hint">{t('compare.allHint')}</p>
      </fieldset>
      <div className="compare-filters__selects">
        {filters.period ? (
          <label>
            {t('compare.period')}
            <select value={filters.period} onChange={(e) => onChange({ ...filters, period: e.target.value || null })}>
              <option value="">{t('compare.allPeriods')}</option>
              {view.periods.map((p) => (
                <option key={p.key} value={p.key}>
                  {formatPeriod(p.period, language, p.key)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          {t('compare.metricLabel')}
          <select value={filters.metric} onChange={(e) => onChange({ ...filters, metric: e.target.value as CompareMetric })}>
            <option value="youthShare">{t('compare.metric.youthShare')}</option>
            <option value="index">{t('compare.metric.index')}</option>
            <option value="platformIndex">{t('compare.metric.platformIndex')}</option>
            <option value="reach">{t('compare.metric.reach')}</option>
          </select>
        </label>
        <button type="button" className="button" onClick={() => onChange({ entities: [], platforms: [], period: null, metric: 'youthShare' })}>
          {t('compare.reset')}
        </button>
      </div>
      <p className="hint">
        {t('compare.metricHelp')} <TermLink term="jongerenaandeel">{t('compare.metric.youthShare')}</TermLink>,{' '}
        <TermLink term="representatieindex">{t('compare.metric.index')}</TermLink>,{' '}
        <TermLink term="geschatbereik">{t('compare.metric.reach')}</TermLink>.
      </p>
    </form>
  );
}

/**
 * The message for filters in the URL that match nothing (a shared or hand-written link): each unknown
 * entity, platform, metric or period as written, what exists, and whether anything is left to show.
 */
function UnknownFiltersNote({ unknown, view, nothingLeft }: { unknown: UnknownFilters; view: ScreenView; nothingLeft: boolean }) {
  const { t } = useTranslation();
  const quote = (xs: readonly string[]) => xs.map((x) => `“${x}”`).join(', ');
  return (
    <div role="alert" className="compare-unknown" data-testid="compare-unknown">
      <p>
        <strong>{t('compare.unknown.title')}</strong>
      </p>
      <ul>
        {unknown.entities.length > 0 ? <li>{t('compare.unknown.entities', { list: quote(unknown.entities) })}</li> : null}
        {unknown.platforms.length > 0 ? <li>{t('compare.unknown.platforms', { list: quote(unknown.platforms) })}</li> : null}
        {unknown.metric !== null ? <li>{t('compare.unknown.metric', { value: `“${unknown.metric}”`, shown: t('compare.metric.youthShare') })}</li> : null}
        {unknown.period !== null ? <li>{t('compare.unknown.period', { value: `“${unknown.period}”` })}</li> : null}
      </ul>
      <p>
        {t('compare.unknown.known', {
          entities: view.entities.map((e) => e.name).join(', '),
          platforms: PLATFORMS.join(', '),
        })}
      </p>
      <p>{nothingLeft ? t('compare.unknown.nothingLeft') : t('compare.unknown.partly')}</p>
    </div>
  );
}

/**
 * The compare view for loaded data and filters (`filters` resolved against the stored data; `unknown`:
 * what the URL named that does not exist). When a list in the URL matched nothing at all (every entity or
 * every platform unknown) only the message and the filter form show, never an empty matrix.
 */
function CompareBody({
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
  const { answer: computed, error } = useAnswerFor(view, effective);
  // Rendered in a background render split into short tasks (100 entities, several hundred accounts).
  const answer = useSliced(computed);
  const sources = useMemo<TraceSources>(() => ({ ...view.sources, reference: view.reference }), [view]);
  const chosenIds = new Set(filters.entities);
  const entities = filters.entities.length > 0 ? view.entities.filter((e) => chosenIds.has(e.entityId)) : view.entities;
  const platforms = filters.platforms.length > 0 ? PLATFORMS.filter((p) => filters.platforms.includes(p)) : PLATFORMS;
  const periodValue = effective.period;
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
      <AnswerOptionsBar view={view} />
      <FilterForm view={view} filters={filters} onChange={onChange} />
      {error ? (
        <p role="alert" className="error">
          {t('app.error', { detail: error.message })}
        </p>
      ) : !answer ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <>
          <Matrix filters={filters} entities={entities} answer={answer} platforms={platforms} sources={sources} periodKey={periodValue ? 'chosen' : null} />
          <section aria-label={t('compare.barsTitle', { metric: t(`compare.metric.${filters.metric}`) })}>
            <Bars filters={filters} entities={entities} answer={answer} platforms={platforms} periodText={periodText} />
          </section>
          <section aria-label={t('compare.profileTitle')}>
            {profileRows.length > 0 ? <AgeProfileChart id="compare-age-profile" rows={profileRows} title={t('compare.profileTitle')} subtitle={`${t('compare.profileSubtitle')} · ${periodText}`} /> : null}
          </section>
          <TrendTable answer={answer} entityIds={new Set(entities.map((e) => e.entityId))} platforms={platforms} />
        </>
      )}
    </>
  );
}

/**
 * The `/compare` screen: filters read from and written to the URL (`useSearchParams`, a history entry per
 * change). The URL names entities by name (any case) or id; ticking boxes writes names, which hold across
 * browsers (ids do not). Values that match nothing are listed in a message.
 */
export function CompareScreen() {
  const { t } = useTranslation();
  const view = useQuery(answerViewQuery);
  const [params, setParams] = useSearchParams();
  const url = useMemo(() => readCompareUrl(params), [params]);
  const resolved = useMemo(
    () => (view.data ? resolveCompareFilters(url, view.data.entities, view.data.periods.map((p) => p.key)) : null),
    [url, view.data],
  );
  const onChange = (next: CompareFilters) => setParams(writeCompareFilters(next, view.data?.entities ?? []));
  return (
    <div className="compare-screen">
      <h1>{t('compare.title')}</h1>
      <p className="lead">{t('compare.intro')}</p>
      {view.error ? (
        <p role="alert" className="error">
          {t('app.error', { detail: view.error instanceof Error ? view.error.message : String(view.error) })}
        </p>
      ) : view.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : view.data.entities.length === 0 ? (
        <p>{t('compare.empty')}</p>
      ) : (
        resolved && (
          <CompareBody
            view={view.data}
            filters={resolved.filters}
            unknown={resolved.unknown}
            nothingLeft={
              (url.entities.length > 0 && resolved.filters.entities.length === 0) ||
              (url.platforms.length > 0 && resolved.filters.platforms.length === 0)
            }
            onChange={onChange}
          />
        )
      )}
    </div>
  );
}
