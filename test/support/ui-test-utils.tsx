// Helpers for the interface tests: render the app or a piece of it with real providers, an in-thread import
// client over fake-indexeddb, and hand-made parsed files (the format registry is tested in test/unit).

import { render, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders, createQueryClient } from '../../src/app/providers';
import { preloadScreens, routes } from '../../src/app/routes';
import { ImportError } from '../../src/core/model/parsed-file';
import type { ParsedFile, SourceInput } from '../../src/core/model/parsed-file';
import { allTables, db } from '../../src/db/database';
import { createI18n } from '../../src/i18n/i18n';
import type { Language } from '../../src/i18n/format';
import { createImportService } from '../../src/workers/import-service';
import type { ParseFn } from '../../src/workers/import-service';
import { clientOfService } from '../../src/workers/import-client';
import type { ImportClient } from '../../src/workers/import-client';

/** Empties every table of the page's database (fake-indexeddb) so each test starts from nothing. */
export async function resetDatabase(): Promise<void> {
  await db.open();
  await Promise.all(allTables(db).map((t) => t.clear()));
}

/** The real in-thread import pipeline over the page's `db`, with `parse` (default: the real format registry). */
export function serviceClient(parse?: ParseFn): ImportClient {
  const service = createImportService(parse ? { parse } : {});
  return clientOfService(() => Promise.resolve(service), () => service.clear());
}

/** Renders `children` inside the app's providers (Dutch unless `language` says otherwise). */
export function renderWithProviders(children: ReactNode, options: { client: ImportClient; language?: Language }) {
  const i18n = createI18n(options.language ?? 'nl');
  return {
    i18n,
    ...render(
      <AppProviders i18n={i18n} importClient={options.client} queryClient={createQueryClient()}>
        {children}
      </AppProviders>,
    ),
  };
}

// The screens are lazy chunks in the app; the tests load them all once, so a route renders at once.
await preloadScreens();

/** Renders the whole app (layout and routes) at `path` with an in-memory router (screens preloaded above). */
export function renderApp(path: string, client: ImportClient, language: Language = 'nl') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return { router, ...renderWithProviders(<RouterProvider router={router} />, { client, language }) };
}

/** Text with non-breaking, thin and narrow spaces folded to plain spaces (Intl may use them around `%`). */
/** Waits until every chart frame on the page has drawn its chart (charts mount one per task: src/charts/mount-in-turn.ts). */
export async function chartsDrawn(): Promise<void> {
  await waitFor(() => {
    for (const canvas of document.querySelectorAll('figure[data-chart] .chart-canvas')) if (!canvas.querySelector('svg')) throw new Error('a chart is not drawn yet');
  });
}

export function fold(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u00a0\u2009\u202f]/g, ' ');
}

/** A ParsedFile with defaults for the fields a test does not care about. */
function parsedFile(fileName: string, fields: Partial<ParsedFile>): ParsedFile {
  return {
    fileName,
    format: 'test-format',
    formatVersion: 1,
    formatLabel: 'Test format',
    platform: null,
    platformCandidates: [],
    accountName: null,
    period: null,
    basis: null,
    observations: [],
    warnings: [],
    encoding: 'utf-8',
    delimiter: ',',
    ...fields,
  };
}

/**
 * Shaped like YouTube Studio's viewer-age table (real-exports/youtube/viewer-age_table-data.csv): shares of
 * views, no period, platform youtube. Youth share (0.61 + 10.81) / 100 = 0.1142, age floor 13.
 */
export function youtubeViewerAge(fileName: string): ParsedFile {
  const percents: [string, number][] = [
    ['13-17', 0.61], ['18-24', 10.81], ['25-34', 22.29], ['35-44', 18.53], ['45-54', 14.71], ['55-64', 15.19], ['65+', 17.86],
  ];
  return parsedFile(fileName, {
    format: 'youtube-studio-viewer-age',
    formatLabel: 'YouTube Studio – kijkersleeftijd',
    platform: 'youtube',
    platformCandidates: ['youtube'],
    basis: 'views',
    observations: percents.map(([ageBand, p]) => ({ metric: 'views', period: null, ageBand, value: p / 100, unit: 'share' })),
  });
}

/**
 * Shaped like Meta Business Suite's Audience.csv: followers by age × gender in shares from 18-24, no
 * platform in the file (Facebook or Instagram). 18-24: 0.05 + 0.04 = 0.09 of a split summing to 1
 * (0.05 + 0.04 + 0.20 + 0.21 + 0.25 + 0.25) → youth share 0.09, age floor 18.
 */
export function metaAudience(fileName: string): ParsedFile {
  const period = { start: '2025-09-01', end: '2025-09-30' };
  const cells: [string, 'female' | 'male', number][] = [
    ['18-24', 'female', 0.05], ['18-24', 'male', 0.04],
    ['25-34', 'female', 0.2], ['25-34', 'male', 0.21],
    ['35-44', 'female', 0.25], ['35-44', 'male', 0.25],
  ];
  return parsedFile(fileName, {
    format: 'meta-bs-audience',
    formatLabel: 'Meta Business Suite – publiek',
    platform: null,
    platformCandidates: ['facebook', 'instagram'],
    basis: 'followers',
    period,
    observations: cells.map(([ageBand, gender, value]) => ({ metric: 'followers', period, ageBand, gender, value, unit: 'share' })),
  });
}

/** A Meta page-level daily views file without age data: 2 days (100, 200 views), platform facebook. */
export function metaViews(fileName: string): ParsedFile {
  const days = ['2025-09-01', '2025-09-02'];
  return parsedFile(fileName, {
    format: 'meta-bs-page-metric',
    formatLabel: 'Meta Business Suite – paginastatistiek',
    platform: 'facebook',
    platformCandidates: ['facebook'],
    period: { start: '2025-09-01', end: '2025-09-02' },
    observations: days.map((d, i) => ({ metric: 'views', period: { start: d, end: d }, value: (i + 1) * 100, unit: 'count' })),
  });
}

/**
 * A stand-in for the format registry: the file's text names the parsed file it yields (`youtube`,
 * `audience`, `views`); `broken` fails as malformed on line 3; anything else is an unknown format.
 */
export function fakeParse(input: SourceInput): ParsedFile {
  const text = new TextDecoder().decode(input.bytes);
  if (text.startsWith('youtube')) return youtubeViewerAge(input.name);
  if (text.startsWith('audience')) return metaAudience(input.name);
  if (text.startsWith('views')) return metaViews(input.name);
  if (text.startsWith('broken')) {
    throw new ImportError('malformed', input.name, `${input.name}: row 3 has 2 fields, the header has 5`, { line: 3 });
  }
  throw new ImportError('unknown-format', input.name, `${input.name}: format not recognised`);
}

/** A File named `name` holding `text`. */
export function textFile(name: string, text: string): File {
  return new File([text], name, { type: 'text/csv', lastModified: 1_750_000_000_000 });
}
