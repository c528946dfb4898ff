// The entity page `/entity/:id`: its accounts and imports, presence per platform (set by the user), and the age profile of each account beside the population's.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AgeProfileChart } from '../../charts/age-profile-chart';
import { withPopulationRows } from '../../charts/age-profile-data';
import type { AgeProfileRow } from '../../charts/age-profile-data';
import type { Presence, UserPresence } from '../../core/metrics/presence';
import { PLATFORM_LABELS, PLATFORMS } from '../../core/model/platform';
import type { Platform } from '../../core/model/platform';
import type { Period } from '../../core/model/observation';
import { isYouthRelevantPlatform } from '../../core/reference/lookups';
import type { EntityAnswer } from '../../core/answer/answer-types';
import type { AudienceSize } from '../../core/read-model/account-figures';
import { buildAudienceTemplateCsv } from '../../core/formats/audience-template';
import type { ScreenAccount, ScreenEntity, ScreenView } from '../../db/answer-repo';
import { AnswerOptionsBar } from '../../charts/answer-options-bar';
import { CoverageNote } from '../../charts/coverage-note';
import { dataSpan, noShareReason } from '../../core/read-model/account-figures';
import { followerDateText, TraceButton } from '../../charts/trace-panel';
import { MetricOverTimeChart, YouthShareOverTimeChart } from '../../charts/time-charts';
import { formatCount, formatPercent } from '../../i18n/format';
import { useImportClient } from '../../lib/import-client-context';
import { deletePresence, putPresence } from '../../db/presence-repo';
import { formatDate, formatPeriod } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { invalidateStoredData } from '../../lib/query-keys';
import { useAnswer, useEntityAccounts } from '../../lib/answer-query';
import './entity.css';
import { errorMessage } from '../../core/model/errors';
import { ColumnHeads } from '../../lib/column-heads';
import { ErrorLine, LoadingLine, MutationOutcome, UpdatingLine } from '../../lib/outcome';
import { noShareLabel } from '../../charts/no-share-label';
import type { YouthBand } from '../../core/read-model/youth-band';
import { traceSourcesOf } from '../../charts/trace-sources';

/** Today as an ISO day in the browser's time zone. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * A small form to type an account's follower count on a day, with where it was read: stored through the
 * import pipeline as a typed-in audience template (provenance `manual`, shown as ingetypt), so it can be
 * deleted, re-read and exported like any file.
 */
function FollowerCountForm({ entity, account }: { entity: ScreenEntity; account: ScreenAccount }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useImportClient();
  const queryClient = useQueryClient();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [count, setCount] = useState('');
  const [date, setDate] = useState(today());
  const [source, setSource] = useState('');
  const [invalid, setInvalid] = useState(false);
  const platform = PLATFORM_LABELS[account.platform];
  /** Stores the count `n` on `date` as a typed-in audience template; throws with the file's problem when it is refused. */
  const store = useMutation({
    mutationFn: async ({ n, date }: { n: number; date: string }) => {
      const csv = buildAudienceTemplateCsv({ platform: account.platform, account: account.name ?? '', period: { start: date, end: date }, basis: 'followers', shares: [], audienceSize: n, source: source.trim(), note: '' });
      const fileName = `volgers_${account.platform}_${date}_${Date.now()}.csv`;
      const [preview] = await client.preview([new File([csv], fileName, { type: 'text/csv', lastModified: Date.now() })]);
      if (!preview || preview.status !== 'ok') throw new Error(preview?.problem?.message ?? preview?.status ?? '');
      const [result] = await client.commit([{ key: preview.key, entityName: entity.name, platform: account.platform }]);
      if (result?.status !== 'stored') throw new Error(result?.problem?.message ?? result?.status ?? '');
    },
    onSuccess: () => {
      setOpen(false);
      setCount('');
    },
    onSettled: () => invalidateStoredData(queryClient),
  });
  const save = (): void => {
    const n = Number(count.replace(/[.\s]/g, '').replace(',', '.'));
    const wrong = count.trim() === '' || !Number.isInteger(n) || n < 0 || !/^\d{4}-\d{2}-\d{2}$/.test(date);
    setInvalid(wrong);
    if (wrong) store.reset();
    else store.mutate({ n, date });
  };
  return (
    <div className="follower-form">
      {open ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <fieldset>
            <legend>{t('entity.followers.legend', { platform, account: account.name ?? '' })}</legend>
            <p className="hint">{t('entity.followers.hint')}</p>
            <label htmlFor={`${id}-count`}>{t('entity.followers.count')}</label>
            <input id={`${id}-count`} inputMode="numeric" value={count} onChange={(e) => setCount(e.target.value)} aria-invalid={invalid || store.isError || undefined} aria-describedby={`${id}-status`} />
            <label htmlFor={`${id}-date`}>{t('entity.followers.date')}</label>
            <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
            <label htmlFor={`${id}-source`}>{t('entity.followers.source')}</label>
            <input id={`${id}-source`} value={source} onChange={(e) => setSource(e.target.value)} />
            <button type="submit" disabled={store.isPending}>{t('entity.followers.save')}</button>{' '}
            <button type="button" onClick={() => setOpen(false)}>{t('entity.followers.cancel')}</button>
          </fieldset>
        </form>
      ) : (
        <button type="button" onClick={() => setOpen(true)}>
          {t('entity.followers.open')}
        </button>
      )}
      <div id={`${id}-status`}>
        {invalid ? (
          <p role="alert" className="error">
            {t('entity.followers.invalid')}
          </p>
        ) : (
          <MutationOutcome
            mutation={store}
            live
            className="hint"
            done={(_, v) => t('entity.followers.saved', { count: formatCount(v.n, language), date: formatDate(v.date, language) })}
            failed={(error) => t('entity.followers.failed', { detail: errorMessage(error) })}
          />
        )}
      </div>
    </div>
  );
}

/** The accounts with the read model's youth share and audience size, a follower-count form, and their imports (file, period, date imported). */
/**
 * The days where two imports of one account hold different values for the same figure: which file's value
 * counts (the most recent export) and which was set aside, with the days (first – last and how many).
 * Nothing when every overlap agreed.
 */
function SeriesConflicts({ entity }: { entity: ScreenEntity }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const items = entity.accounts.flatMap((a) => a.conflicts.map((c) => ({ a, c })));
  if (items.length === 0) return null;
  return (
    <div className="notice" data-testid="series-conflicts">
      <h3>{t('entity.conflictsTitle')}</h3>
      <ul>
        {items.map(({ a, c }) => (
          <li key={`${a.accountId}|${c.metric}|${c.keptImportId}|${c.droppedImportId}`}>
            {t('entity.conflictLine', {
              platform: PLATFORM_LABELS[a.platform],
              metric: t(`audience.metric.${c.metric}`, { defaultValue: c.metric }),
              count: c.days.length,
              period: formatPeriod({ start: c.days[0]!, end: c.days.at(-1)! }, language, ''),
              kept: c.keptFileName,
              dropped: c.droppedFileName,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

function AccountsTable({ entity, answer, sources, band, periodChosen }: { entity: ScreenEntity; answer: EntityAnswer | null; sources: Parameters<typeof TraceButton>[0]['sources']; band: YouthBand; periodChosen: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  // "30.222 volgers"; a sum of unique counts over days or posts is only an upper bound: "ten hoogste 1.234 bereik".
  const sizeText = (size: AudienceSize): string => {
    const text = `${formatCount(Math.round(size.value), language)} ${t(`answer.basis.${size.basis}`)}`;
    return size.upperBound ? t('answer.atMost', { value: text }) : text;
  };
  if (entity.accounts.length === 0) return <p>{t('entity.noAccounts')}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="entity-accounts-title" tabIndex={0}>
      <table className="data-table entity-accounts">
        <caption className="sr-only">{t('entity.accountsTitle')}</caption>
        <ColumnHeads columns={[t('entity.colPlatform'), t('entity.colAccount'), { label: t('entity.colYouthShare'), num: true }, { label: t('entity.colAudience'), num: true }, t('entity.colImports')]} />
        <tbody>
          {entity.accounts.map((a) => {
            const f = answer?.accounts.find((x) => x.accountId === a.accountId) ?? null;
            const sizeDate = f?.audienceSize ? followerDateText(f.audienceSize, f.youthShare?.period ?? null, language, t) : null;
            const levelDate = f?.followerLevel ? followerDateText({ basis: 'followers', date: f.followerLevel.date }, null, language, t) : null;
            return (
            <tr key={a.accountId} data-account={a.accountId}>
              <th scope="row">{PLATFORM_LABELS[a.platform]}</th>
              <td>{a.name ?? t('entity.noName')}</td>
              <td className="num" data-cell="youth-share">
                {f?.youthShare ? (
                  <>
                    <TraceButton trace={f.youthShare.trace} what={`${t('entity.colYouthShare')} ${entity.name} · ${PLATFORM_LABELS[a.platform]}`} sources={sources} text={formatPercent(f.youthShare.value, language)} />
                    <CoverageNote coverage={f.youthShare.coverage} kind="split" />
                    <span className="hint"> {`${f.youthShare.ageFloor}+ · ${t(`answer.basis.${f.youthShare.basis}`)}`}</span>
                    {f.youthShare.provenance === 'manual' ? <span className="typed-tag"> {t('entity.typed')}</span> : null}
                  </>
                ) : (
                  <span className="no-data">{noShareLabel(t, f ? noShareReason(f, periodChosen) : null, band)}</span>
                )}
              </td>
              <td className="num">
                {f?.audienceSize ? (
                  <>
                    <TraceButton trace={f.audienceSize.trace} what={`${t('entity.colAudience')} ${entity.name} · ${PLATFORM_LABELS[a.platform]}`} sources={sources} text={sizeText(f.audienceSize)} note={sizeDate} />
                    {sizeDate ? <span className="hint"> ({sizeDate})</span> : null}
                    <CoverageNote coverage={f.audienceSize.coverage} />
                    {f.audienceSize.provenance === 'manual' ? <span className="typed-tag"> {t('entity.typed')}</span> : null}
                  </>
                ) : f?.followerLevel ? (
                  // No age split, but a follower level is known: say it with its date, and that the split is missing.
                  <>
                    <TraceButton
                      trace={f.followerLevel.trace}
                      what={`${t('entity.colAudience')} ${entity.name} · ${PLATFORM_LABELS[a.platform]}`}
                      sources={sources}
                      text={`${formatCount(f.followerLevel.value, language)} ${t('answer.basis.followers')}`}
                      note={levelDate}
                    />
                    {` ${f.followerLevel.date ? t('entity.levelOn', { date: levelDate }) : `(${levelDate ?? ''})`}`}
                    <span className="hint"> · {t('entity.noSplitForSize')}</span>
                  </>
                ) : (
                  <span className="no-data">{t('answer.unknownValue')}</span>
                )}
                <FollowerCountForm entity={entity} account={a} />
              </td>
              <td className="entity-imports">
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
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** One select per platform (heeft account / geen account / niet ingesteld) and the effective presence. */
function PresenceTable({ view, entity, answer }: { view: ScreenView; entity: ScreenEntity; answer: EntityAnswer | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const computed = answer?.presence;
  const choose = useMutation({
    mutationFn: async ({ platform, value }: { platform: Platform; value: string }) => {
      if (value === 'has-account' || value === 'no-account') await putPresence(entity.entityId, platform, value);
      else await deletePresence(entity.entityId, platform);
      await invalidateStoredData(queryClient);
    },
  });
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="entity-presence-title" tabIndex={0}>
        <table className="data-table presence-table" data-testid="presence-table">
          <caption className="sr-only">{t('entity.presenceTitle')}</caption>
          <ColumnHeads columns={[t('entity.colPlatform'), t('entity.colSet'), t('entity.colEffective')]} />
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
                    <select aria-label={t('entity.setLabel', { platform: PLATFORM_LABELS[p] })} value={set ?? 'none'} onChange={(e) => choose.mutate({ platform: p, value: e.target.value })}>
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
      <MutationOutcome
        mutation={choose}
        live
        className="hint"
        done={(_, v) => t('entity.saved', { platform: PLATFORM_LABELS[v.platform] })}
        failed={(error) => t('entity.saveFailed', { detail: errorMessage(error) })}
      />
    </>
  );
}

/** The entity's accounts over `period` (their daily series, loaded for this entity only), or a loading line. */
/** The entity's metrics over `period`, or without one over the span of this entity's own data (not the whole database's). */
function EntityMetricChart({ view, entity, period }: { view: ScreenView; entity: ScreenEntity; period: Period | null }) {
  const { t } = useTranslation();
  const accounts = useEntityAccounts(view, entity.entityId);
  const labelled = useMemo(
    () => (accounts.data ?? []).map((a) => ({ ...a, label: `${PLATFORM_LABELS[a.platform]}${a.name ? ` ${a.name}` : ''}` })),
    [accounts.data],
  );
  const span = useMemo(() => {
    if (period) return period;
    const spans = (accounts.data ?? []).map((a) => dataSpan(a.history)).filter((p): p is Period => p !== null);
    if (spans.length === 0) return null;
    return { start: spans.reduce((m, p) => (p.start < m ? p.start : m), spans[0]!.start), end: spans.reduce((m, p) => (p.end > m ? p.end : m), spans[0]!.end) };
  }, [accounts.data, period]);
  if (accounts.error) return <p role="alert" className="error">{t('app.error', { detail: accounts.error.message })}</p>;
  if (!accounts.data) return <p role="status">{t('app.loading')}</p>;
  if (!span) return null;
  return <MetricOverTimeChart id={`entity-${entity.entityId}`} entityName={entity.name} accounts={labelled} period={span} />;
}

/** The `/entity/:id` screen. */
export function EntityScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id } = useParams();
  const { query: view, answer: fullAnswer, answerError, stale, options } = useAnswer();
  const entity = view.data?.entities.find((e) => e.entityId === id) ?? null;
  const answer = fullAnswer?.entities.find((e) => e.entityId === id) ?? null;
  const verdict = answer?.verdict ?? null;
  const sources = useMemo(() => (view.data ? traceSourcesOf(view.data) : null), [view.data]);
  const profileRows = useMemo<AgeProfileRow[]>(() => {
    if (!answer || !view.data) return [];
    const accounts: AgeProfileRow[] = answer.accounts.flatMap((a) => {
      const youth = a.youthShare;
      if (!youth) return [];
      const label = `${PLATFORM_LABELS[a.platform]} (${t(`basis.${youth.basis}`)})`;
      return [{ key: a.accountId, label, kind: 'account' as const, floor: youth.ageFloor, shares: youth.shares }];
    });
    return withPopulationRows(accounts, view.data.reference, (floor) => t('entity.population', { floor: `${floor}+` }));
  }, [answer, view.data, t]);

  // Every figure and subtitle follows the answer on screen, which lags the URL's choice while a newer one is
  // computed (the charts over time too: never a new period's charts beside the old period's table).
  const shownOptions = fullAnswer ? { period: fullAnswer.period, youthBand: fullAnswer.youthBand } : options;

  if (view.error || answerError) {
    return <ErrorLine error={view.error ?? answerError} />;
  }
  if (view.isPending || !sources || !fullAnswer) return <LoadingLine />;
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
          <strong className={`verdict verdict--${verdict}`} data-verdict={verdict}>{t(`answer.verdict.${verdict}`)}</strong>
        </p>
      ) : null}
      <AnswerOptionsBar view={view.data} shown={shownOptions} />
      <UpdatingLine stale={stale} />
      {/* The previous answer's figures stay, marked busy, while the answer for the current choice is computed. */}
      <section aria-busy={stale || undefined}>
        <h2 id="entity-accounts-title">{t('entity.accountsTitle')}</h2>
        <AccountsTable entity={entity} answer={answer} sources={sources} band={shownOptions.youthBand} periodChosen={shownOptions.period !== null} />
        <SeriesConflicts entity={entity} />
      </section>
      <section aria-busy={stale || undefined}>
        <h2 id="entity-presence-title">{t('entity.presenceTitle')}</h2>
        <p>{t('entity.presenceIntro')}</p>
        <PresenceTable view={view.data} entity={entity} answer={answer} />
      </section>
      <section>
        <h2 id="entity-time-title">{t('entity.timeTitle')}</h2>
        <EntityMetricChart view={view.data} entity={entity} period={shownOptions.period} />
        {entity.accounts.map((a) => (
          <YouthShareOverTimeChart key={a.accountId} id={`entity-${a.accountId}`} entityName={entity.name} account={a.input} band={shownOptions.youthBand} reference={view.data.reference} period={shownOptions.period} />
        ))}
      </section>
      <section aria-busy={stale || undefined}>
        {profileRows.length > 0 ? (
          <AgeProfileChart id="entity-age-profile" rows={profileRows} title={t('entity.profileTitle', { entity: entity.name })} subtitle={t('entity.profileSubtitle', { period: shownOptions.period ? formatPeriod(shownOptions.period, language, '') : t('answer.options.latest') })} />
        ) : (
          <p>{t('entity.profileEmpty')}</p>
        )}
      </section>
    </div>
  );
}
