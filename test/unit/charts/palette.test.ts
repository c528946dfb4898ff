// The platform palette: ≥ 3:1 contrast on white (WCAG 1.4.11) and distinguishable under protanopia,
// deuteranopia and tritanopia.

import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../src/core/model/platform';
import { contrastRatio, PLATFORM_COLORS, REFERENCE_COLOR, relativeLuminance } from '../../../src/charts/palette';
import { BAND_COLORS, bandColor } from '../../../src/charts/age-profile-data';
import { ciede2000, seenAs } from './colour-vision';
import type { Vision } from './colour-vision';

describe('contrast', () => {
  it('computes WCAG contrast ratios worked out by hand', () => {
    // Black on white: (1 + 0.05) / (0 + 0.05) = 21.
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 6);
    // #FF2049: R 255 → 1; G 0x20 = 32 → ((32/255 + 0.055) / 1.055)^2.4 = 0.01444; B 0x49 = 73 →
    // ((73/255 + 0.055) / 1.055)^2.4 = 0.06701. L = 0.2126 × 1 + 0.7152 × 0.01444 + 0.0722 × 0.06701
    // = 0.2126 + 0.01033 + 0.00484 = 0.22777; contrast on white 1.05 / 0.27777 = 3.78.
    expect(relativeLuminance('#FF2049')).toBeCloseTo(0.2278, 3);
    expect(contrastRatio('#FF2049', '#ffffff')).toBeCloseTo(3.78, 2);
    expect(() => relativeLuminance('red')).toThrow(/#RRGGBB/);
  });

  it('gives every platform a colour of at least 3:1 on white, and the reference marker too', () => {
    for (const platform of PLATFORMS) {
      expect(contrastRatio(PLATFORM_COLORS[platform], '#ffffff'), platform).toBeGreaterThanOrEqual(3);
    }
    expect(contrastRatio(REFERENCE_COLOR, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('has seven distinct colours, one per platform', () => {
    const colours = PLATFORMS.map((p) => PLATFORM_COLORS[p].toLowerCase());
    expect(colours).toHaveLength(7);
    expect(new Set(colours).size).toBe(7);
  });
});

describe('colour-vision deficiencies', () => {
  it('sanity: the simulation keeps grey grey and merges red and green for a deuteranope', () => {
    // A grey has R = G = B; every row of each matrix sums to 1, so it maps to itself: ΔE 0.
    expect(ciede2000(seenAs('#808080', 'deuteranopia'), seenAs('#808080', 'normal'))).toBeLessThan(0.5);
    // Pure red vs pure green are ~86 apart normally, far less for a deuteranope.
    const normal = ciede2000(seenAs('#ff0000', 'normal'), seenAs('#00ff00', 'normal'));
    const deutan = ciede2000(seenAs('#ff0000', 'deuteranopia'), seenAs('#00ff00', 'deuteranopia'));
    expect(normal).toBeGreaterThan(80);
    expect(deutan).toBeLessThan(normal / 2);
  });

  it.each<Vision>(['normal', 'protanopia', 'deuteranopia', 'tritanopia'])(
    'keeps every two platform colours at least 13 CIEDE2000 apart with %s',
    (vision) => {
      let smallest = Infinity;
      let pair = '';
      for (let i = 0; i < PLATFORMS.length; i++) {
        for (let j = i + 1; j < PLATFORMS.length; j++) {
          const a = PLATFORMS[i] ?? 'facebook';
          const b = PLATFORMS[j] ?? 'facebook';
          const d = ciede2000(seenAs(PLATFORM_COLORS[a], vision), seenAs(PLATFORM_COLORS[b], vision));
          if (d < smallest) {
            smallest = d;
            pair = `${a}/${b}`;
          }
        }
      }
      // 13 is well above the ~2-3 of a just-noticeable difference between adjacent patches; the search that
      // chose the palette reached a smallest difference of 13.7 (palette.ts).
      expect(smallest, `closest pair ${pair}`).toBeGreaterThanOrEqual(13);
    },
  );
});

describe('age-band colours of the age profiles', () => {
  // Bands that can sit next to each other in one stacked bar, youngest first: the 13+ split of YouTube and
  // Meta, TikTok's 18+ split ending in 55+, and Snapchat's 13-17, 18-20, 21-24, 25-34, 35+.
  const SEQUENCES = [
    ['13-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'],
    ['18-24', '25-34', '35-44', '45-54', '55+'],
    ['13-17', '18-20', '21-24', '25-34', '35+'],
  ];

  it('gives every band at least 3:1 on white, the old 55-64 and 65+ included', () => {
    // The old 55-64 #6BAED6 was 2.3:1 and 65+ #A6CEE3 1.6:1; the new ones: 55-64 #8A5AB0 → L = 0.2126 ×
    // 0.2542 + 0.7152 × 0.1022 + 0.0722 × 0.4342 = 0.1587, (1.05) / (0.2087) = 5.03; 65+ #52595E → 7.1.
    expect(contrastRatio('#6BAED6', '#ffffff')).toBeLessThan(3);
    expect(contrastRatio(bandColor('55-64'), '#ffffff')).toBeCloseTo(5.03, 1);
    for (const band of new Set(SEQUENCES.flat())) {
      expect(contrastRatio(bandColor(band), '#ffffff'), band).toBeGreaterThanOrEqual(3);
    }
    // A band the table does not know gets a grey no lighter than #767676 (4.54:1), e.g. 70+ → 70 + 45 = 115 = #737373.
    expect(bandColor('70+')).toBe('#737373');
    expect(contrastRatio(bandColor('90+'), '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('gives every band its own colour, any two at least 13 CIEDE2000 apart seen normally (55-64 and 55+ in one legend)', () => {
    const entries = Object.entries(BAND_COLORS);
    expect(new Set(entries.map(([, c]) => c.toUpperCase())).size).toBe(entries.length);
    // The closest pair is 13-17 / 18-24 at 15.1; 18-24 / 18-20 are 18.0 apart, 35-44 / 35+ 18.8, 55-64 / 55+ (olive #667744) 55.2.
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        const [[a, ca], [b, cb]] = [entries[i]!, entries[j]!];
        expect(ciede2000(seenAs(ca, 'normal'), seenAs(cb, 'normal')), `${a} / ${b}`).toBeGreaterThanOrEqual(13);
      }
    }
    expect(bandColor('55-64')).not.toBe(bandColor('55+'));
  });

  it('keeps neighbouring bands at least 12 CIEDE2000 apart, normally and under each colour-vision deficiency', () => {
    const visions: Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];
    for (const bands of SEQUENCES) {
      for (let i = 0; i + 1 < bands.length; i++) {
        const [a, b] = [bands[i]!, bands[i + 1]!];
        for (const vision of visions) {
          const distance = ciede2000(seenAs(bandColor(a), vision), seenAs(bandColor(b), vision));
          expect(distance, `${a} / ${b} (${vision})`).toBeGreaterThanOrEqual(12);
        }
      }
    }
  });
});
