// The registry of text formats in detection order, and running detect → parse on a tokenised file.

import { ImportError } from '../model/parsed-file';
import type { ParsedFile } from '../model/parsed-file';
import type { FormatContext, FormatSpec } from './format-spec';
import { malformedRow, quoteFirstCells } from './format-helpers';
import { isBlankRow } from './sniff';
import { withLazyObservations } from './observation-columns';
import { metaBsAudience } from './meta-bs-audience';
import { metaBsPageMetric } from './meta-bs-page-metric';
import { metaBsPosts } from './meta-bs-posts';
import { tiktokFollowerGender } from './tiktok-follower-gender';
import { tiktokFollowerTerritories } from './tiktok-follower-territories';
import { facebookLegacyInsights } from './facebook-legacy-insights';
import { tiktokBusinessCenterAudience, tiktokBusinessCenterOverview, tiktokContent, tiktokFollowerActivity, tiktokFollowerHistory, tiktokOverview, tiktokViewers } from './tiktok-daily';
import { xContent, xVideoOverview } from './x-content';
import { audienceTemplate } from './audience-template';
import { xAccountOverview } from './x-account-overview';
import { xLegacyDailyActivity } from './x-legacy-daily-activity';
import { youtubeStudioChartData } from './youtube-studio-chart-data';
import { youtubeStudioTable } from './youtube-studio-table';
import { youtubeStudioViewerAge } from './youtube-studio-viewer-age';
import { youtubeStudioViewerGender } from './youtube-studio-viewer-gender';

/**
 * Every text format, in detection order: the most specific structures first (Meta's title + Date/Primary
 * and block files, the Youth Reach audience template, TikTok's daily files and two-column
 * distributions, X's headers, Meta's posts, the legacy Facebook Page Insights table),
 * then YouTube's chart data, split tables and finally the catch-all YouTube dimension table.
 */
export const FORMATS: readonly FormatSpec[] = [
  metaBsPageMetric,
  metaBsAudience,
  audienceTemplate,
  tiktokFollowerHistory,
  tiktokViewers,
  tiktokBusinessCenterOverview,
  tiktokBusinessCenterAudience,
  tiktokOverview,
  tiktokFollowerActivity,
  tiktokContent,
  tiktokFollowerGender,
  tiktokFollowerTerritories,
  xLegacyDailyActivity,
  xAccountOverview,
  xContent,
  xVideoOverview,
  metaBsPosts,
  facebookLegacyInsights,
  youtubeStudioChartData,
  youtubeStudioViewerAge,
  youtubeStudioViewerGender,
  youtubeStudioTable,
];

/** The first of `formats` whose `detect` accepts `ctx`, or null. A `detect` that throws counts as no. */
export function detectFormat(ctx: FormatContext, formats: readonly FormatSpec[] = FORMATS): FormatSpec | null {
  for (const format of formats) {
    try {
      if (format.detect(ctx)) return format;
    } catch {
      // A detector must not throw; if one does, it simply does not recognise the file.
    }
  }
  return null;
}

/**
 * Refuses a record that spans lines where `format` has single-line rows, or whose line break sits in a
 * column that is not one of the format's text columns (`FormatSpec.multiLineText`). A quote that opens a
 * field and closes many lines later swallows the rows in between: read as one row, they would silently
 * be lost, so the file is refused with both lines (`malformed`, `kind: 'quote-spans-lines'`).
 */
export function checkMultiLineRecords(ctx: FormatContext, format: FormatSpec): void {
  for (const record of ctx.multiLineRecords ?? []) {
    const allowed = format.multiLineText !== undefined && record.columns.every((c) => format.multiLineText?.(ctx, c) === true);
    if (allowed) continue;
    const { firstLine: line, lastLine: endLine } = record;
    throw new ImportError(
      'malformed',
      ctx.fileName,
      `"${ctx.fileName}": line ${String(line)} opens a quote that only closes on line ${String(endLine)}; the rows in between cannot be read exactly.`,
      { line, params: { kind: 'quote-spans-lines', line, endLine } },
    );
  }
}

/**
 * Refuses a text file cut off in the middle of a cell of its last row: the text ends in neither a line
 * break nor a delimiter, and its last non-blank row has fewer cells than the row before it (a download or
 * copy that stopped mid-row). The cut cell would otherwise be read as a whole value: X's
 * `"Thu, Aug 7, 2025",2113` cut to `…,2` gave 2 impressions. A row cut right after a delimiter keeps whole
 * cells; the cells it lacks are read as missing, never as 0. Throws `ImportError('malformed')` with the line and `params.kind: 'cut-off-row'`,
 * `found` (cells in the last row) and `expected` (cells in the row before). Spreadsheets (no text) are
 * left alone: their rows end where their last filled cell does.
 */
export function checkCutLastRow(ctx: FormatContext): void {
  const end = ctx.text.charCodeAt(ctx.text.length - 1); // not a regex: /…$/ would try every position of a 50 MB text
  if (ctx.text === '' || end === 10 || end === 13 || ctx.text.endsWith(ctx.delimiter)) return;
  let last = ctx.rows.length - 1;
  while (last >= 0 && isBlankRow(ctx.rows[last] ?? [])) last--;
  if (last < 1) return;
  const found = ctx.rows[last]!.length;
  const expected = ctx.rows[last - 1]!.length;
  if (found >= expected) return;
  malformedRow(ctx, last, `the file ends in the middle of this row (${String(found)} cells where the row before has ${String(expected)}); it looks cut off.`, {
    kind: 'cut-off-row',
    found,
    expected,
  });
}

/**
 * Detects the format of `ctx` among `formats` and parses it into a {@link ParsedFile}.
 * Throws `ImportError('unknown-format')` quoting the first header cells when nothing recognises the file,
 * the file's quote problem (`FormatContext.quoteProblem`) once a format recognises it,
 * `ImportError('malformed')` for a record spanning lines the format does not allow
 * ({@link checkMultiLineRecords}), whatever `ImportError` the format's `parse` throws, and then a cut-off last
 * row ({@link checkCutLastRow}; also instead of `unknown-format` when the rows before the last are recognised).
 */
export function parseWithFormats(ctx: FormatContext, formats: readonly FormatSpec[] = FORMATS): ParsedFile {
  const format = detectFormat(ctx, formats);
  // A table (a header of several cells) whose quotes are out of place: a displaced quote may be why no
  // format recognises it, so say where it is. A text of sentences (one cell per line) is simply unknown.
  if (format === null && ctx.quoteProblem && (ctx.rows[0] ?? []).filter((c) => c.trim() !== '').length >= 2) throw ctx.quoteProblem;
  if (format === null) {
    // A known export cut off in its last row may go unrecognised because of that row (YouTube's age table
    // ending in "55"): when the rows before it are recognised, say where the file is cut, not "unknown".
    if (ctx.rows.length > 2 && detectFormat({ ...ctx, rows: ctx.rows.slice(0, -1) }, formats) !== null) checkCutLastRow(ctx);
    const first = quoteFirstCells(ctx.rows);
    throw new ImportError(
      'unknown-format',
      ctx.fileName,
      `"${ctx.fileName}" is not an export this version recognises. Its first line reads: ${first}`,
      { line: 1, params: { firstCells: first } },
    );
  }
  if (ctx.quoteProblem) throw ctx.quoteProblem;
  checkMultiLineRecords(ctx, format);
  const result = format.parse(ctx);
  // After the format's own checks, which say more where they apply (an age split that no longer adds up).
  checkCutLastRow(ctx);
  const parsed: ParsedFile = {
    fileName: ctx.fileName,
    format: format.id,
    formatVersion: format.version,
    formatLabel: format.label,
    platform: result.platform,
    platformCandidates: result.platformCandidates,
    accountName: result.accountName,
    period: result.period,
    basis: result.basis,
    // A column-wise result keeps its columns: its observations are built only if someone reads them
    // (the placeholder keeps the key's place; `withLazyObservations` replaces it).
    observations: result.columns ? [] : result.observations,
    warnings: [...ctx.warnings, ...result.warnings],
    encoding: ctx.encoding,
    delimiter: ctx.delimiter,
    ...(result.provenance ? { provenance: result.provenance } : {}),
    ...(result.manualEntry ? { manualEntry: result.manualEntry } : {}),
    ...(result.exportDate !== undefined ? { exportDate: result.exportDate } : {}),
    ...(result.parts !== undefined && result.parts.length > 0 ? { parts: result.parts } : {}),
  };
  return result.columns ? withLazyObservations(parsed, result.columns) : parsed;
}
