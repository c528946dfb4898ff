// The age bands each platform shows on screen, to pre-fill the typed-in audience form (pure, no React).

import type { AudienceShare } from '../../core/formats/audience-template';
import { parseAgeBand } from '../../core/model/age-band';
import type { Platform } from '../../core/model/platform';

/** Meta's and YouTube's seven bands (Instagram/Facebook insights, YouTube Studio viewer age). */
const SEVEN_BANDS = ['13-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const;

/**
 * The bands a platform's app shows (docs/formats.md#tiktok: TikTok Studio's follower/viewer ages from 18, with
 * `55+`; Snapchat's audience insights `13-17, 18-20, 21-24, 25-34, 35+`; Instagram, Facebook and YouTube
 * the seven bands `13-17` … `65+`). LinkedIn and X show no ages on screen: the seven bands as a start.
 * Every row stays editable in the form.
 */
export const PLATFORM_BANDS: Readonly<Record<Platform, readonly string[]>> = {
  tiktok: ['18-24', '25-34', '35-44', '45-54', '55+'],
  snapchat: ['13-17', '18-20', '21-24', '25-34', '35+'],
  instagram: SEVEN_BANDS,
  facebook: SEVEN_BANDS,
  youtube: SEVEN_BANDS,
  linkedin: SEVEN_BANDS,
  x: SEVEN_BANDS,
};

/** One row of the form: the band as typed and the share as typed (percent, `38,5` or `38.5`; '' = not shown). */
export interface BandRow {
  band: string;
  share: string;
}

/** Empty rows for the bands of `platform`. */
export function rowsFor(platform: Platform): BandRow[] {
  return PLATFORM_BANDS[platform].map((band) => ({ band, share: '' }));
}

/** A typed share in percent (`38,5` → 38.5); null when blank; NaN when it is not a number. */
export function shareValue(text: string): number | null {
  const t = text.trim().replace(/\s|%/g, '').replace(',', '.');
  if (t === '') return null;
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/** The sum of the filled-in shares (percent, rounded to 2 decimals); NaN shares are left out. */
export function shareSum(rows: readonly BandRow[]): number {
  const sum = rows.reduce((s, r) => {
    const v = shareValue(r.share);
    return v === null || Number.isNaN(v) ? s : s + v;
  }, 0);
  return Math.round(sum * 100) / 100;
}

/** Why the rows cannot be saved: a share that is not 0..100, a band that is not an age band, or none filled. */
export type RowsProblem = { kind: 'share' } | { kind: 'band'; band: string } | { kind: 'empty' };

/**
 * The filled-in rows as template shares (percent), or the first problem: a share that is not a number from
 * 0 to 100, a band of a filled-in row that is not an age band (`parseAgeBand`), or no share at all.
 */
export function sharesOf(rows: readonly BandRow[]): { shares: AudienceShare[] } | { problem: RowsProblem } {
  const shares: AudienceShare[] = [];
  for (const r of rows) {
    const v = shareValue(r.share);
    if (v === null) continue;
    if (Number.isNaN(v) || v < 0 || v > 100) return { problem: { kind: 'share' } };
    if (parseAgeBand(r.band) === null) return { problem: { kind: 'band', band: r.band } };
    shares.push({ ageBand: r.band.trim(), sharePercent: v });
  }
  return shares.length === 0 ? { problem: { kind: 'empty' } } : { shares };
}
