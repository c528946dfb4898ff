// The headless `answer` command: reads export files per entity with the same core code as the app,
// stitches each account's files into one history, and prints the answer to question 3 as one JSON
// document (docs/method.md; the answer screen shows the same figures).

import path from 'node:path';
import { parseArgs } from 'node:util';
import { accountFromFiles } from '../core/answer/account-from-files';
import type { AccountFile } from '../core/answer/account-from-files';
import { answerQuestion3 } from '../core/answer/answer';
import type { Answer, AnswerAccount, PooledFigure, Verdict, YouthAudience } from '../core/answer/answer-types';
import { describe } from '../core/answer/messages';
import { parseSourceFile } from '../core/formats/parse-source-file';
import { isIsoDate } from '../core/formats/values';
import type { Basis, Period } from '../core/model/observation';
import { filesOfParts, isImportError } from '../core/model/parsed-file';
import type { ParsedFile } from '../core/model/parsed-file';
import { isPlatform, PLATFORMS } from '../core/model/platform';
import type { Platform } from '../core/model/platform';
import { YOUTH_BANDS } from '../core/read-model/account-figures';
import type { YouthBand } from '../core/read-model/account-figures';
import type { SeriesMetric } from '../core/read-model/import-summary';
import { SERIES_METRICS } from '../core/read-model/import-summary';
import { seriesOf } from '../core/read-model/series';
import type { Granularity, SeriesBucket } from '../core/read-model/series';
import { DEFAULT_REFERENCE_SET } from '../core/reference/reference-set';
import { DEFAULT_THRESHOLDS } from '../core/reference/thresholds';
import type { AnalyseIo } from './run-analyse';
import { roundShare } from './run-analyse';
import { errorMessage } from '../core/model/errors';

/** Usage text (stdout for `--help`, stderr with exit 2 for bad usage). */
export const ANSWER_USAGE = `Usage: npm run --silent answer -- [--from YYYY-MM-DD --to YYYY-MM-DD] [--band 13-24|18-24|13-17]
       [--series day|week|month] --entity NAME [--platform P] [--export-date D] FILE... [--entity NAME2 FILE...]

Reads platform analytics exports with the same core code as the app and prints the answer to question 3 as
one JSON document: the government's verdict, each entity's verdict with its pooled figures, and per
account its youth share, indexes, audience size, totals, views by young people and young people in the
audience (followers, reach or viewers × youth share; youthReach.bases and .audience say which).

Options (--platform and --export-date apply to the FILEs after them, until the next --entity):
  --entity NAME     the entity the FILEs after it belong to (a government body, brand, programme)
  --platform P      the platform of files that do not say it: ${PLATFORMS.join(', ')}
  --export-date D   the day the files were downloaded (YYYY-MM-DD), for TikTok's dates without a year
  --from, --to      the period (both, inclusive); without them each account's most recent age split's period
  --band B          the youth band: 13-24 (default), 18-24 or 13-17
  --series G        add each account's views, impressions, reach, viewers and followers per day, week or month
  -h, --help        show this help

Verdict codes: sufficient, partly-sufficient, insufficient, insufficient-data.
Exit code: 0 every file read; 1 a file could not be read (message on stderr, the rest still answered); 2 bad usage.
`;

/** One account in the JSON (counts; shares 0..1 rounded to 6 decimals; null = not known). */
export interface AnswerJsonAccount {
  platform: Platform;
  account: string | null;
  provenance: 'file' | 'typed';
  basis: Basis | null;
  ageFloor: 13 | 18 | null;
  youthBand: YouthBand | null;
  youthShare: number | null;
  representationIndex: number | null;
  platformRelativeIndex: number | null;
  audienceSize: number | null;
  /** True when `audienceSize` is only an upper bound (reach summed over days or posts). */
  audienceSizeUpperBound: boolean;
  period: Period | null;
  coverage: { days: number; of: number } | null;
  totals: Record<SeriesMetric, number | null>;
  /** Per unique metric: true when its total is only an upper bound (summed over days or posts: "at most"). */
  totalsUpperBound: { reach: boolean; viewers: boolean };
  youthViews: number | null;
  youthPeopleReached: number | null;
  youthPeopleUpperBound: boolean;
  files: string[];
  series?: Partial<Record<SeriesMetric, SeriesBucket[]>>;
}

/** A pooled figure in the JSON. */
export interface AnswerJsonPooled {
  basis: Basis;
  ageFloor: 13 | 18;
  youthBand: YouthBand;
  youthShare: number;
  representationIndex: number | null;
  audienceSize: number;
  /** True when a member's audience size is only an upper bound: `audienceSize` is then "at most". */
  upperBound: boolean;
  accounts: number;
}

/** The document printed on stdout. */
export interface AnswerJson {
  period: Period | null;
  youthBand: YouthBand;
  overall: {
    verdict: Verdict;
    rule: string;
    entities: Partial<Record<Verdict, number>>;
    pooled: AnswerJsonPooled[];
    youthReach: { low: number; high: number; lowShare: number | null; highShare: number | null; bases: Basis[]; audience: YouthAudience } | null;
    absentPlatforms: Platform[];
    borderline: boolean;
    reasons: string[];
  };
  entities: {
    entity: string;
    verdict: Verdict;
    rule: string;
    borderline: boolean;
    flips: { threshold: string; value: number; verdict: Verdict }[];
    pooled: AnswerJsonPooled[];
    youthReach: { low: number; high: number; lowShare: number | null; highShare: number | null; bases: Basis[]; audience: YouthAudience } | null;
    reasons: string[];
    accounts: AnswerJsonAccount[];
  }[];
  improvements: string[];
  warnings: string[];
}

const round1 = (v: number | null): number | null => (v === null ? null : Math.round(v * 10) / 10);
const roundCount = (v: number | null): number | null => (v === null ? null : Math.round(v * 1000) / 1000);

function pooledJson(g: PooledFigure): AnswerJsonPooled {
  return { basis: g.basis, ageFloor: g.ageFloor, youthBand: g.band, youthShare: roundShare(g.youthShare), representationIndex: round1(g.representationIndex), audienceSize: g.audienceSize, upperBound: g.upperBound, accounts: g.accounts };
}

function accountJson(a: AnswerAccount, files: string[]): AnswerJsonAccount {
  return {
    platform: a.platform,
    account: a.name,
    provenance: a.provenance === 'manual' ? 'typed' : 'file',
    basis: a.youthShare?.basis ?? null,
    ageFloor: a.youthShare?.ageFloor ?? null,
    youthBand: a.youthShare?.band ?? null,
    youthShare: a.youthShare ? roundShare(a.youthShare.value) : null,
    representationIndex: round1(a.representationIndex?.value ?? null),
    platformRelativeIndex: round1(a.platformRelativeIndex?.value ?? null),
    audienceSize: a.audienceSize?.value ?? null,
    audienceSizeUpperBound: a.audienceSize?.upperBound ?? false,
    period: a.period,
    coverage: a.coverage,
    totals: a.totals,
    totalsUpperBound: a.totalsUpperBound,
    youthViews: roundCount(a.youthViews?.value ?? null),
    youthPeopleReached: roundCount(a.youthPeople?.value ?? null),
    youthPeopleUpperBound: a.youthPeople?.upperBound ?? false,
    files,
  };
}

const rangeJson = (r: Answer['overall']['youthReach']) =>
  r ? { low: Math.round(r.low), high: Math.round(r.high), lowShare: r.lowShare === null ? null : roundShare(r.lowShare), highShare: r.highShare === null ? null : roundShare(r.highShare), bases: r.bases, audience: r.audience } : null;

/** The JSON document of an answer (`files` per account id; `series` per account id when asked). */
export function answerJson(answer: Answer, filesOf: ReadonlyMap<string, string[]>, warnings: string[], series?: ReadonlyMap<string, Partial<Record<SeriesMetric, SeriesBucket[]>>>): AnswerJson {
  const counts: Partial<Record<Verdict, number>> = {};
  for (const [v, n] of Object.entries(answer.overall.counts) as [Verdict, number][]) if (n > 0) counts[v] = n;
  return {
    period: answer.period,
    youthBand: answer.youthBand,
    overall: {
      verdict: answer.overall.verdict,
      rule: answer.overall.rule,
      entities: counts,
      pooled: answer.overall.pooled.map(pooledJson),
      youthReach: rangeJson(answer.overall.youthReach),
      absentPlatforms: answer.overall.absentPlatforms,
      borderline: answer.overall.borderline,
      reasons: answer.overall.reasons.map(describe),
    },
    entities: answer.entities.map((e) => ({
      entity: e.name,
      verdict: e.verdict,
      rule: e.rule,
      borderline: e.borderline,
      flips: e.flips,
      pooled: e.pooled.map(pooledJson),
      youthReach: rangeJson(e.youthReach),
      reasons: e.reasons.map(describe),
      accounts: e.accounts.map((a) => {
        const json = accountJson(a, filesOf.get(a.accountId) ?? []);
        const s = series?.get(a.accountId);
        return s ? { ...json, series: s } : json;
      }),
    })),
    improvements: answer.improvements.map(describe),
    warnings,
  };
}

/** One entity's files as given on the command line, with the options in force for each file. */
interface FileArg {
  entity: string;
  path: string;
  platform: Platform | null;
  exportDate: string | null;
}

/**
 * Runs `answer` with `args` and returns the exit code. The JSON document goes to stdout whenever the
 * arguments are valid; a file that cannot be read is reported on stderr (`answer: <path>: <reason>`) and left
 * out. Files of one entity, platform and account name are one account (stitched). Never throws.
 */
export async function runAnswer(args: readonly string[], io: AnalyseIo): Promise<0 | 1 | 2> {
  const usage = (message: string): 2 => {
    io.stderr(`answer: ${message}\n\n${ANSWER_USAGE}`);
    return 2;
  };
  let tokens: ReturnType<typeof parseArgs>['tokens'];
  try {
    tokens = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: {
        entity: { type: 'string', multiple: true },
        platform: { type: 'string', multiple: true },
        'export-date': { type: 'string', multiple: true },
        from: { type: 'string' },
        to: { type: 'string' },
        band: { type: 'string' },
        series: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).tokens;
  } catch (e) {
    return usage(errorMessage(e));
  }
  let entity: string | null = null;
  let platform: Platform | null = null;
  let exportDate: string | null = null;
  let from: string | null = null;
  let to: string | null = null;
  let band: YouthBand = '13-24';
  let granularity: Granularity | null = null;
  const files: FileArg[] = [];
  for (const token of tokens ?? []) {
    if (token.kind === 'positional') {
      if (entity === null) return usage(`the file ${token.value} comes before any --entity`);
      files.push({ entity, path: token.value, platform, exportDate });
      continue;
    }
    if (token.kind !== 'option') continue;
    const value = typeof token.value === 'string' ? token.value.trim() : '';
    switch (token.name) {
      case 'help':
        io.stdout(ANSWER_USAGE);
        return 0;
      case 'entity':
        if (value === '') return usage('--entity needs a name');
        entity = value;
        platform = null;
        exportDate = null;
        break;
      case 'platform':
        if (!isPlatform(value.toLowerCase())) return usage(`unknown platform "${value}" (one of ${PLATFORMS.join(', ')})`);
        platform = value.toLowerCase() as Platform;
        break;
      case 'export-date':
        if (!isIsoDate(value)) return usage(`--export-date "${value}" is not a day YYYY-MM-DD`);
        exportDate = value;
        break;
      case 'from':
      case 'to':
        if (!isIsoDate(value)) return usage(`--${token.name} "${value}" is not a day YYYY-MM-DD`);
        if (token.name === 'from') from = value;
        else to = value;
        break;
      case 'band':
        if (!YOUTH_BANDS.includes(value as YouthBand)) return usage(`--band must be one of ${YOUTH_BANDS.join(', ')}`);
        band = value as YouthBand;
        break;
      case 'series':
        if (value !== 'day' && value !== 'week' && value !== 'month') return usage('--series must be day, week or month');
        granularity = value;
        break;
    }
  }
  if ((from === null) !== (to === null)) return usage('give both --from and --to, or neither');
  if (from !== null && to !== null && from > to) return usage('--from must not be after --to');
  if (files.length === 0) return usage('give at least one FILE after --entity NAME');

  const warnings: string[] = [];
  let failed = false;
  // entity → account key → files
  const groups = new Map<string, Map<string, { platform: Platform; name: string | null; files: AccountFile[]; names: string[] }>>();
  for (const f of files) {
    const name = path.basename(f.path);
    let parsed: ParsedFile;
    try {
      const bytes = await io.readFile(f.path);
      parsed = parseSourceFile({ name, bytes }, f.exportDate !== null ? { exportDate: f.exportDate } : {});
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      const why = isImportError(e) ? `${e.message}${e.line !== null ? ` (line ${e.line})` : ''} [${e.code}]` : code === 'ENOENT' ? 'file not found' : errorMessage(e);
      io.stderr(`answer: ${f.path}: ${why}\n`);
      failed = true;
      continue;
    }
    // A file holding several platforms (Meta's 2024 audience file) is one account per platform.
    for (const part of filesOfParts(parsed)) {
      const p = part.platform ?? f.platform;
      if (p === null) {
        io.stderr(`answer: ${f.path}: the file does not say its platform; give it with --platform before it\n`);
        failed = true;
        continue;
      }
      for (const w of part.warnings) warnings.push(`${name}: ${w.message}`);
      const byAccount = groups.get(f.entity) ?? new Map();
      groups.set(f.entity, byAccount);
      const key = `${p}|${(part.accountName ?? '').toLowerCase()}`;
      const group = byAccount.get(key) ?? { platform: p, name: part.accountName, files: [], names: [] };
      group.files.push({ parsed: part, exportDate: f.exportDate });
      group.names.push(name);
      byAccount.set(key, group);
    }
  }

  const filesOf = new Map<string, string[]>();
  const inputs = [...groups.entries()].map(([entityName, byAccount]) => ({
    entityId: entityName,
    name: entityName,
    presence: {},
    accounts: [...byAccount.values()]
      .sort((a, b) => PLATFORMS.indexOf(a.platform) - PLATFORMS.indexOf(b.platform))
      .map((g, i) => {
        const accountId = `${entityName}|${g.platform}|${i}`;
        filesOf.set(accountId, g.names);
        return accountFromFiles({ accountId, entityId: entityName, entityName, platform: g.platform, name: g.name, files: g.files });
      }),
  }));
  const period: Period | null = from !== null && to !== null ? { start: from, end: to } : null;
  const answer = answerQuestion3({ entities: inputs, reference: DEFAULT_REFERENCE_SET, thresholds: { ...DEFAULT_THRESHOLDS }, period, youthBand: band });
  let series: Map<string, Partial<Record<SeriesMetric, SeriesBucket[]>>> | undefined;
  if (granularity !== null) {
    series = new Map();
    for (const e of inputs) {
      for (const a of e.accounts) {
        const figures = answer.entities.find((x) => x.entityId === e.entityId)?.accounts.find((x) => x.accountId === a.accountId);
        const p = period ?? figures?.period ?? null;
        if (!p) continue;
        const out: Partial<Record<SeriesMetric, SeriesBucket[]>> = {};
        for (const m of SERIES_METRICS) if (a.history.series[m]) out[m] = seriesOf(a.history, m, p, granularity);
        series.set(a.accountId, out);
      }
    }
  }
  for (const e of inputs) for (const a of e.accounts) for (const c of a.history.conflicts) {
    warnings.push(`${c.keptFileName}: ${c.days.length} day(s) of ${c.metric} (${c.days[0]} … ${c.days.at(-1)}) differ from ${c.droppedFileName}; the newer export's values are used`);
  }
  io.stdout(`${JSON.stringify(answerJson(answer, filesOf, warnings, series), null, 2)}\n`);
  return failed ? 1 : 0;
}
