// The report on question 3 as plain text and chart data in the interface language: what the print layout, the PowerPoint deck and the presentation show.

import type { TFunction } from 'i18next';
import type { Answer, Improvement, Verdict, VerdictResult } from '../core/answer/answer-types';
import type { Trace } from '../core/metrics/trace';
import { PLATFORM_LABELS, PLATFORMS } from '../core/model/platform';
import type { Period } from '../core/model/observation';
import type { Platform } from '../core/model/platform';
import type { ScreenView } from '../db/answer-repo';
import { overviewRows } from '../core/answer/overview-rows';
import { isSingleReach } from '../core/answer/verdict-rules';
import { formatCount, formatDate, formatOneDecimal, formatPeriod, shareRangeParams } from '../i18n/format';
import type { Language } from '../i18n/format';
import { formatLabelText } from '../i18n/format-label';
import { figureNoteText, figureSourceText } from '../i18n/reference-text';
import { bandColor, profileBands, withPopulationRows } from './age-profile-data';
import type { AgeProfileRow } from './age-profile-data';
import { answerText } from './answer-text';
import { answerProse } from './answer-prose';
import type { ChartSpec } from './chart-spec';
import type { GroupedBarGroup } from './grouped-bar-chart';
import { PLATFORM_COLORS } from './palette';
import { formatFigureValue } from './trace-panel';
import { splitPeriodText, youthShareSpec } from './youth-share-chart';
import { populationSharesOf, toYouthShareChartData } from './youth-share-data';
import type { PopulationShares, YouthSharePoint } from './youth-share-data';

/** The read model a report is built from: a loaded view (`loadAnswerView`) or the screens' {@link ScreenView}. */
type ReportView = Omit<ScreenView, 'generation' | 'fromSnapshot'>;

/**
 * A verdict as the report prints it: `key` (`overall` or the entity id), the scope's `name`, the verdict
 * and its fixed label (`voldoende` …), whether it is borderline, the name of the rule that decided it, its key
 * figures in one line (`facts`: the pooled indexes with basis and floor, young people reached, "op de grens";
 * null when there are none) and the reasons as sentences.
 */
export interface ReportVerdict {
  key: string;
  name: string;
  verdict: Verdict;
  label: string;
  rule: string;
  borderline: boolean;
  facts: string | null;
  reasons: string[];
}

/**
 * An improvement as text: the name of its rule, the sentence with its evidence, and the modelled estimate
 * (`value` such as `ongeveer 2.025 jonge volgers`, or the "cannot be estimated" text; the assumptions as
 * sentences), null when the rule gives none.
 */
export interface ReportImprovement {
  rule: string;
  ruleName: string;
  text: string;
  estimate: { value: string; assumptions: string[] } | null;
}

/** A line of the method note and whether it applies to this data (one that does not is printed greyed). */
export interface ReportMethodNote {
  id: string;
  text: string;
  applies: boolean;
}

/**
 * A reference figure used by a number of the report: id, what it covers (`note`), value as text (`onbekend`
 * when not known), whether the value is known, year, source and confidence.
 */
export interface ReportReference {
  id: string;
  known: boolean;
  note: string;
  value: string;
  year: string;
  source: string;
  url: string | null;
  confidence: string;
}

/** An imported file behind the figures: name, entity, platform label, format, period as text and the day it was imported. */
export interface ReportFile {
  name: string;
  entity: string;
  platform: string;
  format: string;
  period: string;
  importedOn: string;
}

/**
 * A chart of the report with what is needed to draw it:
 * - `youth-share`: the overview's youth share per account (`YouthShareChart` draws `points` with the
 *   population shares of the reference set in use; its spec is `youthShareSpec` of the same);
 * - `grouped-bars`: the representation index per entity and platform (`GroupedBarChart`), with the
 *   index-100 reference line;
 * - `age-profile`: every account's age profile beside the population's (`AgeProfileChart`).
 */
export type ReportChart =
  | { kind: 'youth-share'; spec: ChartSpec; points: YouthSharePoint[]; population: PopulationShares }
  | {
      kind: 'grouped-bars';
      spec: ChartSpec;
      groups: GroupedBarGroup[];
      platforms: Platform[];
      reference: { value: number; label: string } | null;
    }
  | { kind: 'age-profile'; spec: ChartSpec; rows: AgeProfileRow[] };

/**
 * The whole report in the interface language:
 * - `madeOn` ISO date, `dateText` it formatted (`12 okt 2025`), `title` (`Jongerenbereik — Vraag 3`),
 *   `question` (written question 313, question 3), `scope` (entities, accounts, files, period, ages);
 * - `overall` and `entities` verdicts, `verdictSource` (the source line of the verdict);
 * - `charts` in report order; `improvements`; `methodNotes`;
 * - `references` (every reference figure a number of the answer used, by id) and `files` (every imported file).
 */
export interface ReportContent {
  language: Language;
  madeOn: string;
  dateText: string;
  title: string;
  question: string;
  scope: string;
  overall: ReportVerdict;
  entities: ReportVerdict[];
  prose: string[];
  verdictSource: string;
  charts: ReportChart[];
  improvements: ReportImprovement[];
  methodNotes: ReportMethodNote[];
  references: ReportReference[];
  files: ReportFile[];
}


/**
 * A source's short name for a source line: its text up to the first comma or parenthesis, with the year
 * when the name does not already hold it: (`Statbel, population by …`, `2021`) → `Statbel 2021`;
 * (`SMI Barometer 2025 (Arteveldehogeschool …)`, `2025`) → `SMI Barometer 2025`.
 */
export function shortSource(text: string, year: string): string {
  const name = (text.split(/[,(]/)[0] ?? text).trim() || text;
  return /^\d{4}$/.test(year) && !name.includes(year) ? `${name} ${year}` : name;
}

/** Every reference id of `traces` and their parts, in first-seen order. */
function collectReferenceIds(traces: readonly Trace[], into: Set<string>): void {
  for (const trace of traces) {
    for (const id of trace.referenceIds) into.add(id);
    collectReferenceIds(trace.parts, into);
  }
}

/** The traces of every number of the answer: reasons, pooled figures, account figures, improvements and their estimates. */
function answerTraces(answer: Answer): Trace[] {
  const out: Trace[] = [];
  const ofVerdict = (v: VerdictResult) => {
    for (const r of v.reasons) out.push(...r.traces);
    for (const g of v.pooled) out.push(g.trace);
    if (v.youthReach) out.push(v.youthReach.trace);
  };
  ofVerdict(answer.overall);
  for (const e of answer.entities) {
    ofVerdict(e);
    for (const m of e.accounts) {
      for (const x of [m.youthShare, m.representationIndex, m.platformRelativeIndex, m.audienceSize, m.youthPeople, m.youthViews, m.trend]) if (x) out.push(x.trace);
    }
  }
  for (const i of answer.improvements) {
    out.push(...i.traces);
    if (i.estimate) out.push(i.estimate.trace);
  }
  return out;
}

/** A verdict's report form; in the overall scope each reason about one account names its entity (`Ketnet · YouTube`). */
export function verdictFacts(result: VerdictResult, t: TFunction, language: Language): string | null {
  const parts: string[] = [];
  for (const g of result.pooled) {
    if (g.representationIndex === null) continue;
    parts.push(`${t('answer.colIndex')} ${formatOneDecimal(g.representationIndex, language)} (${t(`answer.basis.${g.basis}`)}, ${g.ageFloor}+)`);
  }
  if (result.youthReach) {
    const r = result.youthReach;
    parts.push(
      // One account, or accounts whose range is one count: one number, never "846 tot 846".
      t(isSingleReach(r) ? 'answer.youthReachOne' : 'answer.youthReach', {
        low: formatCount(Math.round(r.low), language),
        high: formatCount(Math.round(r.high), language),
        ...shareRangeParams(r.lowShare, r.highShare, language, t('answer.unknownValue')),
        band: r.band,
        audience: t(`answer.audience.${r.audience}`),
      }),
    );
  }
  if (result.borderline) parts.push(t('answer.borderline'));
  return parts.length > 0 ? parts.join(' · ') : null;
}

function reportVerdict(key: string, name: string, result: VerdictResult, view: ReportView, t: TFunction, language: Language, overall: boolean): ReportVerdict {
  return {
    key,
    name,
    verdict: result.verdict,
    label: t(`answer.verdict.${result.verdict}`),
    rule: t(`answer.ruleName.${result.rule}`),
    borderline: result.borderline,
    facts: verdictFacts(result, t, language),
    reasons: result.reasons.map((r) => {
      const accountId = r.traces[0]?.accountIds.length === 1 ? r.traces[0].accountIds[0] : undefined;
      const account = overall && accountId ? view.sources.accounts[accountId] : undefined;
      return answerText(r, language, t, account ? `${account.entityName} · ${PLATFORM_LABELS[account.platform]}` : undefined);
    }),
  };
}

/** An improvement's report form: rule name, sentence, modelled estimate with its assumptions. */
function reportImprovement(item: Improvement, t: TFunction, language: Language): ReportImprovement {
  return {
    rule: item.rule,
    ruleName: t(`answer.ruleName.${item.rule}`),
    text: answerText(item, language, t),
    estimate: item.estimate
      ? {
          value:
            item.estimate.value !== null
              ? t(`answer.estimateValue.${item.estimate.audience}`, { value: formatCount(Math.round(item.estimate.value), language) })
              : t('answer.estimateUnknown'),
          assumptions: item.estimate.assumptions.map((a) => answerText(a, language, t)),
        }
      : null,
  };
}

/**
 * The representation-index chart: a group per entity with an account with an index, a bar per platform
 * (the first account's index there), the reference line at 100 (= young people reached in proportion to
 * the population). Null when no account has an index.
 */
function indexChart(view: ReportView, answer: Answer, t: TFunction, language: Language, madeOn: string): ReportChart | null {
  const groups: GroupedBarGroup[] = [];
  const splits: { period: Period | null }[] = [];
  for (const e of answer.entities) {
    const values: Partial<Record<Platform, number | null>> = {};
    for (const p of PLATFORMS) {
      const m = e.accounts.find((a) => a.platform === p && a.representationIndex && a.representationIndex.value !== null);
      values[p] = m?.representationIndex?.value ?? null;
      if (m) splits.push({ period: m.youthShare?.period ?? null });
    }
    if (Object.values(values).some((v) => v !== null)) groups.push({ key: e.entityId, label: e.name, values });
  }
  const platforms = PLATFORMS.filter((p) => groups.some((g) => g.values[p] != null));
  const count = groups.reduce((n, g) => n + platforms.filter((p) => g.values[p] != null).length, 0);
  if (count === 0) return null;
  const values = groups.flatMap((g) => platforms.flatMap((p) => (g.values[p] != null ? [{ g, p, v: g.values[p]! }] : [])));
  const highest = values.reduce((a, b) => (b.v > a.v ? b : a));
  const lowest = values.reduce((a, b) => (b.v < a.v ? b : a));
  const spec: ChartSpec = {
    id: 'report-index',
    title: t('report.indexChart.title'),
    subtitle: t('report.indexChart.subtitle', { count, period: splitPeriodText(splits, t, language) }),
    source: t('report.indexChart.source', { platforms: platforms.map((p) => PLATFORM_LABELS[p]).join(', ') }),
    madeOn,
    description: t('report.indexChart.description', {
      count,
      highest: `${highest.g.label} · ${PLATFORM_LABELS[highest.p]}`,
      highestIndex: formatOneDecimal(highest.v, language),
      lowest: `${lowest.g.label} · ${PLATFORM_LABELS[lowest.p]}`,
      lowestIndex: formatOneDecimal(lowest.v, language),
    }),
    notes: [t('report.indexChart.note', { underIndex: formatCount(view.thresholds.underIndex, language), overIndex: formatCount(view.thresholds.overIndex, language) })],
    // The index-100 line is labelled on the chart itself (a dashed line, not the population diamond).
    legend: platforms.map((p) => ({ label: PLATFORM_LABELS[p], color: PLATFORM_COLORS[p], shape: 'bar' as const })),
    columns: [
      { key: 'entity', label: t('report.indexChart.colEntity'), kind: 'text' },
      ...platforms.map((p) => ({ key: p, label: PLATFORM_LABELS[p], kind: 'count' as const, decimals: 1 })),
    ],
    rows: groups.map((g) => [g.label, ...platforms.map((p) => (g.values[p] != null ? Math.round(g.values[p]! * 10) / 10 : null))]),
  };
  return { kind: 'grouped-bars', spec, groups, platforms, reference: { value: 100, label: t('report.indexChart.reference') } };
}

/**
 * The age-profile chart of every account with band shares, beside the population at each floor; the spec
 * uses the texts `AgeProfileChart` uses (`entity.profile*`), so the frame, deck and CSV agree. Null when no
 * account has band shares.
 */
function ageProfileChart(view: ReportView, answer: Answer, t: TFunction, language: Language, madeOn: string): ReportChart | null {
  const accounts: AgeProfileRow[] = [];
  const splits: { period: Period | null }[] = [];
  for (const e of answer.entities) {
    for (const a of e.accounts) {
      const youth = a.youthShare;
      if (!youth) continue;
      splits.push({ period: youth.period });
      accounts.push({ key: a.accountId, label: `${e.name} · ${PLATFORM_LABELS[a.platform]}`, kind: 'account', floor: youth.ageFloor, shares: youth.shares });
    }
  }
  if (accounts.length === 0) return null;
  const rows = withPopulationRows(accounts, view.reference, (floor) => t('entity.population', { floor: `${floor}+` }));
  const bands = profileBands(rows);
  const title = t('report.profileChart.title');
  const subtitle = `${t('compare.profileSubtitle')} · ${t('report.splitPeriod', { period: splitPeriodText(splits, t, language) })}`;
  const spec: ChartSpec = {
    id: 'report-age-profile',
    title,
    subtitle,
    source: t('entity.profileSource'),
    madeOn,
    description: t('entity.profileDescription', { count: accounts.length }),
    notes: [t('entity.profileNote')],
    legend: bands.map((b) => ({ label: b, color: bandColor(b), shape: 'bar' as const })),
    columns: [{ key: 'label', label: t('entity.profileRow'), kind: 'text' as const }, ...bands.map((b) => ({ key: b, label: b, kind: 'percent' as const, decimals: 1 }))],
    rows: rows.map((r) => [r.label, ...bands.map((b) => r.shares[b] ?? null)]),
  };
  return { kind: 'age-profile', spec, rows };
}

/**
 * Builds the report from the read model (`loadAnswerView`) and the answer for the chosen period and ages
 * (`answerOf`; the overview rows are that answer's), in `language` with `t`, made on `madeOn` (ISO
 * `YYYY-MM-DD`). Charts, in order: the overview's youth share
 * per account (when an account has age data), the representation index per entity and platform (when an
 * account has an index), the age profiles (when an account has band shares). References: every figure a
 * trace of the answer names, or the population figures of the overview chart when the answer names none;
 * a figure the set does not know is left out; the source line names the sources of the figures whose value
 * is known (`Statbel 2021`). Files: every import of every account, entity order, then
 * newest first. The sum of {@link reportHead} and {@link reportDetails}.
 */
export function buildReportContent(view: ReportView, answer: Answer, t: TFunction, language: Language, madeOn: string): ReportContent {
  return { ...reportHead(view, answer, t, language, madeOn), ...reportDetails(view, answer, t, language) };
}

/** The parts of the report that grow with the entities and files: a verdict per entity, the improvements, the files. */
export type ReportDetails = Pick<ReportContent, 'entities' | 'improvements' | 'files'>;

/**
 * The report's verdict per entity, its improvements and its table of files (see {@link buildReportContent}):
 * built apart from the rest, so that a screen can build the two in two tasks (at 100 entities and 900
 * files, together about 100 ms of wording on an idle machine).
 */
export function reportDetails(view: ReportView, answer: Answer, t: TFunction, language: Language): ReportDetails {
  const files: ReportFile[] = view.entities.flatMap((e) =>
    e.accounts.flatMap((a) =>
      a.imports.map((i) => ({
        name: i.fileName,
        entity: e.name,
        platform: PLATFORM_LABELS[a.platform],
        format: formatLabelText(i.formatLabel, t),
        period: formatPeriod(i.period, language, t('report.periodNotStated')),
        importedOn: formatDate(i.importedAt.slice(0, 10), language),
      })),
    ),
  );
  return {
    entities: answer.entities.map((e) => reportVerdict(e.entityId, e.name, e, view, t, language, false)),
    improvements: answer.improvements.map((i) => reportImprovement(i, t, language)),
    files,
  };
}

/** Everything of the report but {@link reportDetails} (see {@link buildReportContent}). */
export function reportHead(view: ReportView, answer: Answer, t: TFunction, language: Language, madeOn: string): Omit<ReportContent, keyof ReportDetails> {
  const rows = overviewRows(answer);
  const { points } = toYouthShareChartData(rows, view.reference);
  const population = populationSharesOf(view.reference, answer.youthBand);
  // The cover gives the chosen period, or else the span of all exports beside the period of the age splits
  // (the span of every dated file, also those without ages, as the period choice's "Alles": the view's
  // `span`; never the age data's period).
  const span = answer.period ?? view.span;
  const periodText = span ? formatPeriod(span, language, '') : t('report.periodUnknown');
  const splitPeriod = splitPeriodText(points, t, language);
  const accountCount = view.entities.reduce((n, e) => n + e.accounts.length, 0);

  // Files, not imports: one file can hold several accounts (Meta's Audience.csv: Facebook and Instagram).
  const fileCount = new Set(view.entities.flatMap((e) => e.accounts.flatMap((a) => a.imports.map((i) => i.fileId)))).size;

  const charts: ReportChart[] = [];
  if (points.length > 0) {
    charts.push({ kind: 'youth-share', spec: youthShareSpec(points, population, t, language, madeOn), points, population });
  }
  const index = indexChart(view, answer, t, language, madeOn);
  if (index) charts.push(index);
  const profile = ageProfileChart(view, answer, t, language, madeOn);
  if (profile) charts.push(profile);

  const referenceIds = new Set<string>();
  collectReferenceIds(answerTraces(answer), referenceIds);
  if (referenceIds.size === 0 && points.length > 0) {
    for (const id of Object.keys(view.reference.byId)) if (id.startsWith('population.flanders.share-1')) referenceIds.add(id);
  }
  const references: ReportReference[] = [...referenceIds]
    .map((id) => view.reference.byId[id])
    .filter((f): f is NonNullable<typeof f> => f !== undefined)
    .map((f) => ({
      id: f.id,
      known: f.value !== null,
      note: figureNoteText(f, t),
      value: formatFigureValue(f, language, t),
      year: f.year === null ? t('answer.unknownValue') : String(f.year),
      source: figureSourceText(f.source.text, t),
      url: f.source.url,
      confidence: t(`answer.confidence.${f.confidence}`),
    }));
  const referenceSources = [...new Set(references.filter((r) => r.known).map((r) => shortSource(r.source, r.year)))];

  return {
    language,
    madeOn,
    dateText: formatDate(madeOn, language),
    title: t('report.docTitle'),
    question: t('answer.question'),
    // The scope ends with the ages the verdicts are for: a 13-24 and an 18-24 report otherwise read alike.
    scope: `${t(answer.period ? 'report.scope' : 'report.scopeAll', {
      count: view.entities.length,
      entities: formatCount(view.entities.length, language),
      accounts: formatCount(accountCount, language),
      files: formatCount(fileCount, language),
      period: periodText,
      splitPeriod,
    })} · ${t('report.ages', { band: t(`answer.options.bands.${answer.youthBand}`) })}`,
    overall: reportVerdict('overall', t('answer.overallTitle'), answer.overall, view, t, language, true),
    prose: answerProse(answer, language, t),
    verdictSource: t('report.verdictSource', {
      files: formatCount(fileCount, language),
      references: referenceSources.join('; ') || t('report.noReferences'),
    }),
    charts,
    methodNotes: answer.methodNotes.map((n) => ({ id: n.id, text: answerText(n, language, t), applies: n.applies })),
    references,
  };
}
