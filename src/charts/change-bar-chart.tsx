// Horizontal bars of a change that can be negative (e.g. the youth share in percentage points against the previous period), one bar per row, a zero line between falling and rising.

import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from './chart-frame';
import { filledBar } from './filled-bar';
import { charsThatFit, NO_GRID_LINES } from './chart-scale';
import type { ChartSpec } from './chart-spec';
import { PLATFORM_COLORS, REFERENCE_COLOR } from './palette';
import { plainTick } from './plain-tick';
import { useTopN } from './use-top-n';
import { useFrameWidth } from './use-element-width';

/** One bar: its label (e.g. `OVAM · Facebook`), its value (negative allowed) and its colour (`#RRGGBB`). */
export interface ChangeBar {
  key: string;
  label: string;
  value: number;
  color?: string;
}

/** Each bar in its own colour. */
const ChangeBarShape = filledBar<{ color: string }>((d) => d?.color ?? PLATFORM_COLORS.facebook);

/** Props: the spec (title, source, data table …), the bars, and how to format a value on the axis and tooltip. */
export interface ChangeBarChartProps {
  spec: ChartSpec;
  bars: readonly ChangeBar[];
  format: (value: number) => string;
}

/**
 * A Recharts horizontal bar chart in a {@link ChartFrame}: y = the rows, x = the value with 0 always in the
 * domain and marked by a solid line, so a negative bar goes left of it and a positive one right. With more
 * than `CHART_TOP_N` rows only the largest changes either way (by absolute size) are drawn until
 * "Toon alle" ({@link useTopN}); the axis keeps the extent of all rows, so the switch does not rescale.
 * Row names are plain, pre-shortened text with the full name as tooltip ({@link plainTick}).
 */
export const ChangeBarChart = memo(function ChangeBarChart({ spec, bars, format }: ChangeBarChartProps) {
  const [width, onWidth] = useFrameWidth(560);
  const scores = useMemo(() => bars.map((b) => Math.abs(b.value)), [bars]);
  const { indexes, limit } = useTopN(scores);
  const data = useMemo(
    () => indexes.map((i) => bars[i]!).map((b) => ({ label: b.label, value: b.value, color: b.color ?? PLATFORM_COLORS.facebook })),
    [indexes, bars],
  );
  const extent = Math.max(1, ...scores);
  const height = 56 + 40 * Math.max(1, data.length);
  const fontSize = width < 560 ? 11 : 13;
  const axisWidth = Math.min(200, Math.round(width * 0.35));
  return (
    <ChartFrame spec={spec} limit={limit} onWidth={onWidth}>
      <div>
        <BarChart width={width} height={height} data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} horizontalCoordinatesGenerator={NO_GRID_LINES} stroke="#d0d0d0" />
          <XAxis type="number" interval={0} domain={[-Math.ceil(extent), Math.ceil(extent)]} stroke="#4a4a4a" tick={plainTick('bottom', 10, 12, 1, { format: (v) => format(Number(v)), title: false })} />
          <YAxis type="category" dataKey="label" interval={0} width={axisWidth} stroke="#4a4a4a" tick={plainTick('left', charsThatFit(axisWidth - 10, fontSize), fontSize)} />
          <Tooltip formatter={(v: unknown) => (typeof v === 'number' ? format(v) : '—')} />
          <ReferenceLine x={0} stroke={REFERENCE_COLOR} />
          <Bar dataKey="value" name={spec.columns[1]?.label ?? ''} isAnimationActive={false} maxBarSize={28} shape={ChangeBarShape} />
        </BarChart>
      </div>
    </ChartFrame>
  );
});
