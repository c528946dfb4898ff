// Data of the charts over time: a metric per account by day, week or month; the youth share of each dated
// split; young people reached per quarter by platform. Pure, so the charts, their tables and CSVs agree.

import type { Answer } from './answer-types';
import type { Period } from '../model/observation';
import type { Platform } from '../model/platform';
import { PLATFORMS } from '../model/platform';
import { bandShare } from '../read-model/account-figures';
import type { AccountHistory } from '../read-model/account-history';
import type { AccountInput, YouthBand } from '../read-model/account-figures';
import type { SeriesMetric } from '../read-model/import-summary';
import { seriesOf } from '../read-model/series';
import type { Granularity, SeriesBucket } from '../read-model/series';

/** One line of a chart over time: an account's buckets (value null = a gap). */
export interface TimeLine {
  key: string;
  label: string;
  platform: Platform;
  buckets: SeriesBucket[];
}

/**
 * `metric` over `period` for each account that has any day of it, by `granularity` (see `seriesOf`).
 * Accounts without a single day of the metric in the period are left out.
 */
export function metricLines(accounts: readonly (AccountInput & { label: string })[], metric: SeriesMetric, period: Period, granularity: Granularity): TimeLine[] {
  return accounts.flatMap((a) => {
    const buckets = seriesOf(a.history, metric, period, granularity);
    return buckets.some((b) => b.value !== null) ? [{ key: a.accountId, label: a.label, platform: a.platform, buckets }] : [];
  });
}

/** A bucket of a line that has a value but lacks days: its line's label, its days (ISO) and how many of them have data. */
export interface IncompleteBucket {
  label: string;
  start: string;
  end: string;
  days: number;
  of: number;
}

/**
 * The buckets of `lines` whose value rests on fewer days than the bucket has (a week or month with days
 * missing: its sum is of the days with data only), line by line, oldest first. A bucket without any day is
 * a gap (value null), not listed here.
 */
export function incompleteBuckets(lines: readonly TimeLine[]): IncompleteBucket[] {
  return lines.flatMap((l) => l.buckets.filter((b) => b.value !== null && b.days < b.of).map((b) => ({ label: l.label, start: b.start, end: b.end, days: b.days, of: b.of })));
}

/** One dated split's youth share: the split's period end (the x), its period, basis and floor, and the population share of the band at that floor. */
export interface YouthSharePoint {
  date: string;
  period: Period;
  youthShare: number;
  ageFloor: 13 | 18;
  basis: string;
}

/**
 * The youth share of `band` in each dated split of an account's history (oldest first), of the basis and
 * floor of its most common split (splits of another basis or floor do not compare and are left out);
 * with `within`, only the splits whose period overlaps it (the chosen period).
 */
export function youthShareOverTime(account: { history: Pick<AccountHistory, 'splits'> }, band: YouthBand, within: Period | null = null): YouthSharePoint[] {
  const dated = account.history.splits.filter((s) => s.period !== null && (within === null || (s.period.start <= within.end && s.period.end >= within.start)));
  if (dated.length === 0) return [];
  const counts = new Map<string, number>();
  for (const s of dated) counts.set(`${s.basis}|${s.composition.youthAgeFloor}`, (counts.get(`${s.basis}|${s.composition.youthAgeFloor}`) ?? 0) + 1);
  const [key] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return dated.flatMap((s) => {
    if (`${s.basis}|${s.composition.youthAgeFloor}` !== key) return [];
    const b = bandShare(s.composition.shares, s.composition.youthAgeFloor, band);
    return b ? [{ date: s.period!.end, period: s.period!, youthShare: b.value, ageFloor: s.composition.youthAgeFloor, basis: s.basis }] : [];
  });
}

/** The shortest span (days between the first and last split) over which a trend is said per year. */
export const MIN_TREND_DAYS = 182;

/**
 * The trend of a youth-share line, to be said in words: over half a year or more ({@link MIN_TREND_DAYS}),
 * per year by least squares — `older` below −0,5 point a year, `younger` above +0,5, else `flat`; over a
 * shorter span a rate per year would stretch a month's wobble to a year, so `short` gives the change itself
 * (percentage points, last − first) with its first and last day. Null with fewer than two points.
 */
export type LineTrend = { kind: 'short'; points: number; from: string; to: string } | { kind: 'older' | 'younger' | 'flat'; perYear: number };

/** See {@link LineTrend}. */
export function lineTrend(points: readonly YouthSharePoint[]): LineTrend | null {
  if (points.length < 2) return null;
  const first = points[0]!;
  const last = points.at(-1)!;
  const spanDays = (Date.parse(`${last.date}T00:00:00Z`) - Date.parse(`${first.date}T00:00:00Z`)) / 86_400_000;
  if (spanDays < MIN_TREND_DAYS) return { kind: 'short', points: (last.youthShare - first.youthShare) * 100, from: first.date, to: last.date };
  const perYear = pointsPerYear(points);
  if (perYear === null) return null;
  return { kind: perYear < -0.5 ? 'older' : perYear > 0.5 ? 'younger' : 'flat', perYear };
}

/**
 * The change of a youth-share line per year in percentage points, by least squares over the split dates
 * (null with fewer than two points or all on one day): "het publiek wordt ouder: −2,0 procentpunt per jaar".
 */
export function pointsPerYear(points: readonly YouthSharePoint[]): number | null {
  if (points.length < 2) return null;
  const xs = points.map((p) => Date.parse(`${p.date}T00:00:00Z`) / (365.25 * 86_400_000));
  const ys = points.map((p) => p.youthShare * 100);
  const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
  const my = ys.reduce((s, y) => s + y, 0) / ys.length;
  let sxx = 0;
  let sxy = 0;
  xs.forEach((x, i) => {
    sxx += (x - mx) ** 2;
    sxy += (x - mx) * (ys[i]! - my);
  });
  return sxx > 0 ? sxy / sxx : null;
}

/**
 * The calendar quarters that overlap `span` (ISO days), oldest first, each clipped to `span` so a chart
 * follows the chosen period exactly: `{ key: '2025-Q3', period: { start: '2025-08-15', end: '2025-09-30' } }`.
 */
export function quartersOf(span: Period): { key: string; period: Period }[] {
  const out: { key: string; period: Period }[] = [];
  let y = Number(span.start.slice(0, 4));
  let q = Math.floor((Number(span.start.slice(5, 7)) - 1) / 3);
  for (;;) {
    const start = `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
    if (start > span.end) break;
    const end = new Date(Date.UTC(y, q * 3 + 3, 0)).toISOString().slice(0, 10);
    out.push({ key: `${y}-Q${q + 1}`, period: { start: start < span.start ? span.start : start, end: end > span.end ? span.end : end } });
    q += 1;
    if (q === 4) {
      q = 0;
      y += 1;
    }
  }
  return out;
}

/** Young people reached per platform in one quarter (a sum over accounts: an upper bound), and views by young people. */
export interface QuarterRow {
  key: string;
  period: Period;
  youngPeople: Partial<Record<Platform, number>>;
  youthViews: Partial<Record<Platform, number>>;
}

/**
 * Young people reached (followers, reach, viewers × youth share) and views by young people per quarter and
 * platform, summed over every account, from `answerFor(quarter)` — the answer computed for that quarter, so
 * each quarter uses its own splits and days, never another window's. Quarters without any are kept (empty).
 */
export function quarterlyYouth(quarters: readonly { key: string; period: Period }[], answerFor: (period: Period) => Answer): QuarterRow[] {
  return quarters.map((q) => {
    const a = answerFor(q.period);
    const youngPeople: Partial<Record<Platform, number>> = {};
    const youthViews: Partial<Record<Platform, number>> = {};
    for (const e of a.entities) {
      for (const acc of e.accounts) {
        if (acc.poolStatus !== 'ok') continue;
        if (acc.youthPeople) youngPeople[acc.platform] = (youngPeople[acc.platform] ?? 0) + acc.youthPeople.value;
        if (acc.youthViews) youthViews[acc.platform] = (youthViews[acc.platform] ?? 0) + acc.youthViews.value;
      }
    }
    return { key: q.key, period: q.period, youngPeople, youthViews };
  });
}

/** The platforms that have any value in `rows` for `field`, in platform order. */
export function platformsIn(rows: readonly QuarterRow[], field: 'youngPeople' | 'youthViews'): Platform[] {
  return PLATFORMS.filter((p) => rows.some((r) => r[field][p] !== undefined));
}
