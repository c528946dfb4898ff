// The writes of the reference figures (save, restore, add, reset), validated as coded problems, and the refused field of a form.

import type { UseMutationResult } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FigureUnit, ReferenceOverride, SetFigure } from '../../core/reference/reference-figure';
import { referenceSetWith } from '../../core/reference/reference-set';
import type { ScreenView } from '../../db/answer-repo';
import { deleteReferenceOverride, putReferenceOverride } from '../../db/reference-overrides-repo';
import { figureValueFromText } from './figure-input';
import { errorMessage } from '../../core/model/errors';
import { problem, ProblemError } from '../../core/model/problem';
import type { FieldProblem, FigureDraft } from './figure-fields';
import { refusedField } from './settings-failure';

/** Turns a draft into the override fields; throws a `ProblemError` (`figure-value-invalid`, `figure-year-invalid`, `figure-source-required`) naming the refused field. */
export function draftToFields(draft: FigureDraft, unit: FigureUnit): Omit<ReferenceOverride, 'id'> {
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
export async function storeOverride(view: ScreenView, override: ReferenceOverride): Promise<void> {
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
export type FigureWrite =
  | { kind: 'save'; figure: SetFigure; draft: FigureDraft; form: string }
  | { kind: 'restore'; figure: SetFigure }
  | { kind: 'add'; id: string; note: string; unit: FigureUnit; draft: FigureDraft; form: string }
  | { kind: 'reset' };

/** Applies `w` to the stored overrides of `view` (validated first, see {@link FigureWrite}). */
export async function writeFigures(view: ScreenView, w: FigureWrite): Promise<void> {
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

export type FigureWriteMutation = UseMutationResult<void, Error, FigureWrite>;

/** The refused field of the figure form `form` after a failed `write`, or null. */
export function useFormProblem(write: FigureWriteMutation, form: string): FieldProblem | null {
  const { t } = useTranslation();
  const v = write.variables;
  if (write.status !== 'error' || !v || !('form' in v) || v.form !== form) return null;
  const refused = refusedField(t, write.error);
  return refused ? { field: refused.field as FieldProblem['field'], text: refused.text } : null;
}

/** Puts the focus on the field of form `idBase` that `error` refused, if any. */
export function focusRefused(t: TFunction, idBase: string, error: Error): void {
  const field = refusedField(t, error)?.field;
  if (field) document.getElementById(`${idBase}-${field}`)?.focus();
}
