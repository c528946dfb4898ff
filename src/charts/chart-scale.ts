// Keeping a chart readable and quick with many rows (a government-wide set has about 100 entities and
// several hundred accounts): draw the highest few by default with a "show all" switch, and label axes with
// plain, pre-shortened text instead of Recharts' measured, word-wrapped labels.

/** How many groups or bars a chart draws before it shows only the highest ones (the rest: "Toon alle"). */
export const CHART_TOP_N = 15;

/**
 * The indexes of the `n` items with the highest `scores`, in their original order (so the chart keeps the
 * order the screen chose). A null score (no value) ranks below every number; ties keep the earlier item.
 * All indexes when there are `n` or fewer items.
 * @param scores one score per item (any real number, or null)
 * @param n how many to keep (≥ 0)
 */
export function topIndexes(scores: readonly (number | null)[], n: number): number[] {
  const all = scores.map((_, i) => i);
  if (scores.length <= n) return all;
  const rank = (i: number): number => scores[i] ?? Number.NEGATIVE_INFINITY;
  const kept = [...all].sort((a, b) => rank(b) - rank(a) || a - b).slice(0, Math.max(0, n));
  return kept.sort((a, b) => a - b);
}

/**
 * `text` cut to at most `max` characters (Unicode code points), the last one an ellipsis `…` when cut;
 * the full text goes in the label's `<title>` and in the data table. `max` below 1 counts as 1.
 */
export function truncateLabel(text: string, max: number): string {
  const chars = Array.from(text);
  const limit = Math.max(1, Math.floor(max));
  return chars.length > limit ? `${chars.slice(0, limit - 1).join('')}…` : text;
}

/**
 * A label on at most `maxLines` lines of at most `max` characters each, broken between words (a `·`
 * separator stays at the end of its line: "De Lijn ·" / "Facebook"); what does not fit is cut with `…`
 * on the last line, as {@link truncateLabel} does: `wrapLabel('Vlaamse bevolking 13+', 16, 2)` →
 * `['Vlaamse', 'bevolking 13+']` ("Vlaamse bevolking" is 17 characters).
 */
export function wrapLabel(text: string, max: number, maxLines: number): string[] {
  const words: string[] = [];
  for (const w of text.split(/\s+/).filter((x) => x !== '')) {
    if (w === '·' && words.length > 0) words[words.length - 1] += ' ·';
    else words.push(w);
  }
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    if (lines.length === maxLines - 1) {
      lines.push(truncateLabel(words.slice(i).join(' '), max));
      break;
    }
    let line = words[i]!;
    i++;
    while (i < words.length && Array.from(`${line} ${words[i]!}`).length <= max) line = `${line} ${words[i++]!}`;
    lines.push(truncateLabel(line, max));
  }
  return lines;
}

/**
 * How many characters of a label fit in `pixels` at `fontSize` px, for the system sans-serif fonts the
 * app uses: an average glyph is taken as 0.6 em wide (a deliberately wide estimate, so a cut label never
 * overflows). No text is measured in the page, so hundreds of labels cost no layout work.
 */
export function charsThatFit(pixels: number, fontSize: number): number {
  return Math.max(1, Math.floor(pixels / (fontSize * 0.6)));
}

/**
 * A grid-line generator that draws no lines, for the direction a chart's `CartesianGrid` leaves off
 * (`horizontalCoordinatesGenerator` / `verticalCoordinatesGenerator`): without it Recharts still computes
 * that direction's ticks, measuring each tick label in the page (a forced layout per label).
 */
export const NO_GRID_LINES = (): number[] => [];

/**
 * The category values a time axis labels: evenly spread over `values`, always the first and the last, as
 * many as fit in `width` pixels for labels `labelPixels` wide (at least 1, or 2 when there are 2 or more).
 * The first label is set from its tick on and the last up to it (`anchorEdges` in plain-tick.tsx), so the
 * step between ticks is at least 1.5 labels: the last label then ends where its centred neighbour's half
 * begins.
 * Given to the axis as `ticks` with `interval={0}`, so Recharts measures no tick text to thin them out
 * (with hundreds of days it measured each label in the page: a forced layout per label).
 */
export function spreadTicks<T>(values: readonly T[], width: number, labelPixels: number): T[] {
  const n = values.length;
  if (n <= 2) return [...values];
  const fit = Math.max(2, 1 + Math.floor(width / (1.5 * labelPixels)));
  if (fit >= n) return [...values];
  const out: T[] = [];
  for (let k = 0; k < fit; k++) out.push(values[Math.round((k * (n - 1)) / (fit - 1))]!);
  return out;
}

/**
 * The ticks of a share axis (0..1) reaching `max`: every 5 points up to 20 %, else every 10 points, so
 * each label is an exact whole percentage of its grid line (automatic ticks at 7,5 % read "8 %").
 */
export function shareAxisTicks(max: number): number[] {
  const step = max <= 0.2 ? 0.05 : 0.1;
  const steps = Math.max(1, Math.ceil(Math.min(1, max) / step - 1e-9));
  return Array.from({ length: steps + 1 }, (_, i) => Math.round(i * step * 100) / 100);
}

/** The "nice" multipliers of a power of ten a value axis steps by: 1, 2, 2,5 and 5 (× 10^k). */
const NICE_STEPS = [1, 2, 2.5, 5, 10] as const;

/**
 * Round ticks for a value axis from 0 up to at least `max`: the smallest step of 1, 2, 2,5 or 5 × 10^k
 * that reaches `max` in at most `intervals` steps (default 4), so every label is the exact value of its
 * grid line: max 0,138 → step 0,05 → `[0, 0.05, 0.1, 0.15]` (automatic ticks read "0 4 7 11 14 %" at
 * 3,5 / 7 / 10,5 / 14 %); max 394,6 → step 100 → `[0, 100, 200, 300, 400]`. A `max` that is not a
 * positive number gives `[0, 1]`. The last tick is the axis' upper end (the domain is `[0, last]`).
 * See https://en.wikipedia.org/wiki/Nice_number (the 1-2-5 series).
 */
export function niceTicks(max: number, intervals = 4): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const n = Math.max(1, Math.floor(intervals));
  const raw = max / n;
  const power = 10 ** Math.floor(Math.log10(raw));
  // The first nice multiple not below the raw step (1e-9: 0.3 / 3 must give 0.1, not 0.2).
  const step = NICE_STEPS.map((m) => m * power).find((s) => s >= raw * (1 - 1e-9)) ?? 10 * power;
  const count = Math.max(1, Math.ceil(max / step - 1e-9));
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/**
 * The fraction digits a tick label needs to show `ticks` exactly (at most 6): `[0, 0.05, 0.1]` as
 * percentages (`scale` 100) → 0 digits; `[0, 2.5, 5]` → 1 digit.
 */
export function tickDecimals(ticks: readonly number[], scale = 1): number {
  let digits = 0;
  for (const t of ticks) {
    const v = Number((t * scale).toPrecision(12));
    while (digits < 6 && Math.abs(Number(v.toFixed(digits)) - v) > 1e-9) digits++;
  }
  return digits;
}
