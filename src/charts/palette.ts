// One fixed colour per platform, used on every screen; chosen to stay apart under colour-vision deficiencies.

import type { Platform } from '../core/model/platform';

/**
 * The colour of each platform's marks (bars, lines, swatches) as `#RRGGBB`, the same on every screen.
 *
 * Requirements (WCAG 2.1 SC 1.4.11 non-text contrast, https://www.w3.org/TR/WCAG21/#non-text-contrast): every colour has at least 3:1 contrast
 * against white, and the colours stay apart for people with deuteranopia, protanopia and tritanopia. The
 * Okabe-Ito palette was the starting point, but four of its eight colours (orange 2.2:1, sky blue 2.2:1,
 * yellow 1.3:1, reddish purple 3.06:1) are too light on white; darkening them makes orange, vermillion and
 * yellow collapse into one another for protanopes. So the hues below were found by a search from the
 * Okabe-Ito and Paul Tol hues that keeps contrast ≥ 3.3:1 and maximises the smallest CIEDE2000 distance
 * between any two colours, seen normally and through the Machado et al. (2009) simulations at full severity:
 * ≥ 13.7 in each of the four views (checked in `test/unit/charts/palette.test.ts`). Colour is never the only
 * carrier of meaning: every chart also names the platform in its labels or legend.
 */
export const PLATFORM_COLORS: Readonly<Record<Platform, string>> = {
  facebook: '#2164E1', // blue, 5.28:1
  instagram: '#933F87', // purple, 6.36:1
  youtube: '#FF2049', // red, 3.78:1
  tiktok: '#1B1B1B', // near-black, 17.2:1
  linkedin: '#13955D', // green, 3.83:1
  x: '#828C8A', // grey, 3.46:1
  snapchat: '#697407', // olive, 5.12:1
};

/**
 * A two-letter code per platform, written on or above its marks where the full name does not fit (grouped
 * bars), so a platform is always named in text as well as by its colour.
 */
export const PLATFORM_CODES: Readonly<Record<Platform, string>> = {
  facebook: 'FB',
  instagram: 'IG',
  youtube: 'YT',
  tiktok: 'TT',
  linkedin: 'LI',
  x: 'X',
  snapchat: 'SC',
};

/**
 * Marks that are not a platform: the population reference (drawn as a diamond on a stroke, so it differs
 * from every bar by shape, in near-black with a white halo), the page's text and grid.
 */
export const REFERENCE_COLOR = '#1B1B1B';

/** A colour's relative luminance 0..1 (WCAG 2.1 definition, sRGB), from `#RRGGBB`. Throws on another form. */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #RRGGBB colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((part) => {
    const c = parseInt(part ?? '0', 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG 2.1 contrast ratio (1..21) between two `#RRGGBB` colours, e.g. `#000000` on `#FFFFFF` = 21. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
