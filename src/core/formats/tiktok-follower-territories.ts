// Format `tiktok-follower-territories`: TikTok Studio `FollowerTopTerritories.csv` (docs/formats.md#tiktok;
// real file: docs/formats.md#real-exports).

import type { Observation } from '../model/observation';
import type { FormatSpec } from './format-spec';
import { numberCell } from './format-helpers';
import { matchesAlias, normaliseHeader } from './headers';
import { isBlankRow } from './sniff';

/**
 * `"Top territories","Distribution"` with ISO-2 codes and `Others`, fractions 0..1. Yields a `followers`
 * share per territory with segment `country:<ISO2>` (`Others` → `country:other`); platform tiktok,
 * period null (snapshot), basis null.
 */
export const tiktokFollowerTerritories: FormatSpec = {
  id: 'tiktok-follower-territories',
  version: 1,
  label: 'TikTok follower territories',
  platform: 'tiktok',
  detect: (ctx) => {
    const header = ctx.rows[0] ?? [];
    return (
      header.length === 2 &&
      matchesAlias(header[0] ?? '', ['Top territories']) &&
      matchesAlias(header[1] ?? '', ['Distribution'])
    );
  },
  parse: (ctx) => {
    const observations: Observation[] = [];
    for (let i = 1; i < ctx.rows.length; i++) {
      const row = ctx.rows[i] ?? [];
      if (isBlankRow(row)) continue;
      const label = (row[0] ?? '').trim();
      const code = normaliseHeader(label) === 'others' ? 'other' : label.toUpperCase();
      const value = numberCell(ctx, i, 1, 'Distribution');
      if (value !== null) observations.push({ metric: 'followers', period: null, segment: `country:${code}`, value, unit: 'share' });
    }
    return {
      platform: 'tiktok',
      platformCandidates: ['tiktok'],
      accountName: null,
      period: null,
      basis: null,
      observations,
      warnings: [],
    };
  },
};
