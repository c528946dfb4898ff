// Workspace files with wrong data (src/db/workspace-schema.ts, workspace-file.ts) against fake-indexeddb:
// each wrong type is refused naming its table, row and field, in both modes, and the database is unchanged;
// random type corruptions are all refused; unpack limits are checked from the central directory.

import { strToU8, unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportWorkspace, readWorkspace, WorkspaceError } from '../../../src/db/workspace';
import { applyWorkspace } from '../../../src/db/workspace-merge';
import { unzipWorkspace, WorkspaceNotZipError, WorkspaceTooLargeError } from '../../../src/db/workspace-file';
import { dumpTables } from '../../support/storage-fixtures';
import { blobBytes, claimSize, editDatabaseJson, filled, tableRows } from '../../support/workspace-fixtures';
import type { DexieJson } from '../../support/workspace-fixtures';

/** The error `promise` rejects with (fails the test when it resolves). */
async function refusal(promise: Promise<unknown>): Promise<WorkspaceError> {
  const error = await promise.then(
    () => new Error('expected a refusal'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkspaceError);
  return error as WorkspaceError;
}

/** The 1-based row of the first row of `table` that `match` accepts (the row a message must name). */
function rowWhere(json: DexieJson, table: string, match: (r: Record<string, unknown>) => boolean): number {
  return tableRows(json, table).findIndex(match) + 1;
}

let valid: Uint8Array<ArrayBuffer>;
beforeAll(async () => {
  valid = await blobBytes(await exportWorkspace({ database: await filled() }));
});

describe('a workspace with wrong types is refused, naming table, row and field', () => {
  // Each case edits one field of the valid workspace; `expect` is the problem the refusal must carry.
  const cases: { name: string; edit: (json: DexieJson) => number; expect: (row: number) => Record<string, unknown> }[] = [
    {
      name: 'an entity name 12345',
      edit: (json) => {
        const row = rowWhere(json, 'entities', (r) => r.name === 'VDAB');
        tableRows(json, 'entities')[row - 1]!.name = 12345;
        return row;
      },
      expect: (row) => ({ table: 'entities', row, field: 'name', expected: 'text', found: '12345' }),
    },
    {
      name: 'a period {start: "gisteren"}',
      edit: (json) => {
        const row = rowWhere(json, 'imports', (r) => r.fileName === 'Audience.csv');
        tableRows(json, 'imports')[row - 1]!.period = { start: 'gisteren' };
        return row;
      },
      expect: (row) => ({ table: 'imports', row, field: 'period.start', expected: 'isoDay', found: '"gisteren"' }),
    },
    {
      name: 'a period whose end is a day that does not exist',
      edit: (json) => {
        const row = rowWhere(json, 'imports', (r) => r.fileName === 'Audience.csv');
        tableRows(json, 'imports')[row - 1]!.period = { start: '2025-09-01', end: '2025-09-31' };
        return row;
      },
      expect: (row) => ({ table: 'imports', row, field: 'period.end', expected: 'isoDay', found: '"2025-09-31"' }),
    },
    {
      name: 'observation values that are not an array',
      edit: (json) => {
        const rows = tableRows(json, 'observationChunks');
        const chunk = rows[1]!;
        chunk.values = 'veel';
        const types = chunk.$types as Record<string, string>;
        delete types.values;
        delete types['values.buffer'];
        return 2;
      },
      expect: (row) => ({ table: 'observationChunks', row, field: 'values', expected: 'typedArray', detail: 'Float64Array', found: '"veel"' }),
    },
    {
      name: 'settings "tien"',
      edit: (json) => {
        tableRows(json, 'settings')[0]!.value = 'tien';
        return 1;
      },
      expect: (row) => ({ table: 'settings', row, field: 'value', expected: 'object', found: '"tien"' }),
    },
    {
      name: 'a threshold "tien"',
      edit: (json) => {
        tableRows(json, 'settings')[0]!.value = { underIndex: 'tien' };
        return 1;
      },
      expect: (row) => ({ table: 'settings', row, field: 'value.underIndex', expected: 'count', found: '"tien"' }),
    },
    {
      name: 'an account on an unknown platform',
      edit: (json) => {
        tableRows(json, 'accounts')[2]!.platform = 'myspace';
        return 3;
      },
      expect: (row) => ({
        table: 'accounts', row, field: 'platform', expected: 'oneOf', detail: 'facebook|instagram|youtube|tiktok|linkedin|x|snapchat', found: '"myspace"',
      }),
    },
    {
      name: 'a presence that is neither has-account nor no-account',
      edit: (json) => {
        tableRows(json, 'presence')[0]!.presence = 'misschien';
        return 1;
      },
      expect: (row) => ({ table: 'presence', row, field: 'presence', expected: 'oneOf', detail: 'has-account|no-account', found: '"misschien"' }),
    },
    {
      name: 'a warning whose code is a number',
      edit: (json) => {
        const rows = tableRows(json, 'imports');
        rows[0]!.warnings = [{ code: 7, message: 'x' }];
        return 1;
      },
      expect: (row) => ({ table: 'imports', row, field: 'warnings[0].code', expected: 'text', found: '7' }),
    },
    {
      name: 'an import of an account that is not in the file',
      edit: (json) => {
        tableRows(json, 'imports')[1]!.accountId = 'nobody';
        return 2;
      },
      expect: (row) => ({ table: 'imports', row, field: 'accountId', expected: 'reference', detail: 'accounts', found: '"nobody"' }),
    },
    {
      name: 'a chunk whose rowCount does not match its columns',
      edit: (json) => {
        tableRows(json, 'observationChunks')[0]!.rowCount = 999;
        return 1;
      },
      // the first chunk's columns keep their real length (the values column first), 999 was announced
      expect: (row) => ({ table: 'observationChunks', row, field: 'values', expected: 'length', detail: '999' }),
    },
    {
      name: 'an import whose chunk is missing',
      edit: (json) => {
        const chunks = tableRows(json, 'observationChunks');
        const importId = chunks[0]!.importId;
        chunks.splice(0, 1);
        return rowWhere(json, 'imports', (r) => r.id === importId);
      },
      // the import announces chunkCount 1; the file now holds 0 of its chunks
      expect: (row) => ({ table: 'imports', row, field: 'chunkCount', expected: 'chunks', detail: '0', found: '1' }),
    },
    {
      name: 'an entity without an id (checked before loading)',
      edit: (json) => {
        delete tableRows(json, 'entities')[1]!.id;
        return 2;
      },
      expect: (row) => ({ table: 'entities', row, field: 'id', expected: 'nonEmptyText', found: 'undefined' }),
    },
    {
      name: 'a source file listed twice',
      edit: (json) => {
        const rows = tableRows(json, 'sourceFiles');
        rows.push({ ...rows[0]! });
        return 4;
      },
      expect: (row) => ({ table: 'sourceFiles', row, field: 'id', expected: 'unique' }),
    },
  ];

  for (const c of cases) {
    it(`${c.name}: refused, nothing written in either mode`, async () => {
      const target = await filled({ ketnet: 'De Lijn', vdab: 'OVAM', prefix: 'other ' });
      const before = await dumpTables(target);
      let row = 0;
      const file = editDatabaseJson(valid, (json) => {
        row = c.edit(json);
      });
      expect(row).toBeGreaterThan(0);
      const error = await refusal(readWorkspace(file));
      expect(error.code).toBe('invalid');
      expect(error.params).toMatchObject(c.expect(row));
      expect(error.message).toContain(`${String(error.params.table)}, row ${row}, field ${String(error.params.field)}`);
      expect(await dumpTables(target)).toEqual(before);
    });
  }

  it('the same wrong data handed straight to applyWorkspace is refused in merge and in replace mode', async () => {
    const target = await filled({ ketnet: 'De Lijn', vdab: 'OVAM', prefix: 'other ' });
    const before = await dumpTables(target);
    const ws = await readWorkspace(new Blob([valid]));
    const bad = { ...ws, entities: ws.entities.map((e, i) => (i === 1 ? { ...e, name: 12345 as unknown as string } : e)) };
    for (const mode of ['merge', 'replace'] as const) {
      const error = await refusal(applyWorkspace(bad, mode, { database: target }));
      // row 2 of the entities as handed over (array position 1)
      expect(error.params).toMatchObject({ table: 'entities', row: 2, field: 'name', expected: 'text', found: '12345' });
      expect(await dumpTables(target)).toEqual(before);
    }
  });
});

describe('random type corruptions', () => {
  it('of any field of any row are all refused, and the database stays as it was', async () => {
    // Every (table, row, field) of the valid file whose value has a definite type. Left out: `$types`
    // (typeson's own bookkeeping), `mapping` of an import and `value` of a setting other than the
    // thresholds (any JSON is valid there).
    const members = unzipSync(valid);
    const json = JSON.parse(new TextDecoder().decode(members['database.json']!)) as DexieJson;
    const spots: { table: string; row: number; field: string; nullable: string | undefined }[] = [];
    // the fields that may be null, with the JSON type they have when not null
    const nullable = new Map([
      ['accounts.name', 'string'],
      ['sourceFiles.lastModified', 'number'],
      ['imports.period', 'object'],
      ['imports.basis', 'string'],
    ]);
    for (const block of json.data.data) {
      block.rows.forEach((r, row) => {
        for (const field of Object.keys(r)) {
          // `summary` is derived from the chunks and never read from a file (recomputed on import)
          if (field === '$types' || field === 'mapping' || field === 'summary') continue;
          spots.push({ table: block.tableName, row, field, nullable: nullable.get(`${block.tableName}.${field}`) });
        }
      });
    }
    // 2 entities × 4 fields + 3 accounts × 5 + 3 files × 6 (no bytes) + 3 imports × 18 (with metrics)
    // + 3 chunks × 16 + 1 setting × 2 + 1 presence × 4 = 8 + 15 + 18 + 54 + 48 + 2 + 4 = 149 fields
    expect(spots).toHaveLength(149);
    const target = await filled({ ketnet: 'De Lijn', vdab: 'OVAM', prefix: 'other ' });
    const before = await dumpTables(target);
    const wrong: unknown[] = [12345, 'tien', true, { x: 1 }, [1, 2], null, -1.5];
    const kind = (x: unknown) => (x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x);

    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: spots.length - 1 }), fc.constantFrom(...wrong), async (i, replacement) => {
        const spot = spots[i]!;
        const original = tableRows(json, spot.table)[spot.row]![spot.field];
        // a corruption changes the JSON type to one the field never has (null and the other type of a
        // nullable field are both valid there)
        const allowed = spot.nullable ? [spot.nullable, 'null'] : [kind(original)];
        fc.pre(!allowed.includes(kind(replacement)));
        const file = editDatabaseJson(valid, (j) => {
          tableRows(j, spot.table)[spot.row]![spot.field] = replacement;
        });
        const outcome = await readWorkspace(file)
          .then((ws) => applyWorkspace(ws, 'merge', { database: target }))
          .then(
            () => 'accepted',
            (e: unknown) => (e instanceof WorkspaceError ? e.code : `other: ${String(e)}`),
          );
        expect([`${spot.table}[${spot.row}].${spot.field} = ${JSON.stringify(replacement)}`, outcome]).toEqual([
          `${spot.table}[${spot.row}].${spot.field} = ${JSON.stringify(replacement)}`,
          expect.stringMatching(/^(invalid|damaged)$/),
        ]);
      }),
      { numRuns: 100, seed: 20261205 },
    );
    expect(await dumpTables(target)).toEqual(before);
  }, 120_000);
});

describe('unpack limits, from the central directory before inflating', () => {
  /** A zip with members a.json (600 bytes) and b.csv (500 bytes). */
  const small = () => zipSync({ 'a.json': strToU8('x'.repeat(600)), 'b.csv': strToU8('y'.repeat(500)) });

  it('refuses a member over the per-member limit, naming it', () => {
    // a.json declares 600 bytes > 550
    expect(() => unzipWorkspace(small(), { member: 550, total: 10_000, members: 10 })).toThrow(
      expect.objectContaining({ problem: { limit: 'member', member: 'a.json', declared: 600, max: 550 } }),
    );
  });

  it('refuses a total over the limit', () => {
    // 600 + 500 = 1,100 bytes declared > 1,000
    expect(() => unzipWorkspace(small(), { member: 1_000, total: 1_000, members: 10 })).toThrow(
      expect.objectContaining({ problem: { limit: 'total', member: '', declared: 1_100, max: 1_000 } }),
    );
    expect(() => unzipWorkspace(small(), { member: 1_000, total: 1_000, members: 10 })).toThrow(WorkspaceTooLargeError);
  });

  it('refuses more members than the limit', () => {
    expect(() => unzipWorkspace(small(), { member: 1_000, total: 10_000, members: 1 })).toThrow(
      expect.objectContaining({ problem: { limit: 'members', member: '', declared: 2, max: 1 } }),
    );
  });

  it('refuses a 3 GiB database.json declared in a small zip before inflating a byte', async () => {
    // The valid workspace with database.json's central-directory entry claiming 3 GiB (3 × 1024³ =
    // 3,221,225,472 bytes) and its deflated data overwritten with garbage: had anything been inflated, the
    // garbage would give a damaged-file error instead.
    const bytes = claimSize(valid, 'database.json', 3 * 1024 ** 3);
    expect(bytes.length).toBeLessThan(3 * 1024 * 1024);
    const error = await refusal(readWorkspace(new Blob([bytes])));
    expect(error.code).toBe('too-large');
    // 3 GiB > the 500 MB per-member limit (checked before the 1 GB total); 3,221,225,472 B → 3,222 MB rounded up
    expect(error.params).toEqual({ limit: 'member', member: 'database.json', declared: 3_221_225_472, max: 500_000_000 });
    expect(error.message).toContain('database.json would unpack to 3222 MB; the limit is 500 MB per file');
    // The control: the same garbage under a claim within the limits is inflated, and fails.
    expect(() => unzipWorkspace(claimSize(valid, 'database.json', 1_000_000))).toThrow(WorkspaceNotZipError);
  });
});
