// Pure layout helpers for the exported chart image: wrapping text into lines of a given width.

/** Measures a text's width in px at a font size in px (canvas `measureText`, or an estimate in Node). */
export type MeasureText = (text: string, fontSize: number, bold: boolean) => number;

/**
 * An estimate of a system sans-serif text's width: 0.55 em per character, 0.6 em bold (close to Arial,
 * Roboto and Segoe UI for Latin text). Used where no canvas exists (Node, jsdom).
 */
export const estimateTextWidth: MeasureText = (text, fontSize, bold) => text.length * fontSize * (bold ? 0.6 : 0.55);

/**
 * Breaks `text` at spaces into lines no wider than `maxWidth` px (by `measure`); a single word longer than
 * the width gets a line of its own. `wrapText('a bb ccc', 30, 10, …)` with 10 px a character →
 * `['a bb', 'ccc']`. Returns `[]` for empty text.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: MeasureText, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
