// An axis label for Recharts that is drawn as plain SVG text, shortened in advance (chart-scale.ts), with
// the full label as its tooltip. Recharts' own tick (its `Text`) measures each word in the page to wrap
// it; with hundreds of labels that measuring is most of a chart's render time.

import type { ReactElement } from 'react';
import { truncateLabel, wrapLabel } from './chart-scale';

/** What Recharts gives a custom tick: its position and the category (`payload.value`). */
export interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  /** The tick's place among the ticks drawn, and how many are drawn. */
  index?: number;
  visibleTicksCount?: number;
}

/** How a tick writes its label: `format` turns the value into text; `anchorEdges` sets the first label of a 'bottom' axis from its tick and ends the last at it (a time axis: no label cut at the chart's edges). */
export interface TickOptions {
  format?: (value: unknown) => string;
  anchorEdges?: boolean;
  /** A value axis (numbers, dates) sets it false: its labels are never shortened, so they need no tooltip. */
  title?: boolean;
}

/**
 * A tick renderer for a category axis: `side` 'left' for a vertical chart's Y axis (text right-aligned
 * left of the axis), 'bottom' for an X axis (centred under the tick); at most `maxChars` characters
 * a line, on up to `lines` lines for a 'left' tick (broken between words, centred on the tick).
 * `options`: see {@link TickOptions}; without a `format` the label is the value as text.
 */
export function plainTick(side: 'left' | 'bottom', maxChars: number, fontSize: number, lines = 1, options: TickOptions = {}): (props: TickProps) => ReactElement {
  const format = options.format ?? ((value: unknown) => String(value ?? ''));
  const withTitle = options.title !== false;
  return function PlainTick(props: TickProps) {
    const label = format(props.payload?.value);
    const x = Number(props.x ?? 0);
    const y = Number(props.y ?? 0);
    if (side === 'left' && lines > 1) {
      const parts = wrapLabel(label, maxChars, lines);
      const lineHeight = fontSize * 1.15;
      return (
        <text x={x - 6} y={y - ((parts.length - 1) * lineHeight) / 2} textAnchor="end" fill="#1b1b1b" fontSize={fontSize}>
          {withTitle ? <title>{label}</title> : null}
          {parts.map((part, i) => (
            <tspan key={i} x={x - 6} dy={i === 0 ? '0.35em' : lineHeight}>
              {part}
            </tspan>
          ))}
        </text>
      );
    }
    return side === 'left' ? (
      <text x={x - 6} y={y} dy="0.35em" textAnchor="end" fill="#1b1b1b" fontSize={fontSize}>
        {withTitle ? <title>{label}</title> : null}
        {truncateLabel(label, maxChars)}
      </text>
    ) : (
      <text x={x} y={y + 4} dy="0.71em" textAnchor={bottomAnchor(props, options.anchorEdges === true)} fill="#1b1b1b" fontSize={fontSize}>
        {withTitle ? <title>{label}</title> : null}
        {truncateLabel(label, maxChars)}
      </text>
    );
  };
}

/** Where a 'bottom' label sits on its tick: centred, or (with `edges`) the first from its tick on and the last up to it. */
function bottomAnchor(props: TickProps, edges: boolean): 'start' | 'middle' | 'end' {
  if (!edges || props.index === undefined || props.visibleTicksCount === undefined || props.visibleTicksCount < 2) return 'middle';
  if (props.index === 0) return 'start';
  return props.index === props.visibleTicksCount - 1 ? 'end' : 'middle';
}
