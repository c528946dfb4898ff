// The choices a user makes for a previewed batch, and what still blocks storing it (pure, no React).

import type { Platform } from '../../core/model/platform';
import type { CommitRequest, FilePreview } from '../../workers/import-client';

/**
 * Per-file choices of a batch, keyed by `FilePreview.key`. `entities[key]` is undefined until the user
 * edits that file's entity: it then shows `lastEntity` (the last entity typed in this batch).
 */
export interface BatchChoices {
  entities: Record<string, string | undefined>;
  platforms: Record<string, Platform | ''>;
  lastEntity: string;
}

/** Why the confirm button is disabled: nothing to store, an ok file without entity, or without platform. */
export type BatchBlocker = 'nothing' | 'entity' | 'platform';

/** Empty choices for a new batch. */
export function emptyChoices(): BatchChoices {
  return { entities: {}, platforms: {}, lastEntity: '' };
}

/** The entity shown for `key`: its own edit, else the last entity typed in this batch. */
export function entityFor(choices: BatchChoices, key: string): string {
  return choices.entities[key] ?? choices.lastEntity;
}

/** The platform for a preview: the detected one, else the user's choice (`''` until chosen). */
export function platformFor(choices: BatchChoices, preview: FilePreview): Platform | '' {
  return preview.summary?.platform ?? choices.platforms[preview.key] ?? '';
}

/** Records an entity edit for `key`; a non-blank value also becomes the batch's `lastEntity`. */
export function withEntity(choices: BatchChoices, key: string, value: string): BatchChoices {
  return {
    ...choices,
    entities: { ...choices.entities, [key]: value },
    lastEntity: value.trim() ? value : choices.lastEntity,
  };
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
