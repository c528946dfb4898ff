// Grouped vertical bars: one group per entity, one bar per platform in its colour, for the metric chosen on the compare screen (issue 4 §3).

import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Platform } from '../core/model/platform';
import { PLATFORM_LABELS } from '../core/model/platform';
import { ChartFrame } from './chart-frame';
import type { ChartSpec } from './chart-spec';
import { PLATFORM_COLORS, REFERENCE_COLOR } from './palette';
import { useElementWidth } from './use-element-width';

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
  reference?: { value: number; label: string } | null;
}

/**
 * A Recharts bar chart in a {@link ChartFrame}: x = groups, a bar per platform (`PLATFORM_COLORS`, named in
 * the legend and tooltip), y from 0; a missing value draws no bar. An optional dashed reference line (e.g.
 * index 100 = proportional) is labelled.
 */
export const GroupedBarChart = memo(function GroupedBarChart({ spec, groups, platforms, format, reference }: GroupedBarChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>(720);
  const data = useMemo(() => groups.map((g) => ({ label: g.label, ...Object.fromEntries(platforms.map((p) => [p, g.values[p] ?? null])) })), [groups, platforms]);
  return (
    <ChartFrame spec={spec}>
      <div ref={ref}>
        <BarChart width={width} height={300} data={data} margin={{ top: 16, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="#d0d0d0" />
          <XAxis dataKey="label" interval={0} stroke="#4a4a4a" tick={{ fill: '#1b1b1b', fontSize: width < 560 ? 11 : 13 }} />
          <YAxis tickFormatter={format} stroke="#4a4a4a" tick={{ fill: '#1b1b1b', fontSize: 12 }} width={64} />
          <Tooltip formatter={(v: unknown) => (typeof v === 'number' ? format(v) : '—')} />
          {reference ? <ReferenceLine y={reference.value} stroke={REFERENCE_COLOR} strokeDasharray="6 4" label={{ value: reference.label, position: 'insideTopRight', fill: '#1b1b1b', fontSize: 12 }} /> : null}
          {platforms.map((p) => (
            <Bar key={p} dataKey={p} name={PLATFORM_LABELS[p]} fill={PLATFORM_COLORS[p]} isAnimationActive={false} maxBarSize={36} />
          ))}
        </BarChart>
      </div>
    </ChartFrame>
  );
});
