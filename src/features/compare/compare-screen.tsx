// The compare screen "Vergelijken": filters in the URL, the entity × platform matrix, grouped bars, age profiles and period against previous period.

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { readCompareUrl, resolveCompareFilters, writeCompareFilters } from './compare-filters';
import type { CompareFilters } from './compare-filters';
import { answerViewQuery } from '../../lib/queries';
import { useQuery } from '@tanstack/react-query';
import './compare.css';
import { CompareBody } from './compare-body';
import { ErrorLine, LoadingLine } from '../../lib/outcome';

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
        <ErrorLine error={view.error} />
      ) : view.isPending ? (
        <LoadingLine />
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
