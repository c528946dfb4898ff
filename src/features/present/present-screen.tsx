// Presentation mode `/present`: choose and order slides (charts, the verdict, improvements, method note), then step through them full screen with the keyboard.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localIsoDate } from '../../charts/chart-spec';
import { buildReportContent } from '../../charts/report-content';
import type { ReportContent } from '../../charts/report-content';
import { ReportChartView } from '../../charts/report-chart';
import { useLanguage } from '../../i18n/i18n';
import { useAnswer } from '../../lib/answer-query';
import './present.css';
import { ErrorLine } from '../../lib/outcome';

/** A slide that can be chosen: `chart:<spec id>`, `verdict`, `improvements` or `method`. */
export type SlideId = string;

/** A slide in the chooser: its id, its label, and whether it is shown. */
export interface SlideChoice {
  id: SlideId;
  label: string;
  chosen: boolean;
}

/**
 * The slides of `content` in their default order and choice: the first chart (the overview's youth share),
 * the verdict, every other chart (one per section), then the improvements and the method note ("what the
 * figures cannot show"), all chosen: the show answers both halves of the question by default.
 */
export function defaultSlides(content: ReportContent, labels: { verdict: string; improvements: string; method: string }): SlideChoice[] {
  const charts = content.charts.map((c) => ({ id: `chart:${c.spec.id}`, label: c.spec.title, chosen: true }));
  return [
    ...charts.slice(0, 1),
    { id: 'verdict', label: labels.verdict, chosen: true },
    ...charts.slice(1),
    { id: 'improvements', label: labels.improvements, chosen: true },
    { id: 'method', label: labels.method, chosen: true },
  ];
}

/** `list` with the item at `index` moved by `delta` places (unchanged when that leaves the list). */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(index, 1);
  out.splice(to, 0, item!);
  return out;
}

/** The next slide index for a key: →, PageDown, Space forward; ←, PageUp back; Home, End; null for other keys. */
export function stepForKey(key: string, shiftKey: boolean, index: number, count: number): number | null {
  if (count === 0) return null;
  if (key === 'ArrowRight' || key === 'PageDown' || (key === ' ' && !shiftKey)) return Math.min(count - 1, index + 1);
  if (key === 'ArrowLeft' || key === 'PageUp' || (key === ' ' && shiftKey)) return Math.max(0, index - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/** One slide's content in large type: a chart in its frame, the verdicts, the improvements or the method note. */
function Slide({ id, content }: { id: SlideId; content: ReportContent }) {
  const { t } = useTranslation();
  if (id.startsWith('chart:')) {
    const chart = content.charts.find((c) => `chart:${c.spec.id}` === id);
    return chart ? <ReportChartView chart={chart} /> : null;
  }
  if (id === 'verdict') {
    const o = content.overall;
    return (
      <div className="present-text-slide">
        <h2 className="present-title">{t('report.deck.verdictTitle')}</h2>
        <p className="present-verdict-line">
          {t('answer.overallVerdict')}:{' '}
          <strong className={`present-verdict present-verdict--${o.verdict}`} data-testid="present-verdict">
            {o.label}
          </strong>
        </p>
        <p className="present-facts">
          {t('answer.ruleLabel')}: {o.rule}
          {o.facts ? ` · ${o.facts}` : ''}
        </p>
        <ul className="present-entities">
          {content.entities.map((e) => (
            <li key={e.key}>
              <span className="present-entity-name">{e.name}</span>{' '}
              <strong className={`present-verdict present-verdict--${e.verdict}`}>{e.label}</strong>
              {e.facts ? <span className="present-index"> {e.facts}</span> : null}
            </li>
          ))}
        </ul>
        <p className="present-source">{content.verdictSource}</p>
      </div>
    );
  }
  if (id === 'improvements') {
    return (
      <div className="present-text-slide">
        <h2 className="present-title">{t('answer.improvementsTitle')}</h2>
        {content.improvements.length === 0 ? (
          <p>{t('answer.noImprovements')}</p>
        ) : (
          <ol className="present-list present-list--dense">
            {content.improvements.map((i, n) => (
              <li key={n}>
                <strong>{i.ruleName}:</strong> {i.text}
                {i.estimate ? <em className="present-modelled"> {t('answer.modelled')}: {i.estimate.value}</em> : null}
              </li>
            ))}
          </ol>
        )}
        <p className="present-source">{content.verdictSource}</p>
      </div>
    );
  }
  return (
    <div className="present-text-slide">
      <h2 className="present-title">{t('answer.methodTitle')}</h2>
      <ul className="present-list">
        {content.methodNotes.map((n) => (
          <li key={n.id} className={n.applies ? undefined : 'present-na'}>
            {n.text}
            {n.applies ? null : <> {t('answer.methodNotApplicable')}</>}
          </li>
        ))}
      </ul>
      <p className="present-source">{content.verdictSource}</p>
    </div>
  );
}

/**
 * The slide show over the chosen slides: a full-window layer (the document goes full screen when the
 * browser allows it) with the current slide, the counter "Dia n van m" (announced politely), previous,
 * next and stop buttons. Keys: →/PageDown/Space next, ←/PageUp previous, Home/End, Escape stops (leaving
 * full screen with Escape stops it too). `onExit` is called once when it stops.
 */
function SlideShow({ slides, content, onExit, note }: { slides: readonly SlideChoice[]; content: ReportContent; onExit: () => void; note: string | null }) {
  const { t } = useTranslation();
  const [index, setIndexState] = useState(0);
  const indexRef = useRef(0);
  const setIndex = useCallback((next: number | ((i: number) => number)) => {
    const value = typeof next === 'function' ? next(indexRef.current) : next;
    indexRef.current = value;
    setIndexState(value);
  }, []);
  const layerRef = useRef<HTMLDivElement>(null);
  const count = slides.length;
  const current = slides[Math.min(index, count - 1)];

  useEffect(() => {
    // The page behind the slides is inert (not focusable, hidden from assistive technology), so Tab stays
    // on the slide layer, which is rendered outside #root for that reason.
    const page = document.getElementById('root');
    if (page) page.inert = true;
    return () => {
      if (page) page.inert = false;
    };
  }, []);

  useEffect(() => {
    layerRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onExit();
        return;
      }
      const target = event.target as HTMLElement | null;
      if (event.key === 'Tab') {
        // Tab cycles through the layer's buttons: it never leaves the slides for the browser's own controls.
        const layer = layerRef.current;
        const stops = Array.from(layer?.querySelectorAll<HTMLElement>('button:not(:disabled), a[href], [tabindex="0"]') ?? []);
        if (stops.length === 0) return;
        const at = stops.indexOf(document.activeElement as HTMLElement);
        const next = event.shiftKey ? (at <= 0 ? stops.length - 1 : at - 1) : at === -1 || at === stops.length - 1 ? 0 : at + 1;
        event.preventDefault();
        stops[next]?.focus();
        return;
      }
      // Space and Enter on a button press the button; the other keys always step.
      if (event.key === ' ' && target?.closest('button, a, input, select, textarea')) return;
      const next = stepForKey(event.key, event.shiftKey, indexRef.current, count);
      if (next === null) return;
      event.preventDefault();
      indexRef.current = next;
      setIndex(next);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [count, onExit, setIndex]);

  return createPortal(
    <div className="present-layer" ref={layerRef} tabIndex={-1} role="region" aria-roledescription={t('report.present.slides')} aria-label={t('report.present.slides')}>
      <section className="present-slide" aria-label={current?.label} data-slide={current?.id}>
        {current ? <Slide id={current.id} content={content} /> : null}
      </section>
      <div className="present-bar">
        <p className="present-counter" aria-live="polite" data-testid="present-counter">
          {t('report.present.counter', { n: index + 1, total: count })}
        </p>
        {note ? <p className="present-note">{note}</p> : null}
        <div className="present-buttons">
          <button type="button" className="button" onClick={() => setIndex((i) => Math.max(0, i - 1))} disabled={index === 0}>
            ← {t('report.present.previous')}
          </button>
          <button type="button" className="button" onClick={() => setIndex((i) => Math.min(count - 1, i + 1))} disabled={index >= count - 1}>
            {t('report.present.next')} →
          </button>
          <button type="button" className="button" onClick={onExit}>
            {t('report.present.exit')} (Esc)
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}

/** The chooser (checkbox and move buttons per slide) and the start button; then the {@link SlideShow}. */
function Presenter({ content }: { content: ReportContent }) {
  const { t } = useTranslation();
  const labels = useMemo(() => ({ verdict: t('report.present.verdict'), improvements: t('report.present.improvements'), method: t('report.present.method') }), [t]);
  const [choices, setChoices] = useState<SlideChoice[]>(() => defaultSlides(content, labels));
  const [presenting, setPresenting] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  // Labels follow the language; ids, order and choice stay.
  const fresh = useMemo(() => new Map(defaultSlides(content, labels).map((s) => [s.id, s.label])), [content, labels]);
  const shown = choices.filter((c) => fresh.has(c.id)).map((c) => ({ ...c, label: fresh.get(c.id)! }));
  const chosen = shown.filter((c) => c.chosen);

  const stop = useCallback(() => {
    setPresenting(false);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    requestAnimationFrame(() => startRef.current?.focus());
  }, []);

  useEffect(() => {
    if (!presenting) return;
    const onChange = () => {
      if (!document.fullscreenElement) stop();
    };
    document.addEventListener('fullscreenchange', onChange);
    document.body.classList.add('presenting');
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      document.body.classList.remove('presenting');
    };
  }, [presenting, stop]);

  const start = () => {
    if (chosen.length === 0) return;
    setNote(null);
    setPresenting(true);
    const root = document.documentElement;
    if (typeof root.requestFullscreen === 'function') {
      root.requestFullscreen().catch(() => setNote(t('report.present.fullscreenRefused')));
    } else {
      setNote(t('report.present.fullscreenRefused'));
    }
  };

  return (
    <>
      <fieldset className="present-chooser">
        <legend>{t('report.present.chooseTitle')}</legend>
        <ol>
          {shown.map((c, i) => (
            <li key={c.id}>
              <label className="check">
                <input type="checkbox" checked={c.chosen} onChange={(e) => setChoices(shown.map((x) => (x.id === c.id ? { ...x, chosen: e.target.checked } : x)))} />
                {c.label}
              </label>
              <span className="present-move">
                <button type="button" className="button" aria-label={t('report.present.moveUp', { item: c.label })} disabled={i === 0} onClick={() => setChoices(moveItem(shown, i, -1))}>
                  ↑
                </button>
                <button type="button" className="button" aria-label={t('report.present.moveDown', { item: c.label })} disabled={i === shown.length - 1} onClick={() => setChoices(moveItem(shown, i, 1))}>
                  ↓
                </button>
              </span>
            </li>
          ))}
        </ol>
      </fieldset>
      <p className="hint">{t('report.present.keys')}</p>
      {chosen.length === 0 ? <p role="alert">{t('report.present.noneChosen')}</p> : null}
      <button ref={startRef} type="button" className="button button--primary" onClick={start} disabled={chosen.length === 0}>
        {t('report.present.start')}
      </button>
      {presenting ? <SlideShow slides={chosen} content={content} onExit={stop} note={note} /> : null}
    </>
  );
}

/** The `/present` screen: title, intro, then the {@link Presenter} over the report's content (or loading, error, empty). */
export function PresentScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { query, view, answer, answerError } = useAnswer();
  const content = useMemo(() => (view && answer ? buildReportContent(view, answer, t, language, localIsoDate()) : null), [view, answer, t, language]);
  const hasAccounts = (view?.entities ?? []).some((e) => e.accounts.length > 0);
  const error = query.error ?? answerError;
  return (
    <div className="present-screen">
      <h1>{t('report.present.title')}</h1>
      <p className="lead">{t('report.present.intro')}</p>
      {error ? (
        <ErrorLine error={error} />
      ) : !content ? (
        <p role="status">{t('report.loading')}</p>
      ) : !hasAccounts ? (
        <p>
          {t('report.empty')} <Link to="/">{t('nav.overview')}</Link>
        </p>
      ) : (
        <Presenter content={content} />
      )}
    </div>
  );
}
