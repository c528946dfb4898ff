// Loads `sample-data/` through the same import client as a user's files (preview, then commit).

import { isPlatform } from '../../core/model/platform';
import type { Platform } from '../../core/model/platform';
import type { CommitRequest, FileProblem, ImportClient } from '../../workers/import-client';
import { foldName, listEntities } from '../../db/entities-repo';
import { getPresence, putPresence } from '../../db/presence-repo';
import type { PresenceValue } from '../../db/schema';
import { errorMessage } from '../../core/model/errors';
import { problem } from '../../core/model/problem';

/** One entry of `sample-data/manifest.json`: a file name in `sample-data/`, its entity and platform. */
export interface SampleEntry {
  file: string;
  entity: string;
  platform: Platform;
}

/**
 * One entry of the manifest's `presence` list: whether the (fictitious) sample entity has an account on a
 * platform — `has-account` (an account without a sample file: "no age data") or `no-account` (a gap).
 */
export interface SamplePresence {
  entity: string;
  platform: Platform;
  presence: PresenceValue;
}

/** A sample file that could not be fetched, read or stored, with the reason. */
export interface SampleFailure {
  fileName: string;
  problem: FileProblem;
}

/**
 * What loading the sample data did: files stored, files skipped as already stored, failures, and the
 * number of presence entries stored (entries whose entity was not imported, or that the user had already
 * set, are skipped).
 */
export interface SampleLoadResult {
  stored: number;
  presenceStored: number;
  duplicates: number;
  failures: SampleFailure[];
}

// Bundled by Vite: the sample files as same-origin asset URLs, and the manifest (absent → no entries).
const SAMPLE_URLS = import.meta.glob('/sample-data/*.{csv,tsv,txt,zip}', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const SAMPLE_MANIFESTS = import.meta.glob('/sample-data/manifest.json', {
  import: 'default',
  eager: true,
}) as Record<string, unknown>;

/**
 * Reads a manifest (`{"files":[{"file","entity","platform"}]}`) into entries, dropping any entry that
 * lacks a file name or entity or names an unknown platform. Anything that is not such an object → [].
 */
export function parseSampleManifest(manifest: unknown): SampleEntry[] {
  const files = (manifest as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) return [];
  const entries: SampleEntry[] = [];
  for (const f of files as unknown[]) {
    const { file, entity, platform } = (f ?? {}) as Record<string, unknown>;
    if (typeof file === 'string' && file && typeof entity === 'string' && entity.trim() && isPlatform(platform)) {
      entries.push({ file, entity: entity.trim(), platform });
    }
  }
  return entries;
}

/**
 * Reads the manifest's `presence` list (`[{"entity","platform","presence"}]`, presence `has-account` or
 * `no-account`), dropping entries without entity, with an unknown platform or another presence value.
 * No list → [].
 */
export function parseSamplePresence(manifest: unknown): SamplePresence[] {
  const list = (manifest as { presence?: unknown } | null)?.presence;
  if (!Array.isArray(list)) return [];
  const entries: SamplePresence[] = [];
  for (const x of list as unknown[]) {
    const { entity, platform, presence } = (x ?? {}) as Record<string, unknown>;
    if (typeof entity === 'string' && entity.trim() && isPlatform(platform) && (presence === 'has-account' || presence === 'no-account')) {
      entries.push({ entity: entity.trim(), platform, presence });
    }
  }
  return entries;
}

/** The bundled manifest's presence list (fictitious; see sample-data/README.md). */
export function bundledSamplePresence(): SamplePresence[] {
  return parseSamplePresence(Object.values(SAMPLE_MANIFESTS)[0]);
}

/**
 * Stores `entries` with `putPresence` for the entities that exist (matched by folded name); an entry the
 * user already set is left as it is. Returns how many were stored.
 */
export async function storeSamplePresence(entries: readonly SamplePresence[]): Promise<number> {
  if (entries.length === 0) return 0;
  const idByName = new Map((await listEntities()).map((e) => [foldName(e.name), e.id]));
  let stored = 0;
  for (const p of entries) {
    const entityId = idByName.get(foldName(p.entity));
    if (entityId === undefined || (await getPresence(entityId, p.platform)) !== undefined) continue;
    await putPresence(entityId, p.platform, p.presence);
    stored += 1;
  }
  return stored;
}

/** The bundled manifest's entries, each paired with its file's URL (entries without a bundled file included, url null). */
export function bundledSampleFiles(): { entry: SampleEntry; url: string | null }[] {
  const manifest = Object.values(SAMPLE_MANIFESTS)[0];
  const byName = new Map(Object.entries(SAMPLE_URLS).map(([p, url]) => [p.slice(p.lastIndexOf('/') + 1), url]));
  return parseSampleManifest(manifest).map((entry) => ({ entry, url: byName.get(entry.file) ?? null }));
}

/** Fetches one same-origin file as a `File`; throws `Error` on an HTTP error. */
async function fetchAsFile(url: string, name: string): Promise<File> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${name}`);
  const blob = await response.blob();
  return new File([blob], name, { type: blob.type || 'text/csv' });
}

/**
 * Imports `files` (default: the bundled sample files) with `client`: fetches each, previews them all,
 * then commits every ok file with its manifest entity and platform (duplicates are skipped, failures
 * never stop the others), then stores `presence` (default: the bundled manifest's fictitious list) for
 * the entities now stored. `onProgress(done, total)` reports commit progress
 * (files stored of files to store).
 * Never throws for a single file; throws only when the client itself fails.
 */
export async function loadSampleData(
  client: ImportClient,
  options: {
    files?: { entry: SampleEntry; url: string | null }[];
    fetchFile?: (url: string, name: string) => Promise<File>;
    presence?: readonly SamplePresence[];
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<SampleLoadResult> {
  const planned = options.files ?? bundledSampleFiles();
  const fetchFile = options.fetchFile ?? fetchAsFile;
  const failures: SampleFailure[] = [];
  const entryByName = new Map<string, SampleEntry>();
  const files: File[] = [];
  for (const { entry, url } of planned) {
    if (url === null) {
      failures.push({ fileName: entry.file, problem: problem('internal', 'sample file missing from the build') });
      continue;
    }
    try {
      files.push(await fetchFile(url, entry.file));
      entryByName.set(entry.file, entry);
    } catch (e) {
      failures.push({ fileName: entry.file, problem: problem('internal', errorMessage(e)) });
    }
  }
  if (files.length === 0) return { stored: 0, presenceStored: 0, duplicates: 0, failures };

  const previews = await client.preview(files);
  const requests: CommitRequest[] = [];
  let duplicates = 0;
  for (const p of previews) {
    const entry = entryByName.get(p.fileName);
    if (p.status === 'duplicate') duplicates += 1;
    else if (p.status === 'error') failures.push({ fileName: p.fileName, problem: p.problem ?? problem('internal', 'unreadable') });
    else if (entry) requests.push({ key: p.key, entityName: entry.entity, platform: entry.platform });
  }
  options.onProgress?.(0, requests.length);
  const results = await client.commit(requests, options.onProgress);
  let stored = 0;
  for (const r of results) {
    if (r.status === 'stored') stored += 1;
    else if (r.status === 'duplicate') duplicates += 1;
    else failures.push({ fileName: r.fileName, problem: r.problem ?? problem('internal', 'not stored') });
  }
  const presenceStored = await storeSamplePresence(options.presence ?? bundledSamplePresence());
  return { stored, presenceStored, duplicates, failures };
}
