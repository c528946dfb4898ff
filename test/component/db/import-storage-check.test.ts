// The import service checks the storage estimate before a large file and stores nothing when it would not
// fit; a small file is not held up by the check.

import { afterEach, describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/core/model/observation';
import type { YouthReachDb } from '../../../src/db/database';
import { createImportService, estimateStoredBytes, LARGE_IMPORT_BYTES } from '../../../src/workers/import-service';
import { freshDatabase, parsed, tableCounts } from '../../support/parsed-files';

let database: YouthReachDb;
afterEach(async () => {
  await database?.delete();
});

/** 40,000 daily views observations: estimateStoredBytes(13, 40,000) = 2 × (13 + 1,280,000) + 16,384 > 1 MiB. */
function bigParse() {
  const observations: Observation[] = Array.from({ length: 40_000 }, (_, i) => ({
    metric: 'views', period: { start: '2025-01-01', end: '2025-01-01' }, value: i, unit: 'count', segment: `video ${i % 500}`,
  }));
  return () => parsed('big.csv', { format: 'test-format', platform: 'youtube', observations });
}

describe('storage estimate before a large import', () => {
  it('refuses a file that needs more than the space left, storing nothing', async () => {
    database = freshDatabase();
    const need = estimateStoredBytes(13, 40_000);
    expect(need).toBe(2 * (13 + 1_280_000) + 16_384);
    expect(need).toBeGreaterThanOrEqual(LARGE_IMPORT_BYTES);
    // 2 MB quota, 1.5 MB used → 500,000 bytes left < 2,576,410 needed
    const service = createImportService({ database, parse: bigParse(), estimate: async () => ({ quota: 2_000_000, usage: 1_500_000 }) });
    const [preview] = await service.preview([new File(['big file text!'.slice(0, 13)], 'big.csv')]);
    const [result] = await service.commit([{ key: preview!.key, entityName: 'Ketnet', platform: 'youtube' }]);
    expect(result).toMatchObject({ status: 'error', problem: { code: 'storage-full', params: { neededBytes: need, leftBytes: 500_000 } } });
    expect(await tableCounts(database)).toEqual({ entities: 0, accounts: 0, sourceFiles: 0, imports: 0, observationChunks: 0 });
  });

  it('stores the same file when the space left is enough', async () => {
    database = freshDatabase();
    const service = createImportService({ database, parse: bigParse(), estimate: async () => ({ quota: 10_000_000_000, usage: 0 }) });
    const [preview] = await service.preview([new File(['big file text'], 'big.csv')]);
    const [result] = await service.commit([{ key: preview!.key, entityName: 'Ketnet', platform: 'youtube' }]);
    expect(result?.status).toBe('stored');
    expect(await database.imports.count()).toBe(1);
  });
});
