// The read model of one account for one period: the age split that period has, the youth share of the
// chosen youth band against the population at the same age floor, the audience size of the split's basis,
// the totals of the same days, and what young people that makes (docs/method.md).

import { ageBandBounds } from '../model/age-band';
import type { AgeBand } from '../model/age-band';
import type { Basis, Period, Provenance } from '../model/observation';
import type { Platform } from '../model/platform';
import type { AgeFloor } from '../metrics/age-composition';
import { makeTrace } from '../metrics/trace';
import type { SourceRef, Trace, TraceInput } from '../metrics/trace';
import { platformYouthShareId, populationCountId, populationShareId } from '../reference/default-figures';
import { figureById } from '../reference/reference-figure';
import type { ReferenceSet, SetFigure } from '../reference/reference-figure';
import type { Thresholds } from '../reference/thresholds';
import { seriesSpan, seriesWithin } from './account-history';
import type { AccountHistory, HistoryOrigin, HistorySplit, HistoryTotal } from './account-history';
import { dayToIso, isoToDay, periodKeyOf, SERIES_METRICS } from './import-summary';
import type { SeriesMetric } from './import-summary';

import type { YouthBand } from './youth-band';
export { YOUTH_BANDS } from './youth-band';
export type { YouthBand } from './youth-band';

/**
 * What a basis counts: `people` (followers, reach, viewers: unique people or accounts) or `events`
 * (views, watch time: one person counts many times). Only people give young people reached.
 */
export type BasisKind = 'people' | 'events';

/** The kind of each basis. */
export const BASIS_KIND: Readonly<Record<Basis, BasisKind>> = {
  followers: 'people',
  reach: 'people',
  viewers: 'people',
  engagedAudience: 'people',
  views: 'events',
  watchTime: 'events',
};

/** Which basis wins when an account has splits of several for the same period: the reached audience first, followers last. */
export const BASIS_RANK: Readonly<Record<Basis, number>> = { reach: 0, viewers: 1, views: 2, engagedAudience: 3, watchTime: 4, followers: 5 };

/** How the split of a chosen period was found. */
export type SplitChoice =
  /** no period chosen: the account's most recent split */
  | 'latest'
  /** the split whose period covers the chosen period */
  | 'covers'
  /** the one split inside the chosen period */
  | 'inside'
  /** several splits inside the chosen period, weighted by their audience sizes */
  | 'weighted'
  /** several splits inside the period whose sizes are not all known: the most recent one */
  | 'latest-inside';

/**
 * The youth share of an account for a period, traced:
 * - `value` 0..1: the share of the youth band among the audience of known age;
 * - `band`: the youth band it is of (with floor 18, `13-24` gives 18-24 only: `band` says `18-24`);
 * - `ageFloor`: 13 when the split has a 13-17 row (even at 0 %), else 18;
 * - `basis`, `period` (of the split; null when the file does not say), `choice`;
 * - `shares`: the band shares (for charts and the trace); `youthCount`: young people/views in the split
 *   when it was counts, else null; `importIds`.
 */
export interface YouthShareFigure {
  value: number;
  band: YouthBand;
  ageFloor: AgeFloor;
  basis: Basis;
  period: Period | null;
  choice: SplitChoice;
  /**
   * With a chosen period: how many of its days the split(s) used cover (`days` of `of`), when fewer than all
   * (a 7-day reach split in a 61-day period: 7 of 61); null when they cover it or no period is chosen.
   */
  coverage: DayCoverage | null;
  shares: Record<AgeBand, number>;
  youthCount: number | null;
  provenance: Provenance;
  trace: Trace;
}

/**
 * The count of the split's basis for its period (the weight when pooling): `value`, its `basis`, the day
 * it is for when it is a level (followers), whether it is a sum of daily unique counts (`upperBound`), and
 * whether the days behind it cover the period only partly (`coverage`).
 */
export interface AudienceSize {
  value: number;
  basis: Basis;
  date: string | null;
  upperBound: boolean;
  provenance: Provenance;
  coverage: DayCoverage | null;
  trace: Trace;
}

/** How many days of a period have data: `days` of `of`. */
export interface DayCoverage {
  days: number;
  of: number;
}

/** Headline totals of the figures' period: counts, each null when unknown (never 0 for unknown). */
export type PeriodTotals = Record<SeriesMetric, number | null>;

/** An index with its trace: `value` (null when the reference is unknown), the reference share it divides by. */
export interface IndexFigure {
  value: number | null;
  referenceShare: number | null;
  referenceId: string | null;
  trace: Trace;
}

/**
 * Why an account is or is not part of a pooled figure: `ok`; `no-split` (no age data for the period);
 * `undated-split` (a period is chosen and the account's only age splits have no period of their own — a
 * loose YouTube viewer-age table, Meta's audience file —, so they cannot be placed in it: it has age data,
 * just not for a chosen period; never mixed with another window's totals);
 * `no-size` (the audience size of its basis is unknown: "needs its follower count"); `band-unavailable`
 * (the chosen youth band is not in its split, e.g. 13-17 of an 18+ split); `too-few` (fewer young people
 * than `minReachedPerBand` in its split).
 */
export type PoolStatus = 'ok' | 'no-split' | 'undated-split' | 'no-size' | 'band-unavailable' | 'too-few';

/**
 * Everything the app shows of one account for one period (the one read model every screen, the report, the
 * deck and the CLI use):
 * - `period`: the period the figures are for: the chosen one, else the split's (null = not stated);
 * - `youthShare`, `representationIndex` (against the population of the same floor and band),
 *   `platformRelativeIndex` (against the platform's own youth share; null where unknown or not comparable);
 * - `audienceSize` of the split's basis; `totals` of the same days, `totalsUpperBound` per unique metric;
 * - `youthViews`: views by young people (views × youth share of views), never people;
 * - `youthPeople`: young people among followers/reach/viewers (size × youth share), with what it counts;
 * - `coverage`: days with data of the chosen period; `poolStatus`; `provenance` of the split.
 */
export interface AccountFigures {
  accountId: string;
  entityId: string;
  entityName: string;
  platform: Platform;
  name: string | null;
  period: Period | null;
  youthShare: YouthShareFigure | null;
  representationIndex: IndexFigure | null;
  platformRelativeIndex: IndexFigure | null;
  audienceSize: AudienceSize | null;
  totals: PeriodTotals;
  totalsUpperBound: { reach: boolean; viewers: boolean };
  youthViews: { value: number; trace: Trace } | null;
  youthPeople: { value: number; kind: 'followers' | 'reach' | 'viewers' | 'engagedAudience'; upperBound: boolean; trace: Trace } | null;
  coverage: DayCoverage | null;
  poolStatus: PoolStatus;
  provenance: Provenance | null;
  importIds: string[];
  fileIds: string[];
  /**
   * Only for an account without an age split: what is known of its size, the follower level (count of
   * followers) of the chosen period — the last one on or before its end, at most {@link LEVEL_TOLERANCE_DAYS}
   * days before it —, or without a period the latest one, with its ISO day (null for an undated report
   * total) and its trace; null when there is none (unknown, never 0).
   */
  followerLevel?: { value: number; date: string | null; trace: Trace } | null;
}

/** The account as the read model needs it: ids, names, platform and stitched history. */
export interface AccountInput {
  accountId: string;
  entityId: string;
  entityName: string;
  platform: Platform;
  name: string | null;
  history: AccountHistory;
}

/** Options of {@link accountFigures}: the period (null = the most recent split's), the youth band, the reference set and thresholds. */
export interface FigureOptions {
  period: Period | null;
  youthBand: YouthBand;
  reference: ReferenceSet;
  thresholds: Pick<Thresholds, 'minReachedPerBand'>;
}

/** The first and last day of an account's dated data (daily series and dated report totals), or null. */
export function dataSpan(history: AccountHistory): Period | null {
  let start: string | null = null;
  let end: string | null = null;
  const widen = (a: string, b: string): void => {
    if (start === null || a < start) start = a;
    if (end === null || b > end) end = b;
  };
  for (const series of Object.values(history.series)) {
    const span = seriesSpan(series);
    if (span) widen(span.start, span.end);
  }
  for (const t of history.totals) if (t.period) widen(t.period.start, t.period.end);
  return start !== null && end !== null ? { start, end } : null;
}

/** Days before a period's end within which the last follower level still counts as the level of that end (a quarter). */
export const LEVEL_TOLERANCE_DAYS = 92;

function contains(outer: Period, inner: Period): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function spanDays(p: Period): number {
  return isoToDay(p.end) - isoToDay(p.start) + 1;
}

function originOf(items: readonly { importId: string; fileId: string }[], accountId: string): SourceRef {
  return { accountId, importIds: [...new Set(items.map((i) => i.importId))], fileIds: [...new Set(items.map((i) => i.fileId))] };
}

/**
 * The 18+ part of a split's shares (shares 0..1 per band label): the bands from 18 up, normalised again
 * over themselves, and `part`, their share of the whole split. Null when a band straddles 18 (it cannot be
 * split) or no band lies at 18 or above. Pooling splits at age floor 18 reads a split that also counts
 * 13-17 this way, so its under-18s are in neither the numerator nor the denominator (docs/method.md#figures).
 */
export function adultPart(shares: Readonly<Record<AgeBand, number>>): { shares: Record<AgeBand, number>; part: number } | null {
  let part = 0;
  const kept: [AgeBand, number][] = [];
  for (const [label, share] of Object.entries(shares)) {
    const b = ageBandBounds(label);
    if ((b.max ?? Number.POSITIVE_INFINITY) < 18) continue;
    if (b.min < 18) return null;
    kept.push([label, share]);
    part += share;
  }
  if (!(part > 0)) return null;
  return { shares: Object.fromEntries(kept.map(([label, share]) => [label, share / part])), part };
}

/** The youth band's share of a split: the bands inside it, or null when a band straddles its edge or the floor excludes it. */
export function bandShare(shares: Readonly<Record<AgeBand, number>>, floor: AgeFloor, band: YouthBand): { value: number; band: YouthBand } | null {
  const effective: YouthBand = band === '13-24' && floor === 18 ? '18-24' : band;
  if (effective === '13-17' && floor === 18) return null;
  const [lo, hi] = effective === '13-24' ? [13, 24] : effective === '18-24' ? [18, 24] : [13, 17];
  let value = 0;
  for (const [label, share] of Object.entries(shares)) {
    const b = ageBandBounds(label);
    const max = b.max ?? Number.POSITIVE_INFINITY;
    if (b.min >= lo && max <= hi) value += share;
    else if (max >= lo && b.min <= hi) return null; // straddles the band's edge: cannot be split
  }
  return { value, band: effective };
}

/** The population share of `band` in the population of the same floor (13+ or 18+), Flanders. */
export function populationShareFigure(set: ReferenceSet, band: YouthBand, floor: AgeFloor): SetFigure | null {
  return figureById(set, populationShareId('flanders', band, floor === 13 ? '13+' : '18+'));
}

/** The residents of Flanders in `band` (a count figure). */
export function residentsFigure(set: ReferenceSet, band: YouthBand): SetFigure | null {
  return figureById(set, populationCountId('flanders', band));
}

/** Picks the split of a period (see {@link SplitChoice}), or null. `sizeOf` gives a split's audience size for weighting. */
function chooseSplits(splits: readonly HistorySplit[], period: Period | null): { splits: HistorySplit[]; choice: SplitChoice } | null {
  if (splits.length === 0) return null;
  const rank = (a: HistorySplit, b: HistorySplit): number => BASIS_RANK[a.basis] - BASIS_RANK[b.basis];
  if (period === null) {
    const latestEnd = splits.reduce((m, s) => ((s.period?.end ?? '') > m ? (s.period?.end ?? '') : m), '');
    // Among the splits of the latest period end: the best basis, the shortest window, the newest import.
    const latest = splits.filter((s) => (s.period?.end ?? '') === latestEnd).sort((a, b) => rank(a, b) || (a.period && b.period ? spanDays(a.period) - spanDays(b.period) : 0) || b.recency - a.recency);
    return { splits: [latest[0]!], choice: 'latest' };
  }
  const covering = splits.filter((s) => s.period !== null && contains(s.period, period)).sort((a, b) => spanDays(a.period!) - spanDays(b.period!) || rank(a, b) || b.recency - a.recency);
  if (covering.length > 0) return { splits: [covering[0]!], choice: 'covers' };
  const inside = splits.filter((s) => s.period !== null && contains(period, s.period));
  if (inside.length === 0) return null;
  const basis = [...inside].sort(rank)[0]!.basis;
  // Newest first; keep windows that do not overlap a kept one (rolling 7-day windows would count days twice).
  const ofBasis = inside.filter((s) => s.basis === basis).sort((a, b) => b.period!.end.localeCompare(a.period!.end));
  const kept: HistorySplit[] = [];
  for (const s of ofBasis) if (kept.every((k) => s.period!.end < k.period!.start || s.period!.start > k.period!.end)) kept.push(s);
  return { splits: kept.reverse(), choice: kept.length === 1 ? 'inside' : 'weighted' };
}

/** The days of `period` the dated `splits` cover (their clipped periods, which do not overlap), when fewer than all; else null. */
function splitCoverage(splits: readonly HistorySplit[], period: Period | null): DayCoverage | null {
  if (period === null) return null;
  let days = 0;
  for (const s of splits) {
    if (!s.period) return null;
    const start = s.period.start > period.start ? s.period.start : period.start;
    const end = s.period.end < period.end ? s.period.end : period.end;
    if (start <= end) days += spanDays({ start, end });
  }
  const of = spanDays(period);
  return days < of ? { days, of } : null;
}

/** The exact report total of `metric` for exactly `period` (null = unstated), or null; upper bounds are not exact. */
function totalOf(totals: readonly HistoryTotal[], metric: SeriesMetric, period: Period | null): HistoryTotal | null {
  return totals.find((t) => t.metric === metric && t.bound === undefined && periodKeyOf(t.period) === periodKeyOf(period)) ?? null;
}

/** The total of a unique count (`reach`, `viewers`) for exactly `period` that is only an upper bound (`bound: 'upper'`: the reach of each post summed), or null. */
function upperTotalOf(totals: readonly HistoryTotal[], metric: SeriesMetric, period: Period | null): HistoryTotal | null {
  if (metric !== 'reach' && metric !== 'viewers') return null;
  return totals.find((t) => t.metric === metric && t.bound === 'upper' && periodKeyOf(t.period) === periodKeyOf(period)) ?? null;
}

/**
 * The follower level of `period`: the last level on or before its end day, at most
 * {@link LEVEL_TOLERANCE_DAYS} days before it (a level after the end is never the period's: a later
 * count is not what the account had then); with no period, the latest level, else an undated report
 * total. Null when there is none: unknown, never 0.
 */
function followerLevel(history: AccountHistory, period: Period | null): { value: number; date: string | null; origin: HistoryOrigin } | null {
  const series = history.series.followers;
  if (period === null) {
    const last = series ? series.values.length - 1 : -1;
    if (series && last >= 0) return { value: series.values[last]!, date: dayToIso(series.first + last), origin: series.origins[series.owner[last]!]! };
    const undated = totalOf(history.totals, 'followers', null);
    return undated ? { value: undated.value, date: null, origin: undated } : null;
  }
  if (!series) return null;
  const end = isoToDay(period.end);
  for (let i = Math.min(end - series.first, series.values.length - 1); i >= 0 && end - (series.first + i) <= LEVEL_TOLERANCE_DAYS; i--) {
    if (series.owner[i]! >= 0) return { value: series.values[i]!, date: dayToIso(series.first + i), origin: series.origins[series.owner[i]!]! };
  }
  return null;
}

/**
 * The totals of `period` (null = the undated report totals only): per metric the exact report total of
 * exactly that period, else the stitched days inside it (flows summed, unique counts summed as an upper
 * bound when more than one day, followers the last level), else a report total of that period that is only
 * an upper bound (reach summed over posts: `upperBound` true). Also the day coverage of the metric with the
 * most days.
 */
export function totalsOver(history: AccountHistory, period: Period | null): { totals: PeriodTotals; upperBound: { reach: boolean; viewers: boolean }; coverage: DayCoverage | null; origins: { importId: string; fileId: string }[] } {
  const totals = { views: null, impressions: null, reach: null, viewers: null, followers: null } as PeriodTotals;
  const upperBound = { reach: false, viewers: false };
  const origins: { importId: string; fileId: string }[] = [];
  let maxDays = 0;
  for (const metric of SERIES_METRICS) {
    const fromSeries = period ? seriesWithin(history.series[metric], period) : null;
    const exact = totalOf(history.totals, metric, period);
    if (exact && (!fromSeries || metric !== 'followers')) {
      // A report total of exactly this period is the platform's own count (a unique count over the period, not a sum of days).
      totals[metric] = exact.value;
      origins.push(exact);
      if (fromSeries) maxDays = Math.max(maxDays, fromSeries.days);
      continue;
    }
    if (!fromSeries) {
      const upper = upperTotalOf(history.totals, metric, period);
      if (upper && (metric === 'reach' || metric === 'viewers')) {
        totals[metric] = upper.value;
        upperBound[metric] = true;
        origins.push(upper);
      }
      continue;
    }
    maxDays = Math.max(maxDays, fromSeries.days);
    origins.push(...fromSeries.origins);
    if (metric === 'followers') totals.followers = fromSeries.lastValue;
    else {
      totals[metric] = fromSeries.value;
      if ((metric === 'reach' || metric === 'viewers') && fromSeries.days > 1) upperBound[metric] = true;
    }
  }
  return { totals, upperBound, coverage: period && maxDays > 0 ? { days: maxDays, of: spanDays(period) } : null, origins };
}

/**
 * The audience size of one split: its own counts, else the exact report total or stitched days of its basis
 * over its period, else a report total that is only an upper bound (`upperBound` true: never an exact
 * size), else a follower level.
 */
function sizeOfSplit(history: AccountHistory, split: HistorySplit, accountId: string): AudienceSize | null {
  const make = (value: number, date: string | null, upperBound: boolean, provenance: Provenance, coverage: DayCoverage | null, formula: string, origins: { importId: string; fileId: string }[]): AudienceSize => ({
    value,
    basis: split.basis,
    date,
    upperBound,
    provenance,
    coverage,
    trace: makeTrace({ metric: 'audience-size', formula, inputs: [{ name: split.basis, value, unit: 'count' }], sources: [originOf(origins, accountId)] }),
  });
  if (split.unit === 'count') {
    const value = split.composition.total + split.unknownAge;
    return make(value, null, false, split.provenance, null, `audienceSize = Σ ${split.basis} per age band (the split's own counts)`, [split]);
  }
  if (split.basis === 'followers') {
    const level = followerLevel(history, split.period);
    return level ? make(level.value, level.date, false, level.origin.provenance, null, split.period ? `audienceSize = last follower level on or before the end of the split’s period (at most ${LEVEL_TOLERANCE_DAYS} days before it)` : 'audienceSize = latest follower level (the split has no period)', [level.origin]) : null;
  }
  if (split.basis === 'watchTime' || split.basis === 'engagedAudience') return null;
  const metric = split.basis as SeriesMetric;
  const exact = totalOf(history.totals, metric, split.period);
  if (exact) return make(exact.value, null, false, exact.provenance, null, `audienceSize = ${metric} total of the split's period`, [exact]);
  const upperSize = (): AudienceSize | null => {
    const upper = upperTotalOf(history.totals, metric, split.period);
    return upper ? make(upper.value, null, true, upper.provenance, null, `audienceSize ≤ ${metric} summed over parts (an upper bound)`, [upper]) : null;
  };
  if (split.period === null) return upperSize();
  const s = seriesWithin(history.series[metric], split.period);
  if (!s) return upperSize();
  const unique = metric === 'reach' || metric === 'viewers';
  return make(s.value, null, unique && s.days > 1, s.origins.some((p) => p.provenance === 'manual') ? 'manual' : 'export', { days: s.days, of: spanDays(split.period) }, `audienceSize = Σ daily ${metric} over the split's period`, s.origins);
}

/**
 * The read model of one account for `options.period` (null = its most recent split's period):
 * 1. the split: the one that covers the period, else those inside it (weighted by their audience sizes
 *    when all are known, else the most recent), see {@link SplitChoice};
 * 2. the youth share of `options.youthBand` in it ({@link bandShare}), the representation index against the
 *    population share of that band at the split's floor, the platform-relative index (floor 13, 13-24 only:
 *    the platform figures are shares of users 13+ under 25);
 * 3. the audience size of its basis for its period; totals of the figures' period; young people or youth
 *    views from size × share.
 * Never throws.
 */
export function accountFigures(account: AccountInput, options: FigureOptions): AccountFigures {
  const { history } = account;
  const chosen = chooseSplits(history.splits, options.period);
  // Without a chosen period: the split's period, or for an account without any split the span of its data.
  const figurePeriod = options.period ?? (chosen ? (chosen.splits[0]?.period ?? null) : dataSpan(history));
  const { totals, upperBound, coverage, origins } = totalsOver(history, figurePeriod);
  const base: AccountFigures = {
    accountId: account.accountId,
    entityId: account.entityId,
    entityName: account.entityName,
    platform: account.platform,
    name: account.name,
    period: figurePeriod,
    youthShare: null,
    representationIndex: null,
    platformRelativeIndex: null,
    audienceSize: null,
    totals,
    totalsUpperBound: upperBound,
    youthViews: null,
    youthPeople: null,
    coverage,
    poolStatus: 'no-split',
    provenance: null,
    importIds: [...new Set(origins.map((o) => o.importId))],
    fileIds: [...new Set(origins.map((o) => o.fileId))],
  };
  if (!chosen) {
    if (options.period !== null && history.splits.some((s) => s.period === null)) base.poolStatus = 'undated-split';
    const level = followerLevel(history, options.period);
    base.followerLevel = level
      ? {
          value: level.value,
          date: level.date,
          trace: makeTrace({
            metric: 'follower-level',
            formula: options.period ? `followerLevel = last follower level on or before the end of the period (at most ${LEVEL_TOLERANCE_DAYS} days before it)` : level.date ? 'followerLevel = latest follower level' : 'followerLevel = follower count of a report without a date',
            inputs: [{ name: 'followers', value: level.value, unit: 'count' }],
            sources: [originOf([level.origin], account.accountId)],
          }),
        }
      : null;
    return base;
  }

  // Combine the chosen splits: one, or several weighted by their sizes.
  const sizes = chosen.splits.map((s) => sizeOfSplit(history, s, account.accountId));
  let splits = chosen.splits;
  let choice = chosen.choice;
  if (choice === 'weighted' && sizes.some((s) => s === null)) {
    splits = [chosen.splits.at(-1)!];
    choice = 'latest-inside';
  }
  // Splits pooled at age floor 18 (one of them has no 13-17 row) are each read from 18 up: a split that
  // also counts 13-17 gives its 18+ bands, normalised again, weighted by its 18+ audience (`adultPart`).
  // One whose bands cannot be cut at 18 leaves the latest split alone.
  let adult = choice === 'weighted' && splits.some((s) => s.composition.youthAgeFloor === 18) ? splits.map((s) => (s.composition.youthAgeFloor === 18 ? { shares: s.composition.shares, part: 1 } : adultPart(s.composition.shares))) : null;
  if (adult?.some((a) => a === null)) {
    splits = [chosen.splits.at(-1)!];
    choice = 'latest-inside';
    adult = null;
  }
  const used = choice === 'weighted' ? sizes : [sizes[chosen.splits.indexOf(splits[0]!)] ?? null];
  const first = splits[0]!;
  const floor: AgeFloor = splits.some((s) => s.composition.youthAgeFloor === 18) ? 18 : 13;
  const shares: Record<AgeBand, number> = {};
  const parts = splits.map((_, i) => adult?.[i]?.part ?? 1);
  const weightOf = (i: number): number => used[i]!.value * parts[i]!;
  const weightTotal = choice === 'weighted' ? splits.reduce((s, _, i) => s + weightOf(i), 0) : 1;
  splits.forEach((s, i) => {
    const w = choice === 'weighted' ? weightOf(i) / weightTotal : 1;
    for (const [band, share] of Object.entries(adult?.[i]?.shares ?? s.composition.shares)) shares[band] = (shares[band] ?? 0) + share * w;
  });
  const adultOnly = adult !== null && parts.some((p) => p < 1);
  const provenance: Provenance = splits.some((s) => s.provenance === 'manual') ? 'manual' : 'export';
  const splitPeriod: Period | null = choice === 'weighted' ? { start: splits[0]!.period!.start, end: splits.at(-1)!.period!.end } : first.period;
  const source = originOf(splits, account.accountId);
  const youthCountOfSplits = splits.every((s) => s.composition.youthCount !== null) ? splits.reduce((s, x) => s + x.composition.youthCount!, 0) : null;
  const band = bandShare(shares, floor, options.youthBand);
  const splitOrigins = [...splits, ...origins];
  base.importIds = [...new Set(splitOrigins.map((o) => o.importId))];
  base.fileIds = [...new Set(splitOrigins.map((o) => o.fileId))];
  base.provenance = provenance;
  if (!band) {
    base.poolStatus = 'band-unavailable';
    return base;
  }
  // Several splits inside the period: their shares are weighted by their sizes; the size of the whole is the
  // sum for flows and unique counts (views, reach: an upper bound for reach), but for followers — a level,
  // not something that adds up over time — the level of the latest split.
  // At floor 18 with a split that also counts 13-17, the size is the 18+ audience (each size × its 18+ part):
  // the young people are then the 18-24 of every split, never the 18-24 share of an audience with under-18s.
  const latestSize = used.at(-1)!;
  const size: AudienceSize | null =
    choice === 'weighted' && first.basis === 'followers'
      ? adultOnly
        ? {
            ...latestSize,
            value: latestSize.value * parts.at(-1)!,
            trace: makeTrace({ metric: 'audience-size', formula: 'audienceSize = followers of the latest split × its share of ages 18+ (age floor 18)', inputs: [{ name: 'followers', value: latestSize.value, unit: 'count' }, { name: 'share of ages 18+', value: parts.at(-1)!, unit: 'share' }], parts: [latestSize.trace] }),
          }
        : latestSize
      : choice === 'weighted'
      ? {
          value: weightTotal,
          basis: first.basis,
          date: null,
          upperBound: used.some((s) => s!.upperBound),
          provenance: used.some((s) => s!.provenance === 'manual') ? 'manual' : 'export',
          coverage: null,
          trace: makeTrace({
            metric: 'audience-size',
            formula: adultOnly
              ? 'audienceSize = Σ audience sizes of the splits inside the period, each × its share of ages 18+ (age floor 18)'
              : 'audienceSize = Σ audience sizes of the splits inside the period',
            inputs: adultOnly ? parts.map((p, i) => ({ name: `share of ages 18+ (split ${i + 1})`, value: p, unit: 'share' as const })) : [],
            parts: used.map((s) => s!.trace),
          }),
        }
      : (used[0] ?? null);

  const shareInputs: TraceInput[] = Object.entries(shares).map(([b, v]) => ({ name: `share ${b}`, value: v, unit: 'share' }));
  const youthShare: YouthShareFigure = {
    value: band.value,
    band: band.band,
    ageFloor: floor,
    basis: first.basis,
    period: splitPeriod,
    choice,
    coverage: splitCoverage(splits, options.period),
    shares,
    youthCount: youthCountOfSplits,
    provenance,
    trace: makeTrace({
      metric: 'youth-share',
      formula: `youthShare = share of ages ${band.band} ÷ sum of shares of bands with known age (age floor ${floor}+, of ${first.basis}; split ${choice})`,
      inputs: [
        ...shareInputs,
        { name: 'youthShare', value: band.value, unit: 'share' },
        { name: 'ageFloor', value: floor, unit: 'count' },
        { name: 'basis', value: first.basis, unit: 'text' },
        // The weights used: each split's size, its 18+ part when pooled at floor 18 (they sum to the audience size).
        ...(choice === 'weighted' ? splits.map((s, i) => ({ name: `weight ${s.period!.start}…${s.period!.end}`, value: weightOf(i), unit: 'count' as const })) : []),
      ],
      sources: [source],
    }),
  };
  base.youthShare = youthShare;
  base.audienceSize = size;

  const pop = populationShareFigure(options.reference, band.band, floor);
  const popShare = pop?.value ?? null;
  base.representationIndex = {
    value: popShare !== null && popShare > 0 ? (band.value / popShare) * 100 : null,
    referenceShare: popShare,
    referenceId: pop?.id ?? null,
    trace: makeTrace({
      metric: 'representation-index',
      formula: `representationIndex = youthShare ÷ population share of ${band.band} in the ${floor}+ population × 100`,
      inputs: [
        { name: 'youthShare', value: band.value, unit: 'share' },
        { name: `populationShare ${band.band} of ${floor}+`, value: popShare, unit: 'share', ...(pop ? { figureId: pop.id } : {}) },
      ],
      referenceIds: pop ? [pop.id] : [],
      parts: [youthShare.trace],
    }),
  };
  const platformFigure = figureById(options.reference, platformYouthShareId(account.platform));
  const comparable = floor === 13 && band.band === '13-24';
  const platformShare = platformFigure?.value ?? null;
  base.platformRelativeIndex = {
    value: comparable && platformShare !== null && platformShare > 0 ? (band.value / platformShare) * 100 : null,
    referenceShare: platformShare,
    referenceId: platformFigure?.id ?? null,
    trace: makeTrace({
      metric: 'platform-relative-index',
      formula: `platformRelativeIndex = youthShare ÷ the young share of ${account.platform}'s Belgian users × 100 (only for a 13+ split and the 13-24 band)`,
      inputs: [
        { name: 'youthShare', value: band.value, unit: 'share' },
        { name: `platformYouthShare(${account.platform})`, value: platformShare, unit: 'share', ...(platformFigure ? { figureId: platformFigure.id } : {}) },
      ],
      referenceIds: platformFigure ? [platformFigure.id] : [],
      parts: [youthShare.trace],
    }),
  };

  if (size) {
    const young = size.value * band.value;
    const trace = makeTrace({
      metric: BASIS_KIND[first.basis] === 'people' ? 'youth-people' : 'youth-views',
      formula: `${BASIS_KIND[first.basis] === 'people' ? 'young people' : `${first.basis} by young people`} = audienceSize (${first.basis}) × youthShare`,
      inputs: [
        { name: `audienceSize (${first.basis})`, value: size.value, unit: 'count' },
        { name: 'youthShare', value: band.value, unit: 'share' },
      ],
      parts: [size.trace, youthShare.trace],
    });
    if (BASIS_KIND[first.basis] === 'people') base.youthPeople = { value: young, kind: first.basis as 'followers' | 'reach' | 'viewers' | 'engagedAudience', upperBound: size.upperBound, trace };
    else if (first.basis === 'views') base.youthViews = { value: young, trace };
  }
  const youngCount = size ? size.value * band.value : null;
  base.poolStatus = size === null ? 'no-size' : youngCount !== null && youngCount < options.thresholds.minReachedPerBand ? 'too-few' : 'ok';
  return base;
}

/** The ISO days of `period` (inclusive), for charts of a series over it. */
export function daysOf(period: Period): string[] {
  const out: string[] = [];
  for (let d = isoToDay(period.start); d <= isoToDay(period.end); d++) out.push(dayToIso(d));
  return out;
}

/** Why an account has no youth share: its {@link PoolStatus}, or a chosen period it has nothing in. */
export type NoShareReason = PoolStatus | 'no-data-in-period';

/**
 * Why an account has no youth share, for its label: its `poolStatus`, or `no-data-in-period` when a period
 * is chosen (`periodChosen`) and the account has nothing at all in it: no age split, no day with a value,
 * no total and no audience size (its data lies before or after the period). Null when it has a share.
 */
export function noShareReason(figures: AccountFigures, periodChosen: boolean): NoShareReason | null {
  if (figures.youthShare) return null;
  const empty =
    figures.poolStatus === 'no-split' && figures.coverage === null && figures.audienceSize === null && Object.values(figures.totals).every((v) => v === null);
  return periodChosen && empty ? 'no-data-in-period' : figures.poolStatus;
}
