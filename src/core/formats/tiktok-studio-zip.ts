// The TikTok Studio zips (`Overview_…zip`, `Followers_…zip`, `Viewers_…zip`, `Content_…zip`), read into one
// ParsedFile with the export date taken from the zip name (docs/formats.md#tiktok).

import type { Observation, Period } from '../model/observation';
import { ImportError } from '../model/parsed-file';
import type { ImportWarning, ParsedFile, ParseOptions, SourceInput } from '../model/parsed-file';
import type { FormatSpec } from './format-spec';
import { parseWithFormats } from './registry';
import { readTextFile } from './sniff';
import { tiktokFollowerGender } from './tiktok-follower-gender';
import { tiktokFollowerTerritories } from './tiktok-follower-territories';
import { tiktokContent, tiktokFollowerActivity, tiktokFollowerHistory, tiktokOverview, tiktokViewers } from './tiktok-daily';
import { isoDayOfEpochMs } from './values';
import { parseWorkbook } from './workbook';
import { listZip, unzipGuarded } from './zip-archive';

/** Identity of the TikTok zip "format" as stored with an import. */
export const TIKTOK_STUDIO_ZIP = { id: 'tiktok-studio-zip', version: 1, label: 'TikTok Studio download (zip)' } as const;

/** Member files of TikTok's zips, lower case, each as `.csv` or `.xlsx`. */
export const TIKTOK_MEMBERS: readonly string[] = [
  'overview', 'followerhistory', 'followeractivity', 'followergender', 'followertopterritories', 'viewers', 'content',
];

/** The formats a TikTok member may have. */
const MEMBER_FORMATS: readonly FormatSpec[] = [
  tiktokFollowerHistory, tiktokViewers, tiktokOverview, tiktokFollowerActivity, tiktokContent, tiktokFollowerGender, tiktokFollowerTerritories,
];

function memberBase(path: string): string | null {
  const base = (path.split('/').pop() ?? '').toLowerCase();
  const m = /^(.+)\.(csv|xlsx)$/.exec(base);
  return m?.[1] !== undefined && TIKTOK_MEMBERS.includes(m[1]) ? m[1] : null;
}

/** True when the zip's members are TikTok Studio files (by name). */
export function isTikTokZip(memberNames: readonly string[]): boolean {
  return memberNames.length > 0 && memberNames.some((n) => memberBase(n) !== null);
}

/**
 * Reads `<Kind>_<YYYY-MM-DD>_<unix-seconds>_<handle>[ (1)].zip`: the kind, the export day (the UTC day of
 * the unix time: the date part is *not* the export date, docs/formats.md#tiktok) and the handle. Also
 * accepts `<Kind>_<handle>.zip` (no export time). Null when the name has neither form.
 */
export function parseTikTokZipName(fileName: string): { kind: string; exportDate: string | null; handle: string | null } | null {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  let m = /^(Overview|Followers|Viewers|Content)_(\d{4}-\d{2}-\d{2})_(\d{9,11})_(.+?)(?: \(\d+\))?\.zip$/i.exec(base);
  if (m?.[1] && m[3] && m[4]) return { kind: m[1], exportDate: isoDayOfEpochMs(Number(m[3]) * 1000), handle: m[4] };
  m = /^(Overview|Followers|Viewers|Content)(?:_(.+?))?(?: \(\d+\))?\.zip$/i.exec(base);
  if (m?.[1]) return { kind: m[1], exportDate: null, handle: m[2] ?? null };
  return null;
}

/**
 * Reads a TikTok zip: every member (`Overview.csv`, `FollowerHistory.csv`, `FollowerActivity.csv`,
 * `FollowerGender.csv`, `FollowerTopTerritories.csv`, `Viewers.csv`, `Content.csv`, or the same as
 * `.xlsx`) by its TikTok format, merged into one ParsedFile (format `tiktok-studio-zip`, platform tiktok,
 * accountName the handle from the name). Dates without a year are placed by the export day from the zip
 * name, else `options.exportDate`, else as each member's run of days ending the day before the export
 * (the latest such day of all members, warning `export-date-assumed`; a `Content.csv` member still needs a
 * given day: `ImportError('export-date-required')`). A year taken from a given day is said (warning
 * `year-from-export-date`, or `year-from-zip-name` when the day is the zip name's). Members that are not
 * TikTok files are ignored with warning `zip-member-ignored`; guarded unpacking (`too-large`).
 */
export function parseTikTokZip(input: SourceInput, options: ParseOptions = {}): ParsedFile {
  const fromName = parseTikTokZipName(input.name);
  const exportDate = fromName?.exportDate ?? options.exportDate;
  const { parsed: first, assumedDates } = readTikTokZip(input, { ...options, ...(exportDate !== undefined ? { exportDate } : {}) });
  if (fromName?.exportDate) {
    // The year of the members' dates came from the zip's name: say so, as a loose file says where its year came from.
    const warnings = first.warnings.map((w) =>
      w.code === 'year-from-export-date' ? { ...w, code: 'year-from-zip-name', message: `${w.message} That export date is the download time in the zip's name.` } : w,
    );
    return { ...first, warnings };
  }
  if (exportDate !== undefined) return first;
  // No export day known: each member assumed the day after its own last row. One zip is one download, so
  // its members are read again with the latest of those days, shared.
  const assumed = [...new Set(assumedDates)].sort();
  const latest = assumed[assumed.length - 1];
  if (assumed.length <= 1 || latest === undefined) return first;
  const again = readTikTokZip(input, { ...options, exportDate: latest }).parsed;
  const warning = first.warnings.find((w) => w.code === 'export-date-assumed' && w.params?.exportDate === latest);
  return { ...again, warnings: [...(warning ? [warning] : []), ...again.warnings], exportDate: latest };
}

/** One pass over the members of a TikTok zip with `memberOptions`; `assumedDates`: export days members assumed. */
function readTikTokZip(input: SourceInput, memberOptions: ParseOptions): { parsed: ParsedFile; assumedDates: string[] } {
  const { name } = input;
  const fromName = parseTikTokZipName(name);
  const assumedDates: string[] = [];
  const names = listZip(input.bytes, name).map((e) => e.name);
  const ignored = names.filter((n) => memberBase(n) === null);
  const files = unzipGuarded(input.bytes, name, (n) => memberBase(n) !== null);
  const warnings: ImportWarning[] = [];
  if (ignored.length > 0) {
    warnings.push({ code: 'zip-member-ignored', message: `Ignored in the zip: ${ignored.join(', ')}`, params: { members: ignored.join(', ') } });
  }
  const observations: Observation[] = [];
  const periods: Period[] = [];
  for (const path of Object.keys(files).sort()) {
    const bytes = files[path] ?? new Uint8Array();
    const member: SourceInput = { name: `${name}/${path}`, bytes, ...(input.lastModified !== undefined ? { lastModified: input.lastModified } : {}) };
    let parsed: ParsedFile;
    try {
      parsed = path.toLowerCase().endsWith('.xlsx')
        ? parseWorkbook(member, memberOptions, MEMBER_FORMATS)
        : parseWithFormats(readTextFile(member, memberOptions), MEMBER_FORMATS);
    } catch (e) {
      if (e instanceof ImportError && e.code === 'empty') {
        warnings.push({ code: 'zip-member-empty', message: `"${path}" is empty.`, params: { member: path } });
        continue;
      }
      if (e instanceof ImportError && e.code === 'export-date-required') {
        throw new ImportError('export-date-required', name, `"${name}" holds TikTok files whose dates have no year, and its name does not carry the export time. Give the day it was downloaded.`, {
          params: e.params,
        });
      }
      throw e;
    }
    observations.push(...parsed.observations);
    if (parsed.exportDate !== undefined && parsed.warnings.some((w) => w.code === 'export-date-assumed')) assumedDates.push(parsed.exportDate);
    warnings.push(...parsed.warnings.map((w) => ({ ...w, message: `${path}: ${w.message}` })));
    if (parsed.period) periods.push(parsed.period);
  }
  const period: Period | null =
    periods.length === 0
      ? null
      : { start: periods.map((p) => p.start).sort()[0] ?? '', end: periods.map((p) => p.end).sort().reverse()[0] ?? '' };
  const parsed: ParsedFile = {
    fileName: name,
    format: TIKTOK_STUDIO_ZIP.id,
    formatVersion: TIKTOK_STUDIO_ZIP.version,
    formatLabel: TIKTOK_STUDIO_ZIP.label,
    platform: 'tiktok',
    platformCandidates: ['tiktok'],
    accountName: fromName?.handle ?? null,
    period,
    basis: null,
    observations,
    warnings,
    encoding: 'binary',
    delimiter: null,
    ...(memberOptions.exportDate !== undefined ? { exportDate: memberOptions.exportDate } : assumedDates[0] !== undefined ? { exportDate: assumedDates[0] } : {}),
  };
  return { parsed, assumedDates };
}
