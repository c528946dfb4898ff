// Makes the overview's youth-share table link each entity to its page and open each youth share's trace.

import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TraceButton } from '../../charts/trace-panel';
import { YouthShareLinksContext } from '../../charts/youth-share-links';
import type { YouthShareLinks } from '../../charts/youth-share-links';
import type { AnswerAccount } from '../../core/answer/answer-types';
import { PLATFORM_LABELS } from '../../core/model/platform';
import { traceSourcesOf } from '../../charts/trace-sources';
import { answerOptionsQuery, useAnswer } from '../../lib/answer-query';

/**
 * Provides `YouthShareLinksContext` from the read model: the entity cell links to `/entity/<id>`, the
 * youth-share cell becomes a trace button (same text) when the answer's youth share of that account (for
 * the URL's period and ages) equals the row's, as it does when both come from the same read model. Until
 * the view is loaded the cells stay plain.
 */
export function OverviewLinks({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { view: data, answer, options } = useAnswer();
  const links = useMemo<YouthShareLinks | null>(() => {
    if (!data || !answer) return null;
    const sources = traceSourcesOf(data);
    const metrics = new Map<string, AnswerAccount>();
    for (const e of answer.entities) for (const m of e.accounts) metrics.set(m.accountId, m);
    return {
      entity: (row) => {
        const entityId = data.sources.accounts[row.accountId]?.entityId;
        return entityId ? <Link to={`/entity/${encodeURIComponent(entityId)}${answerOptionsQuery(options)}`}>{row.entityName}</Link> : row.entityName;
      },
      youthShare: (row, text) => {
        const m = metrics.get(row.accountId);
        if (!m?.youthShare || row.youthShare === null || Math.abs(m.youthShare.value - row.youthShare) > 1e-9) return text;
        const what = `${t('compare.metric.youthShare')} ${row.entityName} · ${PLATFORM_LABELS[m.platform]}`;
        return <TraceButton trace={m.youthShare.trace} what={what} sources={sources} text={text} />;
      },
    };
  }, [data, answer, options, t]);
  return <YouthShareLinksContext.Provider value={links}>{children}</YouthShareLinksContext.Provider>;
}
