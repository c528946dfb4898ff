// "Alle bestanden opnieuw lezen" on the data screen: the real YouTube viewer-age file stored by format
// version 1 is read again by version 2 (changed: version only), and the same file cut after 200 bytes —
// stored by version 1 with a wrong 33,9% — is now refused (the stored import stays until deleted).

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it } from 'vitest';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import type { ParsedFile, SourceInput } from '../../../../src/core/model/parsed-file';
import { db } from '../../../../src/db/database';
import { createImportService } from '../../../../src/workers/import-service';
import { describeRealExports, readRealExport } from '../../../unit/real-exports';
import { fold, renderApp, resetDatabase, serviceClient } from '../../../support/ui-test-utils';

beforeEach(async () => {
  localStorage.clear();
  await resetDatabase();
});

/** What format version 1 made of the cut file: the 3 bands it kept (0.61, 10.81, 22.29 % of views). */
function versionOneCut(input: SourceInput): ParsedFile {
  const bands: [string, number][] = [['13-17', 0.0061], ['18-24', 0.1081], ['25-34', 0.2229]];
  return {
    fileName: input.name,
    format: 'youtube-studio-viewer-age',
    formatVersion: 1,
    formatLabel: 'YouTube Studio viewer age',
    platform: 'youtube',
    platformCandidates: ['youtube'],
    accountName: null,
    period: null,
    basis: 'views',
    observations: bands.map(([ageBand, value]) => ({ metric: 'views', period: null, ageBand, value, unit: 'share' })),
    warnings: [],
    encoding: 'utf-8',
    delimiter: ',',
  };
}

async function storeAsVersionOne(name: string, bytes: Uint8Array, entityName: string): Promise<void> {
  const service = createImportService({
    parse: (input) => (input.bytes.length < 300 ? versionOneCut(input) : { ...parseSourceFile(input), formatVersion: 1 }),
  });
  const [p] = await service.preview([new File([new Uint8Array(bytes)], name)]);
  const [r] = await service.commit([{ key: p!.key, entityName, platform: 'youtube' }]);
  expect(r?.status).toBe('stored');
}

describeRealExports('re-reading every stored file', () => {
  it('shows version 1 → 2 for the whole file and refuses the cut one, then applies the change', async () => {
    const bytes = readRealExport('youtube', 'viewer-age_table-data.csv');
    await storeAsVersionOne('Table data.csv', bytes, 'Ketnet');
    await storeAsVersionOne('Table data (afgebroken).csv', bytes.subarray(0, 200), 'OVAM');

    const user = userEvent.setup();
    renderApp('/data', serviceClient());
    await user.click(await screen.findByRole('button', { name: 'Alle bestanden opnieuw lezen' }, { timeout: 15_000 }));
    const table = await screen.findByTestId('reread-table', {}, { timeout: 15_000 });
    expect(screen.getByText('1 gewijzigd, 0 ongewijzigd, 1 niet meer leesbaar.')).toBeTruthy();
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((tr) => Array.from(tr.querySelectorAll('th, td'), (c) => fold(c.textContent)));
    expect(rows).toEqual([
      [
        'Table data (afgebroken).csv OVAM, YouTube',
        'YouTube Studio: leeftijd kijker (v1)',
        '3',
        // version 1 renormalised the kept bands: (0.61 + 10.81) / 33.71 = 0.3388 → 33,9%
        '33,9%',
        'niet meer leesbaar; de bewaarde import blijft: Table data (afgebroken).csv: de leeftijdsverdeling telt op tot 33,7 %, niet 100 %: het bestand lijkt afgebroken; exporteer het opnieuw',
      ],
      [
        'Table data.csv Ketnet, YouTube',
        'YouTube Studio: leeftijd kijker (v1) → YouTube Studio: leeftijd kijker (v2)',
        // 7 bands × 4 columns (views share, watch-time share, average view duration, average % viewed)
        '28',
        // (0.61 + 10.81) / 100 = 11,4% before and after
        '11,4%',
        'gewijzigd',
      ],
    ]);

    await user.click(screen.getByRole('button', { name: '1 wijziging toepassen' }));
    await screen.findByText('1 import bijgewerkt.', {}, { timeout: 15_000 });
    const versions = (await db.imports.toArray()).map((i) => [i.fileName, i.formatVersion]).sort();
    expect(versions).toEqual([
      ['Table data (afgebroken).csv', 1],
      ['Table data.csv', 2],
    ]);
  });
});

describeRealExports('re-reading a file that holds two platforms', () => {
  it('Meta 2024 Audience.csv: two imports (Facebook, Instagram) over one source file, each compared with its own part', async () => {
    const service = createImportService();
    const [p] = await service.preview([new File([new Uint8Array(readRealExport('facebook-2024', 'Audience.csv'))], 'Audience.csv')]);
    // the preview's platform is the first part's (facebook); each part keeps its own platform when stored
    const [r] = await service.commit([{ key: p!.key, entityName: 'Ketnet', platform: 'facebook' }]);
    expect(r?.status).toBe('stored');
    expect((await db.imports.toArray()).map((i) => i.platform).sort()).toEqual(['facebook', 'instagram']);
    const items = await service.reread();
    // read again with the same format version: each import's numbers equal its own part's → unchanged
    expect(items.map((i) => [i.platform, i.status]).sort()).toEqual([
      ['facebook', 'unchanged'],
      ['instagram', 'unchanged'],
    ]);
  });
});
