// Format `meta-bs-posts`: the Meta Business Suite content (posts) export of a Facebook Page or an
// Instagram account, docs/formats.md#meta-bs-posts; real file: docs/formats.md#real-exports.

import { UPPER_BOUND_SEGMENT } from '../model/observation';
import type { Metric, Observation, Period } from '../model/observation';
import type { ImportWarning } from '../model/parsed-file';
import type { Platform } from '../model/platform';
import type { FormatSpec } from './format-spec';
import { dateCell, day, malformedRow, numberCell, periodOfDates, requireSteadyColumns } from './format-helpers';
import type { AliasTable } from './headers';
import { mapColumns, matchesAlias } from './headers';
import { isBlankRow } from './sniff';

type PostColumn =
  | 'postId'
  | 'publishTime'
  | 'pageId'
  | 'pageName'
  | 'accountUsername'
  | 'reach'
  | 'views'
  | 'impressions'
  | 'likes'
  | 'comments'
  | 'shares'
  | 'follows'
  | 'profileViews';

/**
 * Column aliases. English from the real Facebook file and three Instagram parser fixtures
 * (docs/formats.md#meta-bs-posts); German from a project's reconstructed names (`Beitrags-ID`,
 * `Reichweite`, `Aufrufe`, same section); Dutch and French are guesses. `Reactions` (Facebook) and
 * `Likes` (Instagram) both become `likes`.
 */
const POST_COLUMNS: AliasTable<PostColumn> = {
  postId: ['Post ID', 'Bericht-ID', 'Beitrags-ID', 'ID de la publication'],
  publishTime: ['Publish time', 'Publicatietijd', 'Veröffentlichungszeitpunkt', 'Heure de publication'],
  pageId: ['Page ID', 'Pagina-ID', 'Seiten-ID'],
  pageName: ['Page name', 'Paginanaam', 'Seitenname'],
  accountUsername: ['Account username', 'Gebruikersnaam account'],
  reach: ['Reach', 'Bereik', 'Reichweite', 'Couverture'],
  views: ['Views', 'Weergaven', 'Aufrufe', 'Vues'],
  impressions: ['Impressions', 'Vertoningen', 'Impressionen'],
  likes: ['Reactions', 'Likes', 'Reaktionen', 'Réactions'],
  comments: ['Comments', 'Opmerkingen', 'Kommentare', 'Commentaires'],
  shares: ['Shares', 'Gedeeld', 'Geteilte Inhalte', 'Partages'],
  follows: ['Follows'],
  // Instagram's "Profile visits": visits to the account's profile, the figure TikTok and X call profile
  // views / visits (metric `profileViews`, a flow); Facebook's "Page visits" stay `visits`.
  profileViews: ['Profile visits', 'Profielbezoeken', 'Profilaufrufe', 'Visites du profil'],
};

/** Free-text columns of the content export, the only ones whose cells may hold line breaks. */
const TEXT_COLUMNS: readonly string[] = [
  'Title', 'Description', 'Caption', 'Data comment', 'Custom labels',
  'Titel', 'Beschrijving', 'Bijschrift', 'Beschreibung', 'Titre', 'Légende',
];

const METRIC_COLUMNS: readonly (PostColumn & Metric)[] = ['reach', 'views', 'impressions', 'likes', 'comments', 'shares', 'follows', 'profileViews'];

/**
 * The account's totals over the posts' period from the per-post figures: `views`, `impressions` and
 * `profileViews` summed (flows: every view counts); `reach` summed too, but a person who saw two posts is
 * in both posts' reach, so that sum is an upper bound of the people reached: warning
 * `reach-summed-from-posts` says so (`total`, `count` = posts with a reach), and the observation carries
 * segment {@link UPPER_BOUND_SEGMENT} so the read model keeps it as an upper bound, never as the exact
 * reach. One observation per metric, period = first..last publish day; views, impressions and profile
 * views have no segment (they are the whole), and the per-post figures stay parts.
 */
function postTotals(observations: readonly Observation[], period: Period | null): { totals: Observation[]; warnings: ImportWarning[] } {
  const sums = new Map<Metric, { total: number; count: number }>();
  for (const o of observations) {
    if (!TOTAL_METRICS.includes(o.metric)) continue;
    const s = sums.get(o.metric) ?? { total: 0, count: 0 };
    s.total += o.value;
    s.count++;
    sums.set(o.metric, s);
  }
  const totals: Observation[] = [];
  const warnings: ImportWarning[] = [];
  for (const metric of TOTAL_METRICS) {
    const s = sums.get(metric);
    if (s === undefined) continue;
    totals.push({ metric, period, value: s.total, unit: 'count', ...(metric === 'reach' ? { segment: UPPER_BOUND_SEGMENT } : {}) });
    if (metric === 'reach') {
      warnings.push({
        code: 'reach-summed-from-posts',
        message: `Reach (${String(s.total)}) is the sum of the reach of ${String(s.count)} posts: an upper bound, since someone who saw more than one post counts more than once.`,
        params: { total: s.total, count: s.count },
      });
    }
  }
  return { totals, warnings };
}

/** Metrics whose per-post figures are summed into account totals by {@link postTotals}. */
const TOTAL_METRICS: readonly Metric[] = ['views', 'impressions', 'profileViews', 'reach'];

/**
 * Meta content export: one row per post, UTF-8 with BOM, captions with line breaks inside quotes.
 * Detected by a minimal column set (Post ID, Publish time `MM/DD/YYYY HH:MM`, and at least one of Reach,
 * Views, Impressions), never the exact tuple: the columns drift from month to month.
 * Yields per post, with `segment` = the post ID (kept as text) and period = its publish day: `reach`,
 * `views`, `impressions`, `likes` (Reactions / Likes), `comments`, `shares`, `follows`, `profileViews`
 * (Instagram's Profile visits) (counts; lifetime totals as of the export); and, for the account over the
 * period, the sums of views, impressions, profile views and reach ({@link postTotals}; reach is an upper
 * bound, said in a warning and marked with segment `bound:upper`). Version 2: the totals; version 3: the
 * reach total marked as an upper bound. Platform facebook when `Page ID`/`Page name` are present, instagram when
 * `Account username` is, else null; accountName = Page name / Account username; period = first..last
 * publish day.
 */
export const metaBsPosts: FormatSpec = {
  id: 'meta-bs-posts',
  version: 3,
  label: 'Meta Business Suite posts',
  platform: null,
  detect: (ctx) => {
    const { columns } = mapColumns(ctx.rows[0] ?? [], POST_COLUMNS);
    return (
      columns.postId !== undefined &&
      columns.publishTime !== undefined &&
      (columns.reach !== undefined || columns.views !== undefined || columns.impressions !== undefined)
    );
  },
  // Captions hold line breaks (Facebook writes them under Title, Instagram under Description); an ID, a
  // time or a number never does, so a line break anywhere else is a quote out of place.
  multiLineText: (ctx, column) => matchesAlias(ctx.rows[0]?.[column] ?? '', TEXT_COLUMNS),
  parse: (ctx) => {
    const header = ctx.rows[0] ?? [];
    requireSteadyColumns(ctx);
    const { columns } = mapColumns(header, POST_COLUMNS);
    const platform: Platform | null =
      columns.pageId !== undefined || columns.pageName !== undefined
        ? 'facebook'
        : columns.accountUsername !== undefined
          ? 'instagram'
          : null;
    const nameColumn = columns.pageName ?? columns.accountUsername;
    let accountName: string | null = null;
    const observations: Observation[] = [];
    const dates: string[] = [];
    for (let i = 1; i < ctx.rows.length; i++) {
      const row = ctx.rows[i] ?? [];
      if (isBlankRow(row)) continue;
      const postId = (row[columns.postId ?? 0] ?? '').trim();
      if (postId === '') malformedRow(ctx, i, 'the post has no Post ID.');
      const date = dateCell(ctx, i, columns.publishTime, header[columns.publishTime ?? 0] ?? 'Publish time');
      if (date === null) malformedRow(ctx, i, `post ${postId} has no publish time.`);
      dates.push(date);
      if (accountName === null && nameColumn !== undefined) {
        const name = (row[nameColumn] ?? '').trim();
        if (name !== '') accountName = name;
      }
      for (const metric of METRIC_COLUMNS) {
        const column = columns[metric];
        if (column === undefined) continue;
        const value = numberCell(ctx, i, column, header[column] ?? metric);
        if (value !== null) observations.push({ metric, period: day(date), segment: postId, value, unit: 'count' });
      }
    }
    const period = periodOfDates(dates);
    const { totals, warnings } = postTotals(observations, period);
    return {
      platform,
      platformCandidates: platform ? [platform] : ['facebook', 'instagram'],
      accountName,
      period,
      basis: null,
      observations: [...observations, ...totals],
      warnings,
    };
  },
};
