// Horizontal bar chart of youth share per account, bars in their platform's colour, each marked with the
// population at its own age floor, in a ChartFrame (title, source, export menu, data table).

import { memo, useCallback, useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import type { Basis, Period } from '../core/model/observation';
import { PLATFORM_LABELS } from '../core/model/platform';
import { formatAgeFloor, formatPercent, formatPeriod } from '../i18n/format';
import type { Language } from '../i18n/format';
import { useLanguage } from '../i18n/i18n';
import { ChartFrame } from './chart-frame';
import { filledBar } from './filled-bar';
import { plainTick } from './plain-tick';
import { charsThatFit, NO_GRID_LINES } from './chart-scale';
import { localIsoDate } from './chart-spec';
import type { ChartSpec } from './chart-spec';
import { PLATFORM_COLORS, REFERENCE_COLOR } from './palette';
import { diamondPath } from './svg-export';
import { percentAxisMax, periodSpan, pointPlatforms, youthShareExtremes, youthShareRows } from './youth-share-data';
import type { PopulationShares, YouthSharePoint } from './youth-share-data';
import { useFrameWidth } from './use-element-width';
import { useTopN } from './use-top-n';
const ROW_HEIGHT = 44;
const NARROW = 560;

interface TickProps {
  x?: number | string;
  y?: number | string;
  index?: number;
}

/** Shortens `text` to `max` characters with an ellipsis. */
function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The population marker: a diamond on a vertical stroke across the bar at the population share, near-black
 * with a white halo, so it differs from every bar by shape as well as colour.
 */
function PopulationMarker(props: { cx?: number; cy?: number; payload?: { population?: number | null } }) {
  const { cx, cy } = props;
  // An unknown population figure draws no marker (never a diamond at 0).
  if (cx === undefined || cy === undefined || !Number.isFinite(cx) || props.payload?.population == null) return null;
  return (
    <g className="population-marker">
      <line x1={cx} x2={cx} y1={cy - 15} y2={cy + 15} stroke="#ffffff" strokeWidth={5} />
      <line x1={cx} x2={cx} y1={cy - 15} y2={cy + 15} stroke={REFERENCE_COLOR} strokeWidth={2} />
      <path d={diamondPath(cx, cy, 6)} fill={REFERENCE_COLOR} stroke="#ffffff" strokeWidth={1.5} />
    </g>
  );
}

/** Joins names as a list in the language: `YouTube, Instagram en Facebook`. */
function listNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1] ?? ''}`;
}

/**
 * The period of the age splits behind `points` as text: the span of the periods they state
 * (`1 sep 2025 – 30 sep 2025`), with "(niet elke export vermeldt zijn periode)" when some split states
 * none, or "niet vermeld in de exports" when none does (an undated split is never given another file's period).
 */
export function splitPeriodText(points: readonly { period: Period | null }[], t: TFunction, language: Language): string {
  const { span, someUnknown } = periodSpan(points);
  const unknown = t('charts.youthShare.periodUnknown');
  if (!span) return unknown;
  const text = formatPeriod(span, language, unknown);
  return someUnknown ? t('charts.youthShare.periodPartly', { period: text }) : text;
}

/**
 * The chart's {@link ChartSpec} in the interface language: title, subtitle (all entities and platforms,
 * the count, the span of the known periods), the generated description (highest and lowest account), the
 * source naming the platforms drawn, the age-floor note, the legend (one entry per platform drawn and the
 * population diamond) and the data (entity, platform, youth share, age floor, population share).
 * `population` is the population's youth share per floor in the reference set in use; an unknown figure
 * reads `onbekend`/`unknown`, never 0.
 */
export function youthShareSpec(
  points: readonly YouthSharePoint[],
  population: PopulationShares,
  t: TFunction,
  language: Language,
  madeOn: string,
): ChartSpec {
  const popText = (v: number | null): string => (v === null ? t('answer.unknownValue') : formatPercent(v, language, 2));
  const periodText = splitPeriodText(points, t, language);
  const extremes = youthShareExtremes(points);
  const platforms = pointPlatforms(points);
  const title = t('charts.youthShare.title');
  return {
    id: 'youth-share',
    title,
    subtitle: t('charts.youthShare.subtitle', { count: points.length, period: periodText }),
    source: t('charts.youthShare.source', {
      platforms: listNames(platforms.map((p) => PLATFORM_LABELS[p]), t('charts.youthShare.and')),
    }),
    madeOn,
    description: extremes
      ? t('charts.youthShare.description', {
          count: points.length,
          highest: extremes.highest.label,
          highestShare: formatPercent(extremes.highest.youthShare, language),
          lowest: extremes.lowest.label,
          lowestShare: formatPercent(extremes.lowest.youthShare, language),
        })
      : title,
    // The note names the band the bars are a share of, and its population share at each floor.
    notes: [
      t(population.band === '13-24' ? 'overview.floorNote' : population.band === '18-24' ? 'overview.floorNote1824' : 'overview.floorNote1317', {
        pop13: popText(population[13]),
        pop18: popText(population[18]),
      }),
    ],
    legend: [
      ...platforms.map((p) => ({ label: PLATFORM_LABELS[p], color: PLATFORM_COLORS[p], shape: 'bar' as const })),
      { label: t('charts.youthShare.population'), color: REFERENCE_COLOR, shape: 'marker' as const },
    ],
    columns: [
      { key: 'entity', label: t('charts.youthShare.colEntity'), kind: 'text' },
      { key: 'platform', label: t('charts.youthShare.colPlatform'), kind: 'text' },
      { key: 'youthShare', label: t('charts.youthShare.colYouthShare'), kind: 'percent', decimals: 1 },
      { key: 'basis', label: t('charts.youthShare.colBasis'), kind: 'text' },
      { key: 'ageFloor', label: t('charts.youthShare.colAgeFloor'), kind: 'text' },
      { key: 'population', label: t('charts.youthShare.colPopulation'), kind: 'percent', decimals: 2 },
    ],
    rows: youthShareRows(points, (b) => t(`basis.${b}`)),
  };
}

/**
 * Props of {@link YouthShareChart}: the points in display order (see `toYouthShareChartData`) and the
 * population's youth share per floor in the reference set in use (`populationSharesOf`), for the note.
 */
export interface YouthShareChartProps {
  points: readonly YouthSharePoint[];
  population: PopulationShares;
}

/** One account's bar in its platform's colour. */
const PlatformBar = filledBar<YouthSharePoint>((p) => (p ? PLATFORM_COLORS[p.platform] : REFERENCE_COLOR));

/**
 * The chart in a {@link ChartFrame} (title, subtitle, legend, source, date made, export menu, toggled data
 * table). Bars take their platform's colour (`PLATFORM_COLORS`) and their label names entity, platform and
 * age floor; the frame's `role="img"` element carries the generated description (highest and lowest
 * account). Renders the "nothing to draw" note when `points` is empty.
 */
export const YouthShareChart = memo(function YouthShareChart({ points, population }: YouthShareChartProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [width, onWidth] = useFrameWidth(720);
  const narrow = width < NARROW;
  // Entity labels are clipped to what fits the axis (about 7 px a character at 12-13 px).
  const axisWidth = narrow ? 130 : 220;
  const maxChars = narrow ? 15 : 27;
  const labelSize = narrow ? 12 : 13;
  // With more than CHART_TOP_N accounts, the highest youth shares first and the rest behind "Toon alle"
  // (useTopN); the spec (data table, exports) keeps every account.
  const scores = useMemo(() => points.map((p) => p.youthShare), [points]);
  const { indexes, limit } = useTopN(scores);
  const data = useMemo(() => indexes.map((i) => ({ ...points[i]! })), [points, indexes]);
  const spec = useMemo(
    () => youthShareSpec(points, population, t, language, localIsoDate()),
    [points, population, t, language],
  );
  // The axis runs to the largest value rounded up to 5 points (10 above 50 %). Ticks every 5 or 10 points;
  // on a narrow screen every 10 or 20, so the labels never collide.
  const rawMax = percentAxisMax(points);
  const domainMax = rawMax <= 0.5 ? rawMax : Math.min(1, Math.ceil(Math.round(rawMax * 100) / 10) / 10);
  const step = narrow ? (domainMax > 0.4 ? 0.2 : 0.1) : domainMax <= 0.5 ? 0.05 : 0.1;
  const ticks = useMemo(() => {
    const out: number[] = [];
    for (let i = 0; i * step <= domainMax + 1e-9; i++) out.push(Math.round(i * step * 100) / 100);
    return out;
  }, [domainMax, step]);

  const tickFormatter = useCallback((v: number) => formatPercent(v, language, 0), [language]);
  // The label's second line names platform, age floor and, where the line fits the axis, the basis
  // ("Facebook · 18+ · volgers"); on a phone it stays "Facebook · 18+" (the tooltip and table name the basis).
  const basisText = useCallback((b: Basis | null) => (b ? t(`basis.${b}`) : null), [t]);
  const secondLine = useCallback(
    (p: YouthSharePoint) => {
      const short = `${p.platformLabel} · ${formatAgeFloor(p.ageFloor)}`;
      const basis = basisText(p.basis);
      const full = basis ? `${short} · ${basis}` : short;
      return Array.from(full).length <= charsThatFit(axisWidth - 6, 12) ? full : short;
    },
    [basisText, axisWidth],
  );
  const renderTick = useCallback(
    (props: TickProps) => {
      const p = props.index !== undefined ? data[props.index] : undefined;
      if (!p) return <g />;
      const x = Number(props.x ?? 0);
      const y = Number(props.y ?? 0);
      return (
        <text x={x - 6} y={y} textAnchor="end" fill="#1b1b1b" fontSize={labelSize}>
          <title>{p.label}</title>
          <tspan x={x - 6} dy={-3}>
            {clip(p.entityName, maxChars)}
          </tspan>
          <tspan x={x - 6} dy={15} fill="#4a4a4a" fontSize={12}>
            {secondLine(p)}
          </tspan>
        </text>
      );
    },
    [data, maxChars, labelSize, secondLine],
  );

  const renderTooltip = useCallback(
    (props: { active?: boolean; payload?: readonly { payload?: unknown }[] }) => {
      const p = props.active ? (props.payload?.[0]?.payload as YouthSharePoint | undefined) : undefined;
      if (!p) return null;
      return (
        <div className="chart-tooltip">
          <p className="chart-tooltip__title">{p.label}</p>
          <p>
            {t('overview.seriesYouthShare')}: <strong>{formatPercent(p.youthShare, language)}</strong> ({[basisText(p.basis), formatAgeFloor(p.ageFloor)].filter(Boolean).join(', ')})
          </p>
          <p>
            {t('overview.seriesPopulation')}:{' '}
            {p.population === null ? t('answer.unknownValue') : formatPercent(p.population, language, 2)}
          </p>
        </div>
      );
    },
    [t, language, basisText],
  );

  if (points.length === 0) {
    return <p className="chart-empty">{t('overview.chartEmpty')}</p>;
  }

  const height = data.length * ROW_HEIGHT + 50;

  return (
    <ChartFrame spec={spec} limit={limit} onWidth={onWidth}>
      <div>
        <ComposedChart
          width={width}
          height={height}
          data={data}
          layout="vertical"
          margin={{ top: 8, right: 28, bottom: 8, left: 0 }}
          accessibilityLayer={false}
          barCategoryGap="28%"
        >
          <CartesianGrid horizontal={false} horizontalCoordinatesGenerator={NO_GRID_LINES} stroke="#d0d0d0" />
          <XAxis
            type="number"
            interval={0}
            domain={[0, domainMax]}
            ticks={ticks}
            stroke="#4a4a4a"
            tick={plainTick('bottom', 6, narrow ? 11 : 12, 1, { format: (v) => tickFormatter(Number(v)), title: false })}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={axisWidth}
            interval={0}
            tick={renderTick}
            stroke="#4a4a4a"
          />
          <Tooltip cursor={{ fill: '#eef3fa' }} content={renderTooltip} />
          <Bar
            dataKey="youthShare"
            name={t('overview.seriesYouthShare')}
            isAnimationActive={false}
            maxBarSize={26}
            shape={PlatformBar}
          />
          <Scatter
            dataKey="population"
            name={t('overview.seriesPopulation')}
            fill={REFERENCE_COLOR}
            shape={PopulationMarker}
            isAnimationActive={false}
          />
        </ComposedChart>
      </div>
    </ChartFrame>
  );
});
