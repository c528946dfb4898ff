// The mapping dialog's editor: a select for every part of the mapping, the live preview, apply and save as a format.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIENCE_TEMPLATE_BASES } from '../../core/formats/audience-template';
import type { CsvInspection, GenericCsvMapping } from '../../core/formats/generic-csv';
import type { Metric } from '../../core/model/observation';
import type { Platform } from '../../core/model/platform';
import { putSavedFormat } from '../../db/saved-formats-repo';
import { formatAgeFloor, formatCount, formatPercent, formatPeriod } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { describeProblem, problemDetail } from '../../i18n/problem';
import { useImportClient } from '../../lib/import-client-context';
import { PlatformOptions } from '../../lib/platform-options';
import type { FilePreview, MappingTrial } from '../../workers/import-client';
import { savedFormatsQuery } from '../../lib/queries';
import { METRICS, initialForm, mappingOf } from './mapping-form';
import type { MappingForm } from './mapping-form';
import { ColumnHeads } from '../../lib/column-heads';
import { MutationOutcome } from '../../lib/outcome';
import { errorMessage } from '../../core/model/errors';
import { problemOfError, ProblemError } from '../../core/model/problem';

/** The dialog's form, live preview, apply and save, once the file has been inspected. */
export function MappingEditor({
  idBase: id,
  inspection,
  preview,
  onApplied,
}: {
  idBase: string;
  inspection: CsvInspection;
  preview: FilePreview;
  onApplied: (p: FilePreview) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useImportClient();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<MappingForm>(() => initialForm(inspection, preview.fileName));
  const [tried, setTried] = useState<{ key: string; trial: MappingTrial } | null>(null);

  const mapping = useMemo(() => mappingOf(form, inspection), [form, inspection]);
  const mappingKey = mapping ? JSON.stringify(mapping) : '';
  const trial = tried !== null && tried.key === mappingKey ? tried.trial : null;

  useEffect(() => {
    if (mappingKey === '') return;
    let live = true;
    const tryThis = JSON.parse(mappingKey) as GenericCsvMapping;
    const timer = setTimeout(() => {
      void client.tryMapping(preview.key, tryThis).then((r) => {
        if (live) setTried({ key: mappingKey, trial: r });
      });
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [mappingKey, client, preview.key]);

  const set = <K extends keyof MappingForm>(key: K, value: MappingForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const columnOptions = inspection.columns.map((c) => (
    <option key={c.index} value={String(c.index)}>
      {c.header || `#${String(c.index + 1)}`}
    </option>
  ));
  /** A labelled select of the file's columns for `key`, with `none` as the empty choice. */
  const columnSelect = (key: 'dateColumn' | 'metricColumn' | 'valueColumn', label: string, none: string) => (
    <label>
      {label}
      <select value={form[key]} onChange={(e) => set(key, e.currentTarget.value)}>
        <option value="">{none}</option>
        {columnOptions}
      </select>
    </label>
  );
  const hasBand = form.ageBandColumn !== '';

  /** Re-reads the file with the mapping; a refusal throws its {@link ProblemError} (shown translated). */
  const apply = useMutation({
    mutationFn: async (m: GenericCsvMapping) => {
      const next = await client.reparse(preview.key, { mapping: m });
      if (next.status === 'error' && next.problem) throw new ProblemError(next.problem);
      return next;
    },
    onSuccess: onApplied,
  });
  /** Saves the mapping under `name` as a generic CSV format the import offers for files nothing else reads. */
  const save = useMutation({
    mutationFn: async ({ name, m }: { name: string; m: GenericCsvMapping }) => {
      await putSavedFormat({ name, mapping: { ...m, name } });
      await queryClient.invalidateQueries({ queryKey: savedFormatsQuery.queryKey });
    },
  });
  const busy = apply.isPending || save.isPending;
  const applyFailed = (error: Error): string => {
    const p = problemOfError(error);
    return p ? describeProblem(t, preview.fileName, p) : t('app.error', { detail: errorMessage(error) });
  };

  return (
    <>

      <div className="table-scroll">
        <table className="data-table mapping-columns">
          <caption>{t('mapping.columns')}</caption>
          <ColumnHeads columns={[t('mapping.colHeader'), t('mapping.colSamples')]} />
          <tbody>
            {inspection.columns.map((c) => (
              <tr key={c.index}>
                <th scope="row">{c.header || `#${String(c.index + 1)}`}</th>
                <td>{c.samples.join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mapping-grid">
        {columnSelect('dateColumn', t('mapping.dateColumn'), t('mapping.noDate'))}
        {form.dateColumn !== '' ? (
          <label>
            {t('mapping.dateOrder')}
            <select value={form.dateFormat} onChange={(e) => set('dateFormat', e.currentTarget.value as MappingForm['dateFormat'])}>
              <option value="auto">{t('mapping.dateAuto')}</option>
              <option value="iso">{t('mapping.dateIso')}</option>
              <option value="dmy">{t('mapping.dateDmy')}</option>
              <option value="mdy">{t('mapping.dateMdy')}</option>
            </select>
          </label>
        ) : (
          <>
            <label>
              {t('mapping.periodStart')}
              <input type="date" value={form.periodStart} onChange={(e) => set('periodStart', e.currentTarget.value)} />
            </label>
            <label>
              {t('mapping.periodEnd')}
              <input type="date" value={form.periodEnd} onChange={(e) => set('periodEnd', e.currentTarget.value)} />
            </label>
          </>
        )}
        <label>
          {t('mapping.ageBandColumn')}
          <select
            value={form.ageBandColumn}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setForm((f) => (f ? { ...f, ageBandColumn: v, valueKind: v === '' ? 'count' : f.valueKind === 'count' ? 'percent' : f.valueKind } : f));
            }}
          >
            <option value="">{t('mapping.noAgeBand')}</option>
            {columnOptions}
          </select>
        </label>
        {hasBand ? (
          <label>
            {t('mapping.basis')}
            <select value={form.basis} onChange={(e) => set('basis', e.currentTarget.value as MappingForm['basis'])}>
              {AUDIENCE_TEMPLATE_BASES.map((b) => (
                <option key={b} value={b}>
                  {t(`basis.${b}`)}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <>
            <fieldset className="inline-choice">
              <legend>{t('mapping.metricMode')}</legend>
              <label>
                <input type="radio" name={`${id}-metric-mode`} checked={form.metricMode === 'fixed'} onChange={() => set('metricMode', 'fixed')} />
                {t('mapping.metricFixed')}
              </label>
              <label>
                <input type="radio" name={`${id}-metric-mode`} checked={form.metricMode === 'column'} onChange={() => set('metricMode', 'column')} />
                {t('mapping.metricColumn')}
              </label>
            </fieldset>
            {form.metricMode === 'fixed' ? (
              <label>
                {t('mapping.metric')}
                <select value={form.metric} onChange={(e) => set('metric', e.currentTarget.value as Metric)}>
                  {METRICS.map((m) => (
                    <option key={m} value={m}>
                      {t(`audience.metric.${m}`)}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              columnSelect('metricColumn', t('mapping.metricColumnLabel'), t('mapping.chooseColumn'))
            )}
          </>
        )}
        {columnSelect('valueColumn', t('mapping.valueColumn'), t('mapping.chooseColumn'))}
        <label>
          {t('mapping.valueKind')}
          <select value={form.valueKind} onChange={(e) => set('valueKind', e.currentTarget.value as MappingForm['valueKind'])}>
            <option value="count" disabled={hasBand}>
              {t('mapping.valueCount')}
            </option>
            <option value="percent" disabled={!hasBand}>
              {t('mapping.valuePercent')}
            </option>
            <option value="fraction" disabled={!hasBand}>
              {t('mapping.valueFraction')}
            </option>
          </select>
        </label>
        <label>
          {t('mapping.platform')}
          <select value={form.platform} required onChange={(e) => set('platform', e.currentTarget.value as Platform | '')}>
            <PlatformOptions placeholder={t('import.choosePlatform')} />
          </select>
        </label>
      </div>

      <section className="mapping-preview" aria-labelledby={`${id}-preview`} aria-live="polite">
        <h3 id={`${id}-preview`}>{t('mapping.preview')}</h3>
        {!mapping ? <p className="hint">{t('mapping.previewPending')}</p> : null}
        {mapping && trial?.status === 'error' ? (
          <div className="error">
            <p>{describeProblem(t, preview.fileName, trial.problem)}</p>
            <details>
              <summary>{t('import.technicalDetails')}</summary>
              <p>{problemDetail(preview.fileName, trial.problem)}</p>
            </details>
          </div>
        ) : null}
        {mapping && trial?.status === 'ok' ? (
          <>
            <p data-testid="mapping-preview-summary">
              {t('mapping.previewCount', { count: trial.summary.observationCount })}{' '}
              {trial.summary.youthShare !== null && trial.summary.youthAgeFloor !== null
                ? t('mapping.previewYouth', {
                    share: formatPercent(trial.summary.youthShare, language),
                    floor: formatAgeFloor(trial.summary.youthAgeFloor),
                  })
                : t('mapping.previewNoAge')}
            </p>
            <table className="data-table">
              <ColumnHeads columns={[t('mapping.previewColMetric'), t('mapping.previewColPeriod'), t('mapping.previewColBand'), { label: t('mapping.previewColValue'), num: true }]} />
              <tbody>
                {trial.sample.map((o, i) => (
                  <tr key={i}>
                    <td>{t(`audience.metric.${o.metric}`)}</td>
                    <td>{formatPeriod(o.period, language, '—')}</td>
                    <td>{o.ageBand ?? '—'}</td>
                    <td className="num">{o.unit === 'share' ? formatPercent(o.value, language) : formatCount(o.value, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : null}
      </section>

      <MutationOutcome mutation={apply} done={() => null} failed={applyFailed} />
      <div className="actions">
        <button type="button" className="button button--primary" disabled={!mapping || trial?.status !== 'ok' || busy} onClick={() => mapping && apply.mutate(mapping)}>
          {t('mapping.apply')}
        </button>
      </div>
      <div className="mapping-save">
        <label>
          {t('mapping.saveName')}
          <input type="text" value={form.name} onChange={(e) => set('name', e.currentTarget.value)} />
        </label>
        <button type="button" className="button" disabled={!mapping || trial?.status !== 'ok' || busy || form.name.trim() === ''} onClick={() => mapping && save.mutate({ name: form.name.trim(), m: mapping })}>
          {t('mapping.save')}
        </button>
        <MutationOutcome mutation={save} done={(_, v) => t('mapping.saved', { name: v.name })} />
      </div>
    </>
  );
}
