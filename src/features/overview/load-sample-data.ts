// Loads `sample-data/` through the same import client as a user's files (preview, then commit).

import { isPlatform } from '../../core/model/platform';
import type { Platform } from '../../core/model/platform';
import type { CommitRequest, FileProblem, ImportClient } from '../../workers/import-client';

/** One entry of `sample-data/manifest.json`: a file name in `sample-data/`, its entity and platform. */
export interface SampleEntry {
  file: string;
  entity: string;
  platform: Platform;
}

/** A sample file that could not be fetched, read or stored, with the reason. */
export interface SampleFailure {
  fileName: string;
  problem: FileProblem;
}

/** What loading the sample data did: files stored, files skipped as already stored, failures. */
export interface SampleLoadResult {
  stored: number;
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

function problem(code: string, message: string): FileProblem {
  return { code, message, line: null, params: {} };
}

/**
 * Imports `files` (default: the bundled sample files) with `client`: fetches each, previews them all,
 * then commits every ok file with its manifest entity and platform (duplicates are skipped, failures
 * never stop the others). `onProgress(done, total)` reports commit progress
 * (files stored of files to store).
 * Never throws for a single file; throws only when the client itself fails.
 */
export async function loadSampleData(
  client: ImportClient,
  options: {
    files?: { entry: SampleEntry; url: string | null }[];
    fetchFile?: (url: string, name: string) => Promise<File>;
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
      failures.push({ fileName: entry.file, problem: problem('internal', e instanceof Error ? e.message : String(e)) });
    }
  }
  if (files.length === 0) return { stored: 0, duplicates: 0, failures };

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
  return { stored, duplicates, failures };
}
