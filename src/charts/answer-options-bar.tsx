// The period and age-band choice every data screen shows above its figures, kept in the URL (`van`, `tot`,
// `band`) so that overview, compare, entity, answer, report and deck follow one choice.

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Period } from '../core/model/observation';
import { YOUTH_BANDS } from '../core/read-model/account-figures';
import type { YouthBand } from '../core/read-model/account-figures';
import { periodPresets } from '../core/read-model/periods';
import type { ScreenView } from '../db/answer-repo';
import { formatPeriod } from '../i18n/format';
import { useLanguage } from '../i18n/i18n';
import { useAnswerOptions, withAnswerOptions } from '../lib/answer-query';

/** The options of the figures a screen shows: those of its answer (period null = each account's most recent split). */
export interface ShownOptions {
  period: Period | null;
  youthBand: YouthBand;
}

/**
 * The sentence that says which period and ages the figures are for ("Cijfers voor: 1 jul – 30 sep 2025;
 * leeftijden 13-24."): those of `shown` (the answer on screen, which lags the URL while a newer answer is
 * computed), else the URL's choice.
 */
export function useOptionsSentence(shown?: ShownOptions | null): string {
  const { t } = useTranslation();
  const language = useLanguage();
  const chosen = useAnswerOptions();
  const options = shown ?? chosen;
  return options.period
    ? t('answer.options.showing', { period: formatPeriod(options.period, language, ''), band: options.youthBand })
    : t('answer.options.showingLatest', { band: options.youthBand });
}

/**
 * Two choices in a small form: the period (most recent data per account, everything, last 28 days, last
 * quarter, calendar years, school years, or two dates) and the ages (13-24, 18-24, 13-17). A choice
 * changes the URL (replacing the history entry) and so every figure on the screen; the sentence under it
 * says what the figures on screen are for (`shown`: the options of the screen's answer; they lag the choice
 * while its answer is computed, so the sentence never names figures that are not there yet).
 */
export function AnswerOptionsBar({ view, shown }: { view: Pick<ScreenView, 'span'>; shown?: ShownOptions | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const options = useAnswerOptions();
  const presets = periodPresets(view.span);
  const id = useId();
  const current = options.period ? (presets.find((p) => p.period.start === options.period!.start && p.period.end === options.period!.end)?.id ?? 'custom') : 'latest';
  const [custom, setCustom] = useState<boolean>(current === 'custom');
  const [from, setFrom] = useState(options.period?.start ?? view.span?.start ?? '');
  const [to, setTo] = useState(options.period?.end ?? view.span?.end ?? '');
  const [invalid, setInvalid] = useState(false);
  const sentence = useOptionsSentence(shown);

  const apply = (period: Period | null, youthBand: YouthBand = options.youthBand): void => {
    setParams(withAnswerOptions(params, { period, youthBand }), { replace: true });
  };
  const label = (p: (typeof presets)[number]): string =>
    t(`answer.options.${p.kind}`, { ...p.params, period: formatPeriod(p.period, language, '') });

  return (
    <form
      className="answer-options"
      aria-label={t('answer.options.label')}
      onSubmit={(e) => {
        e.preventDefault();
        const ok = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
        setInvalid(!ok);
        if (ok) apply({ start: from, end: to });
      }}
    >
      <label htmlFor={`${id}-period`}>{t('answer.options.period')}</label>
      <select
        id={`${id}-period`}
        value={custom ? 'custom' : current}
        onChange={(e) => {
          const value = e.target.value;
          if (value === 'custom') {
            setCustom(true);
            return;
          }
          setCustom(false);
          setInvalid(false);
          apply(value === 'latest' ? null : (presets.find((p) => p.id === value)?.period ?? null));
        }}
      >
        <option value="latest">{t('answer.options.latest')}</option>
        {presets.map((p) => (
          <option key={p.id} value={p.id}>
            {label(p)}
          </option>
        ))}
        <option value="custom">{t('answer.options.custom')}</option>
      </select>
      {custom ? (
        <span className="answer-options__dates">
          <label htmlFor={`${id}-from`}>{t('answer.options.from')}</label>
          <input id={`${id}-from`} type="date" value={from} onChange={(e) => setFrom(e.target.value)} aria-invalid={invalid || undefined} aria-describedby={invalid ? `${id}-invalid` : undefined} />
          <label htmlFor={`${id}-to`}>{t('answer.options.to')}</label>
          <input id={`${id}-to`} type="date" value={to} onChange={(e) => setTo(e.target.value)} aria-invalid={invalid || undefined} aria-describedby={invalid ? `${id}-invalid` : undefined} />
          <button type="submit">{t('answer.options.apply')}</button>
        </span>
      ) : null}
      <label htmlFor={`${id}-band`}>{t('answer.options.band')}</label>
      <select id={`${id}-band`} value={options.youthBand} onChange={(e) => apply(options.period, e.target.value as YouthBand)}>
        {YOUTH_BANDS.map((b) => (
          <option key={b} value={b}>
            {t(`answer.options.bands.${b}`)}
          </option>
        ))}
      </select>
      {invalid ? (
        <p id={`${id}-invalid`} className="error" role="alert">
          {t('answer.options.invalid')}
        </p>
      ) : null}
      <p className="answer-options__now" aria-live="polite">
        {sentence}
      </p>
    </form>
  );
}
