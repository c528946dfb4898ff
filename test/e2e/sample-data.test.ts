// E2E: on an empty database the start screen offers `load-sample-data`; one click imports sample-data/
// through the import pipeline and `youth-share-table` shows one row per sample account, with the youth
// shares sample-data/README.md works out by hand (issue 2 §6, §8).

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

/** One row as the README gives it, turned into what the Dutch table must show. */
interface ExpectedRow {
  key: string; // "Entity | Platform"
  youthShare: string; // "60,1%" or "geen leeftijdsgegevens"
  ageFloor: string; // "13+", "18+" or "—"
  basis: string; // "weergaven", "volgers" or "—"
  period: RegExp; // "—", or a Dutch date range such as "1–30 sep 2025"
}

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

/**
 * The table under "What each account must show" in sample-data/README.md
 * (`| entity | platform | youth share | age floor | basis | period |`), in the Dutch interface's words:
 * `60.1 %` → `60,1%`, `no age data` → `geen leeftijdsgegevens`, floor `13` → `13+`, `views` → `weergaven`.
 */
function readmeExpectations(): ExpectedRow[] {
  const text = readFileSync(path.join(SAMPLE_DIR, 'README.md'), 'utf8');
  const section = text.slice(text.indexOf('## What each account must show'));
  const all = section.split('\n');
  const first = all.findIndex((line) => line.startsWith('|'));
  const end = all.findIndex((line, i) => i > first && !line.startsWith('|'));
  const lines = all.slice(first, end === -1 ? undefined : end); // the first table of the section only
  const header = lines[0]?.split('|').map((c) => c.trim()) ?? [];
  expect(header.slice(1, 7)).toEqual(['entity', 'platform', 'youth share', 'age floor', 'basis', 'period']);
  return lines.slice(2).map((line) => {
    const [entity = '', platform = '', share = '', floor = '', basis = '', period = ''] = line
      .split('|')
      .slice(1, 7)
      .map((c) => c.trim());
    const percent = /^(\d+)\.(\d) %$/.exec(share);
    const dates = /^(\d{4}-\d{2}-\d{2}) – (\d{4}-\d{2}-\d{2})$/.exec(period);
    return {
      key: `${entity} | ${PLATFORM_NAMES[platform] ?? platform}`,
      youthShare: percent ? `${percent[1]},${percent[2]}%` : share === 'no age data' ? 'geen leeftijdsgegevens' : share,
      ageFloor: /^\d+$/.test(floor) ? `${floor}+` : floor,
      basis: DUTCH_BASIS[basis] ?? basis,
      period: dates ? dutchPeriod(dates[1] ?? '', dates[2] ?? '') : /^—$/,
    };
  });
}

describe('sample data', () => {
  const session = useAppSession(() => inject('baseUrl'));

  it('fills youth-share-table with one row per sample account from the empty start screen', async () => {
    const { page, guard } = session();
    const expectedAccounts = manifestAccounts();
    // 9 files in the manifest, one account each (entity × platform all distinct).
    expect(expectedAccounts.length).toBeGreaterThanOrEqual(8);

    // Empty database: the start screen offers the sample data, and there is no table yet.
    expect(await page.getByTestId('youth-share-table').count()).toBe(0);
    const table = await loadSampleData(page);

    expect(table).toHaveLength(expectedAccounts.length);
    expect(table.map((cells) => `${cells[0]} | ${cells[1]}`).sort()).toEqual(expectedAccounts);

    // Each account's row against the hand-worked table of sample-data/README.md (e.g. Ketnet YouTube:
    // 38.4 + 21.7 = 60.1 of 100.0 → 60,1% at 13+, basis views; VDAB Facebook: 9.6 of 100.0 → 9,6% at 18+).
    const expected = readmeExpectations();
    expect(expected.map((row) => row.key).sort()).toEqual(expectedAccounts);
    for (const row of expected) {
      const cells = table.find((c) => `${c[0]} | ${c[1]}` === row.key);
      expect(cells, row.key).toBeDefined();
      const [, , youthShare, ageFloor, basis, period] = cells ?? [];
      expect({ account: row.key, youthShare, ageFloor, basis }).toEqual({
        account: row.key,
        youthShare: row.youthShare,
        ageFloor: row.ageFloor,
        basis: row.basis,
      });
      expect(period, row.key).toMatch(row.period);
    }
    expect(table.every((cells) => cells.length === 6)).toBe(true);
    expect(table.some((cells) => cells[2] === 'geen leeftijdsgegevens')).toBe(true);
    // Never 0 for missing age data (issue 2 §5).
    expect(table.some((cells) => /^0(,0)?%$/.test(cells[2] ?? ''))).toBe(false);

    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });
});
