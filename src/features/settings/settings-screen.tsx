// The settings screen "Instellingen": the answer's thresholds and every reference figure with its source, editable, with a one-click reset to defaults (docs/method.md#thresholds, docs/reference-figures.md).

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UseMutationResult } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Confidence, FigureGroup, FigureUnit, ReferenceOverride, SetFigure } from '../../core/reference/reference-figure';
import { referenceSetWith } from '../../core/reference/reference-set';
import { DEFAULT_THRESHOLDS, THRESHOLD_SOURCES, validateThresholds } from '../../core/reference/thresholds';
import type { Thresholds } from '../../core/reference/thresholds';
import type { AnswerView } from '../../db/answer-repo';
import { deleteReferenceOverride, putReferenceOverride } from '../../db/reference-overrides-repo';
import { deleteSetting, putSetting, THRESHOLDS_SETTING_KEY } from '../../db/settings-repo';
import { formatCount, formatPercent, INTL_LOCALE } from '../../i18n/format';
import type { Language } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { figureNoteText, figureSourceText } from '../../i18n/reference-text';
import { invalidateStoredData } from '../../lib/query-keys';
import { figureValueFromText, figureValueToText, parseTypedNumber } from './figure-input';
import { answerViewQuery } from '../../lib/queries';
import './settings.css';
import { WithDutchParts } from '../../i18n/dutch-text';
import { errorMessage } from '../../core/model/errors';
import { problem, ProblemError, problemOfError } from '../../core/model/problem';
import { describeSettingProblem } from '../../i18n/problem';
import { MutationOutcome } from '../../lib/outcome';

const THRESHOLD_KEYS = Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[];
/** Thresholds that are shares 0..1, typed as percentages. */
const PERCENT_THRESHOLDS: ReadonlySet<keyof Thresholds> = new Set(['relevantPlatformWeeklyUse', 'concentrationShare', 'minYouthCoverage']);
const GROUPS: readonly FigureGroup[] = ['platform-use', 'platform-youth-share', 'youth-relevance', 'population', 'other'];
const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];

/**
 * The status line's sentence for a failed settings write: a refused value (a `ProblemError`) in words
 * (`describeSettingProblem`), anything else (storage) as `Bewaren mislukt: <message>`.
 */
function failureText(t: TFunction, error: unknown): string {
  const p = problemOfError(error);
  return p ? describeSettingProblem(t, p).sentence : t('settings.failed', { detail: errorMessage(error) });
}

/** The refused field of a failed write and the reason to show under it, or null. */
function refusedField(t: TFunction, error: unknown): { field: string; otherField: string | null; text: string } | null {
  const p = problemOfError(error);
  if (!p || p.params.field === undefined) return null;
  return { field: String(p.params.field), otherField: p.params.otherField === undefined ? null : String(p.params.otherField), text: describeSettingProblem(t, p).reason };
}

function thresholdText(key: keyof Thresholds, value: number, language: Language): string {
  return figureValueToText(value, PERCENT_THRESHOLDS.has(key) ? 'share' : 'count', INTL_LOCALE[language]);
}

/** A write of the thresholds: save the typed texts (parsed and validated first) or restore the defaults. */
type ThresholdsWrite = { kind: 'save'; texts: Record<string, string> } | { kind: 'reset' };

/**
 * The thresholds typed in `texts` (percentages for shares). Throws a `ProblemError`: `threshold-not-number`
 * for a text that is no number, else the first of `thresholdProblems` (`validateThresholds`).
 */
function thresholdsFromTexts(texts: Record<string, string>): Thresholds {
  const next = { ...DEFAULT_THRESHOLDS } as Thresholds;
  for (const k of THRESHOLD_KEYS) {
    const v = PERCENT_THRESHOLDS.has(k) ? figureValueFromText(texts[k] ?? '', 'share') : parseTypedNumber(texts[k] ?? '');
    if (v === null || Number.isNaN(v)) throw new ProblemError(problem('threshold-not-number', `threshold ${k}: "${texts[k] ?? ''}" is not a number`, { key: k, field: k }));
    next[k] = v;
  }
  return validateThresholds(next);
}

/** The thresholds form: one number field per threshold with its default and source; save (validated) and restore defaults. */
function ThresholdsForm({ current, write }: { current: Thresholds; write: UseMutationResult<void, Error, ThresholdsWrite> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [texts, setTexts] = useState<Record<string, string>>(() => Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, thresholdText(k, current[k], language)])));
  const idBase = useId();
  // The fields the last save refused, each with its message (shown under the field, tied to it with
  // aria-describedby, and the field marked aria-invalid); cleared by the next save.
  const refused = write.status === 'error' ? refusedField(t, write.error) : null;
  const invalid: Partial<Record<string, string>> = refused ? { [refused.field]: refused.text, ...(refused.otherField ? { [refused.otherField]: refused.text } : {}) } : {};
  const focusRefused = (error: Error) => {
    const field = refusedField(t, error)?.field;
    if (field) document.getElementById(`${idBase}-${field}`)?.focus();
  };

  const save = (e: FormEvent) => {
    e.preventDefault();
    write.mutate({ kind: 'save', texts }, { onError: focusRefused });
  };

  const reset = () => {
    write.mutate({ kind: 'reset' }, { onSuccess: () => setTexts(Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, thresholdText(k, DEFAULT_THRESHOLDS[k], language)]))) });
  };

  return (
    <form className="thresholds-form" onSubmit={save} noValidate>
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
        <button type="button" className="button" onClick={reset}>
          {t('settings.resetThresholds')}
        </button>
      </div>
    </form>
  );
}

/** The thresholds section: the form (re-created when the stored thresholds change) and its status line, which survives that. */
function ThresholdsSection({ current }: { current: Thresholds }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const write = useMutation({
    mutationFn: async (w: ThresholdsWrite) => {
      if (w.kind === 'reset') await deleteSetting(THRESHOLDS_SETTING_KEY);
      else await putSetting(THRESHOLDS_SETTING_KEY, thresholdsFromTexts(w.texts));
      await invalidateStoredData(queryClient);
    },
  });
  return (
    <section aria-labelledby="settings-thresholds-title">
      <h2 id="settings-thresholds-title">{t('settings.thresholdsTitle')}</h2>
      <p>{t('settings.thresholdsIntro')}</p>
      <ThresholdsForm key={JSON.stringify(current)} current={current} write={write} />
      <MutationOutcome
        mutation={write}
        live
        className="hint settings-status"
        done={(_, w) => t(w.kind === 'reset' ? 'settings.thresholdsReset' : 'settings.thresholdsSaved')}
        failed={(error) => failureText(t, error)}
      />
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

/** Turns a draft into the override fields; throws a `ProblemError` (`figure-value-invalid`, `figure-year-invalid`, `figure-source-required`) naming the refused field. */
function draftToFields(draft: FigureDraft, unit: FigureUnit): Omit<ReferenceOverride, 'id'> {
  const value = figureValueFromText(draft.value, unit);
  if (value !== null && Number.isNaN(value)) throw new ProblemError(problem('figure-value-invalid', `"${draft.value}" is not a number`, { field: 'value' }));
  const yearText = draft.year.trim();
  const year = yearText === '' ? null : Number(yearText);
  if (year !== null && !Number.isInteger(year)) throw new ProblemError(problem('figure-year-invalid', `"${draft.year}" is not a year`, { field: 'year' }));
  if (draft.sourceText.trim() === '') throw new ProblemError(problem('figure-source-required', 'a figure needs a source', { field: 'source' }));
  return { value, year, source: { text: draft.sourceText.trim(), url: draft.sourceUrl.trim() || null }, confidence: draft.confidence };
}

/**
 * Stores `override` after checking it against the other overrides: `referenceSetWith` refusing it (a share
 * outside 0..1 …) throws a `ProblemError` `figure-invalid` with its reason in `params.detail`.
 */
async function storeOverride(view: AnswerView, override: ReferenceOverride): Promise<void> {
  try {
    referenceSetWith([...view.overrides.filter((o) => o.id !== override.id), override]);
  } catch (error) {
    throw new ProblemError(problem('figure-invalid', errorMessage(error), { detail: errorMessage(error) }));
  }
  const { id, ...value } = override;
  await putReferenceOverride(id, value);
}

/**
 * A write of the reference figures, from one of the forms (`form`: its id base, to mark its refused field):
 * save an edited figure, restore one to its default, add one, or reset them all.
 */
type FigureWrite =
  | { kind: 'save'; figure: SetFigure; draft: FigureDraft; form: string }
  | { kind: 'restore'; figure: SetFigure }
  | { kind: 'add'; id: string; note: string; unit: FigureUnit; draft: FigureDraft; form: string }
  | { kind: 'reset' };

/** Applies `w` to the stored overrides of `view` (validated first, see {@link FigureWrite}). */
async function writeFigures(view: AnswerView, w: FigureWrite): Promise<void> {
  switch (w.kind) {
    case 'save': {
      const fields = draftToFields(w.draft, w.figure.unit);
      const f = w.figure;
      await storeOverride(view, f.origin === 'added' ? { id: f.id, group: f.group, unit: f.unit, note: f.note, ...fields } : { id: f.id, ...fields });
      return;
    }
    case 'restore':
      await deleteReferenceOverride(w.figure.id);
      return;
    case 'add': {
      const name = w.id.trim();
      if (name === '') throw new ProblemError(problem('figure-id-required', 'a figure needs a name', { field: 'id' }));
      if (view.reference.byId[name]) throw new ProblemError(problem('figure-id-taken', `a figure named ${name} exists`, { field: 'id' }));
      await storeOverride(view, { id: name, group: 'other', unit: w.unit, note: w.note.trim(), ...draftToFields(w.draft, w.unit) });
      return;
    }
    case 'reset':
      for (const id of [...view.overrides.map((o) => o.id), ...view.rejectedOverrides]) await deleteReferenceOverride(id);
  }
}

/** The refused field of the figure form `form` after a failed `write`, or null. */
function useFormProblem(write: FigureWriteMutation, form: string): FieldProblem | null {
  const { t } = useTranslation();
  const v = write.variables;
  if (write.status !== 'error' || !v || !('form' in v) || v.form !== form) return null;
  const refused = refusedField(t, write.error);
  return refused ? { field: refused.field as FieldProblem['field'], text: refused.text } : null;
}

/** Puts the focus on the field of form `idBase` that `error` refused, if any. */
function focusRefused(t: TFunction, idBase: string, error: Error): void {
  const field = refusedField(t, error)?.field;
  if (field) document.getElementById(`${idBase}-${field}`)?.focus();
}

type FigureWriteMutation = UseMutationResult<void, Error, FigureWrite>;

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
function FigureRow({ figure, write }: { figure: SetFigure; write: FigureWriteMutation }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const idBase = useId();
  const [draft, setDraft] = useState<FigureDraft | null>(null);
  const problem = useFormProblem(write, idBase);
  const name = figureName(figure, t);
  const startEdit = () =>
    setDraft({
      value: figureValueToText(figure.value, figure.unit, INTL_LOCALE[language]),
      year: figure.year === null ? '' : String(figure.year),
      sourceText: figure.source.text,
      sourceUrl: figure.source.url ?? '',
      confidence: figure.confidence,
    });
  const save = (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    write.mutate({ kind: 'save', figure, draft, form: idBase }, { onSuccess: () => setDraft(null), onError: (error) => focusRefused(t, idBase, error) });
  };
  const restore = () => write.mutate({ kind: 'restore', figure });
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
              <button type="button" className="button" aria-label={t('settings.restoreLabel', { figure: name })} onClick={restore}>
                {t('settings.restore')}
              </button>
            ) : null}
          </div>
        </td>
      </tr>
      {draft ? (
        <tr className="figure-edit">
          <td colSpan={6}>
            <form onSubmit={save} aria-label={t('settings.editLabel', { figure: name })} className="figure-form" noValidate>
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
function AddFigureForm({ write }: { write: FigureWriteMutation }) {
  const { t } = useTranslation();
  const idBase = useId();
  const empty: FigureDraft = { value: '', year: '', sourceText: '', sourceUrl: '', confidence: 'medium' };
  const [draft, setDraft] = useState<FigureDraft>(empty);
  const [id, setId] = useState('');
  const [note, setNote] = useState('');
  const [unit, setUnit] = useState<FigureUnit>('share');
  const problem = useFormProblem(write, idBase);
  const add = (e: FormEvent) => {
    e.preventDefault();
    write.mutate(
      { kind: 'add', id, note, unit, draft, form: idBase },
      {
        onSuccess: () => {
          setDraft(empty);
          setId('');
          setNote('');
        },
        onError: (error) => focusRefused(t, idBase, error),
      },
    );
  };
  return (
    <form className="figure-form add-figure" onSubmit={add} aria-labelledby={`${idBase}-title`} noValidate>
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
function FiguresSection({ view }: { view: AnswerView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const write = useMutation({
    mutationFn: async (w: FigureWrite) => {
      await writeFigures(view, w);
      await invalidateStoredData(queryClient);
    },
  });
  const doneText = (w: FigureWrite): string => {
    switch (w.kind) {
      case 'save':
        return t('settings.saved', { id: figureName(w.figure, t) });
      case 'restore':
        return t('settings.restored', { id: figureName(w.figure, t) });
      case 'add':
        return t('settings.added', { id: w.id.trim() });
      case 'reset':
        return t('settings.figuresReset');
    }
  };
  return (
    <section aria-labelledby="settings-figures-title">
      <h2 id="settings-figures-title">{t('settings.figuresTitle')}</h2>
      <p>{t('settings.figuresIntro')}</p>
      {view.rejectedOverrides.length > 0 ? <p className="error">{t('settings.rejected', { ids: view.rejectedOverrides.join(', ') })}</p> : null}
      <div className="actions">
        <button type="button" className="button" onClick={() => write.mutate({ kind: 'reset' })} data-testid="reset-reference-figures">
          {t('settings.resetFigures')}
        </button>
      </div>
      <MutationOutcome mutation={write} live className="hint settings-status" done={(_, w) => doneText(w)} failed={(error) => failureText(t, error)} />
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
                    <FigureRow key={f.id} figure={f} write={write} />
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        );
      })}
      <AddFigureForm write={write} />
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
          {t('app.error', { detail: errorMessage(view.error) })}
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
