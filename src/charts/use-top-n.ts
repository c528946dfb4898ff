// The "highest N, or all" state of a chart with many rows (chart-scale.ts), shared by the bar charts.

import { useCallback, useMemo, useState } from 'react';
import { CHART_TOP_N, topIndexes } from './chart-scale';
import type { ChartLimit } from './chart-frame';

/**
 * Which items a chart draws: with more than `n` items, at first the `n` with the highest `scores` (see
 * {@link topIndexes}), all after the frame's "Toon alle" switch. `limit` is what {@link ChartFrame} shows
 * (note and switch), null when everything fits.
 */
export function useTopN(scores: readonly (number | null)[], n: number = CHART_TOP_N): { indexes: number[]; limit: ChartLimit | null } {
  const [expanded, setExpanded] = useState(false);
  const onToggle = useCallback(() => setExpanded((e) => !e), []);
  const indexes = useMemo(() => (expanded ? scores.map((_, i) => i) : topIndexes(scores, n)), [expanded, scores, n]);
  const limit = scores.length > n ? { top: n, total: scores.length, expanded, onToggle } : null;
  return { indexes, limit };
}
