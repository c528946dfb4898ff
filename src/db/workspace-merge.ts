// Merging a read workspace file into the database (or replacing it): the plan, its conflicts and the one write transaction (the file format: ./workspace.ts).

import { storedSummaryOf } from './chunk-aggregates';
import { allTables, db as defaultDb } from './database';
import type { YouthReachDb } from './database';
import { foldName } from './entities-repo';
import { withImportLock } from './import-lock';
import { newId } from './new-id';
import { validateWorkspaceRecords } from './workspace-schema';
import type { ObservationChunkRecord, SavedFormatRecord } from './schema';
import { asWorkspaceError } from './workspace';
import type { ProgressFn, WorkspaceContents } from './workspace';

/**
 * A difference between the workspace and this browser that the user must settle before a merge:
 * `kind` says what (presence of an entity on a platform, a setting, a reference override, a saved format),
 * `key` identifies it, `label` names it for people (entity and platform, setting key, …), `mine` / `theirs`
 * are the two values (JSON-compatible).
 */
export interface MergeConflict {
  key: string;
  kind: 'presence' | 'setting' | 'referenceOverride' | 'savedFormat';
  label: string;
  mine: unknown;
  theirs: unknown;
}

/** Which side wins each conflict, by {@link MergeConflict.key}; a conflict without an entry keeps `mine`. */
export type MergeResolutions = Record<string, 'mine' | 'theirs'>;

/**
 * What a merge does (record counts): entities new / matched by name; source files new / already stored
 * (same SHA-256: counted once, their imports skipped); imports added; and the conflicts to settle.
 */
export interface MergePlan {
  newEntities: number;
  matchedEntities: number;
  newSourceFiles: number;
  duplicateSourceFiles: number;
  newImports: number;
  skippedImports: number;
  conflicts: MergeConflict[];
}

export const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Merges `ws` into `database` (writes only when `write`; otherwise computes the plan without writing):
 * entities match by case-folded name; accounts by entity, platform and name; source files by SHA-256 (an
 * existing one counts once and its imports are skipped); imports without a source file in the workspace
 * (typed-in data) by id; ids that collide with unrelated records get new ones. Presence, settings,
 * reference overrides and saved formats that differ are conflicts, settled by `resolutions`.
 */
export async function mergeInto(
  database: YouthReachDb,
  ws: WorkspaceContents,
  resolutions: MergeResolutions,
  write: boolean,
  onRow: () => void,
): Promise<MergePlan> {
  const plan: MergePlan = {
    newEntities: 0,
    matchedEntities: 0,
    newSourceFiles: 0,
    duplicateSourceFiles: 0,
    newImports: 0,
    skippedImports: 0,
    conflicts: [],
  };
  const entityMap = new Map<string, string>();
  const entityName = new Map<string, string>();
  for (const e of ws.entities) {
    entityName.set(e.id, e.name);
    const existing = await database.entities.where('nameKey').equals(e.nameKey || foldName(e.name)).first();
    if (existing) {
      entityMap.set(e.id, existing.id);
      plan.matchedEntities += 1;
    } else {
      const id = (await database.entities.get(e.id)) ? newId() : e.id;
      entityMap.set(e.id, id);
      plan.newEntities += 1;
      if (write) await database.entities.add({ ...e, id });
    }
    onRow();
  }
  const mapEntity = (id: string) => entityMap.get(id) ?? id;

  const accountMap = new Map<string, string>();
  for (const a of ws.accounts) {
    const entityId = mapEntity(a.entityId);
    const candidates = await database.accounts.where('[entityId+platform]').equals([entityId, a.platform]).toArray();
    const match = candidates.find((c) => foldName(c.name ?? '') === foldName(a.name ?? ''));
    if (match) accountMap.set(a.id, match.id);
    else {
      const id = (await database.accounts.get(a.id)) ? newId() : a.id;
      accountMap.set(a.id, id);
      if (write) await database.accounts.add({ ...a, id, entityId });
    }
    onRow();
  }

  const sourceMap = new Map<string, { id: string; duplicate: boolean }>();
  for (const s of ws.sourceFiles) {
    const existing = await database.sourceFiles.where('sha256').equals(s.sha256).first();
    if (existing) {
      sourceMap.set(s.id, { id: existing.id, duplicate: true });
      plan.duplicateSourceFiles += 1;
    } else {
      const id = (await database.sourceFiles.get(s.id)) ? newId() : s.id;
      sourceMap.set(s.id, { id, duplicate: false });
      plan.newSourceFiles += 1;
      if (write) await database.sourceFiles.add({ ...s, id });
    }
    onRow();
  }

  const chunksByImport = new Map<string, ObservationChunkRecord[]>();
  for (const c of ws.observationChunks) {
    const list = chunksByImport.get(c.importId);
    if (list) list.push(c);
    else chunksByImport.set(c.importId, [c]);
  }
  for (const imp of ws.imports) {
    const source = sourceMap.get(imp.sourceFileId);
    const skip = source ? source.duplicate : Boolean(await database.imports.get(imp.id));
    if (skip) {
      plan.skippedImports += 1;
    } else {
      plan.newImports += 1;
      const id = (await database.imports.get(imp.id)) ? newId() : imp.id;
      if (write) {
        const chunks = (chunksByImport.get(imp.id) ?? []).map((c) => ({ ...c, importId: id }));
        await database.imports.add({
          ...imp,
          id,
          entityId: mapEntity(imp.entityId),
          accountId: accountMap.get(imp.accountId) ?? imp.accountId,
          sourceFileId: source?.id ?? imp.sourceFileId,
          // derived from the chunks written with it, never taken from the file
          summary: storedSummaryOf(chunks),
        });
        if (chunks.length > 0) await database.observationChunks.bulkAdd(chunks);
      }
    }
    onRow();
  }

  const settle = async <T>(
    kind: MergeConflict['kind'],
    key: string,
    label: string,
    mine: T | undefined,
    theirs: T,
    put: () => Promise<unknown>,
    compare: (a: T, b: T) => boolean,
  ) => {
    if (mine === undefined) {
      if (write) await put();
    } else if (!compare(mine, theirs)) {
      plan.conflicts.push({ key, kind, label, mine, theirs });
      if (write && resolutions[key] === 'theirs') await put();
    }
    onRow();
  };
  for (const p of ws.presence) {
    const entityId = mapEntity(p.entityId);
    const mine = await database.presence.get([entityId, p.platform]);
    const label = `${entityName.get(p.entityId) ?? ''} · ${p.platform}`;
    await settle('presence', `presence:${entityId}:${p.platform}`, label, mine?.presence, p.presence,
      () => database.presence.put({ ...p, entityId }), (a, b) => a === b);
  }
  for (const s of ws.settings) {
    const mine = await database.settings.get(s.key);
    await settle('setting', `setting:${s.key}`, s.key, mine?.value, s.value, () => database.settings.put(s), sameJson);
  }
  for (const r of ws.referenceOverrides) {
    const mine = await database.referenceOverrides.get(r.id);
    await settle('referenceOverride', `referenceOverride:${r.id}`, r.id, mine?.value, r.value,
      () => database.referenceOverrides.put(r), sameJson);
  }
  for (const f of ws.savedFormats) {
    const mine = await database.savedFormats.get(f.id);
    const view = (x: SavedFormatRecord | undefined) => (x ? { name: x.name, mapping: x.mapping } : undefined);
    await settle('savedFormat', `savedFormat:${f.id}`, f.name, view(mine), view(f)!, () => database.savedFormats.put(f), sameJson);
  }
  return plan;
}

/** Rows {@link applyWorkspace} writes at most, for progress. */
export function rowCount(ws: WorkspaceContents): number {
  return (
    ws.entities.length + ws.accounts.length + ws.sourceFiles.length + ws.imports.length + ws.presence.length +
    ws.settings.length + ws.referenceOverrides.length + ws.savedFormats.length
  );
}

/** What merging `ws` into `database` would do, conflicts included; writes nothing. */
export async function planMerge(ws: WorkspaceContents, database: YouthReachDb = defaultDb): Promise<MergePlan> {
  return database.transaction('r', allTables(database), () => mergeInto(database, ws, {}, false, () => undefined));
}

/**
 * Writes `ws` into `database` in ONE transaction under the import lock (all or nothing; a full disk leaves
 * the database as it was), after checking every record (`validateWorkspaceRecords`, without the
 * cell-by-cell scan of the chunk columns that {@link readWorkspace} did: a wrong record throws
 * {@link WorkspaceError} `invalid` before anything is written, in both modes): `replace` empties every table first and copies the workspace as it is; `merge`
 * adds what is new ({@link planMerge}) and settles conflicts by `resolutions` (default: keep mine).
 * Returns the plan carried out (for `replace`: everything new). Rejects with Dexie's error
 * (e.g. `QuotaExceededError`) when the write fails.
 */
export async function applyWorkspace(
  ws: WorkspaceContents,
  mode: 'replace' | 'merge',
  options: { resolutions?: MergeResolutions; onProgress?: ProgressFn; database?: YouthReachDb } = {},
): Promise<MergePlan> {
  const database = options.database ?? defaultDb;
  try {
    // Again here, as contents may come from elsewhere than readWorkspace; the cell-by-cell scan of the
    // chunk columns is left to readWorkspace (it reads every observation, and this may run on the page).
    validateWorkspaceRecords(ws, undefined, { scanColumns: false });
  } catch (e) {
    throw asWorkspaceError(e);
  }
  const total = rowCount(ws);
  let done = 0;
  const onRow = () => {
    done += 1;
    if (done % 50 === 0 || done === total) options.onProgress?.({ phase: 'write', done, total });
  };
  options.onProgress?.({ phase: 'write', done: 0, total });
  return withImportLock(() =>
    database.transaction('rw', allTables(database), async () => {
      if (mode === 'replace') await Promise.all(allTables(database).map((t) => t.clear()));
      return mergeInto(database, ws, options.resolutions ?? {}, true, onRow);
    }),
  );
}
