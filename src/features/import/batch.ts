// The choices a user makes for a previewed batch, and what still blocks storing it (pure, no React).

import type { Platform } from '../../core/model/platform';
import { findOverlaps, recogniseEntity } from '../../db/import-context-repo';
import type { ImportContext, StoredSpan } from '../../db/import-context-repo';
import type { CommitRequest, FilePreview } from '../../workers/import-client';

/**
 * Per-file choices of a batch, keyed by `FilePreview.key`. `entities[key]` is undefined until that file's
 * entity is typed, or filled in from another file (see {@link withEntityFilled}); `filledFrom[key]` is set
 * while a file's entity is one the user did not type there, so the card can say so.
 */
export interface BatchChoices {
  entities: Record<string, string | undefined>;
  platforms: Record<string, Platform | ''>;
  filledFrom: Record<string, boolean | undefined>;
  /** True while the file's entity is the one its recognised account belongs to (not typed there). */
  recognised: Record<string, boolean | undefined>;
  /** For a file overlapping stored data: `replace` the stored import(s) or `keep` them (skip this file). */
  overlap: Record<string, 'replace' | 'keep' | undefined>;
}

/**
 * Why the confirm button is disabled: nothing to store, an ok file without entity, without platform, or
 * overlapping stored data without a choice between replacing and keeping.
 */
export type BatchBlocker = 'nothing' | 'entity' | 'platform' | 'overlap';

/** Empty choices for a new batch. */
export function emptyChoices(): BatchChoices {
  return { entities: {}, platforms: {}, filledFrom: {}, recognised: {}, overlap: {} };
}

/**
 * Choices for a fresh batch: each ok file whose account (handle or page name) was stored before on its
 * platform gets that account's entity, marked recognised; the user can change it.
 */
export function recognisedChoices(previews: readonly FilePreview[], context: ImportContext | null): BatchChoices {
  const choices = emptyChoices();
  if (!context) return choices;
  for (const p of previews) {
    if (p.status !== 'ok' || !p.summary) continue;
    const entity = recogniseEntity(context, p.summary.platform, p.summary.accountName);
    if (entity !== null) {
      choices.entities[p.key] = entity;
      choices.recognised[p.key] = true;
    }
  }
  return choices;
}

/** True when the entity of `key` is the one of its recognised account (and not typed there). */
export function isRecognised(choices: BatchChoices, key: string): boolean {
  return choices.recognised[key] === true;
}

/** The stored imports the ok file `preview` overlaps with the current entity/platform choice ([] when none). */
export function overlapsFor(context: ImportContext | null, choices: BatchChoices, preview: FilePreview): StoredSpan[] {
  if (!context || preview.status !== 'ok' || !preview.summary) return [];
  return findOverlaps(context, {
    entityName: entityFor(choices, preview.key),
    platform: platformFor(choices, preview),
    accountName: preview.summary.accountName,
    period: preview.summary.period,
    metrics: preview.summary.metrics,
  });
}

/** Records the user's answer for an overlapping file. */
export function withOverlapChoice(choices: BatchChoices, key: string, value: 'replace' | 'keep'): BatchChoices {
  return { ...choices, overlap: { ...choices.overlap, [key]: value } };
}

/** The entity shown for `key`: what was typed or filled in there, else blank. */
export function entityFor(choices: BatchChoices, key: string): string {
  return choices.entities[key] ?? '';
}

/** True when the entity of `key` was filled in from another file and not typed there. */
export function isEntityFilled(choices: BatchChoices, key: string): boolean {
  return choices.filledFrom[key] === true;
}

/** Records an entity typed for `key` (it is then the user's own: never changed by edits elsewhere). */
export function withEntity(choices: BatchChoices, key: string, value: string): BatchChoices {
  return {
    ...choices,
    entities: { ...choices.entities, [key]: value },
    filledFrom: { ...choices.filledFrom, [key]: false },
    recognised: { ...choices.recognised, [key]: false },
  };
}

/**
 * When the user leaves the entity field of `key` with a non-blank name, every other ok file whose entity
 * is still blank and was never typed takes that name once (marked as filled in). Later edits of `key` do
 * not ripple to them: a name, once shown in a field, only changes when the user changes it there.
 */
export function withEntityFilled(choices: BatchChoices, previews: readonly FilePreview[], key: string): BatchChoices {
  const value = (choices.entities[key] ?? '').trim();
  if (!value) return choices;
  const entities = { ...choices.entities };
  const filledFrom = { ...choices.filledFrom };
  for (const p of previews) {
    if (p.status !== 'ok' || p.key === key) continue;
    if (entities[p.key] === undefined) {
      entities[p.key] = value;
      filledFrom[p.key] = true;
    }
  }
  return { ...choices, entities, filledFrom };
}

/** The platform for a preview: the detected one, else the user's choice (`''` until chosen). */
export function platformFor(choices: BatchChoices, preview: FilePreview): Platform | '' {
  return preview.summary?.platform ?? choices.platforms[preview.key] ?? '';
}

/** Records a platform choice for `key`. */
export function withPlatform(choices: BatchChoices, key: string, value: Platform | ''): BatchChoices {
  return { ...choices, platforms: { ...choices.platforms, [key]: value } };
}

/**
 * The commit requests for every `ok` preview (duplicates and errors are never committed) and what blocks
 * them: `['nothing']` when no file is ok (or every ok file is kept out); else `entity` when an ok file has
 * a blank entity, `platform` when an ok file has no platform, `overlap` when an ok file overlaps stored
 * data (`context`, see {@link overlapsFor}) and neither `replace` nor `keep` was chosen (`requests` is
 * then empty). A file with `keep` is left out (`kept`); one with `replace` carries the ids of the imports
 * it replaces. Never a default that counts figures twice. No blockers → ready to commit.
 */
export function buildRequests(
  previews: readonly FilePreview[],
  choices: BatchChoices,
  context: ImportContext | null = null,
): { requests: CommitRequest[]; blockers: BatchBlocker[]; kept: string[] } {
  const ok = previews.filter((p) => p.status === 'ok');
  if (ok.length === 0) return { requests: [], blockers: ['nothing'], kept: [] };
  const requests: CommitRequest[] = [];
  const kept: string[] = [];
  const blockers = new Set<BatchBlocker>();
  for (const p of ok) {
    const entityName = entityFor(choices, p.key).trim();
    const platform = platformFor(choices, p);
    if (!entityName) blockers.add('entity');
    if (platform === '') blockers.add('platform');
    if (!entityName || platform === '') continue;
    const overlaps = overlapsFor(context, choices, p);
    const answer = choices.overlap[p.key];
    if (overlaps.length > 0 && answer === undefined) {
      blockers.add('overlap');
      continue;
    }
    if (overlaps.length > 0 && answer === 'keep') {
      kept.push(p.key);
      continue;
    }
    const request: CommitRequest = { key: p.key, entityName, platform };
    if (overlaps.length > 0) request.replaceImportIds = overlaps.map((o) => o.importId);
    requests.push(request);
  }
  if (blockers.size > 0) return { requests: [], blockers: [...blockers], kept };
  if (requests.length === 0) return { requests: [], blockers: ['nothing'], kept };
  return { requests, blockers: [], kept };
}
