// The Youth Reach audience template (typed-in age splits, provenance manual) and the generic CSV path
// (inspectCsv, parseWithMapping) — own fixtures.

import { describe, expect, it } from 'vitest';
import { AUDIENCE_TEMPLATE_CSV, buildAudienceTemplateCsv } from '../../../../src/core/formats/audience-template';
import { inspectCsv, parseWithMapping } from '../../../../src/core/formats/generic-csv';
import type { GenericCsvMapping } from '../../../../src/core/formats/generic-csv';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import { ageComposition } from '../../../../src/core/metrics/age-composition';
import { importErrorOf, source, utf8 } from './test-input';

describe('Youth Reach audience template', () => {
  it('the downloadable template imports as its own example: TikTok followers, manual', () => {
    expect(AUDIENCE_TEMPLATE_CSV.startsWith('\uFEFFplatform,account,period_start,period_end,basis,age_band,share_percent,audience_size,source,note\r\n')).toBe(true);
    const p = parseSourceFile(source('youth-reach-audience-template.csv', AUDIENCE_TEMPLATE_CSV));
    expect(p.format).toBe('youth-reach-audience-template');
    expect(p.provenance).toBe('manual');
    expect(p.platform).toBe('tiktok');
    expect(p.accountName).toBe('@voorbeeld');
    expect(p.basis).toBe('followers');
    expect(p.period).toEqual({ start: '2025-09-01', end: '2025-09-30' });
    expect(p.manualEntry).toEqual({ source: 'TikTok Studio > Analytics > Followers > Age', note: 'example: replace with your own numbers' });
    // bands 18-24 38, 25-34 27.5, 35-44 16.5, 45-54 10, 55+ 8 = 100; youth = 18-24 only, floor 18 → 0.38
    const c = ageComposition(p.observations, 'followers');
    expect(c?.youthShare).toBeCloseTo(0.38, 12);
    expect(c?.youthAgeFloor).toBe(18);
    expect(p.warnings).toEqual([]);
    // audience_size 12,500 on every row: one follower level on the period's last day
    expect(p.observations.filter((o) => o.ageBand === undefined)).toEqual([{ metric: 'followers', period: { start: '2025-09-30', end: '2025-09-30' }, value: 12500, unit: 'count' }]);
  });

  it('reads a file with only an audience size (a follower count typed on the entity page), and refuses sizes that differ', () => {
    const only = buildAudienceTemplateCsv({ platform: 'instagram', account: '', period: { start: '2025-10-15', end: '2025-10-15' }, basis: 'followers', shares: [], audienceSize: 4321, source: 'app', note: '' });
    const p = parseSourceFile(source('volgers.csv', only));
    expect(p.basis).toBeNull();
    expect(p.provenance).toBe('manual');
    expect(p.observations).toEqual([{ metric: 'followers', period: { start: '2025-10-15', end: '2025-10-15' }, value: 4321, unit: 'count' }]);
    const views = buildAudienceTemplateCsv({ platform: 'youtube', account: 'x', period: { start: '2025-07-01', end: '2025-09-30' }, basis: 'views', shares: [{ ageBand: '13-17', sharePercent: 20 }, { ageBand: '18-24', sharePercent: 80 }], audienceSize: 9000, source: '', note: '' });
    expect(parseSourceFile(source('views.csv', views)).observations.at(-1)).toEqual({ metric: 'views', period: { start: '2025-07-01', end: '2025-09-30' }, value: 9000, unit: 'count' });
    const mixed = views.replace(/,9000,/, ',9100,');
    expect(() => parseSourceFile(source('mixed.csv', mixed))).toThrow(/differs from 9100|differs from 9000/);
  });

  it('buildAudienceTemplateCsv round-trips Snapchat bands; a note starting with "=" is defused', () => {
    const csv = buildAudienceTemplateCsv({
      platform: 'snapchat', account: 'De Lijn', period: { start: '2025-10-01', end: '2025-10-31' }, basis: 'followers',
      shares: [{ ageBand: '13-17', sharePercent: 22 }, { ageBand: '18-20', sharePercent: 31 }, { ageBand: '21-24', sharePercent: 19 }, { ageBand: '25-34', sharePercent: 18 }, { ageBand: '35+', sharePercent: 10 }],
      source: 'Snapchat app, Insights', note: '=HYPERLINK("x")',
    });
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const p = parseSourceFile(source('template.csv', csv));
    // youth = 13-17 + 18-20 + 21-24 = 22 + 31 + 19 = 72 of 100, floor 13
    const c = ageComposition(p.observations, 'followers');
    expect(c?.youthShare).toBeCloseTo(0.72, 12);
    expect(c?.youthAgeFloor).toBe(13);
    expect(p.manualEntry?.note).toBe(`'=HYPERLINK("x")`);
  });

  it('reads a Dutch Excel re-save: ";" and decimal comma, Dutch column names', () => {
    const csv = 'platform;account;periode_begin;periode_einde;basis;leeftijdsgroep;aandeel_procent;bron;opmerking\r\n' +
      'instagram;@vdab;2025-09-01;2025-09-30;reach;13-17;4,5;app;\r\ninstagram;@vdab;2025-09-01;2025-09-30;reach;18-24;30,5;app;\r\ninstagram;@vdab;2025-09-01;2025-09-30;reach;25+;65;app;\r\n';
    const p = parseSourceFile({ name: 'sjabloon.csv', bytes: utf8(csv, true) });
    // 4.5 + 30.5 = 35 of 100
    expect(ageComposition(p.observations, 'reach')?.youthShare).toBeCloseTo(0.35, 12);
  });

  it('warns when shares do not sum to about 100', () => {
    const csv = 'platform,account,period_start,period_end,basis,age_band,share_percent,source,note\ntiktok,@x,2025-09-01,2025-09-30,viewers,18-24,40,app,\ntiktok,@x,2025-09-01,2025-09-30,viewers,25+,50,app,\n';
    const p = parseSourceFile(source('t.csv', csv));
    // 40 + 50 = 90, 10 points off
    expect(p.warnings).toEqual([expect.objectContaining({ code: 'shares-do-not-sum-to-100', params: { sum: 90 } })]);
  });

  it('refuses an unknown band, basis or platform and a share over 100 with a specific code', () => {
    const row = (platform: string, basis: string, band: string, share: string): string =>
      `platform,account,period_start,period_end,basis,age_band,share_percent,source,note\n${platform},@x,2025-09-01,2025-09-30,${basis},${band},${share},app,\n`;
    expect(importErrorOf(() => parseSourceFile(source('t.csv', row('tiktok', 'followers', 'jongeren', '40')))).code).toBe('template-unknown-band');
    expect(importErrorOf(() => parseSourceFile(source('t.csv', row('tiktok', 'fans', '18-24', '40')))).code).toBe('template-unknown-basis');
    expect(importErrorOf(() => parseSourceFile(source('t.csv', row('myspace', 'followers', '18-24', '40')))).code).toBe('template-unknown-platform');
    const over = importErrorOf(() => parseSourceFile(source('t.csv', row('tiktok', 'followers', '18-24', '140'))));
    expect(over.code).toBe('template-invalid-share');
    expect(over.line).toBe(2);
  });
});

describe('generic CSV', () => {
  const CSV = 'Rapport leeftijd\nDatum;Leeftijd;Aandeel\n15/09/2025;13-17;12,5\n15/09/2025;18-24;30\n15/09/2025;25+;57,5\n';

  it('inspectCsv guesses the header row and describes the columns', () => {
    const i = inspectCsv(source('export.csv', CSV));
    expect(i.delimiter).toBe(';');
    // row 0 has one cell, so the first row with ≥ 2 non-numeric cells is row 1
    expect(i.headerRow).toBe(1);
    expect(i.columns.map((c) => [c.header, c.kind])).toEqual([['Datum', 'text'], ['Leeftijd', 'age-band'], ['Aandeel', 'number']]);
    expect(i.columns[2]?.samples).toEqual(['12,5', '30', '57,5']);
  });

  it('parseWithMapping: DD/MM/YYYY dates, percent shares of followers → ParsedFile generic-csv:<name>', () => {
    const mapping: GenericCsvMapping = {
      name: 'bpost-leeftijd', headerRow: 1, date: { column: { header: 'Datum' }, format: 'dmy' },
      metric: { fixed: 'followers' }, ageBand: { header: 'Leeftijd' }, value: { header: 'Aandeel' },
      platform: 'instagram', basis: 'followers', valueKind: 'percent',
    };
    // a saved mapping is plain JSON
    const p = parseWithMapping(source('export.csv', CSV), JSON.parse(JSON.stringify(mapping)) as GenericCsvMapping);
    expect(p.format).toBe('generic-csv:bpost-leeftijd');
    // 15/09/2025 read day first → 2025-09-15
    expect(p.period).toEqual({ start: '2025-09-15', end: '2025-09-15' });
    // 12,5 % → 0.125 (decimal comma from the ";" delimiter); youth 12.5 + 30 = 42.5 %
    expect(p.observations[0]).toEqual({ metric: 'followers', period: { start: '2025-09-15', end: '2025-09-15' }, ageBand: '13-17', value: 0.125, unit: 'share' });
    expect(ageComposition(p.observations, 'followers')?.youthShare).toBeCloseTo(0.425, 12);
  });

  it('refuses a mapping that does not fit the file', () => {
    const e = importErrorOf(() => parseWithMapping(source('export.csv', CSV), {
      name: 'x', headerRow: 1, date: null, period: { start: '2025-09-01', end: '2025-09-30' }, metric: { fixed: 'views' },
      ageBand: null, value: { header: 'Bereik' }, platform: 'facebook', basis: null, valueKind: 'count',
    }));
    expect(e.code).toBe('mapping-invalid');
    expect(e.message).toContain('no column "Bereik"');
  });
});
