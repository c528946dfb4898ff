// The answer screen "Bereiken we jongeren voldoende?": the government's verdict and one per entity, each
// with its pooled figures, young people reached, presence, what would flip it and its reasons; the
// improvements; the answer as text; the thresholds and the method note. Every number opens its trace.

import { useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AnswerOptionsBar } from '../../charts/answer-options-bar';
import { answerProse } from '../../charts/answer-prose';
import { answerText } from '../../charts/answer-text';
import { QuarterlyYouthChart } from '../../charts/time-charts';
import { CoverageNote } from '../../charts/coverage-note';
import { followerDateText, TraceButton } from '../../charts/trace-panel';
import type { TraceSources } from '../../charts/trace-panel';
import type { Answer, AnswerAccount, EntityAnswer, Improvement, PooledFigure, Reason, Verdict, VerdictResult, YouthReachRange } from '../../core/answer/answer-types';
import { isSingleReach } from '../../core/answer/verdict-rules';
import { makeTrace } from '../../core/metrics/trace';
import type { Trace } from '../../core/metrics/trace';
import { PLATFORM_LABELS } from '../../core/model/platform';
import type { Period } from '../../core/model/observation';
import { noShareReason } from '../../core/read-model/account-figures';
import type { YouthBand } from '../../core/read-model/account-figures';
import type { ScreenView } from '../../db/answer-repo';
import { formatCount, formatOneDecimal, formatPercent, formatPeriod, shareRangeParams } from '../../i18n/format';
import type { Language } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { answerOptionsQuery, useAnswer, useQuarters } from '../../lib/answer-query';
import { useGrowingCount, useSliced } from '../../lib/use-sliced';
import { exportGuidePath } from '../../lib/help-links';
import './answer.css';
import { ColumnHeads } from '../../lib/column-heads';
import { ErrorLine, UpdatingLine } from '../../lib/outcome';
import { noShareLabel } from '../../charts/no-share-label';
import { traceSourcesOf } from '../../charts/trace-sources';


/** `text`, or "ten hoogste <text>" / "at most <text>" when it is only an upper bound (a sum of unique counts over days or posts). */
function atMostText(t: TFunction, upper: boolean, text: string): string {
  return upper ? t('answer.atMost', { value: text }) : text;
}

/** One trace for a sentence: its only trace, or a `reason` trace built from all of them. */
function reasonTrace(traces: readonly Trace[], rule: string): Trace | null {
  if (traces.length === 0) return null;
  if (traces.length === 1) return traces[0]!;
  return makeTrace({ metric: 'reason', formula: rule, inputs: [], parts: traces });
}

/** The verdict as its fixed label (voldoende, gedeeltelijk voldoende, onvoldoende, te weinig gegevens), styled by verdict, with "op de grens" when borderline. */
export function VerdictLabel({ verdict, borderline = false, testId }: { verdict: Verdict; borderline?: boolean; testId?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <strong className={`verdict verdict--${verdict}`} data-testid={testId} data-verdict={verdict}>
        {t(`answer.verdict.${verdict}`)}
      </strong>
      {borderline ? <span className="borderline-tag"> ({t('answer.borderline')})</span> : null}
    </>
  );
}

/** A sentence of a reason or improvement, followed by a "gegevens en bronnen" button opening its traces. */
function Sentence({ text, traces, rule, sources }: { text: string; traces: readonly Trace[]; rule: string; sources: TraceSources }) {
  const { t } = useTranslation();
  const trace = reasonTrace(traces, rule);
  return (
    <>
      {text}{' '}
      {trace ? <TraceButton trace={trace} what={text} sources={sources} text={t('answer.dataAndSources')} sentence className="trace-button--small" /> : null}
    </>
  );
}

/** The reasons of a verdict as a list; in the government scope an account's platform is named with its entity. */
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

/** The criteria of a verdict (composition, reach, presence), what would flip it, and the rule that decided. */
function VerdictFacts({ result, sources }: { result: VerdictResult; sources: TraceSources }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <dl className="verdict-facts">
      <dt>{t('answer.ruleLabel')}</dt>
      <dd data-rule={result.rule}>{t(`answer.ruleName.${result.rule}`)}</dd>
      <dt>{t('answer.criterion.composition')}</dt>
      <dd>{t(`answer.criterion.${result.composition}`)}</dd>
      <dt>{t('answer.criterion.reach')}</dt>
      <dd>{result.youthReach ? <YouthReach range={result.youthReach} sources={sources} /> : t(`answer.criterion.${result.reach}`)}</dd>
      <dt>{t('answer.criterion.presence')}</dt>
      <dd>{result.gaps.length > 0 ? `${t('answer.criterion.gaps')}: ${result.gaps.map((p) => PLATFORM_LABELS[p]).join(', ')}` : t('answer.criterion.met')}</dd>
      {result.flips.length > 0 ? (
        <>
          <dt>{t('answer.flipsTitle')}</dt>
          <dd>
            <ul className="flips">
              {result.flips.map((f) => (
                <li key={f.threshold} data-flip={f.threshold}>
                  {t('answer.flip', {
                    value: f.threshold === 'underIndex' ? formatCount(f.value, language) : formatPercent(f.value, language, 1),
                    threshold: t(`answer.flipThreshold.${f.threshold}`),
                    verdict: t(`answer.verdict.${f.verdict}`),
                  })}
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

/** Young people in the audience (young followers, young people reached, or both: `range.audience`) as a range with its trace. */
function YouthReach({ range, sources }: { range: YouthReachRange; sources: TraceSources }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = t(isSingleReach(range) ? 'answer.youthReachOne' : 'answer.youthReach', {
    low: formatCount(Math.round(range.low), language),
    high: formatCount(Math.round(range.high), language),
    ...shareRangeParams(range.lowShare, range.highShare, language, t('answer.unknownValue')),
    band: range.band,
    audience: t(`answer.audience.${range.audience}`),
  });
  return <TraceButton trace={range.trace} what={t('answer.youthReachTitle', { audience: t(`answer.audience.${range.audience}`) })} sources={sources} text={text} />;
}

/** The pooled figures of a scope as a table: basis, floor, accounts, audience size, young count, youth share, index. */
function PooledTable({ pooled, sources, id, scope }: { pooled: readonly PooledFigure[]; sources: TraceSources; id: string; scope: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const atMost = (upper: boolean, text: string): string => atMostText(t, upper, text);
  if (pooled.length === 0) return null;
  return (
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="data-table answer-pooled">
        <caption id={id}>{`${t('answer.pooledCaption')}: ${scope}`}</caption>
        <ColumnHeads columns={[t('answer.colBasis'), t('answer.colFloor'), { label: t('answer.colAccounts'), num: true }, { label: t('answer.colAudience'), num: true }, { label: t('answer.colYoung'), num: true }, { label: t('answer.colYouthShare'), num: true }, { label: t('answer.colIndex'), num: true }]} />
        <tbody>
          {pooled.map((g) => (
            <tr key={`${g.basis}-${g.ageFloor}-${g.band}`} data-basis={g.basis} data-floor={g.ageFloor}>
              <th scope="row">{t(`answer.basis.${g.basis}`)}</th>
              <td>{`${g.ageFloor}+ (${g.band})`}</td>
              <td className="num">{formatCount(g.accounts, language)}</td>
              <td className="num">{atMost(g.upperBound, formatCount(Math.round(g.audienceSize), language))}</td>
              <td className="num">{atMost(g.upperBound, formatCount(Math.round(g.youngCount), language))}</td>
              <td className="num">
                <TraceButton trace={g.trace} what={`${t('answer.colYouthShare')} ${t(`answer.basis.${g.basis}`)} ${g.ageFloor}+`} sources={sources} text={formatPercent(g.youthShare, language)} />
              </td>
              <td className="num">{g.representationIndex === null ? t('answer.unknownValue') : formatOneDecimal(g.representationIndex, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The accounts of an entity: platform, youth share (floor, basis), both indexes, audience size, young people or youth views — each number a trace button. */
function AccountTable({ entity, sources, band, periodChosen }: { entity: EntityAnswer; sources: TraceSources; band: YouthBand; periodChosen: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const label = (a: AnswerAccount) => `${entity.name} · ${PLATFORM_LABELS[a.platform]}`;
  const atMost = (upper: boolean, text: string): string => atMostText(t, upper, text);
  const id = `answer-accounts-${entity.entityId}`;
  return (
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="data-table answer-accounts">
        <caption id={id}>{t('entity.accountsTitle')}: {entity.name}</caption>
        <ColumnHeads columns={[t('overview.colPlatform'), { label: t('answer.colYouthShare'), num: true }, { label: t('answer.colIndex'), num: true }, { label: t('answer.colPlatformIndex'), num: true }, { label: t('answer.colAudience'), num: true }, { label: t('answer.colYoungPeople'), num: true }]} />
        <tbody>
          {entity.accounts.map((a) => (
            <tr key={a.accountId} data-account={a.accountId}>
              <th scope="row">
                {PLATFORM_LABELS[a.platform]}
                {a.name ? <span className="hint"> {a.name}</span> : null}
                {a.provenance === 'manual' ? <span className="typed-tag"> {t('answer.typed')}</span> : null}
              </th>
              <td className="num" data-cell="youth-share">
                {a.youthShare ? (
                  <>
                    <TraceButton trace={a.youthShare.trace} what={`${t('answer.colYouthShare')} ${label(a)}`} sources={sources} text={formatPercent(a.youthShare.value, language)} />
                    <CoverageNote coverage={a.youthShare.coverage} kind="split" />
                    <span className="hint"> {`${a.youthShare.ageFloor}+ · ${a.youthShare.band} · ${t(`answer.basis.${a.youthShare.basis}`)}`}</span>
                  </>
                ) : (
                  <span className="no-data">{noShareLabel(t, a ? noShareReason(a, periodChosen) : null, band)}</span>
                )}
              </td>
              <td className="num">
                {a.representationIndex && a.representationIndex.value !== null ? (
                  <TraceButton trace={a.representationIndex.trace} what={`${t('answer.colIndex')} ${label(a)}`} sources={sources} text={formatOneDecimal(a.representationIndex.value, language)} />
                ) : (
                  '—'
                )}
              </td>
              <td className="num">
                {a.platformRelativeIndex && a.platformRelativeIndex.value !== null ? (
                  <TraceButton trace={a.platformRelativeIndex.trace} what={`${t('answer.colPlatformIndex')} ${label(a)}`} sources={sources} text={formatOneDecimal(a.platformRelativeIndex.value, language)} />
                ) : (
                  '—'
                )}
              </td>
              <td className="num">
                {a.audienceSize ? (
                  <>
                    <TraceButton
                      trace={a.audienceSize.trace}
                      what={`${t('answer.colAudience')} ${label(a)}`}
                      sources={sources}
                      text={atMost(a.audienceSize.upperBound, `${formatCount(Math.round(a.audienceSize.value), language)} ${t(`answer.basis.${a.audienceSize.basis}`)}`)}
                      note={followerDateText(a.audienceSize, a.youthShare?.period ?? null, language, t)}
                    />
                    <CoverageNote coverage={a.audienceSize.coverage} />
                  </>
                ) : a.youthShare ? (
                  <span className="no-data">{t('answer.unknownValue')}</span>
                ) : (
                  '—'
                )}
              </td>
              <td className="num">
                {a.youthPeople ? (
                  <TraceButton trace={a.youthPeople.trace} what={`${t('answer.colYoungPeople')} ${label(a)}`} sources={sources} text={atMost(a.youthPeople.upperBound, `${formatCount(Math.round(a.youthPeople.value), language)} ${t(`answer.basis.${a.youthPeople.kind}`)}`)} />
                ) : a.youthViews ? (
                  <TraceButton trace={a.youthViews.trace} what={`${t('answer.colYouthViews')} ${label(a)}`} sources={sources} text={`${formatCount(Math.round(a.youthViews.value), language)} ${t('answer.basis.views')}`} />
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
      {(item.rule === 'age-data-missing' || item.rule === 'audience-size-missing') && item.platform ? (
        <p>
          <Link to={exportGuidePath(item.platform)}>{t('answer.howToExport', { platform: PLATFORM_LABELS[item.platform] })}</Link>
        </p>
      ) : null}
      {item.estimate ? (
        <div className="estimate">
          <p>
            <span className="modelled-tag">{t('answer.modelled')}</span> {t('answer.estimateTitle')}:{' '}
            {item.estimate.value !== null ? (
              <TraceButton
                trace={item.estimate.trace}
                what={`${t('answer.estimateTitle')} — ${text}`}
                sources={sources}
                text={t(`answer.estimateValue.${item.estimate.audience}`, { value: formatCount(Math.round(item.estimate.value), language) })}
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

/** "Antwoord in tekst": the answer as paragraphs, with a copy button whose result is announced. */
function AnswerAsText({ answer }: { answer: Answer }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const paragraphs = useMemo(() => answerProse(answer, language, t), [answer, language, t]);
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  return (
    <section aria-labelledby="answer-text-title" className="answer-text">
      <h2 id="answer-text-title">{t('answer.text.title')}</h2>
      <p>{t('answer.text.intro')}</p>
      <div className="answer-text__body" data-testid="answer-text" lang={language === 'nl' ? 'nl-BE' : 'en'}>
        {paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      <p>
        <button
          type="button"
          onClick={() => {
            const text = paragraphs.join('\n\n');
            if (!navigator.clipboard) {
              setCopied('failed');
              return;
            }
            navigator.clipboard.writeText(text).then(
              () => setCopied('ok'),
              () => setCopied('failed'),
            );
          }}
        >
          {t('answer.text.copy')}
        </button>{' '}
        <span role="status">{copied === 'ok' ? t('answer.text.copied') : copied === 'failed' ? t('answer.text.copyFailed') : ''}</span>
      </p>
    </section>
  );
}

/** Young people reached per quarter of `span` (computed by the read model, off the main thread), or a loading line. */
function QuarterlyYouth({ view, span, band, wholeSpan }: { view: ScreenView; span: Period; band: YouthBand; wholeSpan: boolean }) {
  const { t } = useTranslation();
  const quarters = useQuarters(view, span, band);
  if (quarters.error) return <p role="alert" className="error">{t('app.error', { detail: quarters.error.message })}</p>;
  if (!quarters.data) return <p role="status">{t('app.loading')}</p>;
  return (
    <>
      <QuarterlyYouthChart span={span} band={band} rows={quarters.data} field="youngPeople" wholeSpan={wholeSpan} />
      <QuarterlyYouthChart span={span} band={band} rows={quarters.data} field="youthViews" wholeSpan={wholeSpan} />
    </>
  );
}

/** The answer for a loaded view and computed answer: government, per entity, improvements, text, thresholds, method note. */
export function AnswerReport({ view, answer }: { view: ScreenView; answer: Answer }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sources = useMemo(() => traceSourcesOf(view), [view]);
  const { thresholds } = answer;
  const o = answer.overall;
  // The quarters of the chosen period (else of all data), each computed from its own splits and days.
  const span = answer.period ?? view.span;
  // A government has about 100 entities and hundreds of improvements: drawn a batch per task.
  const entitiesShown = useGrowingCount(answer.entities.length, 10);
  const improvementsShown = useGrowingCount(answer.improvements.length, 40);
  return (
    <>
      {view.thresholdsProblem ? <p role="alert" className="error">{t('answer.settingsProblem', { detail: view.thresholdsProblem })}</p> : null}
      <section className="answer-overall" aria-labelledby="answer-overall-title">
        <h2 id="answer-overall-title">{t('answer.overallTitle')}</h2>
        <p className="verdict-line">
          {t('answer.overallVerdict')}: <VerdictLabel verdict={o.verdict} borderline={o.borderline} testId="answer-verdict" />
        </p>
        <p data-testid="entity-counts">
          {t('answer.counts', { sufficient: o.counts.sufficient, partly: o.counts['partly-sufficient'], insufficient: o.counts.insufficient, noData: o.counts['insufficient-data'] })}
        </p>
        <VerdictFacts result={o} sources={sources} />
        <PooledTable pooled={o.pooled} sources={sources} id="answer-pooled-overall" scope={t('answer.overallTitle')} />
        <h3>{t('answer.reasonsTitle')}</h3>
        <Reasons reasons={o.reasons} sources={sources} overall />
        {span ? <QuarterlyYouth view={view} span={span} band={answer.youthBand} wholeSpan={answer.period === null} /> : null}
      </section>

      <section aria-labelledby="answer-entities-title">
        <h2 id="answer-entities-title">{t('answer.entitiesTitle')}</h2>
        {answer.entities.slice(0, entitiesShown).map((e) => (
          <article key={e.entityId} className="answer-entity" aria-labelledby={`answer-entity-${e.entityId}`} data-entity={e.name}>
            <h3 id={`answer-entity-${e.entityId}`}>
              {e.name}: <VerdictLabel verdict={e.verdict} borderline={e.borderline} testId="entity-verdict" />
            </h3>
            <VerdictFacts result={e} sources={sources} />
            <PooledTable pooled={e.pooled} sources={sources} id={`answer-pooled-${e.entityId}`} scope={e.name} />
            <Reasons reasons={e.reasons} sources={sources} overall={false} />
            {e.accounts.length > 0 ? <AccountTable entity={e} sources={sources} band={answer.youthBand} periodChosen={answer.period !== null} /> : null}
            <p>
              <Link to={`/entity/${encodeURIComponent(e.entityId)}${answerOptionsQuery({ period: answer.period, youthBand: answer.youthBand })}`}>{t('answer.entityPage', { entity: e.name })}</Link>
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
            {answer.improvements.slice(0, improvementsShown).map((item, i) => (
              <ImprovementItem key={`${item.rule}-${item.entityId}-${item.platform ?? ''}-${i}`} item={item} sources={sources} t={t} language={language} />
            ))}
          </ol>
        )}
      </section>

      <AnswerAsText answer={answer} />

      <section aria-labelledby="answer-thresholds-title">
        <h2 id="answer-thresholds-title">{t('answer.thresholdsTitle')}</h2>
        <p>
          {t('answer.thresholdsText', {
            underIndex: formatCount(thresholds.underIndex, language),
            minCoverage: formatPercent(thresholds.minYouthCoverage, language, 1),
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

/** The `/answer` screen: title, the question, the period and age choice, then {@link AnswerReport} (or loading, error, empty). */
export function AnswerScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { query, view, answer, answerError, stale, options } = useAnswer();
  const hasAccounts = (view?.entities ?? []).some((e) => e.accounts.length > 0);
  // Rendered in a background render split into short tasks (a government has about 100 entities).
  const loaded = useMemo(() => (view && answer ? { view, answer } : null), [view, answer]);
  const shown = useSliced(loaded);
  // The previous answer is on screen while the current one is computed or still rendering in the background.
  const updating = stale || shown !== loaded;
  const search = answerOptionsQuery(options);
  return (
    <div className="answer-screen">
      <h1>{t('answer.title')}</h1>
      <p className="lead">{t('answer.question')}</p>
      <p>{t('answer.intro')}</p>
      {hasAccounts ? (
        <p className="report-links">
          <Link to={`/report${search}`} className="button">
            {t('report.nav')}
          </Link>{' '}
          <Link to={`/present${search}`} className="button">
            {t('report.present.nav')}
          </Link>
        </p>
      ) : null}
      {query.error || answerError ? (
        <ErrorLine error={query.error ?? answerError} />
      ) : query.isPending || !view || !answer ? (
        <p role="status">{t('answer.loading')}</p>
      ) : !hasAccounts ? (
        <p>
          {t('answer.empty')} <Link to="/">{t('nav.overview')}</Link>
        </p>
      ) : !shown ? (
        <p role="status">{t('answer.loading')}</p>
      ) : (
        <>
          <AnswerOptionsBar view={shown.view} shown={shown.answer} />
          <UpdatingLine stale={updating} />
          {/* Until the answer for the current data and choice is drawn, the previous one stays, marked busy. */}
          <div aria-busy={updating || undefined}>
            {shown.answer.period ? <p className="hint">{formatPeriod(shown.answer.period, language, '')}</p> : null}
            <AnswerReport view={shown.view} answer={shown.answer} />
          </div>
        </>
      )}
    </div>
  );
}
