// Hand-made ParsedFile objects and byte helpers for the storage and import-service tests.

import type { Observation } from '../../src/core/model/observation';
import type { ParsedFile, SourceInput } from '../../src/core/model/parsed-file';
import { openDatabase } from '../../src/db/database';
import type { YouthReachDb } from '../../src/db/database';
import type { Platform } from '../../src/core/model/platform';
import { storeParsedFile } from '../../src/db/store-import';

/** A fresh, uniquely named database (fake-indexeddb), so tests never share state. */
export function freshDatabase(): YouthReachDb {
  return openDatabase(`youth-reach-test-${crypto.randomUUID()}`);
}

/** The UTF-8 bytes of `text` as a SourceInput named `name`. */
export function sourceOf(name: string, text: string): SourceInput {
  return { name, bytes: new TextEncoder().encode(text), lastModified: 1_700_000_000_000 };
}

/** Counts of every table, to show that a failed write left the database unchanged. */
export async function tableCounts(database: YouthReachDb): Promise<Record<string, number>> {
  return {
    entities: await database.entities.count(),
    accounts: await database.accounts.count(),
    sourceFiles: await database.sourceFiles.count(),
    imports: await database.imports.count(),
    observationChunks: await database.observationChunks.count(),
  };
}

/**
 * Shaped like YouTube's viewer-age table (real-exports/youtube/viewer-age_table-data.csv): shares of views,
 * 13-17 … 65+, no period. Youth share (0.61 + 10.81) / 100 = 0.1142, age floor 13.
 */
export function youtubeViewerAge(fileName = 'viewer-age_table-data.csv'): ParsedFile {
  const percents: [string, number][] = [
    ['13-17', 0.61], ['18-24', 10.81], ['25-34', 22.29], ['35-44', 18.53], ['45-54', 14.71], ['55-64', 15.19], ['65+', 17.86],
  ];
  return parsed(fileName, {
    format: 'youtube-studio-viewer-age',
    platform: 'youtube',
    basis: 'views',
    period: null,
    observations: percents.map(([ageBand, p]) => ({ metric: 'views', period: null, ageBand, value: p / 100, unit: 'share' })),
  });
}

/**
 * Shaped like Meta's audience file: followers by age × gender in shares, starting at 18-24 (floor 18).
 * 18-24: F 0.05 + M 0.04 = 0.09 → youth share 0.09 of a split that sums to 1
 * (0.05 + 0.04 + 0.20 + 0.21 + 0.25 + 0.25 = 1.00).
 */
export function metaAudience(period = { start: '2025-09-01', end: '2025-09-30' }, fileName = 'Audience.csv'): ParsedFile {
  const cells: [string, 'female' | 'male', number][] = [
    ['18-24', 'female', 0.05], ['18-24', 'male', 0.04],
    ['25-34', 'female', 0.2], ['25-34', 'male', 0.21],
    ['35-44', 'female', 0.25], ['35-44', 'male', 0.25],
  ];
  return parsed(fileName, {
    format: 'meta-bs-audience',
    platform: null,
    platformCandidates: ['facebook', 'instagram'],
    basis: 'followers',
    period,
    observations: cells.map(([ageBand, gender, value]) => ({ metric: 'followers', period, ageBand, gender, value, unit: 'share' })),
  });
}

/** A page-level daily reach file without age data: 3 days of reach (100, 200, 300). */
export function metaReach(fileName = 'Reach.csv'): ParsedFile {
  const days = ['2025-09-01', '2025-09-02', '2025-09-03'];
  return parsed(fileName, {
    format: 'meta-bs-page-metric',
    platform: 'facebook',
    basis: null,
    period: { start: '2025-09-01', end: '2025-09-03' },
    observations: days.map((d, i) => ({ metric: 'reach', period: { start: d, end: d }, value: (i + 1) * 100, unit: 'count' })),
  });
}

/** A ParsedFile with defaults for the fields a test does not care about. */
export function parsed(fileName: string, fields: Partial<ParsedFile> & { observations: Observation[] }): ParsedFile {
  return {
    fileName,
    format: 'test-format',
    formatVersion: 1,
    formatLabel: fields.format ?? 'test format',
    platform: null,
    platformCandidates: [],
    accountName: null,
    period: null,
    basis: null,
    warnings: [],
    encoding: 'utf-8',
    delimiter: ',',
    ...fields,
  };
}

let stored = 0;

/** Stores `file` for `entityName` on `platform` in `database` under a fresh file name and SHA-256 (`1.csv`, `sha-1`, …); throws when it is not stored. */
export async function storeFile(database: YouthReachDb, file: ParsedFile, entityName: string, platform: Platform): Promise<void> {
  stored++;
  const result = await storeParsedFile(database, { parsed: file, source: sourceOf(`${stored}.csv`, String(stored)), sha256: `sha-${stored}`, entityName, platform });
  if (result.status !== 'stored') throw new Error(`not stored: ${JSON.stringify(result)}`);
}
