// Cell colours of the compare matrix: a scale per metric, with the text colour that keeps WCAG AA contrast on it.

import { contrastRatio } from '../../charts/palette';
import type { CompareMetric } from './compare-filters';

/** Linear mix of two `#RRGGBB` colours (t 0..1). */
function mix(a: string, b: string, t: number): string {
  const pa = [1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16));
  const pb = [1, 3, 5].map((i) => parseInt(b.slice(i, i + 2), 16));
  return `#${pa.map((v, i) => Math.round(v + (pb[i]! - v) * Math.min(1, Math.max(0, t))).toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

const LIGHT = '#F4F6F9';
const BLUE = '#0B4F8A';
const ORANGE = '#A4410E';

/**
 * The background of a cell: youth share 0 → light … 60 % and more → dark blue; index diverging around 100
 * (0 → dark orange, 100 → light, 200 and more → dark blue, so under- and over-representation differ in hue
 * as well as depth); estimated youth reach on a log scale up to `maxReach`.
 */
export function cellColor(metric: CompareMetric, value: number, maxReach = 1): string {
  return readable(scaleColor(metric, value, maxReach));
}

function scaleColor(metric: CompareMetric, value: number, maxReach: number): string {
  if (metric === 'youthShare') return mix(LIGHT, BLUE, value / 0.6);
  if (metric === 'index' || metric === 'platformIndex') return value < 100 ? mix(ORANGE, LIGHT, value / 100) : mix(LIGHT, BLUE, (value - 100) / 100);
  const t = maxReach > 1 ? Math.log10(1 + Math.max(0, value)) / Math.log10(1 + maxReach) : 0;
  return mix(LIGHT, BLUE, t);
}

/**
 * A mid-tone of the scale against which neither white nor near-black text reaches 4.5:1 is darkened (towards
 * black, in steps of 5 %) until white text does, so every cell's number keeps WCAG AA contrast.
 */
function readable(background: string): string {
  let bg = background;
  for (let step = 1; step <= 20 && Math.max(contrastRatio(bg, '#FFFFFF'), contrastRatio(bg, '#1B1B1B')) < 4.5; step++) bg = mix(background, '#000000', step * 0.05);
  return bg;
}

/** White or near-black, whichever contrasts more with `background` (WCAG 2.1; at least 4.5:1 on this scale). */
export function cellTextColor(background: string): string {
  return contrastRatio(background, '#FFFFFF') >= contrastRatio(background, '#1B1B1B') ? '#FFFFFF' : '#1B1B1B';
}
