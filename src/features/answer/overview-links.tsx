// Makes the overview's youth-share table link each entity to its page and open each youth share's trace (issue 4 §2, §5).

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TraceButton } from '../../charts/trace-panel';
import { YouthShareLinksContext } from '../../charts/youth-share-links';
import type { YouthShareLinks } from '../../charts/youth-share-links';
import type { AccountMetrics } from '../../core/answer/answer-types';
import { PLATFORM_LABELS } from '../../core/model/platform';
import { traceSourcesOf } from './answer-screen';
import { answerViewQuery } from './queries';

/**
 * Provides `YouthShareLinksContext` from the answer view: the entity cell links to `/entity/<id>`, the
 * youth-share cell becomes a trace button (same text) when the answer's youth share of that account equals
 * the row's (both from the same stored split; otherwise the plain text stays). Until the view is loaded
 * the cells stay plain.
 */
export function OverviewLinks({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const view = useQuery(answerViewQuery);
  const links = useMemo<YouthShareLinks | null>(() => {
    const data = view.data;
    if (!data) return null;
    const sources = traceSourcesOf(data);
    const metrics = new Map<string, AccountMetrics>();
    for (const e of data.answer.entities) for (const m of e.accounts) metrics.set(m.accountId, m);
    return {
      entity: (row) => {
        const entityId = data.sources.accounts[row.accountId]?.entityId;
        return entityId ? <Link to={`/entity/${encodeURIComponent(entityId)}`}>{row.entityName}</Link> : row.entityName;
      },
      youthShare: (row, text) => {
        const m = metrics.get(row.accountId);
        if (!m?.youthShare || row.youthShare === null || Math.abs(m.youthShare.value - row.youthShare) > 1e-9) return text;
        const what = `${t('compare.metric.youthShare')} ${row.entityName} · ${PLATFORM_LABELS[m.platform]}`;
        return <TraceButton trace={m.youthShare.trace} what={what} sources={sources} text={text} />;
      },
    };
  }, [view.data, t]);
  return <YouthShareLinksContext.Provider value={links}>{children}</YouthShareLinksContext.Provider>;
}
