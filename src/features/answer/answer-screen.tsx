// The answer screen "Vraag 3: bereiken we jongeren voldoende?": the overall verdict, one per entity with reasons and their sources, the improvements, the method note.

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TraceButton } from '../../charts/trace-panel';
import type { TraceSources } from '../../charts/trace-panel';
import type { AccountMetrics, EntityAnswer, Improvement, Reason, Verdict, VerdictResult } from '../../core/answer/answer-types';
import { makeTrace } from '../../core/metrics/trace';
import type { Trace } from '../../core/metrics/trace';
import { PLATFORM_LABELS } from '../../core/model/platform';
import type { AnswerView } from '../../db/answer-repo';
import { formatCount, formatPercent, INTL_LOCALE } from '../../i18n/format';
import type { Language } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { answerText } from '../../charts/answer-text';
import { answerViewQuery } from './queries';
import './answer.css';

/** The trace sources of an answer view (imports, files, accounts, reference figures). */
export function traceSourcesOf(view: AnswerView): TraceSources {
  return { ...view.sources, reference: view.reference };
}

function oneDecimal(value: number, language: Language): string {
  return new Intl.NumberFormat(INTL_LOCALE[language], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** One trace for a sentence: its only trace, or a `reason` trace built from all of them. */
function reasonTrace(traces: readonly Trace[], rule: string): Trace | null {
  if (traces.length === 0) return null;
  if (traces.length === 1) return traces[0]!;
  return makeTrace({ metric: 'reason', formula: rule, inputs: [], parts: traces });
}

/** The verdict as its fixed label (voldoende, gedeeltelijk voldoende, onvoldoende, onbekend), styled by verdict. */
function VerdictLabel({ verdict, testId }: { verdict: Verdict; testId?: string }) {
  const { t } = useTranslation();
  return (
    <strong className={`verdict verdict--${verdict}`} data-testid={testId} data-verdict={verdict}>
      {t(`answer.verdict.${verdict}`)}
    </strong>
  );
}

/** A sentence of a reason or improvement, followed by a "gegevens en bronnen" button opening its traces. */
function Sentence({ text, traces, rule, sources }: { text: string; traces: readonly Trace[]; rule: string; sources: TraceSources }) {
  const { t } = useTranslation();
  const trace = reasonTrace(traces, rule);
  return (
    <>
      {text}{' '}
      {trace ? <TraceButton trace={trace} what={text} sources={sources} text={t('answer.dataAndSources')} className="trace-button--small" /> : null}
    </>
  );
}

/** The reasons of a verdict as a list; in the overall scope an account's platform is named with its entity. */
function Reasons({ reasons, sources, overall }: { reasons: readonly Reason[]; sources: TraceSources; overall: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ul className="reasons">
      {reasons.map((r, i) => {
        const accountId = r.traces[0]?.accountIds.length === 1 ? r.traces[0].accountIds[0] : undefined;
        const account = overall && accountId ? sources.accounts[accountId] : undefined;
        const label = account ? `${account.entityName} · ${PLATFORM_LABELS[account.platform]}` : undefined;
        return (
          <li key={`${r.rule}-${i}`} data-rule={r.rule}>
            <Sentence text={answerText(r, language, t, label)} traces={r.traces} rule={r.rule} sources={sources} />
          </li>
        );
      })}
    </ul>
  );
}

/** Rule name, weighted index (a trace button) and the total estimated youth reach of a verdict. */
function VerdictFacts({ result, sources, coverage }: { result: VerdictResult; sources: TraceSources; coverage: EntityAnswer['coverage'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <dl className="verdict-facts">
      <dt>{t('answer.ruleLabel')}</dt>
      <dd>{t(`answer.ruleName.${result.rule}`)}</dd>
      {result.weightedIndex ? (
        <>
          <dt>{t('answer.weightedIndex')}</dt>
          <dd>
            <TraceButton trace={result.weightedIndex.trace} what={t('answer.weightedIndex')} sources={sources} text={oneDecimal(result.weightedIndex.value, language)} />
          </dd>
        </>
      ) : null}
      {coverage && coverage.value !== null ? (
        <>
          <dt>{t('answer.trace.metric.youth-coverage-total')}</dt>
          <dd>
            <TraceButton
              trace={coverage.trace}
              what={t('answer.trace.metric.youth-coverage-total')}
              sources={sources}
              text={t('answer.coverage', { reach: formatCount(Math.round(coverage.youthReach), language), coverage: formatPercent(coverage.value, language), band: coverage.band })}
            />
          </dd>
        </>
      ) : null}
    </dl>
  );
}

/** The accounts of an entity: platform, youth share, index and band, estimated youth reach — each number a trace button. */
function AccountTable({ entity, sources }: { entity: EntityAnswer; sources: TraceSources }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const noAge = t('overview.noAgeData');
  const label = (m: AccountMetrics) => `${entity.name} · ${PLATFORM_LABELS[m.platform]}`;
  return (
    <div className="table-scroll" role="region" aria-label={t('compare.metric.youthShare')} tabIndex={0}>
      <table className="data-table answer-accounts">
        <caption className="sr-only">{t('entity.accountsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('overview.colPlatform')}</th>
            <th scope="col" className="num">{t('compare.metric.youthShare')}</th>
            <th scope="col" className="num">{t('compare.metric.index')}</th>
            <th scope="col" className="num">{t('compare.metric.estimatedYouthReach')}</th>
          </tr>
        </thead>
        <tbody>
          {entity.accounts.map((m) => (
            <tr key={m.accountId}>
              <th scope="row">{PLATFORM_LABELS[m.platform]}{m.name ? <span className="hint"> {m.name}</span> : null}</th>
              <td className="num">
                {m.youthShare ? (
                  <TraceButton trace={m.youthShare.trace} what={`${t('compare.metric.youthShare')} ${label(m)}`} sources={sources} text={`${formatPercent(m.youthShare.value, language)} (${m.youthShare.floor}+)`} />
                ) : (
                  <span className="no-data">{noAge}</span>
                )}
              </td>
              <td className="num">
                {m.index && m.index.value !== null ? (
                  <>
                    <TraceButton trace={m.index.trace} what={`${t('compare.metric.index')} ${label(m)}`} sources={sources} text={oneDecimal(m.index.value, language)} />{' '}
                    <span className="hint">{m.index.band ? t(`answer.band.${m.index.band}`) : ''}</span>
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td className="num">
                {m.estimatedYouthReach ? (
                  <TraceButton
                    trace={m.estimatedYouthReach.trace}
                    what={`${t('compare.metric.estimatedYouthReach')} ${label(m)}`}
                    sources={sources}
                    text={formatCount(Math.round(m.estimatedYouthReach.value), language)}
                  />
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One improvement: rule name, the evidence sentence with its sources, and the modelled estimate with its assumptions. */
function ImprovementItem({ item, sources, t, language }: { item: Improvement; sources: TraceSources; t: TFunction; language: Language }) {
  const text = answerText(item, language, t);
  return (
    <li className="improvement" data-rule={item.rule}>
      <p className="improvement__rule">
        <span className="rule-tag">{t(`answer.ruleName.${item.rule}`)}</span>
      </p>
      <p>
        <Sentence text={text} traces={item.traces} rule={item.rule} sources={sources} />
      </p>
      {item.estimate ? (
        <div className="estimate">
          <p>
            <span className="modelled-tag">{t('answer.modelled')}</span> {t('answer.estimateTitle')}:{' '}
            {item.estimate.value !== null ? (
              <TraceButton
                trace={item.estimate.trace}
                what={`${t('answer.estimateTitle')} — ${text}`}
                sources={sources}
                text={t('answer.estimateValue', { value: formatCount(Math.round(item.estimate.value), language) })}
              />
            ) : (
              t('answer.estimateUnknown')
            )}
          </p>
          <p className="estimate__assumptions-title">{t('answer.assumptions')}:</p>
          <ul className="estimate__assumptions">
            {item.estimate.assumptions.map((a, i) => (
              <li key={`${a.key}-${i}`}>{answerText(a, language, t)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}

/** The answer for a loaded view: overall, per entity, improvements, thresholds, method note. */
export function AnswerReport({ view }: { view: AnswerView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sources = useMemo(() => traceSourcesOf(view), [view]);
  const { answer, thresholds } = view;
  return (
    <>
      {view.thresholdsProblem ? <p role="alert" className="error">{t('answer.settingsProblem', { detail: view.thresholdsProblem })}</p> : null}
      <section className="answer-overall" aria-labelledby="answer-overall-title">
        <h2 id="answer-overall-title">{t('answer.overallTitle')}</h2>
        <p className="verdict-line">
          {t('answer.overallVerdict')}: <VerdictLabel verdict={answer.overall.verdict} testId="answer-verdict" />
        </p>
        <VerdictFacts result={answer.overall} sources={sources} coverage={answer.overall.coverage} />
        <h3>{t('answer.reasonsTitle')}</h3>
        <Reasons reasons={answer.overall.reasons} sources={sources} overall />
      </section>

      <section aria-labelledby="answer-entities-title">
        <h2 id="answer-entities-title">{t('answer.entitiesTitle')}</h2>
        {answer.entities.map((e) => (
          <article key={e.entityId} className="answer-entity" aria-labelledby={`answer-entity-${e.entityId}`} data-entity={e.name}>
            <h3 id={`answer-entity-${e.entityId}`}>
              {e.name}: <VerdictLabel verdict={e.verdict} testId="entity-verdict" />
            </h3>
            <VerdictFacts result={e} sources={sources} coverage={e.coverage} />
            <Reasons reasons={e.reasons} sources={sources} overall={false} />
            {e.accounts.length > 0 ? <AccountTable entity={e} sources={sources} /> : null}
            <p>
              <Link to={`/entity/${encodeURIComponent(e.entityId)}`}>{t('answer.entityPage', { entity: e.name })}</Link>
            </p>
          </article>
        ))}
      </section>

      <section aria-labelledby="answer-improvements-title">
        <h2 id="answer-improvements-title">{t('answer.improvementsTitle')}</h2>
        <p>{t('answer.improvementsIntro')}</p>
        {answer.improvements.length === 0 ? (
          <p>{t('answer.noImprovements')}</p>
        ) : (
          <ol className="improvements">
            {answer.improvements.map((item, i) => (
              <ImprovementItem key={`${item.rule}-${item.entityId}-${item.platform ?? ''}-${i}`} item={item} sources={sources} t={t} language={language} />
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="answer-thresholds-title">
        <h2 id="answer-thresholds-title">{t('answer.thresholdsTitle')}</h2>
        <p>
          {t('answer.thresholdsText', {
            underIndex: formatCount(thresholds.underIndex, language),
            overIndex: formatCount(thresholds.overIndex, language),
            minReached: formatCount(thresholds.minReachedPerBand, language),
            weeklyUse: formatPercent(thresholds.relevantPlatformWeeklyUse, language, 0),
          })}
        </p>
        <p>
          <Link to="/settings">{t('answer.changeThresholds')}</Link>
        </p>
      </section>

      <section aria-labelledby="answer-method-title">
        <h2 id="answer-method-title">{t('answer.methodTitle')}</h2>
        <ul className="method-notes">
          {answer.methodNotes.map((n) => (
            <li key={n.id} className={n.applies ? undefined : 'method-note--na'} data-note={n.id}>
              {answerText(n, language, t)}
              {n.applies ? null : <> {t('answer.methodNotApplicable')}</>}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** The `/answer` screen: title, the question, then {@link AnswerReport} (or loading, error, empty). */
export function AnswerScreen() {
  const { t } = useTranslation();
  const view = useQuery(answerViewQuery);
  const hasAccounts = (view.data?.entities ?? []).some((e) => e.accounts.length > 0);
  return (
    <div className="answer-screen">
      <h1>{t('answer.title')}</h1>
      <p className="lead">{t('answer.question')}</p>
      <p>{t('answer.intro')}</p>
      {hasAccounts ? (
        <p className="report-links">
          <Link to="/report" className="button">
            {t('report.nav')}
          </Link>{' '}
          <Link to="/present" className="button">
            {t('report.present.nav')}
          </Link>
        </p>
      ) : null}
      {view.error ? (
        <p role="alert" className="error">
          {t('app.error', { detail: view.error instanceof Error ? view.error.message : String(view.error) })}
        </p>
      ) : view.isPending ? (
        <p role="status">{t('answer.loading')}</p>
      ) : !hasAccounts ? (
        <p>
          {t('answer.empty')} <Link to="/">{t('nav.overview')}</Link>
        </p>
      ) : (
        <AnswerReport view={view.data} />
      )}
    </div>
  );
}
