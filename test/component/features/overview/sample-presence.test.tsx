// Loading the sample data also stores the manifest's fictitious presence (has-account / no-account), so the
// answer can name platform gaps; presence the user already set is kept.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { listEntities } from '../../../../src/db/entities-repo';
import { listPresence, putPresence } from '../../../../src/db/presence-repo';
import { parseSamplePresence, storeSamplePresence } from '../../../../src/features/overview/load-sample-data';
import { resetDatabase } from '../../../support/ui-test-utils';
import { storeSampleData } from '../../../support/sample-store';

const manifest: unknown = JSON.parse(readFileSync(path.resolve(process.cwd(), 'sample-data', 'manifest.json'), 'utf8'));

beforeEach(async () => {
  localStorage.clear();
  await resetDatabase();
});

/** Stored presence as sorted `Entity platform presence` lines. */
async function storedPresence(): Promise<string[]> {
  const names = new Map((await listEntities()).map((e) => [e.id, e.name]));
  return (await listPresence()).map((p) => `${names.get(p.entityId) ?? '?'} ${p.platform} ${p.presence}`).sort();
}

describe('sample presence', () => {
  it('reads the manifest’s presence list, dropping bad entries', () => {
    // sample-data/README.md "Presence (fictitious)": 9 rows (De Lijn 3, OVAM 3, VDAB 2, Ketnet snapchat).
    expect(parseSamplePresence(manifest)).toHaveLength(9);
    expect(
      parseSamplePresence({
        presence: [
          { entity: ' OVAM ', platform: 'tiktok', presence: 'no-account' },
          { entity: 'OVAM', platform: 'myspace', presence: 'no-account' },
          { entity: 'OVAM', platform: 'x', presence: 'maybe' },
          { entity: '', platform: 'x', presence: 'has-account' },
        ],
      }),
    ).toEqual([{ entity: 'OVAM', platform: 'tiktok', presence: 'no-account' }]);
    expect(parseSamplePresence({ files: [] })).toEqual([]);
  });

  it('stores every presence entry of the manifest after the files import', async () => {
    await storeSampleData();
    expect(await storedPresence()).toEqual([
      'De Lijn snapchat no-account',
      'De Lijn tiktok no-account',
      'De Lijn youtube no-account',
      'Ketnet snapchat has-account',
      'OVAM instagram no-account',
      'OVAM snapchat no-account',
      'OVAM tiktok no-account',
      'VDAB instagram has-account',
      'VDAB tiktok no-account',
    ]);
  });

  it('keeps what the user set and skips entities that are not stored', async () => {
    await storeSampleData();
    const ovam = (await listEntities()).find((e) => e.name === 'OVAM')!;
    await putPresence(ovam.id, 'tiktok', 'has-account');
    const stored = await storeSamplePresence([
      { entity: 'ovam', platform: 'tiktok', presence: 'no-account' },
      { entity: 'Nobody', platform: 'tiktok', presence: 'no-account' },
    ]);
    expect(stored).toBe(0);
    expect((await storedPresence()).filter((l) => l.startsWith('OVAM tiktok'))).toEqual(['OVAM tiktok has-account']);
  });
});
