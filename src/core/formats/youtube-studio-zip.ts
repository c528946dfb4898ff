// The YouTube Studio zip (`<report> <YYYY-MM-DD>_<YYYY-MM-DD> <channel>.zip` holding `Table data.csv`,
// `Chart data.csv`, `Totals.csv`), read into one ParsedFile (docs/formats.md#youtube and #traps item 9).

import { unzipSync } from 'fflate';
import type { UnzipFileInfo } from 'fflate';
import { METRIC_KIND } from '../model/observation';
import type { Observation, Period } from '../model/observation';
import { ImportError } from '../model/parsed-file';
import type { ImportWarning, ParsedFile, SourceInput } from '../model/parsed-file';
import type { FormatSpec } from './format-spec';
import { normaliseHeader } from './headers';
import { parseWithFormats } from './registry';
import { readTextFile } from './sniff';
import { youtubeStudioChartData } from './youtube-studio-chart-data';
import { youtubeStudioTable } from './youtube-studio-table';
import { youtubeStudioViewerAge } from './youtube-studio-viewer-age';
import { youtubeStudioViewerGender } from './youtube-studio-viewer-gender';

/** Identity of the zip "format" as stored with an import. */
export const YOUTUBE_STUDIO_ZIP = { id: 'youtube-studio-zip', version: 1, label: 'YouTube Studio export (zip)' } as const;

/** Refuse zips whose declared uncompressed total exceeds this many bytes (zip-bomb guard): 50 MB. */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;

type MemberKind = 'table' | 'chart' | 'totals';

/** Member names: English (docs/formats.md#youtube), German (WDR), Dutch and French (guesses). */
const MEMBER_NAMES: Readonly<Record<MemberKind, readonly string[]>> = {
  table: ['Table data.csv', 'Tabellendaten.csv', 'Tabelgegevens.csv', 'Tabelgegevens (tabel).csv', 'Données du tableau.csv'],
  chart: ['Chart data.csv', 'Diagrammdaten.csv', 'Diagramgegevens.csv', 'Grafiekgegevens.csv', 'Données du graphique.csv'],
  totals: ['Totals.csv', 'Gesamtwerte.csv', 'Totalen.csv', 'Totaux.csv'],
};

/** Formats a member of each kind may have. */
const MEMBER_FORMATS: Readonly<Record<MemberKind, readonly FormatSpec[]>> = {
  table: [youtubeStudioViewerAge, youtubeStudioViewerGender, youtubeStudioTable],
  chart: [youtubeStudioChartData],
  totals: [youtubeStudioChartData],
};

/** Member names of TikTok's zips (docs/formats.md#tiktok), to give a specific refusal. */
const TIKTOK_MEMBERS = ['overview.csv', 'followerhistory.csv', 'followeractivity.csv', 'followergender.csv', 'followertopterritories.csv', 'viewers.csv', 'content.csv'];

/** `<report> <YYYY-MM-DD>_<YYYY-MM-DD> <channel>.zip`, with an optional browser ` (1)` suffix. */
const ZIP_NAME = /^(.+?) (\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2}) (.+?)(?: \(\d+\))?\.zip$/i;

/**
 * Reads report, period and channel from a YouTube Studio zip name (soft hyphens removed first: German
 * exports have them, docs/formats.md#youtube). Returns null when the name does not have that shape.
 */
export function parseYouTubeZipName(fileName: string): { report: string; period: Period; channel: string } | null {
  const base = fileName.replace(/\u00ad/g, '').split(/[\\/]/).pop() ?? '';
  const m = ZIP_NAME.exec(base);
  if (!m) return null;
  const [, report, start, end, channel] = m;
  if (report === undefined || start === undefined || end === undefined || channel === undefined || start > end) return null;
  return { report: report.trim(), period: { start, end }, channel: channel.trim() };
}

function memberKind(path: string): MemberKind | null {
  const base = normaliseHeader(path.split('/').pop() ?? '');
  for (const kind of Object.keys(MEMBER_NAMES) as MemberKind[]) {
    if (MEMBER_NAMES[kind].some((n) => normaliseHeader(n) === base)) return kind;
  }
  return null;
}

/** Rank of a member as the source of `o` (lower wins): daily members for flows, the table otherwise. */
function priority(o: Observation, kind: MemberKind): number {
  const daily = METRIC_KIND[o.metric] === 'flow' || METRIC_KIND[o.metric] === 'stock';
  const ranks: Record<MemberKind, number> = daily ? { totals: 0, chart: 1, table: 2 } : { table: 0, totals: 1, chart: 2 };
  return ranks[kind];
}

/**
 * Reads a zip file. Only YouTube Studio exports are imported: members `Table data.csv`, `Chart data.csv`,
 * `Totals.csv` (or their localised names), unzipped with fflate's `unzipSync`.
 * - Refusals (`ImportError`): `too-large` when the declared uncompressed total exceeds 50 MB;
 *   `unsupported` for an XLSX workbook, a TikTok zip, any other zip, or a member that is not one of the
 *   expected CSVs; `malformed` for a damaged zip; member errors are passed on.
 * - Result: one ParsedFile (format `youtube-studio-zip`) merging the members' observations. Period and
 *   channel (accountName) come from the zip name; Table data observations without a period get the zip's
 *   period. Each number (metric × segment × band × gender) is taken from one member only, so nothing is
 *   counted twice: flows from Totals.csv, else Chart data.csv, else the table; unique counts and averages
 *   from the table first.
 *   Basis from the table (views for a viewer-age table).
 */
export function parseYouTubeZip(input: SourceInput): ParsedFile {
  const { name } = input;
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(input.bytes, {
      filter: (info) => {
        entries.push(info);
        return false;
      },
    });
  } catch {
    throw new ImportError('malformed', name, `"${name}" is a damaged ZIP archive and cannot be opened.`);
  }
  const files = entries.filter((e) => !e.name.endsWith('/'));
  const lower = files.map((e) => e.name.toLowerCase());
  if (lower.some((n) => n === '[content_types].xml' || n.startsWith('xl/'))) {
    throw new ImportError('unsupported', name, `"${name}" is an Excel workbook (.xlsx); open it in Excel and save it as CSV.`, {
      params: { kind: 'xlsx' },
    });
  }
  const kinds = files.map((e) => memberKind(e.name));
  if (!kinds.some((k) => k !== null)) {
    if (lower.some((n) => TIKTOK_MEMBERS.includes(n.split('/').pop() ?? ''))) {
      throw new ImportError(
        'unsupported',
        name,
        `"${name}" is a TikTok download; unzip it and import the CSV files inside one by one.`,
        { params: { kind: 'tiktok-zip' } },
      );
    }
    throw new ImportError('unsupported', name, `"${name}" is a ZIP archive but not a YouTube Studio export.`, {
      params: { kind: 'zip' },
    });
  }
  const stray = files.filter((_, i) => kinds[i] === null).map((e) => e.name);
  if (stray.length > 0) {
    throw new ImportError(
      'unsupported',
      name,
      `"${name}" contains ${stray.map((s) => `"${s}"`).join(', ')}, which a YouTube Studio export does not.`,
      { params: { members: stray.join(', ') } },
    );
  }
  const declared = files.reduce((sum, e) => sum + e.originalSize, 0);
  if (declared > MAX_UNZIPPED_BYTES) {
    throw new ImportError('too-large', name, `"${name}" would unpack to ${String(Math.round(declared / 1048576))} MB; the limit is 50 MB.`, {
      params: { bytes: declared },
    });
  }
  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = unzipSync(input.bytes, { filter: (info) => !info.name.endsWith('/') });
  } catch {
    throw new ImportError('malformed', name, `"${name}" is a damaged ZIP archive and cannot be unpacked.`);
  }

  const fromName = parseYouTubeZipName(name);
  const warnings: ImportWarning[] = [];
  if (fromName === null) {
    warnings.push({
      code: 'zip-name-unrecognised',
      message: 'The zip name does not have the form "<report> <start>_<end> <channel>.zip"; period and channel are unknown.',
    });
  }
  const byKind: Partial<Record<MemberKind, ParsedFile>> = {};
  const order: MemberKind[] = ['table', 'chart', 'totals'];
  for (const kind of order) {
    const entry = Object.keys(unzipped).find((path) => memberKind(path) === kind);
    if (entry === undefined) continue;
    const bytes = unzipped[entry] ?? new Uint8Array();
    const memberName = `${name}/${entry}`;
    try {
      byKind[kind] = parseWithFormats(readTextFile({ name: memberName, bytes }), MEMBER_FORMATS[kind]);
    } catch (e) {
      if (e instanceof ImportError && e.code === 'empty') {
        warnings.push({ code: 'zip-member-empty', message: `"${entry}" is empty.`, params: { member: entry } });
        continue;
      }
      throw e;
    }
  }
  const period: Period | null =
    fromName?.period ??
    (() => {
      const periods = order.map((k) => byKind[k]?.period).filter((p): p is Period => p != null);
      if (periods.length === 0) return null;
      return {
        start: periods.map((p) => p.start).sort()[0] ?? '',
        end: periods.map((p) => p.end).sort().reverse()[0] ?? '',
      };
    })();
  // Each number (metric × segment × band × gender) comes from one member only, so nothing counts twice:
  // flows from the daily members first (Totals.csv, then Chart data.csv), unique counts and averages
  // from the table (a period figure is exact; a sum of daily unique counts is only an upper bound).
  const keyOf = (o: Observation): string => `${o.metric}|${o.segment ?? ''}|${o.ageBand ?? ''}|${o.gender ?? ''}`;
  const sourceOf = new Map<string, MemberKind>();
  for (const kind of order) {
    for (const o of byKind[kind]?.observations ?? []) {
      const key = keyOf(o);
      const current = sourceOf.get(key);
      if (current === undefined || priority(o, kind) < priority(o, current)) sourceOf.set(key, kind);
    }
  }
  const observations: Observation[] = [];
  for (const kind of order) {
    const member = byKind[kind];
    if (member === undefined) continue;
    warnings.push(...member.warnings);
    for (const o of member.observations) {
      if (sourceOf.get(keyOf(o)) !== kind) continue;
      observations.push(o.period === null ? { ...o, period } : o);
    }
  }
  return {
    fileName: name,
    format: YOUTUBE_STUDIO_ZIP.id,
    formatVersion: YOUTUBE_STUDIO_ZIP.version,
    formatLabel: YOUTUBE_STUDIO_ZIP.label,
    platform: 'youtube',
    platformCandidates: ['youtube'],
    accountName: fromName?.channel ?? null,
    period,
    basis: byKind.table?.basis ?? null,
    observations,
    warnings,
    encoding: 'binary',
    delimiter: null,
  };
}
