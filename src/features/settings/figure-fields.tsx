// The fields of a reference figure being edited or added, each refused field marked and described by its reason.

import { useTranslation } from 'react-i18next';
import type { Confidence, FigureUnit } from '../../core/reference/reference-figure';

export const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];

export interface FigureDraft {
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
export function fieldState(idBase: string, field: FieldProblem['field'], problem: FieldProblem | null, hintId?: string) {
  const bad = problem?.field === field;
  const ids = [bad ? `${idBase}-${field}-error` : null, hintId ?? null].filter((x): x is string => x !== null);
  return { 'aria-invalid': bad ? true : undefined, 'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined };
}

/** The message under a refused field (its id is the target of the field's aria-describedby), or nothing. */
export function FieldError({ idBase, field, problem }: { idBase: string; field: FieldProblem['field']; problem: FieldProblem | null }) {
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
export function FigureFields({ draft, setDraft, unit, idBase, problem = null }: { draft: FigureDraft; setDraft: (d: FigureDraft) => void; unit: FigureUnit; idBase: string; problem?: FieldProblem | null }) {
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
