// The data table under the youth-share chart: one row per account (test id `youth-share-table`, docs/architecture.md#test-hooks).

import { useTranslation } from 'react-i18next';
import { PLATFORM_LABELS } from '../core/model/platform';
import type { Platform } from '../core/model/platform';
import type { Basis, Period } from '../core/model/observation';
import { formatAgeFloor, formatPercent, formatPeriod } from '../i18n/format';
import { useLanguage } from '../i18n/i18n';
import { useYouthShareLinks } from './youth-share-links';
import { TermLink } from '../lib/term-link';
import { useGrowingCount } from '../lib/use-sliced';
import { noShareLabel } from './no-share-label';
import type { YouthBand } from '../core/read-model/youth-band';
import type { NoShareReason } from '../core/read-model/account-figures';

/** The part of an overview row (`src/core/answer/overview-rows.ts`, `OverviewRow`) the table shows. */
export interface YouthShareTableRow {
  accountId: string;
  entityName: string;
  platform: Platform;
  accountName: string | null;
  youthShare: number | null;
  youthAgeFloor: 13 | 18 | null;
  basis: Basis | null;
  period: Period | null;
  /** `manual` when the youth share comes from audience data typed in (marked "ingetypt"); absent = export. */
  provenance?: 'export' | 'manual' | 'modelled';
  /** Without a youth share: why, and the chosen band (`OverviewRow.noShare`; its label: `noShareLabel`). */
  noShare?: { reason: NoShareReason; band: YouthBand };
}

/** Rows added to the table per task (about 30 ms of layout on a 2-core machine). */
const ROWS_PER_TASK = 50;

/**
 * `<table data-testid="youth-share-table">` with a caption; columns in this order: entity, platform,
 * youth share (`11,4%` in Dutch, or `geen leeftijdsgegevens` — never 0 — when there is no age data),
 * age floor (`13+`/`18+`), basis (weergaven, volgers, bereik, kijkers …), period (dates or `—`).
 * A youth share from typed-in audience data carries a separate "ingetypt" marker element after the number.
 * With a `YouthShareLinksContext` provider above it, the entity and youth-share cells become its links (same text).
 * Wrapped in a focusable region that scrolls horizontally on narrow screens, under a visible title.
 */
export function YouthShareTable({ rows }: { rows: readonly YouthShareTableRow[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const dash = t('overview.noPeriod');
  const links = useYouthShareLinks();
  // A government has several hundred accounts: the rows are laid out a batch per task (never all in one).
  const shown = useGrowingCount(rows.length, ROWS_PER_TASK);
  return (
    <div className="table-block">
      {/* The visible title sits outside the scroll region so it never scrolls away on a narrow screen; the
          caption names the table for assistive technology. */}
      <h2 className="table-title" aria-hidden="true">
        {t('overview.tableCaption')}
      </h2>
      <p className="table-scroll-hint" aria-hidden="true">
        {t('overview.scrollHint')}
      </p>
      <div className="table-scroll" role="region" aria-labelledby="youth-share-table-caption" tabIndex={0}>
      <table data-testid="youth-share-table" className="data-table youth-share-table">
        <caption id="youth-share-table-caption" className="sr-only">
          {t('overview.tableCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('overview.colEntity')}</th>
            <th scope="col">{t('overview.colPlatform')}</th>
            <th scope="col" className="num">
              <TermLink term="jongerenaandeel">{t('overview.colYouthShare')}</TermLink>
            </th>
            <th scope="col">
              <TermLink term="leeftijdsgrens">{t('overview.colAgeFloor')}</TermLink>
            </th>
            <th scope="col">
              <TermLink term="basis">{t('overview.colBasis')}</TermLink>
            </th>
            <th scope="col">{t('overview.colPeriod')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((row) => {
            const hasAge = row.youthShare !== null && row.youthAgeFloor !== null;
            return (
              <tr key={row.accountId}>
                <th scope="row">{links ? links.entity(row) : row.entityName}</th>
                <td title={row.accountName ?? undefined}>{PLATFORM_LABELS[row.platform]}</td>
                <td className={hasAge ? 'num' : 'num no-data'}>
                  {hasAge
                    ? links
                      ? links.youthShare(row, formatPercent(row.youthShare ?? 0, language))
                      : formatPercent(row.youthShare ?? 0, language)
                    : noShareLabel(t, row.noShare?.reason, row.noShare?.band ?? '13-24')}
                  {hasAge && row.provenance === 'manual' ? (
                    <>
                      {' '}
                      <span className="badge badge--manual" data-testid="typed-in-marker">
                        {t('audience.typedInMarker')}
                      </span>
                    </>
                  ) : null}
                </td>
                <td>{hasAge && row.youthAgeFloor !== null ? formatAgeFloor(row.youthAgeFloor) : dash}</td>
                <td>{row.basis ? t(`basis.${row.basis}`) : dash}</td>
                <td>{formatPeriod(row.period, language, dash)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
    </div>
  );
}
