// A bar's shape that takes its fill from its own data entry: one Recharts series instead of a `Cell` per
// bar (each Cell registers in the chart's store when it mounts: a large part of a chart's mount task).

import type { ReactElement } from 'react';

/** What Recharts gives a bar's shape: its box (width or height negative for a bar left of or below 0) and its data entry. */
export interface BarShapeProps<T> {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  payload?: T;
}

/**
 * A bar shape (Recharts `Bar shape`) drawn as one `<rect>` filled with `fillOf(entry)`, `#RRGGBB`; a box of
 * negative width or height is turned around, an empty one draws nothing. Make it once per chart (at module
 * level), not during a render.
 */
export function filledBar<T>(fillOf: (entry: T | undefined) => string): (props: BarShapeProps<T>) => ReactElement | null {
  return function FilledBar({ x, y, width, height, payload }: BarShapeProps<T>) {
    let left = Number(x ?? 0);
    let top = Number(y ?? 0);
    let w = Number(width ?? 0);
    let h = Number(height ?? 0);
    if (!Number.isFinite(w) || !Number.isFinite(h) || w === 0 || h === 0) return null;
    if (w < 0) [left, w] = [left + w, -w];
    if (h < 0) [top, h] = [top + h, -h];
    return <rect x={left} y={top} width={w} height={h} fill={fillOf(payload)} />;
  };
}
