// Format `youtube-studio-viewer-gender`: YouTube Studio's `Table data.csv` of the Viewer gender report
// (docs/formats.md#youtube; real file: docs/formats.md#real-exports).

import type { Gender } from '../model/observation';
import type { AliasTable } from './headers';
import { normaliseHeader } from './headers';
import type { FormatSpec } from './format-spec';
import { readYouTubeSplit, looksLikeYouTubeSplit } from './youtube-split';

/**
 * Gender row labels: English from the real file (`Female`, `Male`, `User-specified`); Dutch and German
 * are guesses. `User-specified` (self-described) is stored as `unknown`, as the model defines it.
 */
const GENDER_LABELS: AliasTable<Gender> = {
  female: ['Female', 'Vrouw', 'Vrouwelijk', 'Weiblich', 'Femme'],
  male: ['Male', 'Man', 'Mannelijk', 'Männlich', 'Homme'],
  other: [],
  unknown: ['User-specified', 'Door gebruiker opgegeven', 'Door gebruiker gespecificeerd', 'Vom Nutzer angegeben'],
};

/** The gender of a row label, or null when it is not one. */
export function youtubeGenderOf(label: string): Gender | null {
  const l = normaliseHeader(label);
  for (const gender of Object.keys(GENDER_LABELS) as Gender[]) {
    if (GENDER_LABELS[gender].some((a) => normaliseHeader(a) === l)) return gender;
  }
  return null;
}

/**
 * YouTube Viewer gender table: same columns as viewer age, rows Female/Male/User-specified. Detected by
 * shape (every first cell a gender label, a percentage column). Yields per gender: `views` share,
 * `watchTime` share, `averageViewDuration` seconds, `averagePercentageViewed` share; basis null (no age).
 */
export const youtubeStudioViewerGender: FormatSpec = {
  id: 'youtube-studio-viewer-gender',
  version: 1,
  label: 'YouTube Studio viewer gender',
  platform: 'youtube',
  detect: (ctx) => looksLikeYouTubeSplit(ctx, (label) => youtubeGenderOf(label) !== null, 2),
  parse: (ctx) => {
    const { observations, warnings } = readYouTubeSplit(ctx, (label) => {
      const gender = youtubeGenderOf(label);
      return gender === null ? null : { gender };
    });
    return {
      platform: 'youtube',
      platformCandidates: ['youtube'],
      accountName: null,
      period: null,
      basis: null,
      observations,
      warnings,
    };
  },
};
