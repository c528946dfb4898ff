// The report screen `/report`: the answer to question 3 and the overview as an A4 print layout (saved as PDF by the browser), and its PowerPoint deck.

import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localIsoDate } from '../../charts/chart-spec';
import { reportDetails, reportHead } from '../../charts/report-content';
import type { ReportContent, ReportVerdict } from '../../charts/report-content';
import { ReportChartView } from '../../charts/report-chart';
import { formatCount, formatPercent } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { downloadReportDeck } from './deck-export';
import { useAnswer } from '../../lib/answer-query';
import { useGrowingCount, useNextTaskValue, useSliced } from '../../lib/use-sliced';
import '../../charts/print.css';
import './report.css';
import { WithDutchParts } from '../../i18n/dutch-text';
import { errorMessage } from '../../core/model/errors';
import { ColumnHeads } from '../../lib/column-heads';
import { ErrorLine } from '../../lib/outcome';

/** Rows of the files table laid out per task (900 files at government scale). */
const FILE_ROWS_PER_TASK = 100;

/** A verdict label in its colour; the text always names the verdict (voldoende, gedeeltelijk voldoende, onvoldoende, onbekend). */
function VerdictText({ verdict, testId }: { verdict: ReportVerdict; testId: string }) {
  return (
    <strong className={`report-verdict report-verdict--${verdict.verdict}`} data-testid={testId} data-verdict={verdict.verdict}>
      {verdict.label}
    </strong>
  );
}

/** Rule, key figures and reasons of one verdict. */
function VerdictBody({ verdict }: { verdict: ReportVerdict }) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="report-facts">
        <dt>{t('answer.ruleLabel')}</dt>
        <dd>{verdict.rule}</dd>
        {verdict.facts ? (
          <>
            <dt>{t('answer.pooledTitle')}</dt>
            <dd>{verdict.facts}</dd>
          </>
        ) : null}
      </dl>
      <ul className="report-reasons">
        {verdict.reasons.map((r, i) => (
          <li key={i}>{r}</li>
        ))}
      </ul>
    </>
  );
}

/** The printable document: title page, verdicts, charts, improvements, method note, sources. */
export function ReportDocument({ content, thresholdsText }: { content: ReportContent; thresholdsText: string }) {
  const { t } = useTranslation();
  // Hundreds of files at government scale: laid out a batch per task, never all in one.
  const filesShown = useGrowingCount(content.files.length, FILE_ROWS_PER_TASK);
  return (
    <article className="report print-tables" aria-labelledby="report-doc-title">
      <section className="report-page report-title-page">
        <p className="report-kicker">{t('answer.title')}</p>
        <h2 id="report-doc-title" className="report-doc-title">
          {content.title}
        </h2>
        <p className="report-question">{content.question}</p>
        <dl className="report-facts report-facts--title">
          <dt>{t('report.dateLabel')}</dt>
          <dd>{content.dateText}</dd>
          <dt>{t('report.scopeLabel')}</dt>
          <dd>{content.scope}</dd>
          <dt>{t('answer.overallVerdict')}</dt>
          <dd>
            <VerdictText verdict={content.overall} testId="report-title-verdict" />
          </dd>
        </dl>
        <h3>{t('report.contents')}</h3>
        <ol className="report-contents">
          <li>{t('report.verdictTitle')}</li>
          {content.charts.map((c) => (
            <li key={c.spec.id}>{c.spec.title}</li>
          ))}
          <li>{t('answer.improvementsTitle')}</li>
          <li>{t('answer.text.title')}</li>
          <li>{t('answer.methodTitle')}</li>
          <li>{t('report.sourcesTitle')}</li>
        </ol>
        <p className="report-source">{content.verdictSource}</p>
      </section>

      <section className="report-page" aria-labelledby="report-verdict-title">
        <h2 id="report-verdict-title">{t('report.verdictTitle')}</h2>
        <p className="report-verdict-line">
          {t('answer.overallVerdict')}: <VerdictText verdict={content.overall} testId="report-verdict" />
        </p>
        <VerdictBody verdict={content.overall} />
        <h3>{t('answer.entitiesTitle')}</h3>
        {content.entities.map((e) => (
          <div key={e.key} className="report-entity render-when-near" data-entity={e.name}>
            <h4>
              {e.name}: <VerdictText verdict={e} testId="report-entity-verdict" />
            </h4>
            <VerdictBody verdict={e} />
          </div>
        ))}
        <p className="report-source">{content.verdictSource}</p>
      </section>

      {content.charts.map((chart) => (
        <section key={chart.spec.id} className="report-page report-chart" aria-label={chart.spec.title}>
          <ReportChartView chart={chart} />
        </section>
      ))}

      <section className="report-page" aria-labelledby="report-improvements-title">
        <h2 id="report-improvements-title">{t('answer.improvementsTitle')}</h2>
        <p>{t('answer.improvementsIntro')}</p>
        {/* The source line comes before the long list: after it, it was left alone on a nearly blank page. */}
        <p className="report-source">{content.verdictSource}</p>
        {content.improvements.length === 0 ? (
          <p>{t('answer.noImprovements')}</p>
        ) : (
          <ol className="report-improvements">
            {content.improvements.map((item, i) => (
              <li key={i} className="render-when-near" data-rule={item.rule}>
                <p className="report-rule">{item.ruleName}</p>
                <p>{item.text}</p>
                {item.estimate ? (
                  <div className="report-estimate">
                    <p>
                      <span className="report-modelled">{t('answer.modelled')}</span> {t('answer.estimateTitle')}: {item.estimate.value}
                    </p>
                    <p className="report-assumptions-title">{t('answer.assumptions')}:</p>
                    <ul>
                      {item.estimate.assumptions.map((a, j) => (
                        <li key={j}>{a}</li>
                      ))}
                    </ul>
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="report-page" aria-labelledby="report-text-title">
        <h2 id="report-text-title">{t('answer.text.title')}</h2>
        <div className="report-prose" data-testid="report-answer-text">
          {content.prose.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      </section>

      <section className="report-page" aria-labelledby="report-method-title">
        <h2 id="report-method-title">{t('answer.methodTitle')}</h2>
        <ul className="report-method">
          {content.methodNotes.map((n) => (
            <li key={n.id} className={n.applies ? undefined : 'report-method--na'} data-note={n.id}>
              {n.text}
              {n.applies ? null : <> {t('answer.methodNotApplicable')}</>}
            </li>
          ))}
        </ul>
        <h3>{t('answer.thresholdsTitle')}</h3>
        <p>{thresholdsText}</p>
      </section>

      <section className="report-page render-when-near" aria-labelledby="report-sources-title">
        <h2 id="report-sources-title">{t('report.sourcesTitle')}</h2>
        <h3>{t('report.referencesTitle')}</h3>
        <table className="data-table report-table report-table--stack" data-testid="report-references">
          <ColumnHeads columns={[t('report.col.figure'), { label: t('report.col.value'), num: true }, t('report.col.year'), t('report.col.source'), t('report.col.confidence')]} />
          <tbody>
            {content.references.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {r.note} <code className="report-id">{r.id}</code>
                </th>
                <td className="num" data-label={t('report.col.value')}>{r.value}</td>
                <td data-label={t('report.col.year')}>{r.year}</td>
                <td className="report-wrap report-source-cell" data-label={t('report.col.source')}>
                  <WithDutchParts text={r.source} />
                  {r.url ? <span className="report-url"> {r.url}</span> : null}
                </td>
                <td data-label={t('report.col.confidence')}>{r.confidence}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>{t('report.filesTitle')}</h3>
        {content.files.length === 0 ? (
          <p>{t('report.noFiles')}</p>
        ) : (
          <table className="data-table report-table" data-testid="report-files">
            <ColumnHeads columns={[t('report.col.file'), t('report.col.entity'), t('report.col.platform'), t('report.col.period'), t('report.col.importedOn')]} />
            <tbody>
              {content.files.slice(0, filesShown).map((f, i) => (
                <tr key={`${f.name}-${i}`}>
                  <th scope="row">
                    {f.name} <span className="report-format">({f.format})</span>
                  </th>
                  <td className="report-wrap">{f.entity}</td>
                  <td>{f.platform}</td>
                  <td>{f.period}</td>
                  <td>{f.importedOn}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="report-source">{t('report.madeOnLine', { date: content.dateText })}</p>
      </section>
    </article>
  );
}

/**
 * The `/report` screen: a toolbar (left out of print) with "Afdrukken / PDF" (`window.print()`),
 * "PowerPoint" (the deck of the same content, its charts drawn from this page) and a link to presentation
 * mode, a status line, then {@link ReportDocument}.
 */
export function ReportScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { query, view, answer, answerError } = useAnswer();
  // Built and rendered in a background render split into short tasks (100 entities, 900 files).
  const loaded = useMemo(() => (view && answer ? { view, answer } : null), [view, answer]);
  const shown = useSliced(loaded);
  const documentRef = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  // The report is worded in two tasks (at 100 entities one was about 100 ms on an idle machine): its head,
  // then, a task later, a verdict per entity and the improvements. Until both are there for the same data
  // the report shown stays the previous one (or the loading line).
  const head = useMemo(() => (shown ? reportHead(shown.view, shown.answer, t, language, localIsoDate()) : null), [shown, t, language]);
  const detailsOf = useNextTaskValue(shown);
  const details = useMemo(() => (detailsOf ? reportDetails(detailsOf.view, detailsOf.answer, t, language) : null), [detailsOf, t, language]);
  // The thresholds line is the same answer's as the content: kept with it.
  const complete = useMemo(
    () => (shown && head && details && detailsOf === shown ? { content: { ...head, ...details }, thresholds: shown.answer.thresholds } : null),
    [head, details, detailsOf, shown],
  );
  const [report, setReport] = useState<typeof complete>(null);
  if (complete !== null && complete !== report) setReport(complete); // derived state, set during render (React docs)
  if (shown === null && report !== null) setReport(null);
  const content = report?.content ?? null;
  const hasAccounts = (view?.entities ?? []).some((e) => e.accounts.length > 0);
  const error = query.error ?? answerError;

  const onDeck = () => {
    if (!content || !documentRef.current || busy) return;
    setBusy(true);
    setStatus({ text: t('report.deckBusy'), error: false });
    downloadReportDeck(documentRef.current, content, t)
      .then(({ fileName, slides }) => setStatus({ text: t('report.deckDone', { file: fileName, slides }), error: false }))
      .catch((e: unknown) => setStatus({ text: t('report.deckFailed', { detail: errorMessage(e) }), error: true }))
      .finally(() => setBusy(false));
  };

  const thresholds = report?.thresholds;
  return (
    <div className="report-screen">
      <div className="report-toolbar no-print">
        <h1>{t('report.title')}</h1>
        <p className="lead">{t('report.intro')}</p>
        {content && hasAccounts ? (
          <div className="report-actions" role="group" aria-label={t('report.actions')}>
            <button type="button" className="button button--primary" onClick={() => window.print()}>
              {t('report.print')}
            </button>
            <button type="button" className="button" onClick={onDeck} aria-busy={busy || undefined} disabled={busy}>
              {t('report.deckButton')}
            </button>
            <Link to="/present" className="button">
              {t('report.presentButton')}
            </Link>
          </div>
        ) : null}
        <p role="status" className={status?.error ? 'report-status report-status--error' : 'report-status'}>
          {status?.text ?? ''}
        </p>
      </div>
      {error ? (
        <ErrorLine error={error} />
      ) : !content || !thresholds ? (
        <p role="status">{t('report.loading')}</p>
      ) : !hasAccounts ? (
        <p>
          {t('report.empty')} <Link to="/">{t('nav.overview')}</Link>
        </p>
      ) : (
        <div ref={documentRef}>
          <ReportDocument
            content={content}
            thresholdsText={t('answer.thresholdsText', {
              underIndex: formatCount(thresholds.underIndex, language),
              minCoverage: formatPercent(thresholds.minYouthCoverage, language, 1),
              minReached: formatCount(thresholds.minReachedPerBand, language),
              weeklyUse: formatPercent(thresholds.relevantPlatformWeeklyUse, language, 0),
            })}
          />
        </div>
      )}
    </div>
  );
}
