// The "where does this number come from" panel: a button on any number that opens a modal dialog with its formula, inputs, imported files and reference figures.

import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Trace, TraceInput } from '../core/metrics/trace';
import { PLATFORM_LABELS } from '../core/model/platform';
import type { Platform } from '../core/model/platform';
import type { Period } from '../core/model/observation';
import type { ReferenceFigure, ReferenceSet } from '../core/reference/reference-figure';
import { formatCount, formatDate, formatOneDecimal, formatPercent, formatPeriod } from '../i18n/format';
import type { Language } from '../i18n/format';
import { formatLabelText } from '../i18n/format-label';
import { useLanguage } from '../i18n/i18n';
import { figureNoteText, figureSourceText } from '../i18n/reference-text';
import { traceFormulaText, traceInputName, traceValueText } from '../i18n/trace-text';
import './trace-panel.css';
import { WithDutchParts } from '../i18n/dutch-text';
import { ColumnHeads } from '../lib/column-heads';
import { SourceFileDownload } from '../lib/source-file-download';

/**
 * Where a trace's ids lead (built by `traceSourcesOf`, src/charts/trace-sources.ts, from the read model's view):
 * - `imports[importId]`: the imported file's name, import time (ISO timestamp), format label, account, and
 *   where known the stored source file's id (`fileId`, for its download), the period it covers (null = the
 *   file does not say) and its number of values;
 * - `files[fileId]`: a source file's name and import time;
 * - `accounts[accountId]`: its entity's name and the platform;
 * - `reference`: the figures in use (value, source, year, confidence).
 */
export interface TraceSources {
  imports: Readonly<Record<string, { fileName: string; fileId?: string; importedAt: string; formatLabel: string; accountId: string; period?: Period | null; values?: number }>>;
  files: Readonly<Record<string, { fileName: string; importedAt: string }>>;
  accounts: Readonly<Record<string, { entityName: string; platform: Platform; name: string | null }>>;
  reference: ReferenceSet;
}

/**
 * The day of a follower count as text (`18 aug 2026`), "datum onbekend" when the count has no day and no
 * period of its own (Meta's audience file, a report total without a date), else null (not a follower
 * count, or one whose split's period says when it is).
 */
export function followerDateText(size: { basis: string; date: string | null }, splitPeriod: Period | null, language: Language, t: TFunction): string | null {
  if (size.date) return formatDate(size.date, language);
  return size.basis === 'followers' && splitPeriod === null ? t('answer.trace.dateUnknown') : null;
}

/** `Entity · Platform` for an account id, or the id itself when it is not known. */
export function accountLabel(sources: TraceSources, accountId: string): string {
  const a = sources.accounts[accountId];
  return a ? `${a.entityName} · ${PLATFORM_LABELS[a.platform]}` : accountId;
}


/**
 * A trace input's value as text, by its unit: `share` as a percentage (two decimals for a reference figure,
 * as Statbel's 15,23% is quoted; else one), `count` grouped, `index` and `points` with one decimal (points
 * followed by `pp`), `flag` ja/nee (yes/no), `text` as is; null as `unknown`.
 */
export function formatTraceValue(input: Pick<TraceInput, 'value' | 'unit' | 'figureId'>, language: Language, t: TFunction): string {
  const v = input.value;
  if (v === null) return t('answer.unknownValue');
  if (typeof v === 'string') return traceValueText(v, t);
  switch (input.unit) {
    case 'share':
      return formatPercent(v, language, input.figureId ? 2 : 1);
    case 'count':
      return formatCount(v, language);
    case 'index':
      return formatOneDecimal(v, language);
    case 'points':
      return `${formatOneDecimal(v, language)} pp`;
    case 'flag':
      return v === 1 ? t('answer.trace.yes') : t('answer.trace.no');
    default:
      return String(v);
  }
}

/** A reference figure's value as text: a share with two decimals, a count grouped, a flag ja/nee; null as `unknown` (never 0). */
export function formatFigureValue(figure: Pick<ReferenceFigure, 'value' | 'unit'>, language: Language, t: TFunction): string {
  if (figure.value === null) return t('answer.unknownValue');
  if (figure.unit === 'share') return formatPercent(figure.value, language, 2);
  if (figure.unit === 'flag') return figure.value === 1 ? t('answer.trace.yes') : t('answer.trace.no');
  return formatCount(figure.value, language);
}

/**
 * An input's name in the interface language, its account (written by the core as `<entity> <platform id>`,
 * e.g. `De Lijn facebook`, or as the account id) shown as `Entity · Platform` (`De Lijn · Facebook`).
 */
export function inputName(input: Pick<TraceInput, 'name' | 'accountId'>, sources: Pick<TraceSources, 'accounts'>, t: TFunction): string {
  const name = traceInputName(input.name, t);
  const account = input.accountId ? sources.accounts[input.accountId] : undefined;
  if (!input.accountId || !account) return name;
  const label = `${account.entityName} · ${PLATFORM_LABELS[account.platform]}`;
  const written = `${account.entityName} ${account.platform}`;
  return name.replace(name.includes(written) ? written : input.accountId, () => label);
}

/** One trace: what the metric is, its formula, its inputs, and (as disclosures) the traces it is built from. */
function TraceBody({ trace, sources, depth }: { trace: Trace; sources: TraceSources; depth: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  // A trace's metric by its name in the interface language: a figure of the answer, else a platform metric
  // (views, reach …), else its id; the explanation only where there is one.
  const name = t(`answer.trace.metric.${trace.metric}`, { defaultValue: '' }) || t(`audience.metric.${trace.metric}`, { defaultValue: '' }) || trace.metric;
  const explain = t(`answer.trace.explain.${trace.metric}`, { defaultValue: '' });
  return (
    <div className="trace-body">
      <p className="trace-body__metric">
        <strong>{name}</strong>
        {explain ? <> — {explain}</> : null}
      </p>
      <p className="trace-body__formula">
        <span className="trace-label">{t('answer.trace.formula')}: </span>
        <code>{traceFormulaText(trace.formula, t)}</code>
      </p>
      {trace.inputs.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table trace-inputs">
            <caption className="sr-only">{t('answer.trace.inputs')}</caption>
            <ColumnHeads columns={[t('answer.trace.input'), { label: t('answer.trace.value'), num: true }]} />
            <tbody>
              {trace.inputs.map((input, i) => (
                <tr key={`${input.name}-${i}`}>
                  <th scope="row">
                    <code>{inputName(input, sources, t)}</code>
                    {input.threshold ? <span className="trace-tag">{t('answer.trace.threshold')}</span> : null}
                    {input.figureId ? <span className="trace-tag">{t('answer.trace.referenceFigure')}</span> : null}
                  </th>
                  <td className="num">{formatTraceValue(input, language, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {trace.parts.length > 0 && depth < 4 ? (
        <div className="trace-parts">
          <p className="trace-label">{t('answer.trace.parts')}:</p>
          {trace.parts.map((part, i) => (
            <details key={`${part.metric}-${i}`} className="trace-part">
              <summary>
                {t(`answer.trace.metric.${part.metric}`, { defaultValue: part.metric })}
                {part.accountIds.length === 1 && part.accountIds[0] ? ` — ${accountLabel(sources, part.accountIds[0])}` : ''}
              </summary>
              <TraceBody trace={part} sources={sources} depth={depth + 1} />
            </details>
          ))}
        </div>
      ) : null}
    </div>
  );
}

/**
 * The imported files behind `trace` (file name, date imported, format, account, and where the sources say
 * so the period the file covers — "periode niet vermeld in het bestand" when it has none — and its number of
 * values) and the reference figures it used.
 */
function TraceSourcesList({ trace, sources }: { trace: Trace; sources: TraceSources }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const files = trace.importIds.flatMap((id) => {
    const imp = sources.imports[id];
    return imp ? [{ id, ...imp }] : [];
  });
  const listed = new Set(files.map((f) => f.fileName));
  for (const id of trace.fileIds) {
    const f = sources.files[id];
    if (!f || listed.has(f.fileName)) continue;
    listed.add(f.fileName);
    files.push({ id, fileName: f.fileName, fileId: id, importedAt: f.importedAt, formatLabel: '', accountId: '', period: undefined, values: undefined });
  }
  const figures = trace.referenceIds.flatMap((id) => {
    const f = sources.reference.byId[id];
    return f ? [f] : [];
  });
  return (
    <>
      <h3>{t('answer.trace.files')}</h3>
      {files.length === 0 ? (
        <p>{t('answer.trace.noFiles')}</p>
      ) : (
        <ul className="trace-files">
          {files.map((f) => (
            <li key={f.id}>
              <span className="trace-file-name">{f.fileName}</span>
              <span className="trace-file-meta">
                {t('answer.trace.importedAt')} {formatDate(f.importedAt.slice(0, 10), language)}
                {f.formatLabel ? ` · ${formatLabelText(f.formatLabel, t)}` : ''}
                {f.accountId ? ` · ${accountLabel(sources, f.accountId)}` : ''}
                {f.period !== undefined ? ` · ${f.period ? t('answer.trace.filePeriod', { period: formatPeriod(f.period, language, '') }) : t('answer.trace.fileNoPeriod')}` : ''}
                {f.values !== undefined ? ` · ${t('answer.trace.fileValues', { count: f.values, value: formatCount(f.values, language) })}` : ''}
              </span>
              {f.fileId ? (
                <span className="trace-file-download">
                  <SourceFileDownload fileId={f.fileId} fileName={f.fileName} />
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('answer.trace.references')}</h3>
      {figures.length === 0 ? (
        <p>{t('answer.trace.noReferences')}</p>
      ) : (
        <ul className="trace-figures">
          {figures.map((f) => (
            <li key={f.id}>
              <p>
                <strong>{formatFigureValue(f, language, t)}</strong> — {figureNoteText(f, t)}
                {f.origin === 'overridden' && f.defaultFigure ? ` (${t('answer.trace.changed', { value: formatFigureValue(f.defaultFigure, language, t) })})` : ''}
                {f.origin === 'added' ? ` (${t('answer.trace.added')})` : ''}
              </p>
              <dl className="trace-figure-facts">
                <dt>{t('answer.trace.source')}</dt>
                <dd>
                  <WithDutchParts text={figureSourceText(f.source.text, t)} />
                  {f.source.url ? (
                    <>
                      {' '}
                      <span className="url">{f.source.url}</span>
                    </>
                  ) : null}
                </dd>
                <dt>{t('answer.trace.year')}</dt>
                <dd>{f.year ?? t('answer.unknownValue')}</dd>
                <dt>{t('answer.trace.confidence')}</dt>
                <dd>{t(`answer.confidence.${f.confidence}`)}</dd>
              </dl>
              <code className="trace-figure-id">{f.id}</code>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * Props of {@link TraceDialog}: the trace, what the number is (`heading`), its value as shown (null when
 * `heading` is a whole sentence whose numbers the trace gives: it is shown alone), the sources, and the
 * close handler.
 */
export interface TraceDialogProps {
  trace: Trace;
  heading: string;
  valueText: string | null;
  /** Said after the value in brackets, e.g. the day of a follower count or "datum onbekend". */
  note?: string | null;
  sources: TraceSources;
  onClose: () => void;
}

/**
 * A modal `<dialog>` (opened with `showModal()` where the browser has it, else the `open` attribute)
 * labelled by its heading, rendered into `document.body`: the value, the trace ({@link TraceBody}) and
 * its files and reference figures. Escape or the close button closes it; focus starts on the close button
 * and the caller returns it to the opener.
 */
export function TraceDialog({ trace, heading, valueText, note = null, sources, onClose }: TraceDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    closeRef.current?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
    };
  }, []);
  return createPortal(
    <dialog
      ref={ref}
      className="trace-dialog"
      aria-labelledby={titleId}
      data-testid="trace-panel"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div className="trace-dialog__head">
        <h2 id={titleId}>{t('answer.trace.title')}</h2>
        <button ref={closeRef} type="button" className="button" onClick={onClose}>
          {t('answer.trace.close')}
        </button>
      </div>
      <p className="trace-dialog__value">
        {valueText === null ? (
          heading
        ) : (
          <>
            {heading}: <strong>{valueText}</strong>
            {note ? ` (${note})` : null}
          </>
        )}
      </p>
      <TraceBody trace={trace} sources={sources} depth={0} />
      <TraceSourcesList trace={trace} sources={sources} />
    </dialog>,
    document.body,
  );
}

/**
 * Props of {@link TraceButton}: the trace, what the number is (`what`, e.g. `Jongerenaandeel Ketnet · YouTube`),
 * the sources, and the number as shown (`text`). With `sentence`, `what` is a whole sentence and `text` the
 * button's label ("gegevens en bronnen"), not a value.
 */
export interface TraceButtonProps {
  trace: Trace;
  what: string;
  sources: TraceSources;
  text: string;
  sentence?: boolean;
  /** Said after the value in the dialog, e.g. the day of a follower count or "datum onbekend". */
  note?: string | null;
  className?: string;
}

/**
 * A number that opens its trace: a button whose text is exactly `text` (so `11,4%` stays `11,4%`), named
 * `Herkomst van <what>: <text>` for assistive technology (a sentence's button: `<text>: <sentence>`); it
 * opens a {@link TraceDialog} and takes focus back when the dialog closes.
 */
export function TraceButton({ trace, what, sources, text, sentence = false, note = null, className }: TraceButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const close = useCallback(() => setOpen(false), []);
  // Focus goes back to the number once the dialog is gone: while the modal dialog is still open the
  // button is inert and cannot take it.
  useEffect(() => {
    if (open) wasOpen.current = true;
    else if (wasOpen.current) {
      wasOpen.current = false;
      buttonRef.current?.focus();
    }
  }, [open]);
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={className ? `trace-button ${className}` : 'trace-button'}
        aria-haspopup="dialog"
        aria-label={sentence ? `${text}: ${what}` : `${t('answer.trace.open', { what })}: ${text}`}
        onClick={() => setOpen(true)}
      >
        {text}
      </button>
      {open ? <TraceDialog trace={trace} heading={what} valueText={sentence ? null : text} note={note} sources={sources} onClose={close} /> : null}
    </>
  );
}
