// A 100 % stacked bar per account beside the population's at the same age floor, in the chart frame.

import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import type { Language } from '../i18n/format';
import { formatPercent } from '../i18n/format';
import { useLanguage } from '../i18n/i18n';
import { bandColor, bandStart, profileBands, textColorOn } from './age-profile-data';
import type { AgeProfileRow } from './age-profile-data';
import { ChartFrame } from './chart-frame';
import { charsThatFit, NO_GRID_LINES } from './chart-scale';
import { plainTick } from './plain-tick';
import { useNextTask } from './mount-in-turn';
import { localIsoDate } from './chart-spec';
import type { ChartSpec } from './chart-spec';
import { useFrameWidth } from './use-element-width';
import { useTopN } from './use-top-n';

/** Props: the rows (accounts and population bars, in display order), the title and subtitle. */
export interface AgeProfileChartProps {
  id: string;
  rows: readonly AgeProfileRow[];
  title: string;
  subtitle: string;
}

const ROW_HEIGHT = 42;
/**
 * Room right of the plot: half of the "100%" label centred on the last tick. At 16 px the exported PNG
 * (rendered with the system's sans-serif, e.g. DejaVu Sans, where "100%" is about 36 px at 12 px) cut it
 * to "100"; 28 px holds half of 4 glyphs of up to 1 em at 12 px plus 4 px.
 */
const PLOT_RIGHT = 28;

/** What Recharts gives the shape of a row's bar: its box (the whole 0..1 width) and its data entry. */
interface ProfileShapeProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  payload?: { shares?: Readonly<Record<string, number>> };
}

/**
 * One row of the profile inside its bar's box: a rectangle per band, youngest first, as wide as the band's
 * share 0..1 of the box, parted by a white line; with `labels`, the share printed in the middle of each
 * segment of at least `minLabel` where the text fits ({@link charsThatFit}, 2 px to spare each side:
 * narrow segments side by side ran together, "14%15%15%16%" at 320 px).
 */
function ProfileSegments({ x, y, width, height, payload, bands, labels, minLabel, language }: ProfileShapeProps & { bands: readonly string[]; labels: boolean; minLabel: number; language: Language }) {
  const left = Number(x ?? 0);
  const top = Number(y ?? 0);
  const w = Number(width ?? 0);
  const h = Number(height ?? 0);
  const shares = payload?.shares ?? {};
  let start = 0;
  const parts = [];
  for (const band of bands) {
    const share = shares[band] ?? 0;
    if (share <= 0) continue;
    const sx = left + start * w;
    const sw = share * w;
    start += share;
    const text = labels && share >= minLabel ? formatPercent(share, language, 0) : '';
    parts.push(
      <g key={band}>
        <rect x={sx} y={top} width={sw} height={h} fill={bandColor(band)} stroke="#ffffff" strokeWidth={1} />
        {text !== '' && text.length <= charsThatFit(sw - 4, 11) ? (
          <text x={sx + sw / 2} y={top + h / 2} fill={textColorOn(bandColor(band))} fontSize={11} textAnchor="middle" dominantBaseline="central">
            {text}
          </text>
        ) : null}
      </g>,
    );
  }
  return <g className="age-profile-row">{parts}</g>;
}

/** The share of ages 13-24 in a profile (bands that start at 13 to 24: 13-17, 18-24, 18-20, 21-24). */
function youthShareOfProfile(shares: Readonly<Record<string, number>>): number {
  let sum = 0;
  for (const [band, share] of Object.entries(shares)) if (bandStart(band) >= 13 && bandStart(band) <= 24) sum += share;
  return sum;
}

/**
 * Horizontal 100 % stacked bars, one per row, a segment per age band (youth bands brown, older bands blue,
 * legend naming each band), the share printed in segments of at least 8 %; in a {@link ChartFrame} whose
 * data table lists every row's band shares. Shares of an account are of its audience of known age.
 */
export const AgeProfileChart = memo(function AgeProfileChart({ id, rows, title, subtitle }: AgeProfileChartProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [width, onWidth] = useFrameWidth(720);
  const narrow = width < 560;
  const bands = useMemo(() => profileBands(rows), [rows]);
  // The printed shares come a task after the bars (at 15 rows of 7 bands, 105 labels more to mount).
  const labelsShown = useNextTask();
  // With more than CHART_TOP_N rows: the population bars and the accounts with the highest youth share
  // (13-24) first, the rest behind "Toon alle" (useTopN); the data table keeps every row.
  const scores = useMemo(() => rows.map((r) => (r.kind === 'population' ? Number.POSITIVE_INFINITY : youthShareOfProfile(r.shares))), [rows]);
  const { indexes, limit } = useTopN(scores);
  const data = useMemo(
    () => indexes.map((i) => rows[i]!).map((r) => ({ label: r.label, whole: 1, shares: r.shares })),
    [rows, indexes],
  );
  const spec: ChartSpec = useMemo(
    () => ({
      id,
      title,
      subtitle,
      source: t('entity.profileSource'),
      madeOn: localIsoDate(),
      description: t('entity.profileDescription', { count: rows.filter((r) => r.kind === 'account').length }),
      notes: [t('entity.profileNote')],
      legend: bands.map((b) => ({ label: b, color: bandColor(b), shape: 'bar' as const })),
      columns: [{ key: 'label', label: t('entity.profileRow'), kind: 'text' as const }, ...bands.map((b) => ({ key: b, label: b, kind: 'percent' as const, decimals: 1 }))],
      rows: rows.map((r) => [r.label, ...bands.map((b) => r.shares[b] ?? null)]),
    }),
    [id, title, subtitle, rows, bands, t],
  );
  if (rows.length === 0) return null;
  return (
    <ChartFrame spec={spec} limit={limit} onWidth={onWidth}>
      <div>
        <BarChart width={width} height={data.length * ROW_HEIGHT + 40} data={data} layout="vertical" margin={{ top: 4, right: PLOT_RIGHT, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} horizontalCoordinatesGenerator={NO_GRID_LINES} stroke="#d0d0d0" />
          <XAxis type="number" interval={0} domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} stroke="#4a4a4a" tick={plainTick('bottom', 6, 12, 1, { format: (v) => formatPercent(Number(v), language, 0), title: false })} />
          <YAxis
            type="category"
            dataKey="label"
            width={narrow ? 120 : 210}
            interval={0}
            stroke="#4a4a4a"
            tick={plainTick('left', charsThatFit((narrow ? 120 : 210) - 10, narrow ? 11 : 13), narrow ? 11 : 13, 2)}
          />
          {/* One series whose shape draws every band of its row: a Bar per band (up to 11 series) made
              Recharts compute each series' stack in the mount task (170-225 ms at 15 rows). */}
          <Bar dataKey="whole" fill="none" isAnimationActive={false} shape={(props: ProfileShapeProps) => <ProfileSegments {...props} bands={bands} labels={labelsShown} minLabel={narrow ? 0.12 : 0.08} language={language} />} />
        </BarChart>
      </div>
    </ChartFrame>
  );
});
