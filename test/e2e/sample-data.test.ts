// E2E: on an empty database the start screen offers `load-sample-data`; one click imports sample-data/
// through the import pipeline and `youth-share-table` shows one row per sample account, with the youth
// shares sample-data/README.md works out by hand.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadSampleData, useAppSession } from './browser';

/** Display names of the platforms as the table shows them (brand names, src/core/model/platform.ts). */
const PLATFORM_NAMES: Record<string, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  linkedin: 'LinkedIn',
  x: 'X',
  snapchat: 'Snapchat',
};

const SAMPLE_DIR = path.resolve(process.cwd(), 'sample-data');

/** The sample accounts of sample-data/manifest.json as `"Entity | Platform"` keys, one per account. */
function manifestAccounts(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(SAMPLE_DIR, 'manifest.json'), 'utf8')) as {
    files: { entity: string; platform: string }[];
  };
  const keys = manifest.files.map((f) => `${f.entity} | ${PLATFORM_NAMES[f.platform] ?? f.platform}`);
  return [...new Set(keys)].sort();
}

/** Dutch month abbreviations as nl-BE dates show them (`1 sep. 2025`), January first. */
const DUTCH_MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** Dutch basis labels of the table (src/i18n/nl.ts `basis.*`) for the README's English basis names. */
const DUTCH_BASIS: Record<string, string> = { views: 'weergaven', followers: 'volgers', reach: 'bereik', viewers: 'kijkers' };

/**
 * A pattern for an inclusive period from ISO dates as nl-BE shows it, however Intl shortens the range:
 * `1 sep. 2025 – 30 sep. 2025`, `1 sep 2025 - 30 sep 2025` or `1–30 sep 2025` all match for
 * 2025-09-01 … 2025-09-30; an ISO date or an English month does not.
 */
function dutchPeriod(startIso: string, endIso: string): RegExp {
  const [, , startDay] = startIso.split('-').map(Number);
  const [endYear, endMonth, endDay] = endIso.split('-').map(Number);
  const month = DUTCH_MONTHS[(endMonth ?? 1) - 1] ?? '';
  return new RegExp(`^${startDay}(?!\\d).*(?<!\\d)${endDay} ${month}\\.? ${endYear}$`);
}

/** One row as the README gives it, turned into what the Dutch table must show. */
interface ExpectedRow {
  key: string; // "Entity | Platform"
  youthShare: string; // "60,1%", "44,0% ingetypt" or "geen leeftijdsgegevens"
  ageFloor: string; // "13+", "18+" or "—"
  basis: string; // "weergaven", "volgers", "bereik" or "—"
}

/**
 * The table under "### Per account" in sample-data/README.md
 * (`| entity | platform | basis | floor | youth share | audience size | … | index |`), in the Dutch
 * interface's words: `60.1 %` → `60,1%` (the first share: a cell such as `54.1 % (Sep; Aug 57.0 %)` gives the
 * most recent split's), `no age data` → `geen leeftijdsgegevens`, floor `13` → `13+`, `views` → `weergaven`;
 * a platform `tiktok (typed)` is a typed-in split, marked "ingetypt" next to its share.
 */
function readmeExpectations(): ExpectedRow[] {
  const text = readFileSync(path.join(SAMPLE_DIR, 'README.md'), 'utf8');
  const section = text.slice(text.indexOf('### Per account'));
  const all = section.split('\n');
  const first = all.findIndex((line) => line.startsWith('|'));
  const end = all.findIndex((line, i) => i > first && !line.startsWith('|'));
  const lines = all.slice(first, end === -1 ? undefined : end); // the first table of the section only
  const header = lines[0]?.split('|').map((c) => c.trim()) ?? [];
  expect(header.slice(1, 6)).toEqual(['entity', 'platform', 'basis', 'floor', 'youth share']);
  return lines.slice(2).map((line) => {
    const [entity = '', platformCell = '', basis = '', floor = '', share = ''] = line
      .split('|')
      .slice(1, 6)
      .map((c) => c.trim());
    const typed = /\(typed\)/.test(platformCell);
    const platform = platformCell.replace(/\s*\(typed\)\s*$/, '');
    const percent = /^(\d+)\.(\d) %/.exec(share);
    return {
      key: `${entity} | ${PLATFORM_NAMES[platform] ?? platform}`,
      youthShare: percent ? `${percent[1]},${percent[2]}%${typed ? ' ingetypt' : ''}` : share === 'no age data' ? 'geen leeftijdsgegevens' : share,
      ageFloor: /^\d+$/.test(floor) ? `${floor}+` : floor,
      basis: DUTCH_BASIS[basis] ?? basis,
    };
  });
}

describe('sample data', () => {
  const session = useAppSession(() => inject('baseUrl'));

  it('fills youth-share-table with one row per sample account from the empty start screen', async () => {
    const { page, guard } = session();
    const expectedAccounts = manifestAccounts();
    // 18 files in the manifest, 10 accounts (entity × platform): Ketnet 4, VDAB 2, De Lijn 2, OVAM 2.
    expect(expectedAccounts).toHaveLength(10);

    // Empty database: the start screen offers the sample data, and there is no table yet.
    expect(await page.getByTestId('youth-share-table').count()).toBe(0);
    const table = await loadSampleData(page);

    expect(table).toHaveLength(expectedAccounts.length);
    expect(table.map((cells) => `${cells[0]} | ${cells[1]}`).sort()).toEqual(expectedAccounts);

    // Each account's row against the hand-worked table of sample-data/README.md (e.g. Ketnet YouTube:
    // 38.4 + 21.7 = 60.1 of 100.0 → 60,1% at 13+, basis views; VDAB Facebook: 4.3 + 5.3 = 9.6 of 100.0 → 9,6% at
    // 18+; De Lijn Facebook: 14,000 of 48,000 reached = 29,2% at 13+, basis reach).
    const expected = readmeExpectations();
    expect(expected.map((row) => row.key).sort()).toEqual(expectedAccounts);
    for (const row of expected) {
      const cells = table.find((c) => `${c[0]} | ${c[1]}` === row.key);
      expect(cells, row.key).toBeDefined();
      const [, , youthShare, ageFloor, basis] = cells ?? [];
      expect({ account: row.key, youthShare, ageFloor, basis }).toEqual({
        account: row.key,
        youthShare: row.youthShare,
        ageFloor: row.ageFloor,
        basis: row.basis,
      });
    }
    // Periods (sample-data/README.md): De Lijn's legacy export covers 24-30 September; Ketnet Instagram's most
    // recent split is September's Audience.csv (1-30 September).
    expect(table.find((c) => c[0] === 'De Lijn' && c[1] === 'Facebook')?.[5]).toMatch(dutchPeriod('2025-09-24', '2025-09-30'));
    expect(table.find((c) => c[0] === 'Ketnet' && c[1] === 'Instagram')?.[5]).toMatch(dutchPeriod('2025-09-01', '2025-09-30'));
    expect(table.every((cells) => cells.length === 6)).toBe(true);
    expect(table.some((cells) => cells[2] === 'geen leeftijdsgegevens')).toBe(true);
    // Never 0 for missing age data (docs/method.md#figures).
    expect(table.some((cells) => /^0(,0)?%$/.test(cells[2] ?? ''))).toBe(false);

    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });
});
