// Stores sample-data/ through the real import pipeline in-thread (real format registry, fake-indexeddb) for the issue-4 screen tests.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSourceFile } from '../../src/core/formats/parse-source-file';
import type { Platform } from '../../src/core/model/platform';
import { loadSampleData } from '../../src/features/overview/load-sample-data';
import type { ImportClient } from '../../src/workers/import-client';
import { serviceClient } from './ui-test-utils';

const DIR = path.resolve(process.cwd(), 'sample-data');

/** The sample manifest's entries (file, entity, platform). */
export function sampleManifest(): { file: string; entity: string; platform: Platform }[] {
  return (JSON.parse(readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as { files: { file: string; entity: string; platform: Platform }[] }).files;
}

/**
 * Imports every sample file (18 files: Ketnet, VDAB, De Lijn, OVAM, with the manifest’s presence) with the real parser through the
 * in-thread import service; returns the client. Throws when a file fails.
 */
export async function storeSampleData(): Promise<ImportClient> {
  const client = serviceClient(parseSourceFile);
  const result = await loadSampleData(client, {
    files: sampleManifest().map((entry) => ({ entry, url: entry.file })),
    fetchFile: async (url, name) => new File([readFileSync(path.join(DIR, url))], name, { lastModified: 1_750_000_000_000 }),
  });
  if (result.failures.length > 0) throw new Error(`sample files failed: ${result.failures.map((f) => f.fileName).join(', ')}`);
  return client;
}
