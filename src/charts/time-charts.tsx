// Charts over time, each in the chart frame (data table, PNG/SVG/CSV): a metric per account by day, week or
// month; the youth share of each dated split against the population; young people reached per quarter,
// stacked by platform. Readable at three years of daily data: buckets, never 1.000 bars.

import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { incompleteBuckets, lineTrend, metricLines, platformsIn, youthShareOverTime } from '../core/answer/time-data';
import type { QuarterRow } from '../core/answer/time-data';
import { PLATFORM_LABELS } from '../core/model/platform';
import type { Period } from '../core/model/observation';
import { seriesPoints } from '../core/read-model/account-history';
import type { AccountHistory } from '../core/read-model/account-history';
import type { AccountInput, YouthBand } from '../core/read-model/account-figures';
import { populationShareFigure } from '../core/read-model/account-figures';
import type { SeriesMetric } from '../core/read-model/import-summary';
import { SERIES_METRICS } from '../core/read-model/import-summary';
import { defaultGranularity } from '../core/read-model/series';
import type { Granularity } from '../core/read-model/series';
import type { ReferenceSet } from '../core/reference/reference-figure';
import { formatCount, formatDate, formatPercent, formatPeriod, INTL_LOCALE } from '../i18n/format';
import { useLanguage } from '../i18n/i18n';
import type { Language } from '../i18n/format';
import { ChartFrame } from './chart-frame';
import { localIsoDate } from './chart-spec';
import type { ChartSpec } from './chart-spec';
import { PLATFORM_COLORS, REFERENCE_COLOR } from './palette';
import { useFrameWidth } from './use-element-width';
import { NO_GRID_LINES, shareAxisTicks, spreadTicks } from './chart-scale';
import { plainTick } from './plain-tick';

const AXIS = { stroke: '#4a4a4a', tick: { fill: '#1b1b1b', fontSize: 12 } };
/** Room per date label on a time axis ("30 sep 2025" at 12 px, with a gap), for {@link spreadTicks}. */
const DATE_LABEL_PX = 100;
/** Room per quarter label ("K3 2025"). */
const QUARTER_LABEL_PX = 72;

/** How many weeks or months with missing days the chart's note names (the data table has them all). */
const INCOMPLETE_LISTED = 5;

/**
 * A metric of an entity's accounts over `period`, one line per account (its platform's colour), with a
 * choice of metric and of day / week / month (default by the period's length: days up to a quarter, weeks
 * up to two years, months beyond). A gap is a break in the line, never 0.
 */
export const MetricOverTimeChart = memo(function MetricOverTimeChart({ id, entityName, accounts, period }: { id: string; entityName: string; accounts: readonly (AccountInput & { label: string })[]; period: Period }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const inPeriod = (m: SeriesMetric) => accounts.flatMap((a) => seriesPoints(a.history.series[m], period));
  const available = SERIES_METRICS.filter((m) => inPeriod(m).length > 0);
  // The default is the first metric with a value other than 0 (an X export's views column can be all 0).
  const preferred = available.find((m) => inPeriod(m).some((p) => p.value !== 0)) ?? available[0] ?? null;
  const [metric, setMetric] = useState<SeriesMetric | null>(null);
  const [granularity, setGranularity] = useState<Granularity>(defaultGranularity(period));
  const chosen = metric && available.includes(metric) ? metric : preferred;
  const lines = useMemo(() => (chosen ? metricLines(accounts, chosen, period, granularity) : []), [accounts, chosen, period, granularity]);
  const [width, onWidth] = useFrameWidth(720);
  if (!chosen || lines.length === 0) return <p>{t('answer.time.empty')}</p>;
  const metricName = t(`answer.time.metric.${chosen}`);
  const g = t(`answer.time.granularity.${granularity}`);
  // Unique counts (reach, viewers) summed over days count a person once per day: said in the unit.
  const unique = chosen === 'reach' || chosen === 'viewers';
  const unit = t(`answer.time.unit.${granularity === 'day' ? 'count' : chosen === 'followers' ? 'level' : unique ? 'sumUnique' : 'sum'}`);
  const data = lines[0]!.buckets.map((b, i) => ({ x: b.start, ...Object.fromEntries(lines.map((l) => [l.key, l.buckets[i]!.value])) }));
  // A week or month with days missing is the sum of the days with data only: said in a note, and each
  // line's days with data get a column of their own (a follower level is the last level, not a sum).
  const incomplete = granularity !== 'day' && chosen !== 'followers' ? incompleteBuckets(lines) : [];
  const lacking = new Set(incomplete.map((b) => b.label));
  const daysColumns = lines.filter((l) => lacking.has(l.label));
  const incompleteNote =
    incomplete.length === 0
      ? []
      : [
          t('answer.time.incompleteNote', {
            count: incomplete.length,
            list: incomplete
              .slice(0, INCOMPLETE_LISTED)
              .map((b) => t('answer.time.incompleteItem', { bucket: formatPeriod({ start: b.start, end: b.end }, language, ''), line: b.label, days: b.days, of: b.of }))
              .join('; '),
            more: incomplete.length > INCOMPLETE_LISTED ? t('answer.time.incompleteMore', { count: incomplete.length - INCOMPLETE_LISTED }) : '',
          }),
        ];
  const spec: ChartSpec = {
    id: `${id}-${chosen}`,
    title: t('answer.time.metricTitle', { metric: metricName }),
    subtitle: t('answer.time.metricSubtitle', { entity: entityName, period: formatPeriod(period, language, ''), granularity: g }),
    source: t('answer.time.metricSource', { platforms: [...new Set(lines.map((l) => PLATFORM_LABELS[l.platform]))].join(', ') }),
    madeOn: localIsoDate(),
    description: t('answer.time.metricDescription', { metric: metricName.toLowerCase(), granularity: g, count: lines.length }),
    notes: [...(chosen === 'reach' || chosen === 'viewers' ? [t('answer.time.metricNote')] : []), ...incompleteNote],
    legend: lines.map((l) => ({ label: l.label, color: PLATFORM_COLORS[l.platform], shape: 'bar' as const })),
    // Each value column names its line, its metric and what the number is: a day's count, a week's or
    // month's sum of days, or a follower level (the last of the bucket); the bucket's first and last day.
    columns: [
      { key: 'bucket', label: t('answer.time.colBucket'), kind: 'text' },
      { key: 'bucketEnd', label: t('answer.time.colTo'), kind: 'text' },
      // No rounding: a daily value is written as read (a mapped file may hold 12,5), in the table and the CSV.
      ...lines.map((l) => ({ key: l.key, label: t('answer.time.colMetric', { line: l.label, metric: metricName.toLowerCase(), unit }), kind: 'count' as const })),
      ...daysColumns.map((l) => ({ key: `${l.key}-days`, label: t('answer.time.colDays', { line: l.label }), kind: 'text' as const })),
    ],
    rows: data.map((d, i) => [
      d.x,
      lines[0]!.buckets[i]!.end,
      ...lines.map((l) => (d as Record<string, number | null | string>)[l.key] as number | null),
      ...daysColumns.map((l) => t('answer.time.daysOf', { days: l.buckets[i]!.days, of: l.buckets[i]!.of })),
    ]),
  };
  const nf = new Intl.NumberFormat(INTL_LOCALE[language], { notation: 'compact', maximumFractionDigits: 1 });
  return (
    <div className="time-chart">
      <div className="time-chart__controls">
        <label>
          {t('answer.time.metricLabel')}{' '}
          <select value={chosen} onChange={(e) => setMetric(e.target.value as SeriesMetric)}>
            {available.map((m) => (
              <option key={m} value={m}>
                {t(`answer.time.metric.${m}`)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('answer.time.granularityLabel')}{' '}
          <select value={granularity} onChange={(e) => setGranularity(e.target.value as Granularity)}>
            {(['day', 'week', 'month'] as const).map((x) => (
              <option key={x} value={x}>
                {t(`answer.time.granularity.${x}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ChartFrame spec={spec} onWidth={onWidth}>
        <div>
          <LineChart width={width} height={280} data={data} margin={{ top: 12, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} verticalCoordinatesGenerator={NO_GRID_LINES} stroke="#d0d0d0" />
            <XAxis dataKey="x" {...AXIS} ticks={spreadTicks(data.map((d) => d.x), width - 88, DATE_LABEL_PX)} interval={0} tick={plainTick('bottom', 16, 12, 1, { format: (v) => formatDate(String(v), language), anchorEdges: true, title: false })} />
            <YAxis {...AXIS} interval={0} tick={plainTick('left', 8, 12, 1, { format: (v) => nf.format(Number(v)), title: false })} width={56} />
            <Tooltip labelFormatter={(v) => formatDate(String(v), language)} formatter={(v: unknown) => (typeof v === 'number' ? formatCount(Math.round(v), language) : '—')} />
            {lines.map((l) => (
              // A dot on every value when the line has few (a follower level typed in once would otherwise be invisible).
              <Line key={l.key} type="linear" dataKey={l.key} name={l.label} stroke={PLATFORM_COLORS[l.platform]} strokeWidth={2} dot={l.buckets.filter((b) => b.value !== null).length <= 40} connectNulls={false} isAnimationActive={false} />
            ))}
          </LineChart>
        </div>
      </ChartFrame>
    </div>
  );
});

/** The youth share of each dated split of one account as a line, the population's share as a dashed line, with the trend in words. */
export const YouthShareOverTimeChart = memo(function YouthShareOverTimeChart({
  id,
  entityName,
  account,
  band,
  reference,
  period = null,
}: {
  id: string;
  entityName: string;
  account: Pick<AccountInput, 'platform'> & { history: Pick<AccountHistory, 'splits'> };
  band: YouthBand;
  reference: ReferenceSet;
  /** The chosen period: only splits overlapping it are drawn; null → every dated split. */
  period?: Period | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const points = useMemo(() => youthShareOverTime(account, band, period), [account, band, period]);
  const [width, onWidth] = useFrameWidth(560);
  if (points.length < 2) return null;
  const floor = points[0]!.ageFloor;
  const population = populationShareFigure(reference, floor === 18 && band === '13-24' ? '18-24' : band, floor)?.value ?? null;
  const one = new Intl.NumberFormat(INTL_LOCALE[language], { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const lt = lineTrend(points);
  const trend =
    lt === null
      ? null
      : lt.kind === 'short'
        ? t('answer.time.trendShort', { points: one.format(lt.points), from: formatDate(lt.from, language), to: formatDate(lt.to, language) })
        : t(lt.kind === 'older' ? 'answer.time.trendOlder' : lt.kind === 'younger' ? 'answer.time.trendYounger' : 'answer.time.trendFlat', { points: one.format(lt.perYear) });
  const platform = PLATFORM_LABELS[account.platform];
  const data = points.map((p) => ({ x: p.date, share: p.youthShare, population }));
  const shareTicks = shareAxisTicks(Math.max(population ?? 0, ...points.map((p) => p.youthShare ?? 0)));
  const spec: ChartSpec = {
    id: `${id}-youth-share`,
    title: t('answer.time.shareTitle'),
    subtitle: t('answer.time.shareSubtitle', {
      entity: entityName,
      platform,
      basis: t(`answer.basis.${points[0]!.basis}`),
      floor,
      // The band each plotted share is of (a split from 18 gives 18-24 for 13-24), not only the split's floor.
      ages: floor === 18 && band === '13-24' ? '18-24' : band,
      period: formatPeriod(period ?? { start: points[0]!.period.start, end: points.at(-1)!.period.end }, language, ''),
    }),
    source: t('answer.time.shareSource', { platform }),
    madeOn: localIsoDate(),
    description: t('answer.time.shareDescription', { count: points.length, population: population === null ? t('answer.unknownValue') : formatPercent(population, language, 2) }),
    notes: trend ? [trend] : [],
    legend: [
      { label: platform, color: PLATFORM_COLORS[account.platform], shape: 'bar' },
      { label: t('answer.time.colPopulation'), color: REFERENCE_COLOR, shape: 'marker' },
    ],
    columns: [
      { key: 'date', label: t('answer.time.colDate'), kind: 'text' },
      { key: 'share', label: t('answer.time.colShare'), kind: 'percent', decimals: 1 },
      { key: 'population', label: t('answer.time.colPopulation'), kind: 'percent', decimals: 2 },
    ],
    rows: points.map((p) => [p.date, p.youthShare, population]),
  };
  return (
    <ChartFrame spec={spec} onWidth={onWidth}>
      <div>
        <LineChart width={width} height={240} data={data} margin={{ top: 12, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} verticalCoordinatesGenerator={NO_GRID_LINES} stroke="#d0d0d0" />
          <XAxis dataKey="x" {...AXIS} ticks={spreadTicks(data.map((d) => d.x), width - 80, DATE_LABEL_PX)} interval={0} tick={plainTick('bottom', 16, 12, 1, { format: (v) => formatDate(String(v), language), anchorEdges: true, title: false })} />
          <YAxis {...AXIS} domain={[0, shareTicks.at(-1)!]} ticks={shareTicks} interval={0} tick={plainTick('left', 6, 12, 1, { format: (v) => formatPercent(Number(v), language, 0), title: false })} width={48} />
          <Tooltip labelFormatter={(v) => formatDate(String(v), language)} formatter={(v: unknown) => (typeof v === 'number' ? formatPercent(v, language) : '—')} />
          {population !== null ? <ReferenceLine y={population} stroke={REFERENCE_COLOR} strokeDasharray="6 4" /> : null}
          <Line type="linear" dataKey="share" name={platform} stroke={PLATFORM_COLORS[account.platform]} strokeWidth={2} dot isAnimationActive={false} />
        </LineChart>
      </div>
    </ChartFrame>
  );
});

/** The texts of the two quarterly charts: young people reached (people) and views by young people (events), never mixed. */
const QUARTER_TEXTS = {
  youngPeople: { id: 'answer-quarterly-youth', title: 'quarterTitle', source: 'quarterSource', description: 'quarterDescription', note: 'quarterNote', empty: 'quarterEmpty' },
  youthViews: { id: 'answer-quarterly-views', title: 'viewsQuarterTitle', source: 'viewsQuarterSource', description: 'viewsQuarterDescription', note: 'viewsQuarterNote', empty: 'viewsQuarterEmpty' },
} as const;

/** An axis label for quarter key `2025-Q3`: "K3 2025" in Dutch (kwartaal), "Q3 2025" in English; other text as it is. */
export function quarterLabel(key: string, language: Language): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(key);
  return m ? `${language === 'nl' ? 'K' : 'Q'}${m[2]} ${m[1]}` : key;
}

/**
 * Per quarter over `span` (the chosen period, its quarters clipped to it), stacked by platform, each quarter
 * from its own answer (`rows`, computed by the read-model worker): `field` `youngPeople` (young people reached, people) or `youthViews` (views by young
 * people, events).
 */
export const QuarterlyYouthChart = memo(function QuarterlyYouthChart({
  span,
  band,
  rows,
  field = 'youngPeople',
  wholeSpan = false,
}: {
  span: Period;
  band: YouthBand;
  rows: readonly QuarterRow[];
  field?: 'youngPeople' | 'youthViews';
  /** True when no period is chosen (figures above are each account's most recent split): the chart says it draws every quarter of the data instead. */
  wholeSpan?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const platforms = platformsIn(rows, field);
  const [width, onWidth] = useFrameWidth(720);
  const texts = QUARTER_TEXTS[field];
  if (platforms.length === 0) return <p>{t(`answer.time.${texts.empty}`)}</p>;
  const data = rows.map((r) => ({ x: r.key, ...Object.fromEntries(platforms.map((p) => [p, r[field][p] ?? null])) }));
  const withBars = rows.filter((r) => platforms.some((p) => r[field][p] !== undefined)).map((r) => r.key);
  const labelled = withBars.length > 0 ? withBars : data.map((d) => d.x);
  const spec: ChartSpec = {
    id: texts.id,
    title: t(`answer.time.${texts.title}`),
    subtitle: t('answer.time.quarterSubtitle', { period: formatPeriod(span, language, ''), band }),
    source: t(`answer.time.${texts.source}`),
    madeOn: localIsoDate(),
    description: t(`answer.time.${texts.description}`, { count: rows.length }),
    notes: [t(`answer.time.${texts.note}`), ...(wholeSpan ? [t('answer.time.quarterWholeSpanNote')] : [])],
    legend: platforms.map((p) => ({ label: PLATFORM_LABELS[p], color: PLATFORM_COLORS[p], shape: 'bar' as const })),
    columns: [
      { key: 'quarter', label: t('answer.time.colQuarter'), kind: 'text' },
      { key: 'from', label: t('answer.time.colFrom'), kind: 'text' },
      { key: 'to', label: t('answer.time.colTo'), kind: 'text' },
      ...platforms.map((p) => ({ key: p, label: PLATFORM_LABELS[p], kind: 'count' as const, decimals: 0 })),
    ],
    rows: rows.map((r) => [r.key, r.period.start, r.period.end, ...platforms.map((p) => (r[field][p] === undefined ? null : Math.round(r[field][p]!)))]),
  };
  const nf = new Intl.NumberFormat(INTL_LOCALE[language], { notation: 'compact', maximumFractionDigits: 1 });
  return (
    <ChartFrame spec={spec} onWidth={onWidth}>
      <div>
        <BarChart width={width} height={280} data={data} margin={{ top: 12, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} verticalCoordinatesGenerator={NO_GRID_LINES} stroke="#d0d0d0" />
          {/* The quarters with a bar are labelled (spread when they are many), so a lone bar never sits under
              another quarter's label; "K3 2025" in Dutch. Ticks sit mid-bar, so no label reaches the edges. */}
          <XAxis dataKey="x" {...AXIS} ticks={spreadTicks(labelled, width - 88, QUARTER_LABEL_PX)} interval={0} tick={plainTick('bottom', 10, 12, 1, { format: (v) => quarterLabel(String(v), language), title: false })} />
          <YAxis {...AXIS} interval={0} tick={plainTick('left', 8, 12, 1, { format: (v) => nf.format(Number(v)), title: false })} width={56} />
          <Tooltip formatter={(v: unknown) => (typeof v === 'number' ? formatCount(Math.round(v), language) : '—')} />
          {platforms.map((p) => (
            <Bar key={p} dataKey={p} name={PLATFORM_LABELS[p]} stackId="young" fill={PLATFORM_COLORS[p]} stroke="#ffffff" isAnimationActive={false} />
          ))}
        </BarChart>
      </div>
    </ChartFrame>
  );
});
