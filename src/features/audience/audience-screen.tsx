// The "Doelgroep intypen" screen: type in the age split a platform shows on screen but does not export,
// stored as the Youth Reach audience template through the same import pipeline (provenance `manual`).

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DoneActions, MutationOutcome } from '../../lib/outcome';
import { AUDIENCE_TEMPLATE_BASES, AUDIENCE_TEMPLATE_CSV, buildAudienceTemplateCsv, SHARE_SUM_TOLERANCE } from '../../core/formats/audience-template';
import type { Basis, Metric } from '../../core/model/observation';
import { parseAgeBand } from '../../core/model/age-band';
import { PLATFORM_LABELS } from '../../core/model/platform';
import type { Platform } from '../../core/model/platform';
import { findOverlaps } from '../../db/import-context-repo';
import type { StoredSpan } from '../../db/import-context-repo';
import { formatPercent, formatPeriod } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { describeProblem, problemDetail } from '../../i18n/problem';
import { useImportClient } from '../../lib/import-client-context';
import { PlatformOptions } from '../../lib/platform-options';
import { entitiesQuery, importContextQuery } from '../../lib/queries';
import { invalidateStoredData } from '../../lib/query-keys';
import type { FileProblem } from '../../workers/import-client';
import { rowsFor, shareSum, sharesOf, shareValue } from './band-layouts';
import type { BandRow } from './band-layouts';
import './audience.css';
import { UNKNOWN_PROBLEM } from '../../core/model/problem';

/** Name of the downloaded template file. */
export const TEMPLATE_FILE_NAME = 'jongerenbereik-doelgroep-sjabloon.csv';

/** What happened on save. */
type Outcome =
  | { kind: 'stored'; entity: string; platform: Platform; youthShare: number | null }
  | { kind: 'duplicate' }
  | { kind: 'problem'; fileName: string; problem: FileProblem };

/** A file name for typed-in data: `doelgroep-<platform>-<account>-<start>_<end>.csv` (account slugged). */
export function manualFileName(platform: Platform, account: string, start: string, end: string): string {
  const slug = account.normalize('NFKD').replace(/[^\w@.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'account';
  return `doelgroep-${platform}-${slug}-${start}_${end}.csv`;
}

/** Downloads `text` as a UTF-8 CSV file called `name` (a blob URL, revoked right after). */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The `/audience` screen: entity (with suggestions), platform (its band layout pre-fills the rows),
 * account, period, basis, one editable row per age band with its share in percent, the live sum (a warning
 * when it is more than {@link SHARE_SUM_TOLERANCE} points from 100), where it was read and a note.
 * **Bewaren** writes the template CSV (`buildAudienceTemplateCsv`) and sends it through the import client
 * (preview → commit), so it is stored like any file, with provenance `manual`. A split overlapping one
 * already stored for the same account and basis asks to replace or keep it. Also offers the template as a
 * download (`AUDIENCE_TEMPLATE_CSV`, with an example).
 */
export function AudienceScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useImportClient();
  const queryClient = useQueryClient();
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const entities = useQuery(entitiesQuery);

  const [entity, setEntity] = useState('');
  const [platform, setPlatform] = useState<Platform | ''>('');
  const [account, setAccount] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [basis, setBasis] = useState<Basis & Metric>('followers');
  const [rows, setRows] = useState<BandRow[]>([]);
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  // The fields the last save refused (ids without the prefix: entity, platform, start, end, band-<row>, share-<row>).
  const [invalid, setInvalid] = useState<string[]>([]);
  const [overlaps, setOverlaps] = useState<StoredSpan[] | null>(null);
  const [overlapChoice, setOverlapChoice] = useState<'replace' | 'keep' | null>(null);
  /** Sends the template CSV of one save through the import pipeline (preview, then commit). */
  const store = useMutation({
    mutationFn: async (job: { csv: string; fileName: string; entity: string; platform: Platform; replaceIds: string[] }): Promise<Outcome> => {
      const [preview] = await client.preview([new File([job.csv], job.fileName, { type: 'text/csv', lastModified: Date.now() })]);
      if (!preview) throw new Error(`${job.fileName}: no preview`);
      if (preview.status === 'duplicate') return { kind: 'duplicate' };
      if (preview.status === 'error') return { kind: 'problem', fileName: job.fileName, problem: preview.problem ?? UNKNOWN_PROBLEM };
      const replace = job.replaceIds.length > 0 ? { replaceImportIds: job.replaceIds } : {};
      const [result] = await client.commit([{ key: preview.key, entityName: job.entity, platform: job.platform, ...replace }]);
      if (result?.status === 'stored') return { kind: 'stored', entity: job.entity, platform: job.platform, youthShare: preview.summary?.youthShare ?? null };
      if (result?.status === 'duplicate') return { kind: 'duplicate' };
      return { kind: 'problem', fileName: job.fileName, problem: result?.problem ?? UNKNOWN_PROBLEM };
    },
    onSuccess: (outcome) => {
      if (outcome.kind !== 'stored') return;
      setOverlaps(null);
      setOverlapChoice(null);
    },
    onSettled: () => invalidateStoredData(queryClient),
  });
  const outcome = store.data ?? null;

  const sum = shareSum(rows);
  const anyShare = rows.some((r) => r.share.trim() !== '');
  const sumOff = anyShare && Math.abs(sum - 100) > SHARE_SUM_TOLERANCE;
  const sumText = new Intl.NumberFormat(language === 'nl' ? 'nl-BE' : 'en-GB', { maximumFractionDigits: 2 }).format(sum);

  const choosePlatform = (p: Platform | '') => {
    setPlatform(p);
    // A new platform brings its own band layout, unless the user already typed shares.
    if (p !== '' && !rows.some((r) => r.share.trim() !== '')) setRows(rowsFor(p));
    setOverlaps(null);
  };

  const reset = () => {
    store.reset();
    setRows(platform === '' ? [] : rowsFor(platform));
    setSource('');
    setNote('');
    setOverlaps(null);
    setOverlapChoice(null);
  };

  /** Shows `message` under the form, marks `fields` (ids without the prefix) invalid and focuses the first. */
  const refuse = (message: string, fields: string[]) => {
    setFormError(message);
    setInvalid(fields);
    if (fields[0]) document.getElementById(`${id}-${fields[0]}`)?.focus();
  };

  /** `aria-invalid` and the error message in `aria-describedby` for field `name` when the last save refused it. */
  const invalidProps = (name: string, hint?: string) => {
    const bad = invalid.includes(name);
    const ids = [bad ? `${id}-error` : null, hint ?? null].filter((x): x is string => x !== null);
    return { 'aria-invalid': bad ? true : undefined, 'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined };
  };

  const save = async () => {
    setFormError(null);
    setInvalid([]);
    if (entity.trim() === '' || platform === '' || start === '' || end === '') {
      const empty = [entity.trim() === '' ? 'entity' : null, platform === '' ? 'platform' : null, start === '' ? 'start' : null, end === '' ? 'end' : null];
      refuse(t('audience.required'), empty.filter((f): f is string => f !== null));
      return;
    }
    if (start > end) {
      refuse(t('audience.invalidPeriod'), ['start', 'end']);
      return;
    }
    const checked = sharesOf(rows);
    if ('problem' in checked) {
      const p = checked.problem;
      // The rows at fault: a share that is no number from 0 to 100, or a filled-in row whose band is no age band.
      const badShares = rows.flatMap((r, i) => {
        const v = shareValue(r.share);
        return v !== null && (Number.isNaN(v) || v < 0 || v > 100) ? [`share-${i}`] : [];
      });
      const badBands = rows.flatMap((r, i) => (shareValue(r.share) !== null && parseAgeBand(r.band) === null ? [`band-${i}`] : []));
      const fields = p.kind === 'share' ? badShares : p.kind === 'band' ? badBands : rows.length > 0 ? ['share-0'] : [];
      refuse(p.kind === 'share' ? t('audience.invalidShare') : p.kind === 'band' ? t('audience.invalidBand', { band: p.band }) : t('audience.required'), fields);
      return;
    }
    const period = { start, end };
    // Same account, basis and overlapping period already stored: ask first (never count twice).
    let replaceIds: string[] = [];
    const found = findOverlaps(await queryClient.fetchQuery(importContextQuery(client)), {
      entityName: entity,
      platform,
      accountName: account.trim() || null,
      period,
      metrics: [basis],
    });
    if (found.length > 0) {
      if (overlaps === null || overlapChoice === null) {
        setOverlaps(found);
        return;
      }
      if (overlapChoice === 'keep') {
        setOverlaps(null);
        setOverlapChoice(null);
        return;
      }
      replaceIds = found.map((o) => o.importId);
    }
    const csv = buildAudienceTemplateCsv({ platform, account: account.trim(), period, basis, shares: checked.shares, source: source.trim(), note: note.trim() });
    store.mutate({ csv, fileName: manualFileName(platform, account.trim(), start, end), entity: entity.trim(), platform, replaceIds });
  };

  return (
    <section className="audience" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('audience.title')}</h1>
      <p className="lead">{t('audience.intro')}</p>

      {outcome?.kind === 'stored' ? (
        <MutationOutcome
          mutation={store}
          done={(o) =>
            o.kind === 'stored'
              ? t('audience.saved', {
                  entity: o.entity,
                  platform: PLATFORM_LABELS[o.platform],
                  share: o.youthShare === null ? '—' : formatPercent(o.youthShare, language),
                })
              : null
          }
          action={() => <DoneActions overview={t('audience.goOverview')} again={t('audience.another')} onAgain={reset} />}
        />
      ) : (
        <form
          className="audience-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!store.isPending) void save();
          }}
        >
          <datalist id={`${id}-entities`}>
            {(entities.data ?? []).map((e) => (
              <option key={e.id} value={e.name} />
            ))}
          </datalist>
          <div className="field">
            <label htmlFor={`${id}-entity`}>{t('audience.entity')}</label>
            <input
              id={`${id}-entity`}
              type="text"
              list={`${id}-entities`}
              autoComplete="off"
              required
              {...invalidProps('entity', `${id}-entity-hint`)}
              value={entity}
              onChange={(e) => setEntity(e.currentTarget.value)}
            />
            <span id={`${id}-entity-hint`} className="hint">
              {t('audience.entityHint')}
            </span>
          </div>
          <div className="field">
            <label htmlFor={`${id}-platform`}>{t('audience.platform')}</label>
            <select id={`${id}-platform`} required {...invalidProps('platform')} value={platform} onChange={(e) => choosePlatform(e.currentTarget.value as Platform | '')}>
              <PlatformOptions placeholder={t('audience.choosePlatform')} />
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-account`}>{t('audience.account')}</label>
            <input
              id={`${id}-account`}
              type="text"
              autoComplete="off"
              aria-describedby={`${id}-account-hint`}
              value={account}
              onChange={(e) => setAccount(e.currentTarget.value)}
            />
            <span id={`${id}-account-hint`} className="hint">
              {t('audience.accountHint')}
            </span>
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${id}-start`}>{t('audience.periodStart')}</label>
              <input id={`${id}-start`} type="date" required {...invalidProps('start')} value={start} onChange={(e) => setStart(e.currentTarget.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-end`}>{t('audience.periodEnd')}</label>
              <input id={`${id}-end`} type="date" required {...invalidProps('end')} value={end} onChange={(e) => setEnd(e.currentTarget.value)} />
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${id}-basis`}>{t('audience.basis')}</label>
            <select id={`${id}-basis`} value={basis} aria-describedby={`${id}-basis-hint`} onChange={(e) => setBasis(e.currentTarget.value as Basis & Metric)}>
              {AUDIENCE_TEMPLATE_BASES.map((b) => (
                <option key={b} value={b}>
                  {t(`basis.${b}`)}
                </option>
              ))}
            </select>
            <span id={`${id}-basis-hint`} className="hint">
              {t('audience.basisHint')}
            </span>
          </div>

          {platform !== '' ? (
            <fieldset className="bands">
              <legend>{t('audience.bandsLegend')}</legend>
              <p className="hint">{t('audience.bandsHint', { platform: PLATFORM_LABELS[platform] })}</p>
              <table className="data-table bands-table">
                <thead>
                  <tr>
                    <th scope="col">{t('audience.band')}</th>
                    <th scope="col">{t('audience.share')}</th>
                    <th scope="col">
                      <span className="sr-only">{t('data.imports.colAction')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r, i) => (
                    <tr key={i}>
                      <td>
                        <input
                          id={`${id}-band-${i}`}
                          {...invalidProps(`band-${i}`)}
                          type="text"
                          className="band-input"
                          aria-label={t('audience.bandLabel', { row: i + 1 })}
                          value={r.band}
                          onChange={(e) => {
                            const v = e.currentTarget.value;
                            setRows((rs) => rs.map((x, j) => (j === i ? { ...x, band: v } : x)));
                          }}
                        />
                      </td>
                      <td>
                        <input
                          id={`${id}-share-${i}`}
                          {...invalidProps(`share-${i}`)}
                          type="text"
                          inputMode="decimal"
                          className="share-input"
                          aria-label={t('audience.shareLabel', { band: r.band })}
                          value={r.share}
                          onChange={(e) => {
                            const v = e.currentTarget.value;
                            setRows((rs) => rs.map((x, j) => (j === i ? { ...x, share: v } : x)));
                          }}
                        />
                      </td>
                      <td>
                        <button
                          type="button"
                          className="button button--small"
                          aria-label={t('audience.removeBand', { band: r.band })}
                          onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
                        >
                          ×
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <button type="button" className="button button--small" onClick={() => setRows((rs) => [...rs, { band: '', share: '' }])}>
                {t('audience.addBand')}
              </button>
              <p className={sumOff ? 'sum sum--off' : 'sum'} aria-live="polite" data-testid="audience-sum">
                {t('audience.sum', { sum: sumText })}
              </p>
              {sumOff ? (
                <p className="hint hint--blocked" role="status">
                  {t('audience.sumWarning', { sum: sumText })}
                </p>
              ) : null}
            </fieldset>
          ) : null}

          <div className="field">
            <label htmlFor={`${id}-source`}>{t('audience.source')}</label>
            <input
              id={`${id}-source`}
              type="text"
              placeholder={t('audience.sourcePlaceholder')}
              value={source}
              onChange={(e) => setSource(e.currentTarget.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('audience.note')}</label>
            <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          </div>

          {overlaps && overlaps.length > 0 ? (
            <fieldset className="overlap">
              <legend>{t('import.overlapTitle')}</legend>
              <p>
                {t('import.overlapText', {
                  metrics: t(`basis.${basis}`),
                  files: overlaps.map((o) => `${o.fileName} (${formatPeriod(o.period, language, t('import.noPeriod'))})`).join('; '),
                })}
              </p>
              <label>
                <input type="radio" name={`${id}-overlap`} checked={overlapChoice === 'replace'} onChange={() => setOverlapChoice('replace')} />{' '}
                {t('import.overlapReplace')}
              </label>
              <label>
                <input type="radio" name={`${id}-overlap`} checked={overlapChoice === 'keep'} onChange={() => setOverlapChoice('keep')} />{' '}
                {t('import.overlapKeep')}
              </label>
            </fieldset>
          ) : null}

          {formError ? (
            <p role="alert" className="error" id={`${id}-error`}>
              {formError}
            </p>
          ) : null}
          <MutationOutcome mutation={store} done={(o) => (o.kind === 'duplicate' ? t('audience.savedDuplicate') : null)} />
          {outcome?.kind === 'problem' ? (
            <div className="problem">
              <p role="alert" className="error">
                {describeProblem(t, outcome.fileName, outcome.problem)}
              </p>
              <details className="tech-details">
                <summary>{t('import.technicalDetails')}</summary>
                <p>{problemDetail(outcome.fileName, outcome.problem)}</p>
              </details>
            </div>
          ) : null}
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={store.isPending || (overlaps !== null && overlapChoice === null)}>
              {store.isPending ? t('audience.saving') : t('audience.save')}
            </button>
          </div>
        </form>
      )}

      <section className="template" aria-labelledby={`${id}-template`}>
        <h2 id={`${id}-template`}>{t('audience.templateTitle')}</h2>
        <p>{t('audience.templateText')}</p>
        <button type="button" className="button" onClick={() => download(TEMPLATE_FILE_NAME, AUDIENCE_TEMPLATE_CSV)}>
          {t('audience.templateDownload')}
        </button>
      </section>
    </section>
  );
}
