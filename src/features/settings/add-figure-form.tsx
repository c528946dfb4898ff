// The form that adds a reference figure of the user's own.

import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureUnit } from '../../core/reference/reference-figure';
import { FieldError, fieldState, FigureFields } from './figure-fields';
import type { FigureDraft } from './figure-fields';
import { focusRefused, useFormProblem } from './figure-writes';
import type { FigureWriteMutation } from './figure-writes';

/** The form that adds a new figure (name, what it is, unit, value, year, source, confidence). */
export function AddFigureForm({ write }: { write: FigureWriteMutation }) {
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
