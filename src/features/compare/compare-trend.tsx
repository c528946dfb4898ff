// The compare screen's period against the previous period: change bars and their table.

import { useTranslation } from 'react-i18next';
import { ChangeBarChart } from '../../charts/change-bar-chart';
import type { ChangeBar } from '../../charts/change-bar-chart';
import { localIsoDate } from '../../charts/chart-spec';
import type { ChartSpec } from '../../charts/chart-spec';
import { PLATFORM_COLORS } from '../../charts/palette';
import type { AnswerAccount, Answer, EntityAnswer } from '../../core/answer/answer-types';
import { PLATFORM_LABELS, PLATFORMS } from '../../core/model/platform';
import type { Platform } from '../../core/model/platform';
import { formatOneDecimal, formatPercent, formatPeriod } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { ColumnHeads } from '../../lib/column-heads';
import { useGrowingCount } from '../../lib/use-sliced';

/**
 * Bars of the change in percentage points per account with a comparable previous period (same age floor),
 * negative bars allowed; its data table and CSV hold the change rounded to one decimal (−1.803 → −1,8).
 * Nothing when no account has such a change.
 */
export function TrendChart({ rows, periodText }: { rows: readonly { e: EntityAnswer; m: AnswerAccount }[]; periodText: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const bars: ChangeBar[] = rows.flatMap(({ e, m }) => {
    const change = m.trend?.latest?.changePoints;
    if (change === null || change === undefined || !Number.isFinite(change)) return [];
    // Rounded to the one decimal shown everywhere; `|| 0` turns −0 into 0.
    const value = Math.round(change * 10) / 10 || 0;
    return [{ key: m.accountId, label: `${e.name} · ${PLATFORM_LABELS[m.platform]}`, value, color: PLATFORM_COLORS[m.platform] }];
  });
  if (bars.length === 0) return null;
  const drawn = PLATFORMS.filter((p) => rows.some(({ m }) => m.platform === p && bars.some((b) => b.key === m.accountId)));
  const spec: ChartSpec = {
    id: 'compare-change',
    title: t('compare.changeTitle'),
    subtitle: periodText === null ? t('compare.changeSubtitleLatest') : t('compare.changeSubtitle', { period: periodText }),
    source: t('compare.changeSource', { platforms: drawn.map((p) => PLATFORM_LABELS[p]).join(', ') }),
    madeOn: localIsoDate(),
    description: t('compare.changeDescription', { count: bars.length }),
    notes: [t('compare.changeNote')],
    legend: [],
    columns: [
      { key: 'account', label: t('compare.colAccount'), kind: 'text' },
      { key: 'change', label: t('compare.colChangePoints'), kind: 'count', decimals: 1 },
    ],
    rows: bars.map((b) => [b.label, b.value]),
  };
  return (
    <ChangeBarChart
      spec={spec}
      bars={bars}
      format={(v) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${formatOneDecimal(Math.abs(v), language)}`}
    />
  );
}

/** Account rows added to the trend table per task. */
const TREND_ROWS_PER_TASK = 50;

/** Each selected account with a trend: previous and latest period with their youth shares, and the change in points. */
export function TrendTable({ answer, entityIds, platforms, periodText }: { answer: Answer; entityIds: ReadonlySet<string>; platforms: readonly Platform[]; /** The chosen period as text; null = each account's most recent split. */ periodText: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = answer.entities
    .filter((e) => entityIds.has(e.entityId))
    .flatMap((e) => e.accounts.filter((m) => platforms.includes(m.platform) && m.trend?.latest).map((m) => ({ e, m })));
  // Several hundred accounts at government scale: the rows are laid out a batch per task.
  const shown = useGrowingCount(rows.length, TREND_ROWS_PER_TASK);
  return (
    <section>
      <h2 id="compare-trend-title">{t('compare.trendTitle')}</h2>
      <p>{t('compare.trendIntro')}</p>
      {rows.length === 0 ? (
        <p>{t('compare.trendEmpty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="compare-trend-title" tabIndex={0}>
          <table className="data-table" data-testid="compare-trend">
            <caption className="sr-only">{t('compare.trendTitle')}</caption>
            <ColumnHeads columns={[t('compare.colAccount'), t('compare.colPrevious'), t('compare.colCurrent'), { label: t('compare.colChange'), num: true }]} />
            <tbody>
              {rows.slice(0, shown).map(({ e, m }) => {
                const trend = m.trend!;
                const latest = trend.latest!;
                const prev = trend.points[trend.points.length - 2]!;
                const last = trend.points[trend.points.length - 1]!;
                const change = latest.changePoints;
                return (
                  <tr key={m.accountId}>
                    <th scope="row">{`${e.name} · ${PLATFORM_LABELS[m.platform]}`}</th>
                    <td>{t('compare.periodShare', { period: formatPeriod(prev.period, language, '—'), share: formatPercent(prev.youthShare, language) })}</td>
                    <td>{t('compare.periodShare', { period: formatPeriod(last.period, language, '—'), share: formatPercent(last.youthShare, language) })}</td>
                    <td className="num">
                      {change === null
                        ? t('compare.direction.none')
                        : `${t('compare.points', { value: `${change > 0 ? '+' : change < 0 ? '−' : ''}${formatOneDecimal(Math.abs(change), language)}` })} (${t(`compare.direction.${latest.direction ?? 'none'}`)})`}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <TrendChart rows={rows} periodText={periodText} />
    </section>
  );
}
