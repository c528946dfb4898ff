// The start screen on an empty database, sample loading through the import client, and the overview.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { bundledSampleFiles, loadSampleData, parseSampleManifest } from '../../../../src/features/overview/load-sample-data';
import { fakeParse, fold, renderApp, resetDatabase, serviceClient, textFile } from '../../../support/ui-test-utils';

beforeEach(async () => {
  localStorage.clear();
  await resetDatabase();
});

describe('start screen', () => {
  it('on an empty database explains the app and offers sample data and the import screen', async () => {
    renderApp('/', serviceClient(fakeParse));
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom bij Jongerenbereik' })).toBeTruthy();
    const load = screen.getByTestId('load-sample-data') as HTMLButtonElement;
    expect(load.textContent).toBe('Voorbeeldgegevens laden');
    expect(load.disabled).toBe(false);
    expect(screen.getByRole('link', { name: 'Eigen exports importeren' }).getAttribute('href')).toBe('/import');
    expect(screen.queryByTestId('youth-share-table')).toBeNull();
  });

  it('bundles every file the sample manifest names', () => {
    const manifest = JSON.parse(readFileSync(path.resolve(process.cwd(), 'sample-data/manifest.json'), 'utf8')) as {
      files: unknown[];
    };
    const bundled = bundledSampleFiles();
    expect(bundled).toHaveLength(manifest.files.length);
    expect(bundled.filter((b) => b.url === null)).toEqual([]);
  });

  it('reads a manifest, dropping entries without entity or with an unknown platform', () => {
    expect(
      parseSampleManifest({
        files: [
          { file: 'a.csv', entity: ' VDAB ', platform: 'youtube' },
          { file: 'b.csv', entity: 'VDAB', platform: 'myspace' },
          { file: 'c.csv', entity: '', platform: 'x' },
        ],
      }),
    ).toEqual([{ file: 'a.csv', entity: 'VDAB', platform: 'youtube' }]);
    expect(parseSampleManifest(null)).toEqual([]);
    expect(parseSampleManifest({ files: 'nope' })).toEqual([]);
  });
});

describe('overview', () => {
  it('after loading sample files shows the chart and one table row per account, "geen leeftijdsgegevens" without age data', async () => {
    const client = serviceClient(fakeParse);
    const contents: Record<string, string> = { y: 'youtube', a: 'audience', v: 'views', b: 'broken' };
    const result = await loadSampleData(client, {
      files: [
        { entry: { file: 'ketnet-age.csv', entity: 'Ketnet', platform: 'youtube' }, url: 'y' },
        { entry: { file: 'ketnet-audience.csv', entity: 'Ketnet', platform: 'instagram' }, url: 'a' },
        { entry: { file: 'ovam-views.csv', entity: 'OVAM', platform: 'facebook' }, url: 'v' },
        { entry: { file: 'ovam-broken.csv', entity: 'OVAM', platform: 'facebook' }, url: 'b' },
        { entry: { file: 'missing.csv', entity: 'OVAM', platform: 'x' }, url: null },
      ],
      fetchFile: async (url, name) => textFile(name, contents[url] ?? ''),
    });
    expect(result.stored).toBe(3);
    expect(result.failures.map((f) => [f.fileName, f.problem.code])).toEqual([
      ['missing.csv', 'internal'],
      ['ovam-broken.csv', 'malformed'],
    ]);

    renderApp('/', client);
    const table = await screen.findByTestId('youth-share-table');
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Array.from(row.querySelectorAll('th, td'), (c) => fold(c.textContent)));
    expect(cells).toEqual([
      // audience: 0.05 + 0.04 = 9,0% of followers from 18 (the manifest gave the platform)
      ['Ketnet', 'Instagram', '9,0%', '18+', 'volgers', '1–30 sep 2025'],
      // viewer age: (0.61 + 10.81) / 100 = 11,4% of views from 13, no period in the file
      ['Ketnet', 'YouTube', '11,4%', '13+', 'weergaven', '—'],
      // daily views only: no age split, never 0; without a split the period is the span of the data, 1-2 September 2025
      ['OVAM', 'Facebook', 'geen leeftijdsgegevens', '—', '—', '1–2 sep 2025'],
    ]);

    const chart = screen.getByRole('img', { name: /Staafdiagram/ });
    // Highest (0.61 + 10.81) / 100 = 11,4% on YouTube; lowest 0.05 + 0.04 = 9,0% on Instagram.
    expect(fold(chart.getAttribute('aria-label'))).toBe(
      'Staafdiagram van het jongerenaandeel per account (2): hoogste Ketnet · YouTube 11,4%, ' +
        'laagste Ketnet · Instagram 9,0%. Elke staaf heeft een ruit voor het aandeel jongeren in de bevolking ' +
        'bij dezelfde leeftijdsgrens.',
    );
    expect(screen.getByRole('heading', { name: 'Jongerenaandeel per account' })).toBeTruthy();
    expect(screen.getByText('Bron: exports van Instagram en YouTube; Statbel 2021 (bevolking op 1 januari 2021)')).toBeTruthy();
    expect(screen.getByText('1 account heeft geen leeftijdsgegevens en staat niet in de grafiek.')).toBeTruthy();
  });
});
