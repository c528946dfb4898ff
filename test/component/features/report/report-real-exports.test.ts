// The report on the tester's eight real exports (../shared/real-exports, see its SOURCES.md).

import { readFileSync } from 'node:fs';
import { beforeEach, expect, it } from 'vitest';
import { buildReportContent } from '../../../../src/charts/report-content';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import type { Platform } from '../../../../src/core/model/platform';
import { answerOf, loadAnswerView } from '../../../../src/db/answer-repo';
import { createI18n } from '../../../../src/i18n/i18n';
import { describeRealExports, realExportPath } from '../../../unit/real-exports';
import { fold, resetDatabase, serviceClient } from '../../../support/ui-test-utils';

beforeEach(async () => {
  localStorage.clear();
  await resetDatabase();
});

/** The eight files the tester imported: [folder, file, entity, platform]. */
const FILES: [string, string, string, Platform][] = [
  ['facebook', 'mbs_page-metric_follows_utf16le.csv', 'De Lijn', 'facebook'],
  ['facebook', 'mbs_page-metric_views_utf16le.csv', 'De Lijn', 'facebook'],
  ['facebook-2024', 'Audience.csv', 'De Lijn', 'facebook'],
  ['tiktok', 'FollowerHistory.csv', 'VDAB', 'tiktok'],
  ['tiktok', 'Viewers.csv', 'VDAB', 'tiktok'],
  ['tiktok', 'FollowerGender.csv', 'VDAB', 'tiktok'],
  ['youtube', 'viewer-age_table-data.csv', 'Ketnet', 'youtube'],
  ['x', 'account_overview_analytics.csv', 'Ketnet', 'x'],
];

// Storing eight files through the import pipeline takes long on a loaded machine: a generous limit.
describeRealExports('the report on eight real exports', () => {
  it('counts files, not imports, and gives the age splits’ own period', { timeout: 90_000 }, async () => {
    const client = serviceClient(parseSourceFile);
    // exported on 5 Dec 2026 (the TikTok files have dates without a year)
    const files = FILES.map(([dir, name]) => new File([readFileSync(realExportPath(dir, name))], name, { lastModified: Date.UTC(2026, 11, 5) }));
    const previews = await client.preview(files);
    const results = await client.commit(previews.map((p, i) => ({ key: p.key, entityName: FILES[i]![2], platform: FILES[i]![3] })));
    expect(results.every((r) => r.importId !== undefined)).toBe(true);
    const view = await loadAnswerView();
    const i18n = createI18n('nl');
    const content = buildReportContent(view, view.answer, i18n.t.bind(i18n), 'nl', '2026-12-05');

    // Audience.csv holds a Facebook and an Instagram block: one file, stored as 2 imports → 8 files, 9 imports
    // (the files table lists each import with its platform).
    expect(content.files).toHaveLength(9);
    expect(content.files.filter((f) => f.name === 'Audience.csv').map((f) => f.platform).sort()).toEqual(['Facebook', 'Instagram']);
    // Entities De Lijn, Ketnet, VDAB; accounts De Lijn Facebook + Instagram, VDAB TikTok, Ketnet YouTube + X = 5.
    // The span of all exports, the same as the period choice's "Alles": X from 12 Sep 2024 (its oldest row),
    // TikTok up to 17 Oct 2026 (Viewers.csv's period ends on its last row, 17 Oct, whose value is "undefined":
    // a day without a value, inside the export's period). The three age splits (Audience.csv Facebook and
    // Instagram, the YouTube viewer-age table) state no period.
    expect(fold(content.scope)).toBe(
      '3 entiteiten, 5 accounts, 8 geïmporteerde bestanden · periode van alle exports samen: 12 sep 2024 – 17 okt 2026 · ' +
        'periode van de leeftijdsverdelingen: niet vermeld in de exports · leeftijden 13-24 jaar (18-24 waar de verdeling bij 18 begint)',
    );
    expect(content.verdictSource).toMatch(/^Bron: 8 geïmporteerde bestanden; /);
    expect(view.span).toEqual({ start: '2024-09-12', end: '2026-10-17' });
    const subtitle = (id: string) => content.charts.find((c) => c.spec.id === id)?.spec.subtitle;
    expect(subtitle('youth-share')).toBe('Alle entiteiten en platformen · 3 accounts met leeftijdsgegevens · periode: niet vermeld in de exports');
    expect(subtitle('report-index')).toBe('3 accounts met leeftijdsgegevens · periode van de leeftijdsverdelingen: niet vermeld in de exports');
    expect(subtitle('report-age-profile')).toBe(
      'Aandeel van elke leeftijdsgroep in het publiek met gekende leeftijd, naast de Vlaamse bevolking · periode van de leeftijdsverdelingen: niet vermeld in de exports',
    );
    expect(content.scope).not.toContain('undefined');

    // The same data for ages 18-24: the scope says so, and the chart's note gives 18-24's population shares.
    const older = buildReportContent(view, answerOf(view, { period: null, youthBand: '18-24' }), i18n.t.bind(i18n), 'nl', '2026-12-05');
    expect(fold(older.scope)).toMatch(/ · leeftijden 18-24 jaar$/);
    expect(fold(older.charts.find((c) => c.spec.id === 'youth-share')?.spec.notes[0])).toBe(
      'Jongeren = 18-24 jaar. Bij leeftijdsgrens 13+ telt 18-24 als aandeel van 13+ (bevolking 8,89%); bij 18+ als aandeel van 18+ (bevolking 9,50%).',
    );
  });
});
