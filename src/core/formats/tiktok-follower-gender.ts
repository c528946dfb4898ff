// Format `tiktok-follower-gender`: TikTok Studio `FollowerGender.csv` (docs/formats.md#tiktok; real file:
// docs/formats.md#real-exports).

import type { Gender, Observation } from '../model/observation';
import type { FormatSpec } from './format-spec';
import { malformedRow, numberCell } from './format-helpers';
import { matchesAlias, normaliseHeader } from './headers';
import { isBlankRow } from './sniff';

/** TikTok gender rows (headers and labels are English in every UI language, docs/formats.md#tiktok). */
const GENDERS: Readonly<Record<string, Gender>> = { male: 'male', female: 'female', other: 'other' };

/**
 * `"Gender","Distribution"` with rows Male / Female / Other and fractions 0..1 (`"0.75"`). Yields a
 * `followers` share per gender (no age: TikTok downloads have none); platform tiktok, period null (a
 * snapshot at export time), basis null.
 */
export const tiktokFollowerGender: FormatSpec = {
  id: 'tiktok-follower-gender',
  version: 1,
  label: 'TikTok follower gender',
  platform: 'tiktok',
  detect: (ctx) => {
    const header = ctx.rows[0] ?? [];
    return header.length === 2 && matchesAlias(header[0] ?? '', ['Gender']) && matchesAlias(header[1] ?? '', ['Distribution']);
  },
  parse: (ctx) => {
    const observations: Observation[] = [];
    for (let i = 1; i < ctx.rows.length; i++) {
      const row = ctx.rows[i] ?? [];
      if (isBlankRow(row)) continue;
      const gender = GENDERS[normaliseHeader(row[0] ?? '')];
      if (gender === undefined) malformedRow(ctx, i, `"${(row[0] ?? '').trim()}" is not a gender TikTok reports.`);
      const value = numberCell(ctx, i, 1, 'Distribution');
      if (value !== null) observations.push({ metric: 'followers', period: null, gender, value, unit: 'share' });
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
