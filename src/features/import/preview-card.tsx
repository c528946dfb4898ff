// One file in the import preview: what was found in it, and the entity / platform the user assigns.

import { useId, useState } from 'react';
import { fileObservationsText, observationsText } from './observation-text';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { PLATFORM_LABELS } from '../../core/model/platform';
import type { Platform } from '../../core/model/platform';
import type { ImportWarning } from '../../core/model/parsed-file';
import type { KnownAccount, StoredSpan } from '../../db/import-context-repo';
import type { Period } from '../../core/model/observation';
import { formatAgeFloor, formatDate, formatBytes, formatPercent, formatPeriod } from '../../i18n/format';
import type { Language } from '../../i18n/format';
import { formatLabelText } from '../../i18n/format-label';
import { useLanguage } from '../../i18n/i18n';
import { describeProblem, problemDetail } from '../../i18n/problem';
import type { FilePreview, FileProblem } from '../../workers/import-client';
import { PlatformOptions } from '../../lib/platform-options';
import { UNKNOWN_PROBLEM } from '../../core/model/problem';

/** Props of {@link PreviewCard}: the preview, the current choices and their setters. */
export interface PreviewCardProps {
  preview: FilePreview;
  entity: string;
  platform: Platform | '';
  entityListId: string;
  /** True when the entity was filled in from another file of the batch (not typed here). */
  entityFilled: boolean;
  /** True when the entity is the one of the file's account, seen before (marked "herkend"). */
  recognised?: boolean;
  onEntityChange: (value: string) => void;
  /** The user left the entity field (other blank fields of the batch may take its name); `next`: the preview key of the entity field taking the focus, if any (it is not filled). */
  onEntityDone: (next: string | null) => void;
  onPlatformChange: (value: Platform | '') => void;
  /** Stored imports this file overlaps (same entity, platform, account and metric, overlapping period). */
  overlaps?: readonly StoredSpan[];
  /** The entity's accounts on this platform when the file names none and there are several (else empty). */
  accountChoices?: readonly KnownAccount[];
  /** The account chosen among `accountChoices` (an id, or `'new'`). */
  accountChoice?: string | undefined;
  onAccountChange?: (value: string) => void;
  /** Reads the file again with an export date (a loose TikTok file refused with `export-date-required`). */
  onReparseWithDate?: (exportDate: string) => void;
  /** Opens the column-mapping dialog (a file refused with `unknown-format`). */
  onMapColumns?: () => void;
  /** Reads the file with the saved format `id` ("Lezen als: <naam>"). */
  onReadAs?: (savedFormatId: string) => void;
  /** True while this file is being read again. */
  busy?: boolean;
}

/**
 * A problem as one sentence in the interface language (role `alert`), and the parser's English message
 * under a closed "Technische details" disclosure. File content is rendered as text only.
 */
export function ProblemMessage({
  fileName,
  problem,
  tone = 'error',
}: {
  fileName: string;
  problem: FileProblem;
  /** `notice` when the card asks for something or offers a way forward (an export date, a saved column
   *  mapping): same words, calmer style. */
  tone?: 'error' | 'notice';
}) {
  const { t } = useTranslation();
  const detail = problemDetail(fileName, problem);
  return (
    <div className="problem">
      <p role="alert" className={tone === 'notice' ? 'problem-notice' : 'error'}>
        {describeProblem(t, fileName, problem)}
      </p>
      {detail ? (
        <details className="tech-details">
          <summary>{t('import.technicalDetails')}</summary>
          <p>{detail}</p>
        </details>
      ) : null}
    </div>
  );
}

/**
 * The export-date field and "Opnieuw lezen": empty when the file needs a day, pre-filled with the assumed
 * day (the day after the last row) when the file was read with one. Never the file's modification time:
 * a copied or mailed file's is the day it was copied.
 */
function ExportDateForm({
  idBase,
  initial,
  assumed = false,
  busy,
  onSubmit,
}: {
  idBase: string;
  initial: string;
  assumed?: boolean;
  busy: boolean;
  onSubmit: (d: string) => void;
}) {
  const { t } = useTranslation();
  const [date, setDate] = useState(initial);
  return (
    <div className="export-date">
      <label htmlFor={`${idBase}-export-date`}>{t('import.exportDateLabel')}</label>
      <input
        id={`${idBase}-export-date`}
        type="date"
        data-testid="import-export-date"
        value={date}
        required
        aria-describedby={`${idBase}-export-date-hint`}
        onChange={(e) => setDate(e.currentTarget.value)}
      />
      <button type="button" className="button" disabled={busy || !/^\d{4}-\d{2}-\d{2}$/.test(date)} onClick={() => onSubmit(date)}>
        {t('import.reparse')}
      </button>
      <span id={`${idBase}-export-date-hint`} className="hint">
        {assumed ? t('import.exportDateAssumedHint') : t('import.exportDateHint')}
      </span>
    </div>
  );
}

/** The days two periods share (ISO, inclusive); the stored period itself when either is undated. */
function sharedDays(stored: Period | null, incoming: Period | null): Period | null {
  if (!stored || !incoming) return stored;
  return { start: stored.start > incoming.start ? stored.start : incoming.start, end: stored.end < incoming.end ? stored.end : incoming.end };
}

/** How many runs of missing days a card names (the rest as …). */
const MISSING_RANGES_LISTED = 3;

/** A whole ISO day, `2026-10-16`. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A warning in the interface language: `warnings.<code>` (every code the format layer raises is translated),
 * its ISO-day params (`exportDate`, `firstDay`, `lastDay`, `readDay`) written like the card's other dates (`16 okt 2026`).
 */
function warningText(t: TFunction, w: ImportWarning, language: Language): string {
  const params = Object.fromEntries(Object.entries(w.params ?? {}).map(([k, v]) => [k, typeof v === 'string' && ISO_DAY.test(v) ? formatDate(v, language) : v]));
  return t(`warnings.${w.code}`, { ...params, defaultValue: w.message });
}

/** The age split as a compact list of `band: share` items, youngest first (shares 0..1 shown as %). */
function AgeSplit({ shares, language }: { shares: Record<string, number>; language: Language }) {
  return (
    <ul className="age-split">
      {Object.entries(shares).map(([band, share]) => (
        <li key={band}>
          <span className="age-split__band">{band}</span> <span className="age-split__share">{formatPercent(share, language)}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The card: file name and size; for an error, a `role="alert"` message with file name, line and reason;
 * otherwise platform (or the required `import-platform` select when the file does not say), format,
 * account, period, the age split and the youth share with its age floor (or `geen leeftijdsgegevens`),
 * warnings, and for an ok file the `import-entity` input. A duplicate shows `al geïmporteerd`.
 */
export function PreviewCard({
  preview,
  entity,
  platform,
  entityListId,
  entityFilled,
  recognised = false,
  onEntityChange,
  onEntityDone,
  onPlatformChange,
  overlaps = [],
  accountChoices = [],
  accountChoice,
  onAccountChange,
  onReparseWithDate,
  onMapColumns,
  onReadAs,
  busy = false,
}: PreviewCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const s = preview.summary;
  const idBase = `file${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const status = preview.status;
  const assumedParam = s?.warnings.find((w) => w.code === 'export-date-assumed')?.params?.exportDate;
  const assumedExportDate = typeof assumedParam === 'string' ? assumedParam : null;

  return (
    <li className={`preview-card preview-card--${status}`} aria-labelledby={`${idBase}-name`}>
      <div className="preview-card__head">
        <h3 id={`${idBase}-name`} className="file-name">
          {preview.fileName}
        </h3>
        <span className="file-size">{formatBytes(preview.size, language)}</span>
        {status === 'duplicate' ? (
          <span className="badge badge--duplicate">
            {preview.duplicateOf === 'batch' ? t('import.duplicateBatch') : t('import.duplicateStored')}
          </span>
        ) : null}
      </div>

      {status === 'error' ? (
        <ProblemMessage
          fileName={preview.fileName}
          problem={preview.problem ?? UNKNOWN_PROBLEM}
          tone={
            preview.problem?.code === 'export-date-required' ||
            (preview.problem?.code === 'unknown-format' && (preview.savedFormats ?? []).length > 0)
              ? 'notice'
              : 'error'
          }
        />
      ) : null}
      {status === 'error' && (preview.problem?.code === 'export-date-required' || preview.problem?.code === 'invalid-export-date') && onReparseWithDate ? (
        <ExportDateForm
          idBase={idBase}
          initial={preview.readWith?.exportDate ?? ''}
          busy={busy}
          onSubmit={onReparseWithDate}
        />
      ) : null}
      {status === 'error' && preview.problem?.code === 'unknown-format' ? (
        <div className="actions">
          {onMapColumns ? (
            <button type="button" className="button" disabled={busy} onClick={onMapColumns}>
              {t('import.mapColumns')}
            </button>
          ) : null}
          {(preview.savedFormats ?? []).length > 0 && onReadAs ? (
            <>
              <span className="hint">{t('import.savedFormatsOffer')}</span>
              {(preview.savedFormats ?? []).map((f) => (
                <button key={f.id} type="button" className="button" disabled={busy} onClick={() => onReadAs(f.id)}>
                  {t('import.readAs', { name: f.name })}
                </button>
              ))}
            </>
          ) : null}
        </div>
      ) : null}
      {status === 'ok' && (assumedExportDate !== null || preview.readWith?.exportDate) && onReparseWithDate ? (
        <ExportDateForm
          key={preview.readWith?.exportDate ?? assumedExportDate ?? ''}
          idBase={idBase}
          initial={preview.readWith?.exportDate ?? assumedExportDate ?? ''}
          assumed={assumedExportDate !== null}
          busy={busy}
          onSubmit={onReparseWithDate}
        />
      ) : null}
      {busy ? <p role="status">{t('import.reading1')}</p> : null}
      {preview.readWith?.exportDate && status !== 'error' ? (
        <p className="hint">{t('import.readWithExportDate', { date: formatDate(preview.readWith.exportDate, language) })}</p>
      ) : null}
      {preview.readWith?.mappingName && status !== 'error' ? (
        <p className="hint">{t('import.readWithMapping', { name: preview.readWith.mappingName })}</p>
      ) : null}
      {s?.provenance === 'manual' ? (
        <p className="typed-in-note">
          <span className="badge badge--manual">{t('import.typedIn')}</span>{' '}
          {s.manualEntry?.source ? t('import.typedInSource', { source: s.manualEntry.source }) : null}
          {s.manualEntry?.note ? ` ${t('import.typedInNote', { note: s.manualEntry.note })}` : null}
        </p>
      ) : null}

      {s ? (
        <>
          <dl className="facts">
            <div>
              <dt>{t('import.platform')}</dt>
              <dd>
                {s.parts && s.parts.length > 1 ? (
                  s.parts.map((part) => (part.platform ? PLATFORM_LABELS[part.platform] : '—')).join(' + ')
                ) : s.platform ? (
                  PLATFORM_LABELS[s.platform]
                ) : status === 'ok' ? (
                  <>
                    <select
                      id={`${idBase}-platform`}
                      data-testid="import-platform"
                      required
                      aria-required="true"
                      aria-label={`${t('import.platform')}: ${preview.fileName}`}
                      aria-describedby={`${idBase}-platform-hint`}
                      aria-invalid={platform === ''}
                      value={platform}
                      onChange={(e) => onPlatformChange(e.currentTarget.value as Platform | '')}
                    >
                      <PlatformOptions placeholder={t('import.choosePlatform')} {...(s.platformCandidates.length > 0 ? { platforms: s.platformCandidates } : {})} />
                    </select>
                    <span id={`${idBase}-platform-hint`} className="hint">
                      {t('import.platformUnknown')}
                    </span>
                  </>
                ) : (
                  '—'
                )}
              </dd>
            </div>
            <div>
              <dt>{t('import.format')}</dt>
              <dd>{formatLabelText(s.formatLabel, t)}</dd>
            </div>
            {s.accountName ? (
              <div>
                <dt>{t('import.account')}</dt>
                <dd>{s.accountName}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('import.period')}</dt>
              <dd>
                {formatPeriod(s.period, language, t('import.noPeriod'))}
                {s.missingDays ? (
                  <span className="missing-days">
                    {' '}
                    {t('import.missingDays', {
                      count: s.missingDays.count,
                      ranges: s.missingDays.ranges.slice(0, MISSING_RANGES_LISTED).map((r) => formatPeriod(r, language, '')).join(', ') + (s.missingDays.ranges.length > MISSING_RANGES_LISTED ? ', …' : ''),
                    })}
                  </span>
                ) : null}
              </dd>
            </div>
            {s.parts && s.parts.length > 1 ? null : (
            <div>
              <dt>{t('import.youthShare')}</dt>
              <dd className={s.youthShare === null ? 'no-data' : 'youth-share'}>
                {s.youthShare !== null && s.youthAgeFloor !== null
                  ? t('import.youthShareValue', {
                      share: formatPercent(s.youthShare, language),
                      floor: formatAgeFloor(s.youthAgeFloor),
                    })
                  : t('import.noAgeData')}
              </dd>
            </div>
            )}
          </dl>
          {s.parts && s.parts.length > 1 ? (
            <ul className="preview-parts" aria-label={t('import.partsTitle')}>
              {s.parts.map((part, i) => (
                <li key={`${part.platform ?? ''}-${i}`} data-testid="import-part">
                  <strong>{part.platform ? PLATFORM_LABELS[part.platform] : '—'}</strong>
                  {': '}
                  {part.youthShare !== null && part.youthAgeFloor !== null
                    ? t('import.youthShareValue', { share: formatPercent(part.youthShare, language), floor: formatAgeFloor(part.youthAgeFloor) })
                    : t('import.noAgeData')}
                  {' · '}
                  {observationsText(part, t)}
                </li>
              ))}
            </ul>
          ) : null}
          {s.parts && s.parts.length > 1 ? <p className="hint">{t('import.partsHint')}</p> : null}
          {s.ageShares && !(s.parts && s.parts.length > 1) ? (
            <div className="age-split-wrap">
              <p className="age-split__title">{t('import.ageSplit', { basis: s.basis ? t(`basis.${s.basis}`) : '—' })}</p>
              {s.agePeriod && s.ageSplits ? (
                <p className="hint" data-testid="import-age-period">
                  {t('import.ageSplitLatest', { period: formatPeriod(s.agePeriod, language, '—'), count: s.ageSplits })}
                </p>
              ) : null}
              <AgeSplit shares={s.ageShares} language={language} />
            </div>
          ) : null}
          <p className="hint">{fileObservationsText(s, t, new Intl.ListFormat(language === 'nl' ? 'nl-BE' : 'en', { type: 'conjunction' }))}</p>
          {s.warnings.length > 0 ? (
            <div className="warnings">
              <p className="warnings__title">{t('import.warnings')}</p>
              <ul>
                {s.warnings.map((w, i) => (
                  <li key={`${w.code}-${i}`}>{warningText(t, w, language)}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : null}

      {status === 'duplicate' ? <p className="hint">{t('import.duplicateNote')}</p> : null}

      {status === 'ok' ? (
        <div className="field">
          <label htmlFor={`${idBase}-entity`}>{t('import.entity')}</label>
          <input
            id={`${idBase}-entity`}
            type="text"
            data-testid="import-entity"
            list={entityListId}
            autoComplete="off"
            required
            aria-describedby={`${idBase}-entity-hint`}
            value={entity}
            onChange={(e) => onEntityChange(e.currentTarget.value)}
            data-preview-key={preview.key}
            onBlur={(e) => onEntityDone(e.relatedTarget instanceof HTMLElement ? (e.relatedTarget.dataset.previewKey ?? null) : null)}
          />
          {recognised ? <span className="badge badge--recognised">{t('import.recognised')}</span> : null}
          <span id={`${idBase}-entity-hint`} className="hint">
            {recognised ? t('import.recognisedHint', { entity }) : entityFilled ? t('import.entityFilled') : t('import.entityHint')}
          </span>
        </div>
      ) : null}

      {status === 'ok' && accountChoices.length > 0 && onAccountChange ? (
        <fieldset className="overlap" aria-describedby={`${idBase}-account-text`}>
          <legend>{t('import.accountTitle')}</legend>
          <p id={`${idBase}-account-text`}>{t('import.accountText', { entity, count: accountChoices.length })}</p>
          {accountChoices.map((a) => (
            <label key={a.id}>
              <input type="radio" name={`${idBase}-account`} value={a.id} checked={accountChoice === a.id} onChange={() => onAccountChange(a.id)} />{' '}
              {a.name ?? t('import.accountUnnamed', { date: formatDate(a.createdAt.slice(0, 10), language) })}
            </label>
          ))}
          <label>
            <input type="radio" name={`${idBase}-account`} value="new" checked={accountChoice === 'new'} onChange={() => onAccountChange('new')} />{' '}
            {t('import.accountNew')}
          </label>
        </fieldset>
      ) : null}

      {status === 'ok' && overlaps.length > 0 ? (
        <p className="hint overlap-note" data-testid="overlap-note">
          {t('import.overlapText', {
            metrics: [...new Set(overlaps.flatMap((o) => o.metrics))]
              .filter((m) => s?.metrics.includes(m))
              .map((m) => t(`audience.metric.${m}`, { defaultValue: m }))
              .join(', '),
            // Each stored file with the days it shares with this one (not its whole period).
            files: overlaps.map((o) => `${o.fileName} (${formatPeriod(sharedDays(o.period, s?.period ?? null), language, t('import.noPeriod'))})`).join('; '),
          })}
        </p>
      ) : null}
    </li>
  );
}
