// Grouped vertical bars: one group per entity, one bar per platform in its colour, for the metric chosen on the compare screen (issue 4 §3).

import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Platform } from '../core/model/platform';
import { PLATFORM_LABELS } from '../core/model/platform';
import { ChartFrame } from './chart-frame';
import type { ChartSpec } from './chart-spec';
import { PLATFORM_CODES, PLATFORM_COLORS, REFERENCE_COLOR } from './palette';
import { useElementWidth } from './use-element-width';

/** One group (an entity) with a value per platform; null = no value (no bar, never 0). */
export interface GroupedBarGroup {
  key: string;
  label: string;
  values: Partial<Record<Platform, number | null>>;
}

/**
 * Props: the spec (title, source, data table …), the groups, the platforms drawn, how to format a value
 * (tooltip), how to format an axis tick (default `format`; pass one without needless decimals: `400`, not
 * `400,0`), and an optional reference line (index 100).
 */
export interface GroupedBarChartProps {
  spec: ChartSpec;
  groups: readonly GroupedBarGroup[];
  platforms: readonly Platform[];
  format: (value: number) => string;
  formatAxis?: (value: number) => string;
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
 * The platform's short code (`FB`, `YT` …) above its bar, so the platform is told by text and not by colour
 * alone; turned upright (rotated) when the bar is narrower than the code. Nothing for a bar without height.
 */
function PlatformCode({ code, ...box }: BarLabelProps & { code: string }) {
  const [x, y, w, h] = [box.x, box.y, box.width, box.height].map(Number) as [number, number, number, number];
  if (!Number.isFinite(x) || !Number.isFinite(y) || !(h > 0)) return null;
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

/**
 * A Recharts bar chart in a {@link ChartFrame}: x = groups, a bar per platform (`PLATFORM_COLORS`, its short
 * code `PLATFORM_CODES` written above it and in the legend, named in the tooltip), y from 0; a missing
 * value draws no bar. An optional dashed reference line (e.g. index 100 = proportional) is explained in
 * the legend rather than by a label on the line, so no label ever covers a bar.
 */
export const GroupedBarChart = memo(function GroupedBarChart({ spec, groups, platforms, format, formatAxis, reference }: GroupedBarChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>(720);
  const data = useMemo(() => groups.map((g) => ({ label: g.label, ...Object.fromEntries(platforms.map((p) => [p, g.values[p] ?? null])) })), [groups, platforms]);
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
    <ChartFrame spec={framed}>
      <div ref={ref}>
        <BarChart width={width} height={300} data={data} margin={{ top: 28, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="#d0d0d0" />
          <XAxis dataKey="label" interval={0} stroke="#4a4a4a" tick={{ fill: '#1b1b1b', fontSize: width < 560 ? 11 : 13 }} />
          <YAxis tickFormatter={formatAxis ?? format} stroke="#4a4a4a" tick={{ fill: '#1b1b1b', fontSize: 12 }} width={64} />
          <Tooltip formatter={(v: unknown) => (typeof v === 'number' ? format(v) : '—')} />
          {reference ? <ReferenceLine y={reference.value} stroke={REFERENCE_COLOR} strokeDasharray="6 4" /> : null}
          {platforms.map((p) => (
            <Bar key={p} dataKey={p} name={PLATFORM_LABELS[p]} fill={PLATFORM_COLORS[p]} isAnimationActive={false} maxBarSize={36}>
              <LabelList dataKey={p} content={(props: BarLabelProps) => <PlatformCode {...props} code={PLATFORM_CODES[p]} />} />
            </Bar>
          ))}
        </BarChart>
      </div>
    </ChartFrame>
  );
});
