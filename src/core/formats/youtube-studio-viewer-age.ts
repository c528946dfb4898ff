// Format `youtube-studio-viewer-age`: YouTube Studio's `Table data.csv` of the Viewer age report
// (docs/formats.md#youtube; real file: docs/formats.md#real-exports).

import { parseAgeBand } from '../model/age-band';
import type { FormatSpec } from './format-spec';
import { requireCompleteSplit } from './format-helpers';
import { readYouTubeSplit, looksLikeYouTubeSplit } from './youtube-split';

/**
 * YouTube Viewer age table: `Viewer age,Views (%),Average view duration,Average percentage viewed (%),
 * Watch time (hours) (%)`, rows `13–17 years` … `65+ years` (EN DASH). Detected by shape: every first
 * cell is an age band (at least two) and there is a percentage column, so a Dutch-interface file
 * (`Leeftijd kijker`, `Weergaven (%)`) is read too.
 * Yields per band: `views` share (`Views (%)` / 100), `watchTime` share, `averageViewDuration` seconds,
 * `averagePercentageViewed` share; basis `views`, platform youtube, period null (a loose file does not say).
 * Version 2: a `Views (%)` column that does not add up to 95-105 % is refused (`shares-incomplete`): the
 * file was cut off, and normalising the bands it kept would give a wrong youth share.
 */
export const youtubeStudioViewerAge: FormatSpec = {
  id: 'youtube-studio-viewer-age',
  version: 2,
  label: 'YouTube Studio viewer age',
  platform: 'youtube',
  detect: (ctx) => looksLikeYouTubeSplit(ctx, (label) => parseAgeBand(label) !== null, 2),
  parse: (ctx) => {
    const { observations, warnings } = readYouTubeSplit(ctx, (label) => {
      const ageBand = parseAgeBand(label);
      return ageBand === null ? null : { ageBand };
    });
    requireCompleteSplit(ctx, observations, 'views');
    return {
      platform: 'youtube',
      platformCandidates: ['youtube'],
      accountName: null,
      period: null,
      basis: 'views',
      observations,
      warnings,
    };
  },
};
