// The answer to question 3 (is the government's presence on social media enough to reach young people?): verdicts, reasons, improvements, method note.
/*
 * API for the UI (pure functions, plain data in and out; every number carries a `trace`):
 *
 *   import { answerQuestion3 } from '../core/answer/answer';
 *   import { accountFromFiles } from '../core/answer/account-from-files';   // when you hold ParsedFiles
 *   import { describe, ANSWER_MESSAGES_EN } from '../core/answer/messages'; // English text of any key
 *   import { referenceSetWith, DEFAULT_REFERENCE_SET } from '../core/reference/reference-set';
 *   import { DEFAULT_THRESHOLDS } from '../core/reference/thresholds';
 *
 *   const answer = answerQuestion3({
 *     entities: [{ entityId, name, presence: { tiktok: 'no-account' }, accounts: [AnswerAccount, …] }],
 *     reference: referenceSetWith(storedOverrides),   // or DEFAULT_REFERENCE_SET
 *     thresholds: { ...DEFAULT_THRESHOLDS, ...storedThresholds },
 *   });
 *
 * An `AnswerAccount` (answer-types.ts) is one account: platform, `youth` (youth share 0..1, floor 13|18,
 * basis, youth count or null; null = no age data), `totals` (reach, viewers, views, followers; null =
 * unknown), `series` (youth share per period for the trend), import and file ids. Build it from the
 * database's rows, or with `accountFromFiles` from ParsedFiles.
 *
 * `answer.overall` and each `answer.entities[i]` carry:
 *   - `verdict`: 'sufficient' | 'partly-sufficient' | 'insufficient' | 'unknown' (Dutch labels: voldoende,
 *     gedeeltelijk voldoende, onvoldoende, onbekend; test id `answer-verdict` shows the overall one);
 *   - `rule`: the verdict rule that decided it (verdict-rules.ts);
 *   - `reasons`: `{ rule, key, params, traces }` — translate `key` with `params` (format shares, indexes
 *     and counts first: see `MessageParams`), link each trace to its data and sources;
 *   - `weightedIndex` (value, weighting 'audience' | 'equal', trace) and `youthPlatformsWithData`.
 * Each entity also has `accounts` (AccountMetrics: youth share, representation index + band,
 * platform-relative index, estimated youth reach, coverage, trend — each with a trace), `presence` per
 * platform, `improvements` and `coverage` (sum over its accounts: an upper bound).
 * `answer.improvements` lists every entity's improvements; each has `rule`, `key`, `params` (its
 * evidence), `traces` and `estimate` (provenance 'modelled', value, assumptions as keys + params).
 * `answer.methodNotes` are `{ id, key, params, applies }`.
 *
 * A Trace is `{ metric, formula, inputs[{ name, value, unit, figureId?, threshold?, accountId? }],
 * accountIds, importIds, fileIds, referenceIds, parts }`: look up `referenceIds` in the ReferenceSet
 * (`set.byId`) for source, year and confidence, and `importIds`/`fileIds` in the database.
 */

import type { Platform } from '../model/platform';
import { PLATFORMS } from '../model/platform';
import { presenceOf } from '../metrics/presence';
import type { PresenceResult } from '../metrics/presence';
import { totalYouthCoverage } from '../metrics/youth-coverage';
import { youthRelevance } from '../reference/lookups';
import { validateThresholds } from '../reference/thresholds';
import { accountMetrics } from './account-metrics';
import type { AccountMetrics, Answer, AnswerEntity, AnswerInput, EntityAnswer, Improvement } from './answer-types';
import { improvementsFor } from './improvement-rules';
import { methodNotes } from './method-notes';
import { judgeVerdict } from './verdict-rules';

/** Presence of `entity` on every platform, from its accounts (with or without age data) and what the user set. */
export function entityPresence(entity: AnswerEntity): Record<Platform, PresenceResult> {
  const out = {} as Record<Platform, PresenceResult>;
  for (const p of PLATFORMS) {
    const accounts = entity.accounts.filter((a) => a.platform === p).map((a) => ({ accountId: a.accountId, hasAgeData: a.youth !== null }));
    out[p] = presenceOf(p, accounts, entity.presence[p] ?? null);
  }
  return out;
}

const RULE_ORDER: readonly Improvement['rule'][] = [
  'youth-platform-absent',
  'under-represented-platform',
  'falling-youth-share',
  'age-data-missing',
  'reach-concentrated',
  'followers-only',
];

/**
 * Computes the answer to question 3 for `input.entities` (DESIGN.md §5): each entity's metrics, presence,
 * verdict with reasons, and improvements; the overall verdict by the same rules over all accounts of all
 * entities together (a platform counts as "with data" overall when any entity has an account with age data
 * there); the method note. Throws `Error` when the thresholds are invalid (see `validateThresholds`).
 */
export function answerQuestion3(input: AnswerInput): Answer {
  const thresholds = validateThresholds({ ...input.thresholds });
  const set = input.reference;
  const relevant = (p: Platform): boolean => youthRelevance(set, p, thresholds.relevantPlatformWeeklyUse).relevant;

  const entities: EntityAnswer[] = input.entities.map((entity) => {
    const metrics: AccountMetrics[] = entity.accounts.map((a) => accountMetrics(a, set, thresholds));
    const presence = entityPresence(entity);
    const platformsWithData = PLATFORMS.filter((p) => presence[p].presence === 'account-with-data');
    const unknownPresence = PLATFORMS.filter((p) => presence[p].presence === 'unknown' && relevant(p));
    const verdict = judgeVerdict({ accounts: metrics, platformsWithData, unknownPresence }, set, thresholds);
    const improvements = improvementsFor({ entityId: entity.entityId, entityName: entity.name, accounts: entity.accounts, metrics, presence }, set, thresholds);
    const estimates = metrics.flatMap((m) => (m.estimatedYouthReach ? [m.estimatedYouthReach] : []));
    return { ...verdict, entityId: entity.entityId, name: entity.name, accounts: metrics, presence, improvements, coverage: totalYouthCoverage(estimates, set) };
  });

  const allMetrics = entities.flatMap((e) => e.accounts);
  const platformsWithData = PLATFORMS.filter((p) => entities.some((e) => e.presence[p].presence === 'account-with-data'));
  const overallVerdict = judgeVerdict({ accounts: allMetrics, platformsWithData, unknownPresence: [] }, set, thresholds);
  const improvements = entities
    .flatMap((e) => e.improvements)
    .sort((a, b) => RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule));
  return {
    overall: { ...overallVerdict, coverage: totalYouthCoverage(allMetrics.flatMap((m) => (m.estimatedYouthReach ? [m.estimatedYouthReach] : [])), set) },
    entities,
    improvements,
    methodNotes: methodNotes(input.entities, entities.map((e) => e.accounts)),
    thresholds,
  };
}
