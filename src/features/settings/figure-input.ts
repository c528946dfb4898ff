// Reads the values typed into the settings forms: numbers in the interface's notation, shares typed as percentages.

import type { FigureUnit } from '../../core/reference/reference-figure';

/**
 * A number typed by a person: `15,23`, `15.23`, `1.234.567` (nl) or `1,234,567` (en) → a finite number;
 * empty → null; anything else → NaN. A single comma or point followed by 1-2 digits (or more than 3) is a
 * decimal separator; groups of exactly three digits after a separator are thousands.
 */
export function parseTypedNumber(text: string): number | null {
  const s = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return null;
  if (!/^-?[\d.,]+$/.test(s)) return Number.NaN;
  const separators = s.match(/[.,]/g) ?? [];
  let normal: string;
  if (separators.length === 0) normal = s;
  else if (new Set(separators).size === 2) {
    const last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
    normal = s.slice(0, last).replace(/[.,]/g, '') + '.' + s.slice(last + 1);
  } else if (separators.length > 1) normal = s.replace(/[.,]/g, '');
  else {
    const [whole, frac = ''] = s.split(/[.,]/);
    normal = frac.length === 3 && (whole ?? '').replace('-', '').length <= 3 && whole !== '0' && whole !== '-0' ? `${whole}${frac}` : `${whole}.${frac}`;
  }
  const n = Number(normal);
  return Number.isFinite(n) ? n : Number.NaN;
}

/** A typed figure value in its unit: a share typed in percent (`15,23` → 0.1523), a count or flag as typed; null when empty; NaN when not a number. */
export function figureValueFromText(text: string, unit: FigureUnit): number | null {
  const n = parseTypedNumber(text);
  if (n === null || Number.isNaN(n)) return n;
  return unit === 'share' ? Math.round(n * 1e8) / 1e10 : n;
}

/** A figure value as editable text in `locale`: a share as a percentage without grouping (0.1523 → `15,23`), other units as is; null → ''. */
export function figureValueToText(value: number | null, unit: FigureUnit, locale: string): string {
  if (value === null) return '';
  const n = unit === 'share' ? Math.round(value * 1e10) / 1e8 : value;
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 6 }).format(n);
}
