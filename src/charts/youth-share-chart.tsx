// Horizontal bar chart of youth share per account, each bar marked with the population at its own age floor.

import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { formatAgeFloor, formatPercent } from '../i18n/format';
import { useLanguage } from '../i18n/i18n';
import { POPULATION_YOUTH_SHARE } from '../core/reference/population';
import { percentAxisMax } from './youth-share-data';
import type { YouthSharePoint } from './youth-share-data';
import { useElementWidth } from './use-element-width';

const BAR_COLOR = '#1f5fa8'; // 6.6:1 on white
const MARKER_COLOR = '#b3261e'; // 6.1:1 on white
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

/** The population marker: a vertical stroke across the bar at the population share. */
function PopulationMarker(props: { cx?: number; cy?: number }) {
  const { cx, cy } = props;
  if (cx === undefined || cy === undefined) return null;
  return (
    <g>
      <line x1={cx} x2={cx} y1={cy - 15} y2={cy + 15} stroke="#ffffff" strokeWidth={6} />
      <line x1={cx} x2={cx} y1={cy - 15} y2={cy + 15} stroke={MARKER_COLOR} strokeWidth={3} />
    </g>
  );
}

/** Props of {@link YouthShareChart}: the points in display order (see `toYouthShareChartData`). */
export interface YouthShareChartProps {
  points: readonly YouthSharePoint[];
}

/**
 * The chart with its title, legend and source line. The SVG sits in a `role="img"` element whose
 * `aria-label` describes it in words (count of accounts, lowest and highest youth share); the data table
 * under it carries every number. Renders the "nothing to draw" note when `points` is empty.
 */
export const YouthShareChart = memo(function YouthShareChart({ points }: YouthShareChartProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [ref, width] = useElementWidth<HTMLDivElement>(720);
  const narrow = width < NARROW;
  // Entity labels are clipped to what fits the axis (about 7 px a character at 12-13 px).
  const axisWidth = narrow ? 130 : 220;
  const maxChars = narrow ? 15 : 27;
  const labelSize = narrow ? 12 : 13;
  const data = useMemo(() => points.map((p) => ({ ...p })), [points]);
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
            {p.platformLabel} · {formatAgeFloor(p.ageFloor)}
          </tspan>
        </text>
      );
    },
    [data, maxChars, labelSize],
  );

  const renderTooltip = useCallback(
    (props: { active?: boolean; payload?: readonly { payload?: unknown }[] }) => {
      const p = props.active ? (props.payload?.[0]?.payload as YouthSharePoint | undefined) : undefined;
      if (!p) return null;
      return (
        <div className="chart-tooltip">
          <p className="chart-tooltip__title">{p.label}</p>
          <p>
            {t('overview.seriesYouthShare')}: <strong>{formatPercent(p.youthShare, language)}</strong> ({formatAgeFloor(p.ageFloor)})
          </p>
          <p>
            {t('overview.seriesPopulation')}: {formatPercent(p.population, language, 2)}
          </p>
        </div>
      );
    },
    [t, language],
  );

  if (points.length === 0) {
    return <p className="chart-empty">{t('overview.chartEmpty')}</p>;
  }

  const shares = points.map((p) => p.youthShare);
  const description = t('overview.chartDescription', {
    count: points.length,
    min: formatPercent(Math.min(...shares), language),
    max: formatPercent(Math.max(...shares), language),
  });
  const height = points.length * ROW_HEIGHT + 50;

  return (
    <figure className="chart">
      <figcaption>
        <h2 id="youth-share-chart-title">{t('overview.chartTitle')}</h2>
      </figcaption>
      <ul className="chart-legend">
        <li>
          <span className="legend-swatch legend-swatch--bar" aria-hidden="true" />
          {t('overview.seriesYouthShare')}
        </li>
        <li>
          <span className="legend-swatch legend-swatch--marker" aria-hidden="true" />
          {t('overview.seriesPopulation')}
        </li>
      </ul>
      <div ref={ref} className="chart-canvas" role="img" aria-label={description}>
        <ComposedChart
          width={width}
          height={height}
          data={data}
          layout="vertical"
          margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
          accessibilityLayer={false}
          barCategoryGap="28%"
        >
          <CartesianGrid horizontal={false} stroke="#d0d0d0" />
          <XAxis
            type="number"
            interval={0}
            domain={[0, domainMax]}
            ticks={ticks}
            tickFormatter={tickFormatter}
            stroke="#4a4a4a"
            tick={{ fill: '#1b1b1b', fontSize: narrow ? 11 : 12 }}
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
            fill={BAR_COLOR}
            isAnimationActive={false}
            maxBarSize={26}
          />
          <Scatter
            dataKey="population"
            name={t('overview.seriesPopulation')}
            fill={MARKER_COLOR}
            shape={PopulationMarker}
            isAnimationActive={false}
          />
        </ComposedChart>
      </div>
      <p className="chart-note">
        {t('overview.floorNote', {
          pop13: formatPercent(POPULATION_YOUTH_SHARE[13].value, language, 2),
          pop18: formatPercent(POPULATION_YOUTH_SHARE[18].value, language, 2),
        })}
      </p>
      <p className="chart-source">{t('overview.source')}</p>
    </figure>
  );
});
