// The settings screen "Instellingen": the answer's thresholds and every reference figure with its source, editable, with a one-click reset to defaults (issue 4 §1).

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { applyOverrides } from '../../core/reference/reference-figure';
import type { Confidence, FigureGroup, FigureUnit, ReferenceOverride, SetFigure } from '../../core/reference/reference-figure';
import { DEFAULT_REFERENCE_FIGURES } from '../../core/reference/default-figures';
import { DEFAULT_THRESHOLDS, THRESHOLD_SOURCES, validateThresholds } from '../../core/reference/thresholds';
import type { Thresholds } from '../../core/reference/thresholds';
import { THRESHOLDS_SETTING_KEY } from '../../db/answer-input';
import type { ScreenView } from '../../db/answer-repo';
import { deleteReferenceOverride, putReferenceOverride } from '../../db/reference-overrides-repo';
import { deleteSetting, putSetting } from '../../db/settings-repo';
import { formatCount, formatPercent, INTL_LOCALE } from '../../i18n/format';
import type { Language } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { figureNoteText, figureSourceText } from '../../i18n/reference-text';
import { invalidateStoredData } from '../../lib/query-keys';
import { figureValueFromText, figureValueToText, parseTypedNumber } from './figure-input';
import { answerViewQuery } from '../../lib/answer-query';
import './settings.css';
import { WithDutchParts } from '../../i18n/dutch-text';

const THRESHOLD_KEYS = Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[];
/** Thresholds that are shares 0..1, typed as percentages. */
const PERCENT_THRESHOLDS: ReadonlySet<keyof Thresholds> = new Set(['relevantPlatformWeeklyUse', 'concentrationShare', 'minYouthCoverage']);
const GROUPS: readonly FigureGroup[] = ['platform-use', 'platform-youth-share', 'youth-relevance', 'population', 'other'];
const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];

type Status = { text: string; error: boolean } | null;

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A status line (polite) or alert (error). */
function StatusLine({ status }: { status: Status }) {
  return status?.error ? (
    <p role="alert" className="error">
      {status.text}
    </p>
  ) : (
    <p role="status" className="hint settings-status">
      {status?.text ?? ''}
    </p>
  );
}

function thresholdText(key: keyof Thresholds, value: number, language: Language): string {
  return figureValueToText(value, PERCENT_THRESHOLDS.has(key) ? 'share' : 'count', INTL_LOCALE[language]);
}

/** The thresholds form: one number field per threshold with its default and source; save (validated) and restore defaults. */
function ThresholdsForm({ current, setStatus }: { current: Thresholds; setStatus: (s: Status) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [texts, setTexts] = useState<Record<string, string>>(() => Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, thresholdText(k, current[k], language)])));
  const idBase = useId();
  // The fields the last save refused, each with its message (shown under the field, tied to it with
  // aria-describedby, and the field marked aria-invalid); cleared by the next save.
  const [invalid, setInvalid] = useState<Partial<Record<keyof Thresholds, string>>>({});
  const refuse = (fields: (keyof Thresholds)[], text: string) => {
    setInvalid(Object.fromEntries(fields.map((k) => [k, text])));
    setStatus({ text, error: true });
    if (fields[0]) document.getElementById(`${idBase}-${fields[0]}`)?.focus();
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const next = { ...DEFAULT_THRESHOLDS } as Thresholds;
    for (const k of THRESHOLD_KEYS) {
      const v = PERCENT_THRESHOLDS.has(k) ? figureValueFromText(texts[k] ?? '', 'share') : parseTypedNumber(texts[k] ?? '');
      if (v === null || Number.isNaN(v)) {
        refuse([k], t('settings.invalidNumber', { field: t(`settings.threshold.${k}`) }));
        return;
      }
      next[k] = v;
    }
    try {
      if (next.underIndex > next.overIndex) {
        refuse(['underIndex', 'overIndex'], t('settings.invalidThresholds', { detail: t('settings.underAboveOver') }));
        return;
      }
      validateThresholds(next);
    } catch (error) {
      refuse([], t('settings.invalidThresholds', { detail: errorText(error) }));
      return;
    }
    setInvalid({});
    try {
      await putSetting(THRESHOLDS_SETTING_KEY, next);
      await invalidateStoredData(queryClient);
      setStatus({ text: t('settings.thresholdsSaved'), error: false });
    } catch (error) {
      setStatus({ text: t('settings.failed', { detail: errorText(error) }), error: true });
    }
  };

  const reset = async () => {
    try {
      await deleteSetting(THRESHOLDS_SETTING_KEY);
      setTexts(Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, thresholdText(k, DEFAULT_THRESHOLDS[k], language)])));
      await invalidateStoredData(queryClient);
      setStatus({ text: t('settings.thresholdsReset'), error: false });
    } catch (error) {
      setStatus({ text: t('settings.failed', { detail: errorText(error) }), error: true });
    }
  };

  return (
    <form className="thresholds-form" onSubmit={(e) => void save(e)} noValidate>
      {THRESHOLD_KEYS.map((k) => {
        const id = `${idBase}-${k}`;
        const source = THRESHOLD_SOURCES[k];
        return (
          <div key={k} className="field threshold-field">
            <label htmlFor={id}>{t(`settings.threshold.${k}`)}</label>
            <input
              id={id}
              name={k}
              inputMode="decimal"
              value={texts[k] ?? ''}
              aria-invalid={invalid[k] ? true : undefined}
              aria-describedby={invalid[k] ? `${id}-error ${id}-hint` : `${id}-hint`}
              onChange={(e) => setTexts((old) => ({ ...old, [k]: e.target.value }))}
            />
            {invalid[k] ? (
              <p id={`${id}-error`} className="field-error">
                {invalid[k]}
              </p>
            ) : null}
            <p id={`${id}-hint`} className="hint">
              {t('settings.defaultValue', { value: thresholdText(k, DEFAULT_THRESHOLDS[k], language) })} ·{' '}
              {t('settings.thresholdSource', { source: t(`settings.thresholdSourceText.${k}`, { defaultValue: source.text }) })}
              {source.url ? (
                <>
                  {' '}
                  <span className="url">{source.url}</span>
                </>
              ) : null}
            </p>
          </div>
        );
      })}
      <div className="actions">
        <button type="submit" className="button button--primary">
          {t('settings.saveThresholds')}
        </button>
        <button type="button" className="button" onClick={() => void reset()}>
          {t('settings.resetThresholds')}
        </button>
      </div>
    </form>
  );
}

/** The thresholds section: the form (re-created when the stored thresholds change) and its status line, which survives that. */
function ThresholdsSection({ current }: { current: Thresholds }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>(null);
  return (
    <section aria-labelledby="settings-thresholds-title">
      <h2 id="settings-thresholds-title">{t('settings.thresholdsTitle')}</h2>
      <p>{t('settings.thresholdsIntro')}</p>
      <ThresholdsForm key={JSON.stringify(current)} current={current} setStatus={setStatus} />
      <StatusLine status={status} />
    </section>
  );
}

/** A figure's value as shown: a share with two decimals, a count grouped, a flag ja/nee, or `onbekend` (never 0). */
function figureText(value: number | null, unit: FigureUnit, language: Language, t: (k: string) => string): string {
  if (value === null) return t('settings.unknown');
  if (unit === 'share') return formatPercent(value, language, 2);
  if (unit === 'flag') return value === 1 ? t('answer.trace.yes') : t('answer.trace.no');
  return formatCount(value, language);
}

interface FigureDraft {
  value: string;
  year: string;
  sourceText: string;
  sourceUrl: string;
  confidence: Confidence;
}

/** A field of a figure draft that can be refused, with the message saying why. */
export interface FieldProblem {
  field: 'id' | 'value' | 'year' | 'source';
  text: string;
}

/** `aria-invalid` and `aria-describedby` of draft field `field` given the refused one (`problem`) and its own hint id. */
function fieldState(idBase: string, field: FieldProblem['field'], problem: FieldProblem | null, hintId?: string) {
  const bad = problem?.field === field;
  const ids = [bad ? `${idBase}-${field}-error` : null, hintId ?? null].filter((x): x is string => x !== null);
  return { 'aria-invalid': bad ? true : undefined, 'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined };
}

/** The message under a refused field (its id is the target of the field's aria-describedby), or nothing. */
function FieldError({ idBase, field, problem }: { idBase: string; field: FieldProblem['field']; problem: FieldProblem | null }) {
  return problem?.field === field ? (
    <p id={`${idBase}-${field}-error`} className="field-error">
      {problem.text}
    </p>
  ) : null;
}

/**
 * Fields of a figure being edited or added: value (in its unit's notation), year, source text and address,
 * confidence. The field named by `problem` is marked `aria-invalid` and described by its message.
 */
function FigureFields({ draft, setDraft, unit, idBase, problem = null }: { draft: FigureDraft; setDraft: (d: FigureDraft) => void; unit: FigureUnit; idBase: string; problem?: FieldProblem | null }) {
  const { t } = useTranslation();
  const hint = unit === 'share' ? t('settings.valueHintShare') : unit === 'flag' ? t('settings.valueHintFlag') : t('settings.valueHintCount');
  return (
    <>
      <div className="field">
        <label htmlFor={`${idBase}-value`}>{t('settings.valueLabel')}</label>
        <input id={`${idBase}-value`} inputMode="decimal" value={draft.value} {...fieldState(idBase, 'value', problem, `${idBase}-value-hint`)} onChange={(e) => setDraft({ ...draft, value: e.target.value })} />
        <FieldError idBase={idBase} field="value" problem={problem} />
        <p id={`${idBase}-value-hint`} className="hint">
          {hint}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${idBase}-year`}>{t('settings.yearLabel')}</label>
        <input id={`${idBase}-year`} inputMode="numeric" value={draft.year} {...fieldState(idBase, 'year', problem)} onChange={(e) => setDraft({ ...draft, year: e.target.value })} />
        <FieldError idBase={idBase} field="year" problem={problem} />
      </div>
      <div className="field">
        <label htmlFor={`${idBase}-source`}>{t('settings.sourceTextLabel')}</label>
        <input id={`${idBase}-source`} value={draft.sourceText} {...fieldState(idBase, 'source', problem)} onChange={(e) => setDraft({ ...draft, sourceText: e.target.value })} />
        <FieldError idBase={idBase} field="source" problem={problem} />
      </div>
      <div className="field">
        <label htmlFor={`${idBase}-url`}>{t('settings.sourceUrlLabel')}</label>
        <input id={`${idBase}-url`} value={draft.sourceUrl} onChange={(e) => setDraft({ ...draft, sourceUrl: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${idBase}-confidence`}>{t('settings.confidenceLabel')}</label>
        <select id={`${idBase}-confidence`} value={draft.confidence} onChange={(e) => setDraft({ ...draft, confidence: e.target.value as Confidence })}>
          {CONFIDENCES.map((c) => (
            <option key={c} value={c}>
              {t(`answer.confidence.${c}`)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

/** Turns a draft into the override fields, or the refused field with the reason in words. */
function draftToFields(draft: FigureDraft, unit: FigureUnit, t: (k: string) => string): Omit<ReferenceOverride, 'id'> | FieldProblem {
  const value = figureValueFromText(draft.value, unit);
  if (value !== null && Number.isNaN(value)) return { field: 'value', text: t('settings.valueInvalid') };
  const yearText = draft.year.trim();
  const year = yearText === '' ? null : Number(yearText);
  if (year !== null && !Number.isInteger(year)) return { field: 'year', text: t('settings.yearInvalid') };
  if (draft.sourceText.trim() === '') return { field: 'source', text: t('settings.sourceRequired') };
  return { value, year, source: { text: draft.sourceText.trim(), url: draft.sourceUrl.trim() || null }, confidence: draft.confidence };
}

/** Stores `override` after checking it against the other overrides (applyOverrides throws on a share outside 0..1 …). */
async function storeOverride(view: ScreenView, override: ReferenceOverride): Promise<void> {
  applyOverrides(DEFAULT_REFERENCE_FIGURES, [...view.overrides.filter((o) => o.id !== override.id), override]);
  const { id, ...value } = override;
  await putReferenceOverride(id, value);
}

/**
 * A figure's name in words for its buttons and messages: its note in the interface language up to the
 * first working-out (` (`, ` = `, `: `), e.g. `aandeel 16-24-jarige Belgen dat Instagram dagelijks gebruikt`;
 * the id only when the figure has no note.
 */
function figureName(figure: SetFigure, t: TFunction): string {
  const note = figureNoteText(figure, t).split(/ \(| = |: /)[0]?.trim();
  return note ? note : figure.id;
}

/** One figure row with its edit form below when editing. */
function FigureRow({ figure, view, onStatus }: { figure: SetFigure; view: ScreenView; onStatus: (s: Status) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const idBase = useId();
  const [draft, setDraft] = useState<FigureDraft | null>(null);
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const name = figureName(figure, t);
  const startEdit = () =>
    setDraft({
      value: figureValueToText(figure.value, figure.unit, INTL_LOCALE[language]),
      year: figure.year === null ? '' : String(figure.year),
      sourceText: figure.source.text,
      sourceUrl: figure.source.url ?? '',
      confidence: figure.confidence,
    });
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    const fields = draftToFields(draft, figure.unit, t);
    if ('field' in fields) {
      setProblem(fields);
      onStatus({ text: t('settings.invalidFigure', { detail: fields.text }), error: true });
      document.getElementById(`${idBase}-${fields.field}`)?.focus();
      return;
    }
    setProblem(null);
    const override: ReferenceOverride =
      figure.origin === 'added' ? { id: figure.id, group: figure.group, unit: figure.unit, note: figure.note, ...fields } : { id: figure.id, ...fields };
    try {
      await storeOverride(view, override);
      await invalidateStoredData(queryClient);
      setDraft(null);
      onStatus({ text: t('settings.saved', { id: name }), error: false });
    } catch (error) {
      onStatus({ text: t('settings.invalidFigure', { detail: errorText(error) }), error: true });
    }
  };
  const restore = async () => {
    try {
      await deleteReferenceOverride(figure.id);
      await invalidateStoredData(queryClient);
      onStatus({ text: t('settings.restored', { id: name }), error: false });
    } catch (error) {
      onStatus({ text: t('settings.failed', { detail: errorText(error) }), error: true });
    }
  };
  return (
    <>
      <tr data-figure={figure.id}>
        <th scope="row">
          <span className="figure-note">{figureNoteText(figure, t)}</span>
          <code className="figure-id">{figure.id}</code>
        </th>
        <td className={figure.value === null ? 'num no-data' : 'num'}>
          {figureText(figure.value, figure.unit, language, t)}
          <span className="hint figure-unit"> {t(`settings.unit.${figure.unit}`)}</span>
          {figure.origin === 'overridden' && figure.defaultFigure ? (
            <span className="figure-origin">{t('settings.origin.overridden', { value: figureText(figure.defaultFigure.value, figure.defaultFigure.unit, language, t) })}</span>
          ) : figure.origin === 'added' ? (
            <span className="figure-origin">{t('settings.origin.added')}</span>
          ) : null}
        </td>
        <td>{figure.year ?? t('settings.unknown')}</td>
        <td className="figure-source">
          <WithDutchParts text={figureSourceText(figure.source.text, t)} />
          {figure.source.url ? (
            <>
              {' '}
              <span className="url">{figure.source.url}</span>
            </>
          ) : null}
        </td>
        <td>{t(`answer.confidence.${figure.confidence}`)}</td>
        <td>
          <div className="figure-actions">
            <button type="button" className="button" aria-label={t('settings.editLabel', { figure: name })} onClick={startEdit} aria-expanded={draft !== null}>
              {t('settings.edit')}
            </button>
            {figure.origin !== 'default' ? (
              <button type="button" className="button" aria-label={t('settings.restoreLabel', { figure: name })} onClick={() => void restore()}>
                {t('settings.restore')}
              </button>
            ) : null}
          </div>
        </td>
      </tr>
      {draft ? (
        <tr className="figure-edit">
          <td colSpan={6}>
            <form onSubmit={(e) => void save(e)} aria-label={t('settings.editLabel', { figure: name })} className="figure-form" noValidate>
              <FigureFields draft={draft} setDraft={setDraft} unit={figure.unit} idBase={idBase} problem={problem} />
              <div className="actions">
                <button type="submit" className="button button--primary">
                  {t('settings.save')}
                </button>
                <button type="button" className="button" onClick={() => setDraft(null)}>
                  {t('settings.cancel')}
                </button>
              </div>
            </form>
          </td>
        </tr>
      ) : null}
    </>
  );
}

/** The form that adds a new figure (name, what it is, unit, value, year, source, confidence). */
function AddFigureForm({ view, onStatus }: { view: ScreenView; onStatus: (s: Status) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const idBase = useId();
  const empty: FigureDraft = { value: '', year: '', sourceText: '', sourceUrl: '', confidence: 'medium' };
  const [draft, setDraft] = useState<FigureDraft>(empty);
  const [id, setId] = useState('');
  const [note, setNote] = useState('');
  const [unit, setUnit] = useState<FigureUnit>('share');
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const refuse = (p: FieldProblem) => {
    setProblem(p);
    onStatus({ text: t('settings.invalidFigure', { detail: p.text }), error: true });
    document.getElementById(`${idBase}-${p.field}`)?.focus();
  };
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const name = id.trim();
    if (name === '') return refuse({ field: 'id', text: t('settings.idRequired') });
    if (view.reference.byId[name]) return refuse({ field: 'id', text: t('settings.idTaken') });
    const fields = draftToFields(draft, unit, t);
    if ('field' in fields) return refuse(fields);
    setProblem(null);
    try {
      await storeOverride(view, { id: name, group: 'other', unit, note: note.trim(), ...fields });
      await invalidateStoredData(queryClient);
      setDraft(empty);
      setId('');
      setNote('');
      onStatus({ text: t('settings.added', { id: name }), error: false });
    } catch (error) {
      onStatus({ text: t('settings.invalidFigure', { detail: errorText(error) }), error: true });
    }
  };
  return (
    <form className="figure-form add-figure" onSubmit={(e) => void add(e)} aria-labelledby={`${idBase}-title`} noValidate>
      <h3 id={`${idBase}-title`}>{t('settings.addTitle')}</h3>
      <div className="field">
        <label htmlFor={`${idBase}-id`}>{t('settings.idLabel')}</label>
        <input id={`${idBase}-id`} value={id} {...fieldState(idBase, 'id', problem)} onChange={(e) => setId(e.target.value)} />
        <FieldError idBase={idBase} field="id" problem={problem} />
      </div>
      <div className="field">
        <label htmlFor={`${idBase}-note`}>{t('settings.noteLabel')}</label>
        <input id={`${idBase}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${idBase}-unit`}>{t('settings.unitLabel')}</label>
        <select id={`${idBase}-unit`} value={unit} onChange={(e) => setUnit(e.target.value as FigureUnit)}>
          {(['share', 'count', 'flag'] as const).map((u) => (
            <option key={u} value={u}>
              {t(`settings.unit.${u}`)}
            </option>
          ))}
        </select>
      </div>
      <FigureFields draft={draft} setDraft={setDraft} unit={unit} idBase={idBase} problem={problem} />
      <div className="actions">
        <button type="submit" className="button button--primary">
          {t('settings.add')}
        </button>
      </div>
    </form>
  );
}

/** Every reference figure by group (population collapsed), the reset-all button and the add form. */
function FiguresSection({ view }: { view: ScreenView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status>(null);
  const resetAll = async () => {
    try {
      for (const id of [...view.overrides.map((o) => o.id), ...view.rejectedOverrides]) await deleteReferenceOverride(id);
      await invalidateStoredData(queryClient);
      setStatus({ text: t('settings.figuresReset'), error: false });
    } catch (error) {
      setStatus({ text: t('settings.failed', { detail: errorText(error) }), error: true });
    }
  };
  return (
    <section aria-labelledby="settings-figures-title">
      <h2 id="settings-figures-title">{t('settings.figuresTitle')}</h2>
      <p>{t('settings.figuresIntro')}</p>
      {view.rejectedOverrides.length > 0 ? <p className="error">{t('settings.rejected', { ids: view.rejectedOverrides.join(', ') })}</p> : null}
      <div className="actions">
        <button type="button" className="button" onClick={() => void resetAll()} data-testid="reset-reference-figures">
          {t('settings.resetFigures')}
        </button>
      </div>
      <StatusLine status={status} />
      {GROUPS.map((group) => {
        const figures = view.reference.figures.filter((f) => f.group === group);
        if (figures.length === 0) return null;
        return (
          <details key={group} className="figure-group" open={group !== 'population'}>
            <summary>
              <h3>{t(`settings.group.${group}`)}</h3>
            </summary>
            <div className="table-scroll" role="region" aria-label={t(`settings.group.${group}`)} tabIndex={0}>
              <table className="data-table figures-table">
                <caption className="sr-only">{t(`settings.group.${group}`)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('settings.colFigure')}</th>
                    <th scope="col" className="num">
                      {t('settings.colValue')}
                    </th>
                    <th scope="col">{t('settings.colYear')}</th>
                    <th scope="col">{t('settings.colSource')}</th>
                    <th scope="col">{t('settings.colConfidence')}</th>
                    <th scope="col">{t('settings.colActions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {figures.map((f) => (
                    <FigureRow key={f.id} figure={f} view={view} onStatus={setStatus} />
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        );
      })}
      <AddFigureForm view={view} onStatus={setStatus} />
    </section>
  );
}

/** The `/settings` screen. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const view = useQuery(answerViewQuery);
  return (
    <div className="settings-screen">
      <h1>{t('settings.title')}</h1>
      <p className="lead">{t('settings.intro')}</p>
      {view.error ? (
        <p role="alert" className="error">
          {t('app.error', { detail: errorText(view.error) })}
        </p>
      ) : view.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <>
          <ThresholdsSection current={view.data.thresholds} />
          <FiguresSection view={view.data} />
        </>
      )}
    </div>
  );
}
