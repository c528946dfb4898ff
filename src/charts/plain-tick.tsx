// An axis label for Recharts that is drawn as plain SVG text, shortened in advance (chart-scale.ts), with
// the full label as its tooltip. Recharts' own tick (its `Text`) measures each word in the page to wrap
// it; with hundreds of labels that measuring is most of a chart's render time.

import type { ReactElement } from 'react';
import { truncateLabel } from './chart-scale';

/** What Recharts gives a custom tick: its position and the category (`payload.value`). */
export interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/**
 * A tick renderer for a category axis: `side` 'left' for a vertical chart's Y axis (text right-aligned
 * left of the axis), 'bottom' for an X axis (centred under the tick); at most `maxChars` characters.
 */
export function plainTick(side: 'left' | 'bottom', maxChars: number, fontSize: number): (props: TickProps) => ReactElement {
  return function PlainTick(props: TickProps) {
    const label = String(props.payload?.value ?? '');
    const x = Number(props.x ?? 0);
    const y = Number(props.y ?? 0);
    return side === 'left' ? (
      <text x={x - 6} y={y} dy="0.35em" textAnchor="end" fill="#1b1b1b" fontSize={fontSize}>
        <title>{label}</title>
        {truncateLabel(label, maxChars)}
      </text>
    ) : (
      <text x={x} y={y + 4} dy="0.71em" textAnchor="middle" fill="#1b1b1b" fontSize={fontSize}>
        <title>{label}</title>
        {truncateLabel(label, maxChars)}
      </text>
    );
  };
}
