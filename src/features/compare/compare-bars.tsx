// The compare screen's grouped bars: the chosen metric per entity and platform.

import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../charts/chart-spec';
import type { ChartSpec } from '../../charts/chart-spec';
import { tickDecimals } from '../../charts/chart-scale';
import { GroupedBarChart } from '../../charts/grouped-bar-chart';
import { PLATFORM_COLORS } from '../../charts/palette';
import type { GroupedBarGroup } from '../../charts/grouped-bar-chart';
import type { Answer, AnswerAccount } from '../../core/answer/answer-types';
import { PLATFORM_LABELS } from '../../core/model/platform';
import type { Platform } from '../../core/model/platform';
import type { ScreenEntity } from '../../db/answer-repo';
import { formatCount, formatPercent } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import type { CompareFilters } from './compare-filters';
import { metricOf } from './compare-metric';

/** Up to this many entities the chart's subtitle names them; above it, it gives their number. */
const SUBTITLE_NAMES = 5;

/** The grouped bars of the chosen metric: a group per selected entity, a bar per selected platform with a value. */
export function Bars({ filters, entities, answer, platforms, periodText }: { filters: CompareFilters; entities: readonly ScreenEntity[]; answer: Answer; platforms: readonly Platform[]; periodText: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const metricName = t(`compare.metric.${filters.metric}`);
  // The audience each bar's age split is of (basis and age floor) → the bars of that kind, to say when they differ.
  const kinds = new Map<string, { basis: string; floor: number; bars: string[] }>();
  const groups: GroupedBarGroup[] = entities.map((e) => {
    const ea = answer.entities.find((x) => x.entityId === e.entityId);
    const values: Partial<Record<Platform, number | null>> = {};
    for (const p of platforms) {
      let account: AnswerAccount | undefined;
      let value: number | null = null;
      for (const m of ea?.accounts ?? []) {
        const r = m.platform === p ? metricOf(m, filters.metric) : null;
        if (r && 'value' in r) {
          account = m;
          value = r.value;
          break;
        }
      }
      values[p] = value;
      if (account?.youthShare) {
        const { basis, ageFloor } = account.youthShare;
        const key = `${basis}|${ageFloor}`;
        if (!kinds.has(key)) kinds.set(key, { basis, floor: ageFloor, bars: [] });
        kinds.get(key)!.bars.push(`${e.name} · ${PLATFORM_LABELS[p]}`);
      }
    }
    return { key: e.entityId, label: e.name, values };
  });
  // Bars of different audiences (followers next to views, 13+ next to 18+) are not like with like: the note
  // names each kind with its first bars.
  const mixed =
    kinds.size > 1
      ? t('compare.barsMixed', {
          list: [...kinds.values()]
            .map((k) =>
              t('compare.barsMixedKind', {
                basis: t(`answer.basis.${k.basis}`),
                floor: k.floor,
                bars: k.bars.slice(0, 3).join(', ') + (k.bars.length > 3 ? t('compare.barsMixedMore', { count: k.bars.length - 3 }) : ''),
              }),
            )
            .join('; '),
        })
      : null;
  const drawn = platforms.filter((p) => groups.some((g) => g.values[p] !== null && g.values[p] !== undefined));
  const count = groups.reduce((n, g) => n + drawn.filter((p) => g.values[p] != null).length, 0);
  const spec: ChartSpec = {
    id: 'compare-bars',
    title: t('compare.barsTitle', { metric: metricName }),
    // Names up to SUBTITLE_NAMES entities; more would make the subtitle a wall of names (100 at government scale).
    subtitle:
      entities.length > SUBTITLE_NAMES
        ? t('compare.barsSubtitleMany', { count: entities.length, period: periodText })
        : t('compare.barsSubtitle', { entities: entities.map((e) => e.name).join(', '), period: periodText }),
    source: t('compare.barsSource', { platforms: drawn.map((p) => PLATFORM_LABELS[p]).join(', ') }),
    madeOn: localIsoDate(),
    description: t('compare.barsDescription', { metric: metricName, count }),
    // Not the matrix's colour scale ("hoe donkerder blauw …"): the bars are in platform colours.
    notes: [t(`compare.barsNote.${filters.metric}`), ...(mixed ? [mixed] : [])],
    legend: drawn.map((p) => ({ label: PLATFORM_LABELS[p], color: PLATFORM_COLORS[p], shape: 'bar' as const })),
    columns: [
      { key: 'entity', label: t('compare.colEntity'), kind: 'text' },
      ...drawn.map((p) => ({ key: p, label: PLATFORM_LABELS[p], kind: filters.metric === 'youthShare' ? ('percent' as const) : ('count' as const), decimals: filters.metric === 'reach' ? 0 : 1 })),
    ],
    rows: groups.map((g) => [g.label, ...drawn.map((p) => g.values[p] ?? null)]),
  };
  if (count === 0) return <p>{t('compare.barsEmpty')}</p>;
  return (
    <GroupedBarChart
      spec={spec}
      groups={groups}
      platforms={drawn}
      format={(v) => (filters.metric === 'youthShare' ? formatPercent(v, language, 0) : formatCount(Math.round(v), language))}
      formatAxis={(v, ticks) => (filters.metric === 'youthShare' ? formatPercent(v, language, tickDecimals(ticks, 100)) : formatCount(v, language))}
      reference={filters.metric === 'index' || filters.metric === 'platformIndex' ? { value: 100, label: t('compare.indexReference') } : null}
    />
  );
}
