// The choices a user makes for a previewed batch, and what still blocks storing it (pure, no React).

import type { Platform } from '../../core/model/platform';
import { accountsFor, findOverlaps, recogniseEntity } from '../../db/import-context-repo';
import { foldName } from '../../db/entities-repo';
import { NEW_ACCOUNT_BY_NAME } from '../../db/store-import';
import type { ImportContext, KnownAccount, StoredSpan } from '../../db/import-context-repo';
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
  /**
   * For a file that names no account while its entity has several accounts on its platform: the id of the
   * account it belongs to, or `'new'` for a new account; undefined until chosen.
   */
  account: Record<string, string | undefined>;
}

/**
 * Why the confirm button is disabled: nothing to store, an ok file without entity, without platform, or
 * without the account it belongs to where its entity has several on that platform and the file names none.
 * Overlapping stored data never blocks: the account's series is stitched, each day counted once
 * (docs/method.md#periods).
 */
export type BatchBlocker = 'nothing' | 'entity' | 'platform' | 'account';

/** Empty choices for a new batch. */
export function emptyChoices(): BatchChoices {
  return { entities: {}, platforms: {}, filledFrom: {}, recognised: {}, account: {} };
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

/**
 * The accounts the user must choose between for the ok file `preview`: the chosen entity's accounts on
 * its platform — stored ones, and the ones other files of this selection will create (they name an account
 * the entity does not have yet: id `name:<account name>`, see {@link NEW_ACCOUNT_BY_NAME}) — when there
 * are two or more and the file names no account (X's account overview, TikTok's files, a typed-in table);
 * else [] (the file goes to the account it names, or to the entity's one account). Files holding several
 * platforms are never asked: each part names its platform's account.
 */
export function accountChoicesFor(
  context: ImportContext | null,
  choices: BatchChoices,
  preview: FilePreview,
  previews: readonly FilePreview[] = [],
): KnownAccount[] {
  if (!context || preview.status !== 'ok' || !preview.summary) return [];
  if ((preview.summary.accountName ?? '').trim() !== '' || (preview.summary.parts?.length ?? 0) > 0) return [];
  const platform = platformFor(choices, preview);
  if (platform === '') return [];
  const entity = entityFor(choices, preview.key);
  const accounts = accountsFor(context, entity, platform);
  const known = new Set(accounts.flatMap((a) => (a.name === null ? [] : [foldName(a.name)])));
  // A stored account without a name takes the first new name it meets (pickAccount): no account more.
  let unnamed = accounts.filter((a) => a.name === null).length;
  for (const other of previews) {
    const name = other.summary?.accountName?.trim() ?? '';
    if (other.status !== 'ok' || name === '' || (other.summary?.parts?.length ?? 0) > 0) continue;
    if (platformFor(choices, other) !== platform || foldName(entityFor(choices, other.key)) !== foldName(entity) || known.has(foldName(name))) continue;
    known.add(foldName(name));
    if (unnamed > 0) {
      unnamed--;
      continue;
    }
    accounts.push({ id: `${NEW_ACCOUNT_BY_NAME}${name}`, entityId: '', platform, name, createdAt: '', entityName: entity });
  }
  return accounts.length >= 2 ? accounts : [];
}


/** Records the account chosen for `key` (an account id, or `'new'`). */
export function withAccount(choices: BatchChoices, key: string, value: string): BatchChoices {
  return { ...choices, account: { ...choices.account, [key]: value } };
}

/**
 * The stored imports of the same account whose periods overlap the ok file `preview` with a metric in
 * common ([] when none, when the file starts a new account, or while its account is still to be chosen). Said on the card, never a question: the
 * account's series is stitched and each day counted once, the most recent export's value winning.
 */
export function overlapsFor(context: ImportContext | null, choices: BatchChoices, preview: FilePreview, previews: readonly FilePreview[] = []): StoredSpan[] {
  if (!context || preview.status !== 'ok' || !preview.summary) return [];
  const chosen = choices.account[preview.key];
  // While the user is still asked which account the file belongs to, there is no account to overlap with.
  if (chosen === undefined && accountChoicesFor(context, choices, preview, previews).length > 0) return [];
  // An account this selection creates has nothing stored yet.
  if (chosen?.startsWith(NEW_ACCOUNT_BY_NAME)) return [];
  return findOverlaps(context, {
    entityName: entityFor(choices, preview.key),
    platform: platformFor(choices, preview),
    accountName: preview.summary.accountName,
    period: preview.summary.period,
    metrics: preview.summary.metrics,
    ...(chosen !== undefined ? { accountId: chosen } : {}),
  });
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
 * is still blank and was never typed takes that name once (marked as filled in) — except `next`, the file
 * whose entity field the user is moving into: what they type there is theirs (filling it under the cursor
 * doubled the name: "NieuwNieuw", a second entity). Later edits of `key` do not ripple to them: a name,
 * once shown in a field, only changes when the user changes it there.
 */
export function withEntityFilled(choices: BatchChoices, previews: readonly FilePreview[], key: string, next: string | null = null): BatchChoices {
  const value = (choices.entities[key] ?? '').trim();
  if (!value) return choices;
  const entities = { ...choices.entities };
  const filledFrom = { ...choices.filledFrom };
  for (const p of previews) {
    if (p.status !== 'ok' || p.key === key || p.key === next) continue;
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
 * them: `['nothing']` when no file is ok; else `entity` when an ok file has a blank entity, `platform` when
 * an ok file has no platform, `account` when an ok file must be given one of its entity's accounts
 * ({@link accountChoicesFor}) and none was chosen (`requests` is then empty). A file with a chosen account
 * carries its id (or `'new'`). No blockers → ready to commit.
 */
export function buildRequests(
  previews: readonly FilePreview[],
  choices: BatchChoices,
  context: ImportContext | null = null,
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
    if (!entityName || platform === '') continue;
    const request: CommitRequest = { key: p.key, entityName, platform };
    if (accountChoicesFor(context, choices, p, previews).length > 0) {
      const account = choices.account[p.key];
      if (account === undefined) {
        blockers.add('account');
        continue;
      }
      request.accountId = account;
    }
    requests.push(request);
  }
  if (blockers.size > 0) return { requests: [], blockers: [...blockers] };
  return { requests, blockers: [] };
}
