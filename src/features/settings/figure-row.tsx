// One reference figure in the settings table: value, year, source, confidence, with its edit form and restore button.

import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FigureUnit, SetFigure } from '../../core/reference/reference-figure';
import { formatCount, formatPercent, INTL_LOCALE } from '../../i18n/format';
import type { Language } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { figureNoteText, figureSourceText } from '../../i18n/reference-text';
import { figureValueToText } from './figure-input';
import { WithDutchParts } from '../../i18n/dutch-text';
import { FigureFields } from './figure-fields';
import type { FigureDraft } from './figure-fields';
import { focusRefused, useFormProblem } from './figure-writes';
import type { FigureWriteMutation } from './figure-writes';

/** A figure's value as shown: a share with two decimals, a count grouped, a flag ja/nee, or `onbekend` (never 0). */
export function figureText(value: number | null, unit: FigureUnit, language: Language, t: (k: string) => string): string {
  if (value === null) return t('settings.unknown');
  if (unit === 'share') return formatPercent(value, language, 2);
  if (unit === 'flag') return value === 1 ? t('answer.trace.yes') : t('answer.trace.no');
  return formatCount(value, language);
}

/**
 * A figure's name in words for its buttons and messages: its note in the interface language up to the
 * first working-out (` (`, ` = `, `: `), e.g. `aandeel 16-24-jarige Belgen dat Instagram dagelijks gebruikt`;
 * the id only when the figure has no note.
 */
export function figureName(figure: SetFigure, t: TFunction): string {
  const note = figureNoteText(figure, t).split(/ \(| = |: /)[0]?.trim();
  return note ? note : figure.id;
}

/** One figure row with its edit form below when editing. */
export function FigureRow({ figure, write }: { figure: SetFigure; write: FigureWriteMutation }) {
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
