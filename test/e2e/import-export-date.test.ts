// E2E: a loose TikTok `FollowerHistory.csv` (real, read in place) has dates without a year; the preview reads
// it with the export date taken as the day after the last row (never the file's modification day), says so,
// and imports it with the day the user gives after "Opnieuw lezen".

import { statSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import { describeRealExports, realExportPath } from '../unit/real-exports';
import { countStoredRecords, foldSpaces, useAppSession } from './browser';

const HISTORY = realExportPath('tiktok', 'FollowerHistory.csv');

describeRealExports('a loose TikTok file and its export date', () => {
  const session = useAppSession(() => inject('baseUrl'));

  it('reads it with the export date assumed (the day after the last row), reads it again with the given day, and imports it', async () => {
    const { page, guard } = session();
    await page.getByTestId('load-sample-data').waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Importeren', exact: true }).click();
    await page.getByTestId('import-file-input').setInputFiles(HISTORY);

    // Read at once: the last row is "October 16", so the export day is taken as an October 17 (the latest
    // before today), said in a note; the field is pre-filled with it, not with the file's modification day.
    const card = page.getByRole('listitem', { name: 'FollowerHistory.csv' });
    await card.getByText('60 cijfers gelezen').waitFor({ timeout: 30_000 });
    const date = card.getByTestId('import-export-date');
    const assumed = await date.inputValue();
    expect(assumed).toMatch(/^\d{4}-10-17$/);
    expect(assumed).not.toBe(new Date(statSync(HISTORY).mtimeMs).toISOString().slice(0, 10));
    expect(await card.getByText(/Als exportdatum is de dag na de laatste rij genomen .* Is het bestand ouder, vul dan de exportdatum in/).count()).toBe(1);
    expect((await countStoredRecords(page)).imports ?? 0).toBe(0); // nothing stored yet

    // The day it was downloaded: 2025-10-19. "August 18" … "October 16" all fall on or before it → 2025.
    await date.fill('2025-10-19');
    await card.getByRole('button', { name: 'Opnieuw lezen' }).click();
    await card.getByText('Gelezen met exportdatum').waitFor();
    // Aug 18-31 (14) + Sep (30) + Oct 1-16 (16) = 60 daily follower levels.
    await card.getByText('60 cijfers gelezen').waitFor();
    expect(await card.getByText('geen leeftijdsgegevens').count()).toBe(1);

    await card.getByTestId('import-entity').fill('Ketnet');
    await page.getByTestId('import-confirm').click();
    await page.getByRole('heading', { name: 'Resultaat' }).waitFor({ timeout: 30_000 });
    expect(foldSpaces(await page.locator('.result', { hasText: 'FollowerHistory.csv' }).innerText())).toBe('FollowerHistory.csv bewaard');

    // Stored once: one entity, account, source file and import, with its export date kept for re-reading.
    const counts = await countStoredRecords(page);
    expect([counts.entities, counts.accounts, counts.sourceFiles, counts.imports]).toEqual([1, 1, 1, 1]);
    const stored = await page.evaluate(
      () =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('youth-reach');
          open.onerror = () => reject(open.error ?? new Error('open failed'));
          open.onsuccess = () => {
            const database = open.result;
            const all = database.transaction('imports', 'readonly').objectStore('imports').getAll();
            all.onsuccess = () => {
              const rows = all.result as { exportDate?: string; period: unknown; observationCount: number }[];
              database.close();
              resolve(rows.map((r) => [r.exportDate, r.period, r.observationCount]));
            };
          };
        }),
    );
    expect(stored).toEqual([['2025-10-19', { start: '2025-08-18', end: '2025-10-16' }, 60]]);
    expect(guard).toEqual({ externalRequests: [], pageErrors: [], consoleErrors: [] });
  });
});
