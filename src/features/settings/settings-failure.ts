// What a failed settings write says: the status line's sentence and the refused field with its reason.

import type { TFunction } from 'i18next';
import { errorMessage } from '../../core/model/errors';
import { problemOfError } from '../../core/model/problem';
import { describeSettingProblem } from '../../i18n/problem';

/**
 * The status line's sentence for a failed settings write: a refused value (a `ProblemError`) in words
 * (`describeSettingProblem`), anything else (storage) as `Bewaren mislukt: <message>`.
 */
export function failureText(t: TFunction, error: unknown): string {
  const p = problemOfError(error);
  return p ? describeSettingProblem(t, p).sentence : t('settings.failed', { detail: errorMessage(error) });
}

/** The refused field of a failed write and the reason to show under it, or null. */
export function refusedField(t: TFunction, error: unknown): { field: string; otherField: string | null; text: string } | null {
  const p = problemOfError(error);
  if (!p || p.params.field === undefined) return null;
  return { field: String(p.params.field), otherField: p.params.otherField === undefined ? null : String(p.params.otherField), text: describeSettingProblem(t, p).reason };
}
