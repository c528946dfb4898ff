// Builds an answer account from the parsed files of one account (for the CLI, tests, and any caller holding ParsedFiles).

import type { Basis, Period } from '../model/observation';
import type { ParsedFile } from '../model/parsed-file';
import type { Platform } from '../model/platform';
import { ageComposition } from '../metrics/age-composition';
import type { AgeComposition } from '../metrics/age-composition';
import { summariseTotals } from '../metrics/totals';
import type { TrendPoint } from '../metrics/trend';
import type { AnswerAccount } from './answer-types';

/** One stored file of an account: its parse and, when stored, its import and source-file ids. */
export interface AccountFile {
  parsed: ParsedFile;
  importId?: string;
  fileId?: string;
}

/** Which split wins when an account has several: the reached audience before views, followers last (reference-figures.md §4a). */
const BASIS_RANK: Readonly<Record<Basis, number>> = { reach: 0, viewers: 1, views: 2, engagedAudience: 3, watchTime: 4, followers: 5 };

/**
 * The answer's view of one account from its files:
 * - `youth`: the split of the best basis (reach, viewers, views, engaged audience, watch time,
 *   followers, in that order), the latest period among equals (an undated split ranks first);
 * - `series`: one trend point per dated file with a split of that basis;
 * - `totals`: `summariseTotals` over every file's observations (`reachIsUpperBound` when reach or viewers
 *   is a sum of several unique counts);
 * - `period`: the chosen split's file period, else the span of all file periods;
 * - `provenance`: `manual` when any file was typed in, else `export`.
 * Files are assumed not to overlap (the import asks when they do). Never throws.
 */
export function accountFromFiles(args: { accountId: string; platform: Platform; name?: string | null; files: readonly AccountFile[] }): AnswerAccount {
  const splits: { file: AccountFile; c: AgeComposition }[] = [];
  for (const f of args.files) {
    if (f.parsed.basis === null) continue;
    const c = ageComposition(f.parsed.observations, f.parsed.basis);
    if (c) splits.push({ file: f, c });
  }
  splits.sort((a, b) => BASIS_RANK[a.c.basis] - BASIS_RANK[b.c.basis] || (a.file.parsed.period?.end ?? '').localeCompare(b.file.parsed.period?.end ?? ''));
  const bestBasis = splits[0]?.c.basis ?? null;
  const ofBest = splits.filter((s) => s.c.basis === bestBasis);
  const chosen = ofBest.at(-1) ?? null;
  const series: TrendPoint[] = ofBest
    .filter((s) => s.file.parsed.period !== null)
    .map((s) => ({
      period: s.file.parsed.period!,
      youthShare: s.c.youthShare,
      floor: s.c.youthAgeFloor,
      source: { accountId: args.accountId, importIds: s.file.importId ? [s.file.importId] : [], fileIds: s.file.fileId ? [s.file.fileId] : [] },
    }));
  const { totals, warnings } = summariseTotals(args.files.flatMap((f) => f.parsed.observations));
  const periods = args.files.map((f) => f.parsed.period).filter((p): p is Period => p !== null);
  const span: Period | null =
    periods.length === 0 ? null : { start: periods.map((p) => p.start).sort()[0]!, end: periods.map((p) => p.end).sort().at(-1)! };
  return {
    accountId: args.accountId,
    platform: args.platform,
    name: args.name ?? args.files.find((f) => f.parsed.accountName)?.parsed.accountName ?? null,
    youth: chosen
      ? { youthShare: chosen.c.youthShare, floor: chosen.c.youthAgeFloor, basis: chosen.c.basis, youthCount: chosen.c.youthCount, shares: chosen.c.shares }
      : null,
    totals: { reach: totals.reach, viewers: totals.viewers, views: totals.views, followers: totals.followers },
    reachIsUpperBound: warnings.some((w) => w.code === 'unique-sum-upper-bound' && (w.params?.metric === 'reach' || w.params?.metric === 'viewers')),
    series,
    period: chosen?.file.parsed.period ?? span,
    provenance: args.files.some((f) => f.parsed.provenance === 'manual') ? 'manual' : 'export',
    importIds: args.files.flatMap((f) => (f.importId ? [f.importId] : [])),
    fileIds: args.files.flatMap((f) => (f.fileId ? [f.fileId] : [])),
  };
}
