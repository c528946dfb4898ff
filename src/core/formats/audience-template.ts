// Format `youth-reach-audience-template`: the documented CSV in which a user types the age split a
// platform shows on screen but does not export (TikTok, Snapchat, Instagram …), provenance `manual`.

import { parseAgeBand } from '../model/age-band';
import type { AgeBand } from '../model/age-band';
import type { Basis, Metric, Observation, Period } from '../model/observation';
import { ImportError } from '../model/parsed-file';
import type { ImportWarning } from '../model/parsed-file';
import { isPlatform } from '../model/platform';
import type { Platform } from '../model/platform';
import type { FormatContext, FormatSpec } from './format-spec';
import { malformedRow, numberCell } from './format-helpers';
import type { AliasTable } from './headers';
import { mapColumns } from './headers';
import { isBlankRow } from './sniff';
import { isIsoDate } from './values';

type TemplateColumn = 'platform' | 'account' | 'periodStart' | 'periodEnd' | 'basis' | 'ageBand' | 'sharePercent' | 'audienceSize' | 'source' | 'note';

/** Column names: the documented English names first, then Dutch and French equivalents. */
const TEMPLATE_COLUMNS: AliasTable<TemplateColumn> = {
  platform: ['platform', 'platforme', 'plateforme'],
  account: ['account', 'compte'],
  periodStart: ['period_start', 'periode_begin', 'periode_start', 'debut_periode'],
  periodEnd: ['period_end', 'periode_einde', 'periode_eind', 'fin_periode'],
  basis: ['basis', 'base'],
  ageBand: ['age_band', 'leeftijdsgroep', 'tranche_age'],
  sharePercent: ['share_percent', 'aandeel_procent', 'part_pourcent'],
  audienceSize: ['audience_size', 'publieksgrootte', 'taille_audience'],
  source: ['source', 'bron'],
  note: ['note', 'opmerking', 'remarque'],
};

/** The template's column names in order (the header of {@link AUDIENCE_TEMPLATE_CSV}). */
export const AUDIENCE_TEMPLATE_COLUMNS: readonly string[] = [
  'platform', 'account', 'period_start', 'period_end', 'basis', 'age_band', 'share_percent', 'audience_size', 'source', 'note',
];

/** Bases the template accepts: those with a metric of the same name (docs/architecture.md#vocabulary). */
export const AUDIENCE_TEMPLATE_BASES: readonly (Basis & Metric)[] = ['followers', 'viewers', 'views', 'reach', 'watchTime'];

/** Shares may sum to 100 ± this many percentage points (rounding on the platform's screen) without a warning. */
export const SHARE_SUM_TOLERANCE = 1.5;

/** One age band's share as the platform shows it, in percent 0..100. */
export interface AudienceShare {
  ageBand: string;
  sharePercent: number;
}

/**
 * One typed-in age split: the platform, the account (handle or page name), the period it covers (ISO,
 * inclusive), the basis (`followers`, `viewers`, `views`, `reach`, `watchTime`), the shares per band as the
 * platform shows them (TikTok `18-24` … `55+`; Snapchat `13-17`, `18-20`, `21-24`, `25-34`, `35+`), where
 * they were read (`source`) and a `note`.
 */
export interface AudienceEntry {
  platform: Platform;
  account: string;
  period: Period;
  basis: Basis;
  shares: readonly AudienceShare[];
  /** The count of the basis for the period (followers on its last day; views, reach … over it); null = not known. */
  audienceSize?: number | null;
  source: string;
  note: string;
}

/**
 * Quotes a CSV cell when needed. A text a spreadsheet would run as a formula (`=…`, or `+`/`-`/`@`
 * followed by a function call; docs/architecture.md#security) gets a leading `'`; handles like `@vdab` stay.
 */
function csvCell(value: string): string {
  let v = value;
  if (/^\s*(?:=|[+\-@]\s*[A-Za-z_][A-Za-z0-9_.]*\s*\()/.test(v)) v = `'${v}`;
  return /[",;\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * Writes `entry` as a template CSV: a UTF-8 BOM (`\uFEFF`, so Excel opens it as UTF-8), the header
 * {@link AUDIENCE_TEMPLATE_COLUMNS}, one row per band, `,` delimiters, CRLF line ends, shares with a
 * point decimal. The form uses it to import typed-in data through the same pipeline as a file.
 */
export function buildAudienceTemplateCsv(entry: AudienceEntry): string {
  const lines = [AUDIENCE_TEMPLATE_COLUMNS.join(',')];
  const size = entry.audienceSize === null || entry.audienceSize === undefined ? '' : String(entry.audienceSize);
  const rows: readonly (AudienceShare | null)[] = entry.shares.length > 0 ? entry.shares : [null];
  for (const s of rows) {
    lines.push(
      [entry.platform, entry.account, entry.period.start, entry.period.end, entry.basis, s?.ageBand ?? '', s === null ? '' : String(s.sharePercent), size, entry.source, entry.note]
        .map(csvCell)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * The downloadable template with an example row set (made-up numbers: a TikTok account's follower ages
 * as TikTok Studio shows them, 18-24 … 55+, summing to 100).
 */
export const AUDIENCE_TEMPLATE_CSV: string = buildAudienceTemplateCsv({
  platform: 'tiktok',
  account: '@voorbeeld',
  period: { start: '2025-09-01', end: '2025-09-30' },
  basis: 'followers',
  shares: [
    { ageBand: '18-24', sharePercent: 38 },
    { ageBand: '25-34', sharePercent: 27.5 },
    { ageBand: '35-44', sharePercent: 16.5 },
    { ageBand: '45-54', sharePercent: 10 },
    { ageBand: '55+', sharePercent: 8 },
  ],
  audienceSize: 12500,
  source: 'TikTok Studio > Analytics > Followers > Age',
  note: 'example: replace with your own numbers',
});

function templateError(ctx: FormatContext, rowIndex: number, code: string, message: string, params: Record<string, string | number>): never {
  const line = ctx.lineOfRow(rowIndex);
  throw new ImportError(code, ctx.fileName, `"${ctx.fileName}", line ${String(line)}: ${message}`, { line, params });
}

/**
 * The Youth Reach audience template (UTF-8 with or without BOM; `,` or `;`, decimal comma accepted).
 * Detected by its header: `platform`, `basis`, `age_band`, `share_percent` (or the Dutch/French names).
 * Every row must name the same platform, account, period and basis (one split per file).
 * Yields per band a share (percent ÷ 100) of the basis metric, period the given days, provenance
 * `manual`, `manualEntry` = the first non-empty source and note. The optional `audience_size` (the same
 * count on every row that has one; blank = unknown) is the count of the basis for the period: for
 * followers a level on the period's last day, else a whole count over the period. A file may hold only an
 * audience size (one row, age band and share blank): it then has no age split. Throws `ImportError`:
 * `template-unknown-platform`, `template-unknown-basis` (not one of {@link AUDIENCE_TEMPLATE_BASES}),
 * `template-unknown-band` (not an age band, or a band twice), `template-invalid-share` (not 0..100),
 * `malformed` (dates, mixed accounts, no rows, audience sizes that differ between rows or are not a
 * whole count ≥ 0). Warning `shares-do-not-sum-to-100` when the shares sum
 * to more than 1.5 points away from 100 (the youth share is still normalised over the bands given).
 */
export const audienceTemplate: FormatSpec = {
  id: 'youth-reach-audience-template',
  version: 1,
  label: 'Youth Reach audience template (typed in)',
  platform: null,
  detect: (ctx) => {
    const { columns } = mapColumns(ctx.rows[0] ?? [], TEMPLATE_COLUMNS);
    return columns.platform !== undefined && columns.basis !== undefined && columns.ageBand !== undefined && columns.sharePercent !== undefined;
  },
  parse: (ctx) => {
    const header = ctx.rows[0] ?? [];
    const { columns } = mapColumns(header, TEMPLATE_COLUMNS);
    const cell = (i: number, c: number | undefined): string => (c === undefined ? '' : (ctx.rows[i]?.[c] ?? '').trim());
    let key: string | null = null;
    let platform: Platform | null = null;
    let account = '';
    let period: Period | null = null;
    let basis: Basis | null = null;
    let source = '';
    let note = '';
    const observations: Observation[] = [];
    const bands = new Set<AgeBand>();
    let sum = 0;
    let size: number | null = null;
    for (let i = 1; i < ctx.rows.length; i++) {
      if (isBlankRow(ctx.rows[i] ?? [])) continue;
      const platformText = cell(i, columns.platform).toLowerCase();
      if (!isPlatform(platformText)) {
        templateError(ctx, i, 'template-unknown-platform', `"${cell(i, columns.platform)}" is not a platform (facebook, instagram, youtube, tiktok, linkedin, x, snapchat).`, {
          platform: cell(i, columns.platform),
        });
      }
      const basisText = cell(i, columns.basis);
      const basisHit = AUDIENCE_TEMPLATE_BASES.find((b) => b.toLowerCase() === basisText.toLowerCase());
      if (basisHit === undefined) {
        templateError(ctx, i, 'template-unknown-basis', `"${basisText}" is not a basis (${AUDIENCE_TEMPLATE_BASES.join(', ')}).`, { basis: basisText });
      }
      const start = cell(i, columns.periodStart);
      const end = cell(i, columns.periodEnd);
      if (!isIsoDate(start) || !isIsoDate(end) || start > end) {
        malformedRow(ctx, i, `the period "${start}" – "${end}" is not two days YYYY-MM-DD in order.`);
      }
      const rowKey = [platformText, cell(i, columns.account), start, end, basisHit].join('|');
      if (key !== null && rowKey !== key) {
        malformedRow(ctx, i, 'every row of a template must have the same platform, account, period and basis (one age split per file).');
      }
      key = rowKey;
      platform = platformText;
      account = cell(i, columns.account);
      period = { start, end };
      basis = basisHit;
      if (source === '') source = cell(i, columns.source);
      if (note === '') note = cell(i, columns.note);
      const rowSize = numberCell(ctx, i, columns.audienceSize, 'audience_size', { decimalSeparator: ctx.delimiter === ';' ? ',' : undefined });
      if (rowSize !== null) {
        if (!Number.isInteger(rowSize) || rowSize < 0) malformedRow(ctx, i, `the audience size ${String(rowSize)} is not a whole count.`);
        if (size !== null && size !== rowSize) malformedRow(ctx, i, `the audience size ${String(rowSize)} differs from ${String(size)} on an earlier row (one account, one size).`);
        size = rowSize;
      }
      const bandText = cell(i, columns.ageBand);
      if (bandText === '' && cell(i, columns.sharePercent) === '' && rowSize !== null) continue; // a row with only the audience size
      const ageBand = parseAgeBand(bandText);
      if (ageBand === null || bands.has(ageBand)) {
        templateError(ctx, i, 'template-unknown-band', ageBand === null ? `"${bandText}" is not an age band (e.g. 18-24, 55+).` : `the age band ${ageBand} appears twice.`, {
          ageBand: bandText,
        });
      }
      bands.add(ageBand);
      const percent = numberCell(ctx, i, columns.sharePercent, 'share_percent', { decimalSeparator: ctx.delimiter === ';' ? ',' : undefined });
      if (percent === null) continue; // a band the platform does not show
      if (percent < 0 || percent > 100) {
        templateError(ctx, i, 'template-invalid-share', `the share ${String(percent)} is not a percentage between 0 and 100.`, { share: percent });
      }
      sum += percent;
      observations.push({ metric: basisHit, period: { start, end }, ageBand, value: percent / 100, unit: 'share' });
    }
    if ((observations.length === 0 && size === null) || platform === null || basis === null || period === null) {
      throw new ImportError('malformed', ctx.fileName, `"${ctx.fileName}" is an audience template without any share or audience size filled in.`, { line: 2 });
    }
    const hasSplit = observations.length > 0;
    if (size !== null) {
      const p: Period = period;
      observations.push(basis === 'followers' ? { metric: 'followers', period: { start: p.end, end: p.end }, value: size, unit: 'count' } : { metric: basis as Metric, period: p, value: size, unit: 'count' });
    }
    const warnings: ImportWarning[] = [];
    const rounded = Math.round(sum * 100) / 100;
    if (hasSplit && Math.abs(rounded - 100) > SHARE_SUM_TOLERANCE) {
      warnings.push({
        code: 'shares-do-not-sum-to-100',
        message: `The shares add up to ${String(rounded)} %, not 100 %; the youth share is computed over the bands given.`,
        params: { sum: rounded },
      });
    }
    return {
      platform,
      platformCandidates: [platform],
      accountName: account === '' ? null : account,
      period,
      basis: hasSplit ? basis : null,
      observations,
      warnings,
      provenance: 'manual',
      manualEntry: { source, note },
    };
  },
};
