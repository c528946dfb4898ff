// The headless `analyse` command: parses arguments, runs the core code on each file and prints one JSON document (README, *Headless analysis*).

import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseSourceFile } from '../core/formats/parse-source-file';
import { isIsoDate } from '../core/formats/values';
import { ageComposition } from '../core/metrics/age-composition';
import type { AgeFloor } from '../core/metrics/age-composition';
import { summariseTotals } from '../core/metrics/totals';
import type { Totals } from '../core/metrics/totals';
import type { AgeBand } from '../core/model/age-band';
import { UPPER_BOUND_SEGMENT } from '../core/model/observation';
import type { Basis, Period } from '../core/model/observation';
import type { Observation } from '../core/model/observation';
import { observationsOfColumns } from '../core/model/observation-columns';
import type { ObservationColumns } from '../core/model/observation-columns';
import { filesOfParts, isImportError } from '../core/model/parsed-file';
import type { ParsedFile } from '../core/model/parsed-file';
import { PLATFORMS, isPlatform } from '../core/model/platform';
import type { Platform } from '../core/model/platform';
import { loadSpreadsheetReader, looksLikeSpreadsheet } from '../workers/xlsx-on-demand';
import { errorMessage } from '../core/model/errors';

/** What the command touches outside itself, so tests can run it without a process. */
export interface AnalyseIo {
  /** The bytes of a file; rejects (e.g. ENOENT) when it cannot be read. */
  readFile(filePath: string): Promise<Uint8Array>;
  /** Writes to standard output (only the JSON document goes there). */
  stdout(text: string): void;
  /** Writes to standard error (usage, per-file errors). */
  stderr(text: string): void;
}

/**
 * One file's result. `file` is the base name; `period` ISO dates (inclusive) or null; `ageShares` the share
 * 0..1 of each age band (plain-hyphen keys, youngest first) of `basis`, `youthShare` their youth sum (0..1)
 * and `youthAgeFloor` 13 or 18 — all three null without age data; shares are rounded to 6 decimals;
 * `totals` counts from {@link summariseTotals}.
 */
export interface AnalyseFileResult {
  file: string;
  entity: string;
  platform: Platform;
  format: string;
  basis: Basis | null;
  period: Period | null;
  ageShares: Record<AgeBand, number> | null;
  youthShare: number | null;
  youthAgeFloor: AgeFloor | null;
  totals: Totals;
}

/** The one JSON document printed on stdout: one entry per file read, and every warning as `<file>: <text>`. */
export interface AnalyseOutput {
  files: AnalyseFileResult[];
  warnings: string[];
}

/** Exit codes: 0 every file reported, 1 at least one file not reported, 2 bad usage. */
export type AnalyseExitCode = 0 | 1 | 2;

/** Usage text (printed on stdout for `--help`, on stderr with exit 2 for bad usage). */
export const ANALYSE_USAGE = `Usage: npm run --silent analyse -- --entity "NAME" [--platform P] [--export-date YYYY-MM-DD] FILE...

Reads platform analytics exports (CSV, TSV, ZIP, XLSX, XLS …) with the same core code as the app and prints one JSON
document on stdout: per file its platform, format, period, age shares, youth share, age floor and totals.

Options:
  --entity NAME     the entity (government body, brand, programme) the files belong to (required)
  --platform P      the platform of the files that do not say it (a file that says its platform keeps it):
                    ${PLATFORMS.join(', ')}
  --export-date D   the day the files were downloaded (YYYY-MM-DD), to place TikTok's dates that
                    have no year ("August 19"); a TikTok zip carries it in its name
  -h, --help        show this help

Exit code: 0 all files reported; 1 a file could not be read or needs --platform or --export-date (message on stderr,
the other files are still reported); 2 bad usage.
`;

/** Rounds a share to 6 decimals to hide float noise (0.61 / 100 prints 0.0061). */
export function roundShare(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * The observations the command's figures can use, in file order: those with an age band (the age
 * composition reads only those) and the whole counts without age band, gender or segment, or marked as an
 * upper bound (segment `bound:upper`) (the only ones `summariseTotals` counts). Everything else (per-video, per-country, per-gender parts, shares of a
 * total) would be skipped by both, so the result is the same as with all observations. A file parsed
 * into columns (`parsed.columns`, a large daily export) is filtered on its typed arrays without building
 * an object per row: a million per-video rows then cost no objects at all. Throws nothing.
 */
export function observationsForAnalysis(parsed: ParsedFile & { columns?: ObservationColumns }): Observation[] {
  const columns = parsed.columns;
  if (!columns) return parsed.observations.filter((o) => o.ageBand !== undefined || (o.gender === undefined && (o.segment === undefined || o.segment === UPPER_BOUND_SEGMENT) && o.unit === 'count'));
  const { ageBand, gender, segment, unit } = columns;
  const countUnit = columns.units.indexOf('count');
  const upperSegment = columns.segments.indexOf(UPPER_BOUND_SEGMENT) + 1; // 0 when absent: matches no segment
  const keep: number[] = [];
  for (let i = 0; i < columns.length; i++) {
    const whole = segment[i] === 0 || (upperSegment !== 0 && segment[i] === upperSegment);
    if (ageBand[i] !== 0 || (gender[i] === 0 && whole && unit[i] === countUnit)) keep.push(i);
  }
  const ints = (a: Int32Array): Int32Array => Int32Array.from(keep, (i) => a[i]!);
  return observationsOfColumns({
    ...columns,
    length: keep.length,
    values: Float64Array.from(keep, (i) => columns.values[i]!),
    period: ints(columns.period),
    metric: ints(columns.metric),
    unit: ints(unit),
    ageBand: ints(ageBand),
    gender: ints(gender),
    segment: ints(segment),
  });
}

/**
 * Builds one file's result from its ParsedFile: the age composition of `parsed.basis` (null without age
 * data) and the totals. Returns the result and the warnings (format's own, then totals'), unprefixed.
 */
export function analyseParsedFile(
  parsed: ParsedFile,
  file: string,
  entity: string,
  platform: Platform,
): { result: AnalyseFileResult; warnings: string[] } {
  const observations = observationsForAnalysis(parsed);
  const composition = parsed.basis === null ? null : ageComposition(observations, parsed.basis);
  const { totals, warnings: totalsWarnings } = summariseTotals(observations);
  let ageShares: Record<AgeBand, number> | null = null;
  if (composition) {
    ageShares = {};
    for (const [band, share] of Object.entries(composition.shares)) ageShares[band] = roundShare(share);
  }
  const result: AnalyseFileResult = {
    file,
    entity,
    platform,
    format: parsed.format,
    basis: composition ? composition.basis : null,
    period: parsed.period ? { start: parsed.period.start, end: parsed.period.end } : null,
    ageShares,
    youthShare: composition ? roundShare(composition.youthShare) : null,
    youthAgeFloor: composition ? composition.youthAgeFloor : null,
    totals,
  };
  const warnings = [...parsed.warnings, ...totalsWarnings].map((w) => w.message);
  return { result, warnings };
}

/** Strips a leading `<name>: ` from an error message, so the file is not named twice. */
function reason(message: string, name: string): string {
  return message.startsWith(`${name}: `) ? message.slice(name.length + 2) : message;
}

/**
 * Runs `analyse` with `args` (what follows `analyse.ts` on the command line) and returns the exit code.
 * Prints the JSON document ({@link AnalyseOutput}) on stdout whenever the arguments are valid, even if no
 * file could be read; per-file problems go to stderr as `analyse: <path>: <reason>[ (line N)]`.
 * Never throws: a file's unexpected error is reported like an ImportError.
 */
export async function runAnalyse(args: readonly string[], io: AnalyseIo): Promise<AnalyseExitCode> {
  let values: { entity?: string; platform?: string; 'export-date'?: string; help?: boolean };
  let files: string[];
  try {
    const parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        entity: { type: 'string' },
        platform: { type: 'string' },
        'export-date': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    values = parsed.values;
    files = parsed.positionals;
  } catch (e) {
    io.stderr(`analyse: ${errorMessage(e)}\n\n${ANALYSE_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout(ANALYSE_USAGE);
    return 0;
  }
  const entity = values.entity?.trim() ?? '';
  if (entity === '') {
    io.stderr(`analyse: --entity "NAME" is required\n\n${ANALYSE_USAGE}`);
    return 2;
  }
  let platformOption: Platform | null = null;
  if (values.platform !== undefined) {
    const p = values.platform.trim().toLowerCase();
    if (!isPlatform(p)) {
      io.stderr(`analyse: unknown platform "${values.platform}" (one of ${PLATFORMS.join(', ')})\n\n${ANALYSE_USAGE}`);
      return 2;
    }
    platformOption = p;
  }
  const exportDate = values['export-date']?.trim();
  if (exportDate !== undefined && !isIsoDate(exportDate)) {
    io.stderr(`analyse: --export-date "${values['export-date'] ?? ''}" is not a day YYYY-MM-DD\n\n${ANALYSE_USAGE}`);
    return 2;
  }
  if (files.length === 0) {
    io.stderr(`analyse: give at least one FILE\n\n${ANALYSE_USAGE}`);
    return 2;
  }

  const output: AnalyseOutput = { files: [], warnings: [] };
  let failed = false;
  for (const filePath of files) {
    const name = path.basename(filePath);
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(filePath);
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      const why = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : errorMessage(e);
      io.stderr(`analyse: ${filePath}: cannot read the file: ${why}\n`);
      failed = true;
      continue;
    }
    let parsed: ParsedFile;
    try {
      // The spreadsheet reader is loaded only for a file that may need it (see xlsx-on-demand.ts): a run
      // over CSV files never loads it. Without the build's alias this loads the same module twice, harmlessly.
      if (looksLikeSpreadsheet(bytes, name)) await loadSpreadsheetReader();
      parsed = parseSourceFile({ name, bytes }, exportDate !== undefined ? { exportDate } : {});
    } catch (e) {
      if (isImportError(e)) {
        const line = e.line !== null ? ` (line ${e.line})` : '';
        const hint = e.code === 'export-date-required' ? ' Give it with --export-date YYYY-MM-DD.' : '';
        io.stderr(`analyse: ${filePath}: ${reason(e.message, name)}${line} [${e.code}]${hint}\n`);
      } else {
        io.stderr(`analyse: ${filePath}: unexpected error: ${errorMessage(e)}\n`);
      }
      failed = true;
      continue;
    }
    // A file holding several platforms (Meta's 2024 audience file) gives one entry per platform, each
    // with the same `file`.
    for (const part of filesOfParts(parsed)) {
      // --platform only fills in what a file does not say: a run over a mixed set of exports keeps each
      // file's own platform (a YouTube table stays youtube even with --platform facebook).
      const platform = part.platform ?? platformOption;
      if (platform === null) {
        const offer = part.platformCandidates.length > 0 ? part.platformCandidates : PLATFORMS;
        io.stderr(
          `analyse: ${filePath}: the file does not say its platform; give it with --platform (${offer.join(', ')})\n`,
        );
        failed = true;
        continue;
      }
      const { result, warnings } = analyseParsedFile(part, name, entity, platform);
      if (platformOption !== null && part.platform !== null && part.platform !== platformOption) {
        warnings.unshift(`the file says platform ${part.platform}; --platform ${platformOption} not applied to it`);
      }
      output.files.push(result);
      for (const w of warnings) output.warnings.push(`${name}: ${w}`);
    }
  }
  io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  return failed ? 1 : 0;
}
