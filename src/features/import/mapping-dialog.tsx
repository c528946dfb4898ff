// The "Kolommen koppelen" dialog: map the columns of a file no format recognised (date, metric, age band,
// value), see a live preview of what the mapping reads, apply it to the preview card, or save it by name.

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIENCE_TEMPLATE_BASES } from '../../core/formats/audience-template';
import type { ColumnRef, CsvInspection, GenericCsvMapping } from '../../core/formats/generic-csv';
import { METRIC_KIND } from '../../core/model/observation';
import type { Basis, Metric } from '../../core/model/observation';
import { PLATFORM_LABELS, PLATFORMS } from '../../core/model/platform';
import type { Platform } from '../../core/model/platform';
import { putSavedFormat } from '../../db/saved-formats-repo';
import { formatAgeFloor, formatCount, formatPercent, formatPeriod } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { describeProblem, problemDetail } from '../../i18n/problem';
import { useImportClient } from '../../lib/import-client-context';
import type { FilePreview, MappingTrial } from '../../workers/import-client';
import { inspectQuery, savedFormatsQuery } from '../../lib/queries';

const METRICS = Object.keys(METRIC_KIND) as Metric[];

/** The dialog's form state; column indexes as strings ('' = not chosen). */
interface MappingForm {
  headerRow: number;
  dateColumn: string;
  dateFormat: 'iso' | 'mdy' | 'dmy' | 'auto';
  periodStart: string;
  periodEnd: string;
  metricMode: 'fixed' | 'column';
  metric: Metric;
  metricColumn: string;
  ageBandColumn: string;
  valueColumn: string;
  valueKind: 'percent' | 'fraction' | 'count';
  platform: Platform | '';
  basis: Basis & Metric;
  name: string;
}

/** First guesses from the inspected columns: the first date, age-band and number columns. */
function initialForm(inspection: CsvInspection, fileName: string): MappingForm {
  const cols = inspection.columns;
  const date = cols.find((c) => c.kind === 'date');
  const band = cols.find((c) => c.kind === 'age-band');
  const value = cols.find((c) => c.kind === 'number' && c !== date);
  return {
    headerRow: inspection.headerRow,
    dateColumn: date ? String(date.index) : '',
    dateFormat: 'auto',
    periodStart: '',
    periodEnd: '',
    metricMode: 'fixed',
    metric: 'views',
    metricColumn: '',
    ageBandColumn: band ? String(band.index) : '',
    valueColumn: value ? String(value.index) : '',
    valueKind: band ? 'percent' : 'count',
    platform: '',
    basis: 'views',
    name: fileName.replace(/\.[^.]+$/, ''),
  };
}

/** A column by its header when that header is unique and not blank (survives re-ordered exports), else by index. */
function columnRef(inspection: CsvInspection, index: number): ColumnRef {
  const header = inspection.columns[index]?.header ?? '';
  const same = inspection.columns.filter((c) => c.header.trim().toLowerCase() === header.trim().toLowerCase());
  return header.trim() !== '' && same.length === 1 ? { header } : { index };
}

/**
 * The mapping the form describes, or null while something required is missing (value column, platform,
 * a date column or a whole fixed period, the metric column in column mode).
 */
export function mappingOf(form: MappingForm, inspection: CsvInspection): GenericCsvMapping | null {
  if (form.valueColumn === '' || form.platform === '') return null;
  if (form.dateColumn === '' && (form.periodStart === '' || form.periodEnd === '')) return null;
  if (form.metricMode === 'column' && form.metricColumn === '') return null;
  const hasBand = form.ageBandColumn !== '';
  const metric = hasBand ? form.basis : form.metric;
  return {
    name: form.name.trim() || 'CSV',
    headerRow: form.headerRow,
    date: form.dateColumn === '' ? null : { column: columnRef(inspection, Number(form.dateColumn)), format: form.dateFormat },
    ...(form.dateColumn === '' ? { period: { start: form.periodStart, end: form.periodEnd } } : {}),
    metric: form.metricMode === 'column' && !hasBand ? { column: columnRef(inspection, Number(form.metricColumn)) } : { fixed: metric },
    ageBand: hasBand ? columnRef(inspection, Number(form.ageBandColumn)) : null,
    value: columnRef(inspection, Number(form.valueColumn)),
    platform: form.platform,
    basis: hasBand ? form.basis : null,
    valueKind: hasBand ? form.valueKind : 'count',
  };
}

/** Keeps Tab and Shift+Tab inside `container` (the dialog is modal). */
function trapTab(e: KeyboardEvent<HTMLElement>, container: HTMLElement | null): void {
  if (e.key !== 'Tab' || !container) return;
  const focusable = Array.from(
    container.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])'),
  ).filter((el) => !el.hasAttribute('disabled'));
  if (focusable.length === 0) return;
  const first = focusable[0]!;
  const last = focusable[focusable.length - 1]!;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

/**
 * A modal dialog (`role="dialog"`, focus kept inside, Escape closes, focus returns to the opener) over the
 * previewed file `preview` (status `error`, code `unknown-format`): its columns with sample values
 * (`inspect`), selects for every part of a {@link GenericCsvMapping}, a live preview (`tryMapping`: the
 * first observations and the youth share), **Toepassen** (the worker re-reads the file with the mapping;
 * `onApplied` gets the new preview) and **Opslaan als formaat** (stored by name in `savedFormats`).
 * Cell text from the file is rendered as text only.
 */
export function MappingDialog({ preview, onClose, onApplied }: { preview: FilePreview; onClose: () => void; onApplied: (p: FilePreview) => void }) {
  const { t } = useTranslation();
  const client = useImportClient();
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const dialogRef = useRef<HTMLDivElement>(null);
  const inspected = useQuery(inspectQuery(client, preview.key));
  const inspection = inspected.data?.status === 'ok' ? inspected.data.inspection : null;

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialogRef.current?.focus();
    return () => opener?.focus();
  }, []);

  const titleId = `${id}-title`;
  return (
    <div className="dialog-backdrop">
      <div
        ref={dialogRef}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          } else trapTab(e, dialogRef.current);
        }}
      >
        <h2 id={titleId}>{t('mapping.title', { file: preview.fileName })}</h2>
        <p className="hint">{t('mapping.intro')}</p>
        {inspected.isPending ? <p role="status">{t('mapping.loading')}</p> : null}
        {inspected.data?.status === 'error' ? (
          <p role="alert" className="error">
            {describeProblem(t, preview.fileName, inspected.data.problem)}
          </p>
        ) : null}
        {inspection ? <MappingEditor idBase={id} inspection={inspection} preview={preview} onApplied={onApplied} /> : null}
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('mapping.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}

/** The dialog's form, live preview, apply and save, once the file has been inspected. */
function MappingEditor({
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
  const [busy, setBusy] = useState(false);
  const [savedName, setSavedName] = useState<string | null>(null);
  const [applyProblem, setApplyProblem] = useState<string | null>(null);

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
  const hasBand = form.ageBandColumn !== '';

  const apply = async () => {
    if (!mapping) return;
    setBusy(true);
    setApplyProblem(null);
    try {
      const next = await client.reparse(preview.key, { mapping });
      if (next.status === 'error' && next.problem) setApplyProblem(describeProblem(t, next.fileName, next.problem));
      else onApplied(next);
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    if (!mapping || form.name.trim() === '') return;
    setBusy(true);
    try {
      await putSavedFormat({ name: form.name.trim(), mapping: { ...mapping, name: form.name.trim() } });
      await queryClient.invalidateQueries({ queryKey: savedFormatsQuery.queryKey });
      setSavedName(form.name.trim());
    } finally {
      setBusy(false);
    }
  };

  return (
    <>

      <div className="table-scroll">
        <table className="data-table mapping-columns">
          <caption>{t('mapping.columns')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mapping.colHeader')}</th>
              <th scope="col">{t('mapping.colSamples')}</th>
            </tr>
          </thead>
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
        <label>
          {t('mapping.dateColumn')}
          <select value={form.dateColumn} onChange={(e) => set('dateColumn', e.currentTarget.value)}>
            <option value="">{t('mapping.noDate')}</option>
            {columnOptions}
          </select>
        </label>
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
              <label>
                {t('mapping.metricColumnLabel')}
                <select value={form.metricColumn} onChange={(e) => set('metricColumn', e.currentTarget.value)}>
                  <option value="">{t('mapping.chooseColumn')}</option>
                  {columnOptions}
                </select>
              </label>
            )}
          </>
        )}
        <label>
          {t('mapping.valueColumn')}
          <select value={form.valueColumn} onChange={(e) => set('valueColumn', e.currentTarget.value)}>
            <option value="">{t('mapping.chooseColumn')}</option>
            {columnOptions}
          </select>
        </label>
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
            <option value="">{t('import.choosePlatform')}</option>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {PLATFORM_LABELS[p]}
              </option>
            ))}
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
              <thead>
                <tr>
                  <th scope="col">{t('mapping.previewColMetric')}</th>
                  <th scope="col">{t('mapping.previewColPeriod')}</th>
                  <th scope="col">{t('mapping.previewColBand')}</th>
                  <th scope="col" className="num">
                    {t('mapping.previewColValue')}
                  </th>
                </tr>
              </thead>
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

      {applyProblem ? (
        <p role="alert" className="error">
          {applyProblem}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="button button--primary" disabled={!mapping || trial?.status !== 'ok' || busy} onClick={() => void apply()}>
          {t('mapping.apply')}
        </button>
      </div>
      <div className="mapping-save">
        <label>
          {t('mapping.saveName')}
          <input type="text" value={form.name} onChange={(e) => set('name', e.currentTarget.value)} />
        </label>
        <button type="button" className="button" disabled={!mapping || trial?.status !== 'ok' || busy || form.name.trim() === ''} onClick={() => void save()}>
          {t('mapping.save')}
        </button>
        {savedName !== null ? <p role="status">{t('mapping.saved', { name: savedName })}</p> : null}
      </div>
    </>
  );
}
