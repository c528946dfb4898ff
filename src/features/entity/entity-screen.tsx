// The entity page `/entity/:id`: its accounts and imports, presence per platform (set by the user), and the age profile of each account beside the population's.

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AgeProfileChart } from '../../charts/age-profile-chart';
import { withPopulationRows } from '../../charts/age-profile-data';
import type { AgeProfileRow } from '../../charts/age-profile-data';
import type { Presence, UserPresence } from '../../core/metrics/presence';
import { PLATFORM_LABELS, PLATFORMS } from '../../core/model/platform';
import type { Platform } from '../../core/model/platform';
import { isYouthRelevantPlatform } from '../../core/reference/lookups';
import type { AnswerView, EntityView } from '../../db/answer-repo';
import { deletePresence, putPresence } from '../../db/presence-repo';
import { formatDate, formatPeriod } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { invalidateStoredData } from '../../lib/query-keys';
import { answerViewQuery } from './queries';
import './entity.css';

/** The accounts with their imports (file, period, date imported). */
function AccountsTable({ entity }: { entity: EntityView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (entity.accounts.length === 0) return <p>{t('entity.noAccounts')}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="entity-accounts-title" tabIndex={0}>
      <table className="data-table">
        <caption className="sr-only">{t('entity.accountsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('entity.colPlatform')}</th>
            <th scope="col">{t('entity.colAccount')}</th>
            <th scope="col">{t('entity.colImports')}</th>
          </tr>
        </thead>
        <tbody>
          {entity.accounts.map((a) => (
            <tr key={a.accountId}>
              <th scope="row">{PLATFORM_LABELS[a.platform]}</th>
              <td>{a.name ?? t('entity.noName')}</td>
              <td>
                <ul className="import-lines">
                  {a.imports.map((i) => (
                    <li key={i.importId}>
                      {t('entity.importLine', {
                        file: i.fileName,
                        period: formatPeriod(i.period, language, t('overview.noPeriod')),
                        date: formatDate(i.importedAt.slice(0, 10), language),
                      })}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One select per platform (heeft account / geen account / niet ingesteld) and the effective presence. */
function PresenceTable({ view, entity }: { view: AnswerView; entity: EntityView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const computed = view.answer.entities.find((e) => e.entityId === entity.entityId)?.presence;
  const change = async (platform: Platform, value: string) => {
    try {
      if (value === 'has-account' || value === 'no-account') await putPresence(entity.entityId, platform, value);
      else await deletePresence(entity.entityId, platform);
      await invalidateStoredData(queryClient);
      setStatus({ text: t('entity.saved', { platform: PLATFORM_LABELS[platform] }), error: false });
    } catch (error) {
      setStatus({ text: t('entity.saveFailed', { detail: error instanceof Error ? error.message : String(error) }), error: true });
    }
  };
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="entity-presence-title" tabIndex={0}>
        <table className="data-table presence-table" data-testid="presence-table">
          <caption className="sr-only">{t('entity.presenceTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('entity.colPlatform')}</th>
              <th scope="col">{t('entity.colSet')}</th>
              <th scope="col">{t('entity.colEffective')}</th>
            </tr>
          </thead>
          <tbody>
            {PLATFORMS.map((p) => {
              const set: UserPresence = entity.presence[p] ?? null;
              const result = computed?.[p];
              const effective: Presence = result?.presence ?? 'unknown';
              const youth = isYouthRelevantPlatform(view.reference, p, view.thresholds.relevantPlatformWeeklyUse);
              return (
                <tr key={p} data-platform={p}>
                  <th scope="row">
                    {PLATFORM_LABELS[p]}
                    {youth ? <span className="youth-tag">{t('entity.youthPlatform')}</span> : null}
                  </th>
                  <td>
                    <select aria-label={t('entity.setLabel', { platform: PLATFORM_LABELS[p] })} value={set ?? 'none'} onChange={(e) => void change(p, e.target.value)}>
                      <option value="none">{t('entity.set.none')}</option>
                      <option value="has-account">{t('entity.set.has-account')}</option>
                      <option value="no-account">{t('entity.set.no-account')}</option>
                    </select>
                  </td>
                  <td className={`presence presence--${effective}`} data-presence={effective}>
                    {t(`entity.presence.${effective}`)}
                    {result?.conflict ? <p className="hint">{t('entity.conflict')}</p> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p role="status" className={status?.error ? 'error' : 'hint'}>
        {status?.text ?? ''}
      </p>
    </>
  );
}

/** The `/entity/:id` screen. */
export function EntityScreen() {
  const { t } = useTranslation();
  const { id } = useParams();
  const view = useQuery(answerViewQuery);
  const entity = view.data?.entities.find((e) => e.entityId === id) ?? null;
  const verdict = view.data?.answer.entities.find((e) => e.entityId === id)?.verdict ?? null;
  const profileRows = useMemo<AgeProfileRow[]>(() => {
    if (!entity || !view.data) return [];
    const accounts: AgeProfileRow[] = entity.accounts.flatMap((a) => {
      const youth = a.all.youth;
      if (!youth?.shares) return [];
      const label = `${PLATFORM_LABELS[a.platform]} (${t(`basis.${youth.basis}`)})`;
      return [{ key: a.accountId, label, kind: 'account' as const, floor: youth.floor, shares: youth.shares }];
    });
    return withPopulationRows(accounts, view.data.reference, (floor) => t('entity.population', { floor: `${floor}+` }));
  }, [entity, view.data, t]);

  if (view.error) {
    return (
      <p role="alert" className="error">
        {t('app.error', { detail: view.error instanceof Error ? view.error.message : String(view.error) })}
      </p>
    );
  }
  if (view.isPending) return <p role="status">{t('app.loading')}</p>;
  if (!entity) {
    return (
      <section>
        <h1>{t('entity.notFound')}</h1>
        <p>
          <Link to="/">{t('app.backHome')}</Link>
        </p>
      </section>
    );
  }
  return (
    <div className="entity-screen">
      <h1>{entity.name}</h1>
      <p className="lead">{t('entity.intro', { entity: entity.name })}</p>
      {verdict ? (
        <p>
          <Link to="/answer">{t('entity.verdict', { entity: entity.name })}</Link>:{' '}
          <strong className={`verdict verdict--${verdict}`}>{t(`answer.verdict.${verdict}`)}</strong>
        </p>
      ) : null}
      <section>
        <h2 id="entity-accounts-title">{t('entity.accountsTitle')}</h2>
        <AccountsTable entity={entity} />
      </section>
      <section>
        <h2 id="entity-presence-title">{t('entity.presenceTitle')}</h2>
        <p>{t('entity.presenceIntro')}</p>
        <PresenceTable view={view.data} entity={entity} />
      </section>
      <section>
        {profileRows.length > 0 ? (
          <AgeProfileChart id="entity-age-profile" rows={profileRows} title={t('entity.profileTitle', { entity: entity.name })} subtitle={t('entity.profileSubtitle')} />
        ) : (
          <p>{t('entity.profileEmpty')}</p>
        )}
      </section>
    </div>
  );
}
