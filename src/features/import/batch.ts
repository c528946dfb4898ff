// The choices a user makes for a previewed batch, and what still blocks storing it (pure, no React).

import type { Platform } from '../../core/model/platform';
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
}

/** Why the confirm button is disabled: nothing to store, an ok file without entity, or without platform. */
export type BatchBlocker = 'nothing' | 'entity' | 'platform';

/** Empty choices for a new batch. */
export function emptyChoices(): BatchChoices {
  return { entities: {}, platforms: {}, filledFrom: {} };
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
 * them: `['nothing']` when no file is ok; else `entity` when an ok file has a blank entity and/or
 * `platform` when an ok file has no platform (`requests` is then empty). No blockers → ready to commit.
 */
export function buildRequests(
  previews: readonly FilePreview[],
  choices: BatchChoices,
): { requests: CommitRequest[]; blockers: BatchBlocker[] } {
  const ok = previews.filter((p) => p.status === 'ok');
  if (ok.length === 0) return { requests: [], blockers: ['nothing'] };
  const requests: CommitRequest[] = [];
  const blockers = new Set<BatchBlocker>();
  for (const p of ok) {
    const entityName = entityFor(choices, p.key).trim();
    const platform = platformFor(choices, p);
    if (!entityName) blockers.add('entity');
    if (platform === '') blockers.add('platform');
    if (entityName && platform !== '') requests.push({ key: p.key, entityName, platform });
  }
  return blockers.size > 0 ? { requests: [], blockers: [...blockers] } : { requests, blockers: [] };
}
