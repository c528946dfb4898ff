// The import screen's choices for a file naming no account (src/features/import/batch.ts): no overlap is
// said before its account is chosen (found by a tester: the card named "dit account" before any choice).

import { describe, expect, it } from 'vitest';
import { accountChoicesFor, emptyChoices, overlapsFor, withAccount, withEntity } from '../../../../src/features/import/batch';
import type { ImportContext } from '../../../../src/db/import-context-repo';
import type { FilePreview } from '../../../../src/workers/import-client';
import type { ParsedFileSummary } from '../../../../src/workers/import-client';

const at = '2026-12-05T10:00:00.000Z';
// Ketnet has two Facebook pages; "Ketnet" holds views for all of September 2025.
const context: ImportContext = {
  accounts: [
    { id: 'a1', entityId: 'e1', platform: 'facebook', name: 'Ketnet', createdAt: at, entityName: 'Ketnet' },
    { id: 'a2', entityId: 'e1', platform: 'facebook', name: 'Ketnet Wrapped', createdAt: '2026-12-05T11:00:00.000Z', entityName: 'Ketnet' },
  ],
  spans: [{ importId: 'i1', accountId: 'a1', fileName: 'sep.csv', period: { start: '2025-09-01', end: '2025-09-30' }, metrics: ['views'], provenance: 'export' }],
};
// A file naming no account, with views on 4 September.
const preview = {
  key: 'k', fileName: 'anonymous.csv', size: 9, sha256: 'x', status: 'ok',
  summary: { platform: 'facebook', accountName: null, period: { start: '2025-09-04', end: '2025-09-04' }, metrics: ['views'] } as unknown as ParsedFileSummary,
} as FilePreview;

describe('a file naming no account, its entity having two', () => {
  it('is asked which account, and is said to overlap only once the account with September is chosen', () => {
    const choices = withEntity(emptyChoices(), 'k', 'Ketnet');
    expect(accountChoicesFor(context, choices, preview).map((a) => a.name)).toEqual(['Ketnet', 'Ketnet Wrapped']);
    expect(overlapsFor(context, choices, preview)).toEqual([]);
    expect(overlapsFor(context, withAccount(choices, 'k', 'a1'), preview).map((s) => s.fileName)).toEqual(['sep.csv']);
    expect(overlapsFor(context, withAccount(choices, 'k', 'a2'), preview)).toEqual([]);
  });
});

describe('accounts another file of the same selection creates', () => {
  // VDAB has one stored Facebook account without a name; other files of the selection name pages.
  const unnamedOnly: ImportContext = { accounts: [{ id: 'a0', entityId: 'e2', platform: 'facebook', name: null, createdAt: at, entityName: 'VDAB' }], spans: [] };
  const naming = (key: string, accountName: string) =>
    ({ key, fileName: `${key}.csv`, size: 1, sha256: key, status: 'ok', summary: { platform: 'facebook', accountName, period: null, metrics: ['views'] } as unknown as ParsedFileSummary }) as FilePreview;
  const withVdab = (keys: string[]) => keys.reduce((c, k) => withEntity(c, k, 'VDAB'), emptyChoices());

  it('are not counted when the stored account without a name will take the first name', () => {
    const others = [naming('p1', 'VDAB Jobs')];
    expect(accountChoicesFor(unnamedOnly, withVdab(['k', 'p1']), preview, [preview, ...others])).toEqual([]);
  });

  it('are offered by name once there will be two accounts', () => {
    const others = [naming('p1', 'VDAB Jobs'), naming('p2', 'VDAB Leren')];
    const offered = accountChoicesFor(unnamedOnly, withVdab(['k', 'p1', 'p2']), preview, [preview, ...others]);
    // "VDAB Jobs" goes to the unnamed account a0; "VDAB Leren" is new: name:VDAB Leren
    expect(offered.map((a) => a.id)).toEqual(['a0', 'name:VDAB Leren']);
  });
});
