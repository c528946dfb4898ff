// Format `tiktok-yearless-dates`: TikTok Studio daily files whose dates have no year (`"August 19"`),
// recognised and refused until an export date can place them in time (research-formats.md §3).

import { ImportError } from '../model/parsed-file';
import type { FormatSpec } from './format-spec';
import { matchesAlias, normaliseHeader } from './headers';
import { isBlankRow } from './sniff';

/** TikTok daily files by their headers (research-formats.md §3): file kind for messages. */
const KINDS: readonly { kind: string; columns: readonly string[] }[] = [
  { kind: 'follower history file (FollowerHistory.csv)', columns: ['followers', 'difference in followers from previous day'] },
  { kind: 'viewers file (Viewers.csv)', columns: ['total viewers', 'new viewers', 'returning viewers'] },
  { kind: 'overview file (Overview.csv)', columns: ['video views', 'profile views'] },
  { kind: 'follower activity file (FollowerActivity.csv)', columns: ['hour', 'active followers'] },
];

/** A day and month without a year: `August 19`, `19 augustus`, `18 tháng Sáu`, `8 Juli`. */
const YEARLESS = /^(?:\p{L}[\p{L}.]*\s+\d{1,2}|\d{1,2}\.?\s+\p{L}[\p{L}.]*(?:\s+\p{L}+)?)$/u;

function kindOf(header: readonly string[]): string | null {
  const names = header.map(normaliseHeader);
  return KINDS.find((k) => k.columns.every((c) => names.includes(c)))?.kind ?? null;
}

/**
 * Detected by a `Date` first column whose first value is a day and month without a year and the
 * headers of one of TikTok's daily files. `parse` always throws `ImportError('unsupported')` naming the
 * file kind: TikTok writes dates without a year, which this version cannot place in time yet.
 */
export const tiktokYearlessDates: FormatSpec = {
  id: 'tiktok-yearless-dates',
  version: 1,
  label: 'TikTok daily file (dates without a year)',
  platform: 'tiktok',
  detect: (ctx) => {
    const header = ctx.rows[0] ?? [];
    if (!matchesAlias(header[0] ?? '', ['Date']) || kindOf(header) === null) return false;
    const first = ctx.rows.slice(1).find((r) => !isBlankRow(r));
    return first !== undefined && YEARLESS.test((first[0] ?? '').trim());
  },
  parse: (ctx) => {
    const kind = kindOf(ctx.rows[0] ?? []) ?? 'daily file';
    const example = (ctx.rows.slice(1).find((r) => !isBlankRow(r))?.[0] ?? '').trim();
    throw new ImportError(
      'unsupported',
      ctx.fileName,
      `"${ctx.fileName}" is TikTok's ${kind}. TikTok writes its dates without a year (e.g. "${example}"), ` +
        'which this version cannot place in time yet; a later version will ask for the export date.',
      { params: { kind, example } },
    );
  },
};
