// Source bytes stored as a Blob (src/db/source-bytes.ts) and the column-wise chart data stored through the
// import service (src/core/formats/observation-columns.ts, src/db/observation-chunks.ts packColumns), in
// Node with fake-indexeddb: Node's structured clone keeps Blobs, as browsers do (jsdom's does not).

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../../src/core/formats/parse-source-file';
import { observationsOfColumns } from '../../../src/core/model/observation-columns';
import { openDatabase } from '../../../src/db/database';
import type { YouthReachDb } from '../../../src/db/database';
import { packColumns, packObservations, unpackObservations } from '../../../src/db/observation-chunks';
import { canStoreBlobs, readSourceBytes, storedSourceBytes } from '../../../src/db/source-bytes';
import { createImportService } from '../../../src/workers/import-service';

let database: YouthReachDb | null = null;
afterEach(async () => {
  await database?.delete();
  database = null;
});

/**
 * A Content report `Chart data.csv`: 2 days × 3 videos, the last video without views on day 2 (empty
 * cell: no observation). Views per day: 2025-09-01 10 + 20 + 5 = 35; 2025-09-02 12 + 8 = 20.
 */
const CHART_DATA =
  'Date,Content,Video title,Views\n' +
  '2025-09-01,vidA,"Intro, deel 1",10\n' +
  '2025-09-01,vidB,Tweede,20\n' +
  '2025-09-01,vidC,Café,5\n' +
  '2025-09-02,vidA,"Intro, deel 1",12\n' +
  '2025-09-02,vidB,Tweede,8\n' +
  '2025-09-02,vidC,Café,\n';

function chartFile(): File {
  return new File([CHART_DATA], 'Chart data.csv', { type: 'text/csv', lastModified: 1_700_000_000_000 });
}

describe('storedSourceBytes / readSourceBytes', () => {
  it('stores a Blob where the structured clone keeps Blobs, and reads both forms back', async () => {
    expect(canStoreBlobs()).toBe(true);
    const bytes = new TextEncoder().encode('a,b\n1,2\n'); // 8 bytes
    const stored = storedSourceBytes(bytes);
    expect(stored).toBeInstanceOf(Blob);
    bytes[0] = 0x7a; // a later change to the bytes does not reach the stored copy
    expect(new TextDecoder().decode(await readSourceBytes(stored))).toBe('a,b\n1,2\n');
    // A record written before the Blob change holds an ArrayBuffer.
    expect(new TextDecoder().decode(await readSourceBytes(new TextEncoder().encode('old').buffer))).toBe('old');
    // The File the bytes were read from is stored itself when its size matches, else a copy of the bytes.
    const file = new File(['abc'], 'x.csv');
    const fromFile = storedSourceBytes(new TextEncoder().encode('abc'), file);
    expect(new TextDecoder().decode(await readSourceBytes(fromFile))).toBe('abc');
    const mismatch = storedSourceBytes(new TextEncoder().encode('abcd'), file);
    expect(new TextDecoder().decode(await readSourceBytes(mismatch))).toBe('abcd');
  });
});

describe('column-wise chart data', () => {
  it('parses into columns with lazily built observations equal to the row reading', () => {
    const parsed = parseSourceFile({ name: 'Chart data.csv', bytes: new TextEncoder().encode(CHART_DATA) });
    expect(parsed.format).toBe('youtube-studio-chart-data');
    const columns = parsed.columns!;
    // 5 observations: the empty cell of vidC on day 2 gives none.
    expect(columns.length).toBe(5);
    expect(columns.metrics).toEqual(['views']);
    expect(columns.segments).toEqual(['vidA', 'vidB', 'vidC']);
    expect(Object.keys(parsed)).not.toContain('columns'); // not enumerable: equality and JSON ignore it
    const day1 = { start: '2025-09-01', end: '2025-09-01' };
    const day2 = { start: '2025-09-02', end: '2025-09-02' };
    // Reading the observations builds them and drops the columns.
    expect(parsed.observations).toEqual([
      { metric: 'views', period: day1, segment: 'vidA', value: 10, unit: 'count' },
      { metric: 'views', period: day1, segment: 'vidB', value: 20, unit: 'count' },
      { metric: 'views', period: day1, segment: 'vidC', value: 5, unit: 'count' },
      { metric: 'views', period: day2, segment: 'vidA', value: 12, unit: 'count' },
      { metric: 'views', period: day2, segment: 'vidB', value: 8, unit: 'count' },
    ]);
    expect(parsed.columns).toBeUndefined();
    expect(parsed.period).toEqual({ start: '2025-09-01', end: '2025-09-02' });
  });

  it('packs the columns into the same chunks as the observations', () => {
    const parsed = parseSourceFile({ name: 'Chart data.csv', bytes: new TextEncoder().encode(CHART_DATA) });
    const columns = parsed.columns!;
    const observations = observationsOfColumns(columns);
    // Chunks of 2 rows: 3 chunks, each with its own dictionaries in first-use order.
    const fromColumns = packColumns('imp', columns, 2);
    expect(fromColumns).toEqual(packObservations('imp', observations, 2));
    expect(fromColumns.map((c) => c.segmentDict)).toEqual([['vidA', 'vidB'], ['vidC', 'vidA'], ['vidB']]);
    expect(unpackObservations(fromColumns)).toEqual(observations);
  });

  it('is stored by the import service with its File as a Blob and re-read unchanged', async () => {
    database = openDatabase(`youth-reach-unit-${crypto.randomUUID()}`);
    const service = createImportService({ database, estimate: async () => null });
    const [preview] = await service.preview([chartFile()]);
    expect(preview).toMatchObject({ status: 'ok', summary: { format: 'youtube-studio-chart-data', observationCount: 5, metrics: ['views'] } });
    const [result] = await service.commit([{ key: preview!.key, entityName: 'Ketnet', platform: 'youtube' }]);
    expect(result?.status).toBe('stored');

    const [source] = await database.sourceFiles.toArray();
    expect(source!.bytes).toBeInstanceOf(Blob);
    expect(new TextDecoder().decode(await readSourceBytes(source!.bytes))).toBe(CHART_DATA);
    const [imp] = await database.imports.toArray();
    expect(imp).toMatchObject({ observationCount: 5, chunkCount: 1, metrics: ['views'] });
    const chunks = await database.observationChunks.toArray();
    // Views in all: 35 + 20 = 55.
    expect(unpackObservations(chunks).reduce((sum, o) => sum + o.value, 0)).toBe(55);

    // Re-reading the stored Blob gives the same observations.
    const reread = await service.reread();
    expect(reread.map((r) => r.status)).toEqual(['unchanged']);
    // (The workspace export of Blob-stored files is checked in the browser: test/e2e/storage-workspace.test.ts.)
  });

  it('still re-reads a record stored as an ArrayBuffer before the Blob change', async () => {
    database = openDatabase(`youth-reach-unit-${crypto.randomUUID()}`);
    const service = createImportService({ database, estimate: async () => null });
    const [preview] = await service.preview([chartFile()]);
    await service.commit([{ key: preview!.key, entityName: 'Ketnet', platform: 'youtube' }]);
    const [source] = await database.sourceFiles.toArray();
    await database.sourceFiles.update(source!.id, { bytes: new TextEncoder().encode(CHART_DATA).buffer });
    expect((await database.sourceFiles.get(source!.id))!.bytes).toBeInstanceOf(ArrayBuffer);
    const reread = await service.reread();
    expect(reread.map((r) => r.status)).toEqual(['unchanged']);
  });
});
