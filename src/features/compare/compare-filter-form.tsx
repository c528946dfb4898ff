// The compare screen's filters (entities, platforms, metric, period) and the note on filters in the URL that match nothing.

import { useTranslation } from 'react-i18next';
import { PLATFORM_LABELS, PLATFORMS } from '../../core/model/platform';
import type { ScreenView } from '../../db/answer-repo';
import { formatPeriod } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { toggle } from './compare-filters';
import type { CompareFilters, CompareMetric, UnknownFilters } from './compare-filters';
import { TermLink } from '../../lib/term-link';

/** The filter form: entity and platform checkboxes, period and metric selects; every change pushes a new URL. */
export function FilterForm({ view, filters, onChange }: { view: ScreenView; filters: CompareFilters; onChange: (next: CompareFilters) => void }) {
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
export function UnknownFiltersNote({ unknown, view, nothingLeft }: { unknown: UnknownFilters; view: ScreenView; nothingLeft: boolean }) {
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
