// The settings screen's thresholds: one field per threshold with its default and source, saved (validated) or reset to the defaults.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UseMutationResult } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_THRESHOLDS, THRESHOLD_SOURCES, validateThresholds } from '../../core/reference/thresholds';
import type { Thresholds } from '../../core/reference/thresholds';
import { deleteSetting, putSetting, THRESHOLDS_SETTING_KEY } from '../../db/settings-repo';
import { INTL_LOCALE } from '../../i18n/format';
import type { Language } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { invalidateStoredData } from '../../lib/query-keys';
import { figureValueFromText, figureValueToText, parseTypedNumber } from './figure-input';
import { problem, ProblemError } from '../../core/model/problem';
import { MutationOutcome } from '../../lib/outcome';
import { failureText, refusedField } from './settings-failure';

export const THRESHOLD_KEYS = Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[];

/** Thresholds that are shares 0..1, typed as percentages. */
export const PERCENT_THRESHOLDS: ReadonlySet<keyof Thresholds> = new Set(['relevantPlatformWeeklyUse', 'concentrationShare', 'minYouthCoverage']);

export function thresholdText(key: keyof Thresholds, value: number, language: Language): string {
  return figureValueToText(value, PERCENT_THRESHOLDS.has(key) ? 'share' : 'count', INTL_LOCALE[language]);
}

/** A write of the thresholds: save the typed texts (parsed and validated first) or restore the defaults. */
export type ThresholdsWrite = { kind: 'save'; texts: Record<string, string> } | { kind: 'reset' };

/**
 * The thresholds typed in `texts` (percentages for shares). Throws a `ProblemError`: `threshold-not-number`
 * for a text that is no number, else the first of `thresholdProblems` (`validateThresholds`).
 */
export function thresholdsFromTexts(texts: Record<string, string>): Thresholds {
  const next = { ...DEFAULT_THRESHOLDS } as Thresholds;
  for (const k of THRESHOLD_KEYS) {
    const v = PERCENT_THRESHOLDS.has(k) ? figureValueFromText(texts[k] ?? '', 'share') : parseTypedNumber(texts[k] ?? '');
    if (v === null || Number.isNaN(v)) throw new ProblemError(problem('threshold-not-number', `threshold ${k}: "${texts[k] ?? ''}" is not a number`, { key: k, field: k }));
    next[k] = v;
  }
  return validateThresholds(next);
}

/** The thresholds form: one number field per threshold with its default and source; save (validated) and restore defaults. */
export function ThresholdsForm({ current, write }: { current: Thresholds; write: UseMutationResult<void, Error, ThresholdsWrite> }) {
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
export function ThresholdsSection({ current }: { current: Thresholds }) {
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
