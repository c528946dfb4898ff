// One file in the import preview: what was found in it, and the entity / platform the user assigns.

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { PLATFORM_LABELS, PLATFORMS } from '../../core/model/platform';
import type { Platform } from '../../core/model/platform';
import type { ImportWarning } from '../../core/model/parsed-file';
import { formatAgeFloor, formatFileSize, formatPercent, formatPeriod } from '../../i18n/format';
import type { Language } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { describeProblem } from '../../i18n/problem';
import type { FilePreview } from '../../workers/import-client';

/** Props of {@link PreviewCard}: the preview, the current entity/platform choice and their setters. */
export interface PreviewCardProps {
  preview: FilePreview;
  entity: string;
  platform: Platform | '';
  entityListId: string;
  /** True when the entity was filled in from another file of the batch (not typed here). */
  entityFilled: boolean;
  onEntityChange: (value: string) => void;
  /** The user left the entity field (other blank fields of the batch may take its name). */
  onEntityDone: () => void;
  onPlatformChange: (value: Platform | '') => void;
}

/** A warning in the interface language: `warnings.<code>` when translated, else the English message. */
function warningText(t: TFunction, w: ImportWarning): string {
  return t(`warnings.${w.code}`, { ...(w.params ?? {}), defaultValue: w.message });
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
  onEntityChange,
  onEntityDone,
  onPlatformChange,
}: PreviewCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const s = preview.summary;
  const idBase = `file${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const status = preview.status;

  return (
    <li className={`preview-card preview-card--${status}`} aria-labelledby={`${idBase}-name`}>
      <div className="preview-card__head">
        <h3 id={`${idBase}-name`} className="file-name">
          {preview.fileName}
        </h3>
        <span className="file-size">{formatFileSize(preview.size, language)}</span>
        {status === 'duplicate' ? (
          <span className="badge badge--duplicate">
            {preview.duplicateOf === 'batch' ? t('import.duplicateBatch') : t('import.duplicateStored')}
          </span>
        ) : null}
      </div>

      {status === 'error' ? (
        <p role="alert" className="error">
          {describeProblem(t, preview.fileName, preview.problem ?? { code: 'internal', message: '', line: null })}
        </p>
      ) : null}

      {s ? (
        <>
          <dl className="facts">
            <div>
              <dt>{t('import.platform')}</dt>
              <dd>
                {s.platform ? (
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
                      <option value="">{t('import.choosePlatform')}</option>
                      {(s.platformCandidates.length > 0 ? s.platformCandidates : PLATFORMS).map((p) => (
                        <option key={p} value={p}>
                          {PLATFORM_LABELS[p]}
                        </option>
                      ))}
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
              <dd>{s.formatLabel}</dd>
            </div>
            {s.accountName ? (
              <div>
                <dt>{t('import.account')}</dt>
                <dd>{s.accountName}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('import.period')}</dt>
              <dd>{formatPeriod(s.period, language, t('import.noPeriod'))}</dd>
            </div>
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
          </dl>
          {s.ageShares ? (
            <div className="age-split-wrap">
              <p className="age-split__title">{t('import.ageSplit', { basis: s.basis ? t(`basis.${s.basis}`) : '—' })}</p>
              <AgeSplit shares={s.ageShares} language={language} />
            </div>
          ) : null}
          <p className="hint">{t('import.observations', { count: s.observationCount })}</p>
          {s.warnings.length > 0 ? (
            <div className="warnings">
              <p className="warnings__title">{t('import.warnings')}</p>
              <ul>
                {s.warnings.map((w, i) => (
                  <li key={`${w.code}-${i}`}>{warningText(t, w)}</li>
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
            onBlur={onEntityDone}
          />
          <span id={`${idBase}-entity-hint`} className="hint">
            {entityFilled ? t('import.entityFilled') : t('import.entityHint')}
          </span>
        </div>
      ) : null}
    </li>
  );
}
