// Grouped vertical bars: one group per entity, one bar per platform in its colour, for the metric chosen on the compare screen.

import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Platform } from '../core/model/platform';
import { PLATFORM_LABELS } from '../core/model/platform';
import { charsThatFit, niceTicks, NO_GRID_LINES } from './chart-scale';
import { ChartFrame } from './chart-frame';
import type { ChartSpec } from './chart-spec';
import { PLATFORM_CODES, PLATFORM_COLORS, REFERENCE_COLOR } from './palette';
import { plainTick } from './plain-tick';
import { useTopN } from './use-top-n';
import { useFrameWidth } from './use-element-width';

/** One group (an entity) with a value per platform; null = no value (no bar, never 0). */
export interface GroupedBarGroup {
  key: string;
  label: string;
  values: Partial<Record<Platform, number | null>>;
}

/** Props: the spec (title, source, data table …), the groups, the platforms drawn, how to format a value, and an optional reference line (index 100). */
export interface GroupedBarChartProps {
  spec: ChartSpec;
  groups: readonly GroupedBarGroup[];
  platforms: readonly Platform[];
  format: (value: number) => string;
  /**
   * How to format an axis tick, given all the ticks (round values, {@link niceTicks}) so it can show as many
   * decimals as they need (`tickDecimals`): `400`, not `400,0`; `2,5 %`, not `3 %`. Default `format`.
   */
  formatAxis?: (value: number, ticks: readonly number[]) => string;
  reference?: { value: number; label: string } | null;
}

/** Recharts' props for a custom bar label: the bar's box (x, y, width, height in px). */
interface BarLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
}

/**
 * The platform's short code (`FB`, `YT` …) at the end of its bar, so the platform is told by text and not by
 * colour alone; upright bars get it above (turned when the bar is narrower than the code), lying bars to
 * the right. Nothing for a bar without length.
 */
function PlatformCode({ code, upright, ...box }: BarLabelProps & { code: string; upright: boolean }) {
  const [x, y, w, h] = [box.x, box.y, box.width, box.height].map(Number) as [number, number, number, number];
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  if (!upright) {
    if (!(w > 0)) return null;
    return (
      <text x={x + w + 3} y={y + h / 2} dominantBaseline="central" fontSize={10} fill="#1b1b1b">
        {code}
      </text>
    );
  }
  if (!(h > 0)) return null;
  const cx = x + w / 2;
  if (w >= 16) {
    return (
      <text x={cx} y={y - 4} textAnchor="middle" fontSize={11} fill="#1b1b1b">
        {code}
      </text>
    );
  }
  return (
    <text x={cx} y={y - 4} textAnchor="start" dominantBaseline="central" fontSize={10} fill="#1b1b1b" transform={`rotate(-90 ${cx} ${y - 4})`}>
      {code}
    </text>
  );
}

/** Up to this many groups the bars stand upright with the names under them; more lie down, one row each. */
const UPRIGHT_MAX = 8;
/** Pixels a group needs for upright bars with a readable name under them; narrower: horizontal bars. */
const UPRIGHT_MIN_GROUP_PX = 110;

/**
 * A Recharts bar chart in a {@link ChartFrame}: a group per entity, a bar per platform (`PLATFORM_COLORS`,
 * named in the legend and tooltip), values from 0 on an axis with round ticks ({@link niceTicks}: 0, 5, 10,
 * 15 %, never 3,5 / 7 / 10,5 % labelled rounded; the exported SVG/PNG copies this axis); a missing value draws no bar. An optional dashed
 * reference line (e.g. index 100 = proportional) is labelled. Up to {@link UPRIGHT_MAX} groups, each with at
 * least {@link UPRIGHT_MIN_GROUP_PX} pixels, the bars stand upright; otherwise they lie down, one row per
 * group, so the names stay readable. With more than
 * `CHART_TOP_N` groups only the highest (by their highest bar) are drawn until "Toon alle"
 * ({@link useTopN}); names are plain, pre-shortened text with the full name as tooltip ({@link plainTick}).
 */
export const GroupedBarChart = memo(function GroupedBarChart({ spec, groups, platforms, format, formatAxis, reference }: GroupedBarChartProps) {
  const [width, onWidth] = useFrameWidth(720);
  const scores = useMemo(
    () => groups.map((g) => platforms.reduce<number | null>((best, p) => (typeof g.values[p] === 'number' ? Math.max(best ?? Number.NEGATIVE_INFINITY, g.values[p]) : best), null)),
    [groups, platforms],
  );
  const { indexes, limit } = useTopN(scores);
  const data = useMemo(
    () => indexes.map((i) => groups[i]!).map((g) => ({ label: g.label, ...Object.fromEntries(platforms.map((p) => [p, g.values[p] ?? null])) })),
    [indexes, groups, platforms],
  );
  const fontSize = width < 560 ? 11 : 13;
  // Upright only where each group has room for a name (on a phone, upright groups left "Tes..", "Tes..", "Tes..").
  const upright = data.length <= UPRIGHT_MAX && width / Math.max(1, data.length) >= UPRIGHT_MIN_GROUP_PX;
  const axisWidth = Math.min(200, Math.round(width * 0.35));
  const tick = upright
    ? plainTick('bottom', charsThatFit(width / Math.max(1, data.length) - 8, fontSize), fontSize)
    : plainTick('left', charsThatFit(axisWidth - 10, fontSize), fontSize);
  const height = upright ? 300 : 40 + data.length * Math.max(24, platforms.length * 10 + 14);
  // Round ticks from 0 past the highest bar (and the reference line, so it is always drawn): Recharts' own
  // ticks fell at 3,5 / 7 / 10,5 % and read "4 % 7 % 11 %" once rounded.
  const ticks = useMemo(() => {
    let max = reference?.value ?? 0;
    for (const row of data) for (const p of platforms) max = Math.max(max, Number((row as Record<string, unknown>)[p] ?? 0) || 0);
    return niceTicks(max);
  }, [data, platforms, reference]);
  const formatTick = (v: number) => (formatAxis ? formatAxis(v, ticks) : format(v));
  // Value labels as plain text too: Recharts' own tick text measures every word in the page.
  const valueAxis = {
    interval: 0,
    ticks,
    domain: [0, ticks[ticks.length - 1]!],
    stroke: '#4a4a4a',
    tick: plainTick(upright ? 'left' : 'bottom', 10, 12, 1, { format: (v) => formatTick(Number(v)), title: false }),
  };
  // The legend names each platform with its code (written at its bars) and explains the dashed reference
  // line, so no label is ever drawn over the bars.
  const framed = useMemo<ChartSpec>(
    () => ({
      ...spec,
      legend: [
        ...spec.legend.map((item) => {
          const platform = platforms.find((p) => PLATFORM_LABELS[p] === item.label);
          return platform ? { ...item, label: `${item.label} (${PLATFORM_CODES[platform]})` } : item;
        }),
        ...(reference ? [{ label: reference.label, color: REFERENCE_COLOR, shape: 'dashed-line' as const }] : []),
      ],
    }),
    [spec, platforms, reference],
  );
  return (
    <ChartFrame spec={framed} limit={limit} onWidth={onWidth}>
      <div>
        <BarChart
          width={width}
          height={height}
          data={data}
          layout={upright ? 'horizontal' : 'vertical'}
          margin={{ top: 28, right: 24, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid
            vertical={!upright}
            horizontal={upright}
            {...(upright ? { verticalCoordinatesGenerator: NO_GRID_LINES } : { horizontalCoordinatesGenerator: NO_GRID_LINES })}
            stroke="#d0d0d0"
          />
          {upright ? (
            <>
              <XAxis dataKey="label" interval={0} stroke="#4a4a4a" tick={tick} />
              <YAxis {...valueAxis} width={64} />
            </>
          ) : (
            <>
              <XAxis type="number" {...valueAxis} />
              <YAxis type="category" dataKey="label" interval={0} width={axisWidth} stroke="#4a4a4a" tick={tick} />
            </>
          )}
          <Tooltip formatter={(v: unknown) => (typeof v === 'number' ? format(v) : '—')} />
          {reference ? (
            <ReferenceLine {...(upright ? { y: reference.value } : { x: reference.value })} stroke={REFERENCE_COLOR} strokeDasharray="6 4" />
          ) : null}
          {platforms.map((p) => (
            <Bar key={p} dataKey={p} name={PLATFORM_LABELS[p]} fill={PLATFORM_COLORS[p]} isAnimationActive={false} maxBarSize={upright ? 36 : 12}>
              <LabelList dataKey={p} content={(props: BarLabelProps) => <PlatformCode {...props} code={PLATFORM_CODES[p]} upright={upright} />} />
            </Bar>
          ))}
        </BarChart>
      </div>
    </ChartFrame>
  );
});
