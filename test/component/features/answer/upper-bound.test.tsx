// The answer, entity and compare screens say "ten hoogste" where an audience size is only an upper bound: the real
// Facebook posts export (../shared/real-exports/facebook/, reach of its 81 posts summed: 167.097) with a
// typed-in reach split of the same month (18-24: 10 %) → audience size at most 167.097, young people at
// most 167.097 × 0,10 = 16.709,7 → "16.710".

import { readFileSync } from 'node:fs';
import { cleanup, screen } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import { db } from '../../../../src/db/database';
import { describeRealExports, realExportPath } from '../../../unit/real-exports';
import { fold, renderApp, resetDatabase, serviceClient, textFile } from '../../../support/ui-test-utils';

const POSTS = 'mbs_posts_Sep-01-2025_Sep-30-2025.csv';
const SPLIT =
  'platform,account,period_start,period_end,basis,age_band,share_percent,source,note\n' +
  'facebook,Testpagina,2025-09-01,2025-09-30,reach,18-24,10,app,\n' +
  'facebook,Testpagina,2025-09-01,2025-09-30,reach,25+,90,app,\n';

beforeEach(async () => {
  localStorage.clear();
  await resetDatabase();
});

// Storing through the import pipeline and rendering two screens takes long on a loaded machine: a generous limit.
describeRealExports('reach summed over posts shown as an upper bound', () => {
  it('answer and entity screens: "ten hoogste 167.097 bereikte mensen" and "ten hoogste 16.710" young people', { timeout: 90_000 }, async () => {
    const client = serviceClient(parseSourceFile);
    const previews = await client.preview([new File([readFileSync(realExportPath('facebook', POSTS))], POSTS), textFile('split.csv', SPLIT)]);
    const results = await client.commit(previews.map((p) => ({ key: p.key, entityName: 'Testpagina', platform: 'facebook' as const })));
    expect(results.every((r) => r.importId !== undefined)).toBe(true);

    renderApp('/answer', client);
    // the account row: audience size and young people, each "ten hoogste"
    const size = await screen.findByText('ten hoogste 167.097 bereikte mensen', { normalizer: fold }, { timeout: 10_000 });
    const row = size.closest('tr')!;
    expect(fold(row.textContent)).toContain('ten hoogste 167.097 bereikte mensen');
    expect(fold(row.textContent)).toContain('ten hoogste 16.710');
    // the pooled table of the entity: audience and young people "ten hoogste" too
    const pooled = document.querySelector('tr[data-basis="reach"][data-floor="18"]');
    expect(fold(pooled?.textContent)).toContain('ten hoogste 167.097');
    expect(fold(pooled?.textContent)).toContain('ten hoogste 16.710');
    cleanup();

    const entity = (await db.entities.where('nameKey').equals('testpagina').first())!;
    renderApp(`/entity/${entity.id}`, client);
    const entitySize = await screen.findByText(/ten hoogste 167\.097/, {}, { timeout: 10_000 });
    expect(fold(entitySize.textContent)).toBe('ten hoogste 167.097 bereikte mensen');
    cleanup();

    // the compare matrix, young people in the audience, with its basis (reach): "ten hoogste 16.710 bereikte mensen"
    renderApp('/compare?entities=Testpagina&platforms=facebook&metric=reach', client);
    const cell = await screen.findByText(/ten hoogste 16\.710/, {}, { timeout: 10_000 });
    expect(fold(cell.textContent)).toBe('ten hoogste 16.710 bereikte mensen');
  });
});
