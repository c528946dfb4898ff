// The import context after one import transaction (withWrittenBatch in src/db/import-context-repo.ts):
// what the import worker keeps instead of reading every import again before each preview.

import { describe, expect, it } from 'vitest';
import { withWrittenBatch } from '../../../src/db/import-context-repo';
import type { ImportContext } from '../../../src/db/import-context-repo';
import type { AccountRecord, ImportRecord } from '../../../src/db/schema';

const at = '2026-12-05T10:00:00.000Z';
const account = (id: string, entityId: string, name: string | null): AccountRecord => ({ id, entityId, platform: 'facebook', name, createdAt: at });
const stored = (id: string, accountId: string, fileName: string, start: string, end: string): ImportRecord =>
  ({ id, accountId, entityId: 'e1', sourceFileId: `s-${id}`, fileName, period: { start, end }, metrics: ['views'], provenance: 'export', status: 'complete' }) as ImportRecord;

describe('withWrittenBatch', () => {
  const before: ImportContext = {
    accounts: [{ ...account('a1', 'e1', null), entityName: 'VDAB' }],
    spans: [
      { importId: 'i1', accountId: 'a1', fileName: 'aug.csv', period: { start: '2025-08-01', end: '2025-08-31' }, metrics: ['views'], provenance: 'export' },
      { importId: 'i2', accountId: 'a1', fileName: 'sep.csv', period: { start: '2025-09-01', end: '2025-09-30' }, metrics: ['views'], provenance: 'export' },
    ],
  };

  it('adds the stored imports and new accounts, names a renamed account, and drops the replaced imports', () => {
    const after = withWrittenBatch(before, {
      entities: [
        { id: 'e1', name: 'VDAB', nameKey: 'vdab', createdAt: at },
        { id: 'e2', name: 'Ketnet', nameKey: 'ketnet', createdAt: at },
      ],
      accounts: [account('a1', 'e1', 'VDAB Jobs'), account('a2', 'e2', 'Ketnet')],
      imports: [stored('i3', 'a1', 'sep2.csv', '2025-09-01', '2025-09-30'), stored('i4', 'a2', 'okt.csv', '2025-10-01', '2025-10-31')],
      deletedImportIds: ['i2'],
    });
    expect(after.accounts).toEqual([
      { ...account('a1', 'e1', 'VDAB Jobs'), entityName: 'VDAB' },
      { ...account('a2', 'e2', 'Ketnet'), entityName: 'Ketnet' },
    ]);
    expect(after.spans.map((s) => [s.importId, s.accountId, s.fileName, s.period?.start])).toEqual([
      ['i1', 'a1', 'aug.csv', '2025-08-01'],
      ['i3', 'a1', 'sep2.csv', '2025-09-01'],
      ['i4', 'a2', 'okt.csv', '2025-10-01'],
    ]);
    // the context it started from is left as it was
    expect(before.spans).toHaveLength(2);
    expect(before.accounts[0]!.name).toBeNull();
  });
});
