// The deck builder on hand-made report content: slide count with paging (entities and improvements 8 a slide), a chart without a picture as a table, the file name, short source names.

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatChartCell } from '../../../src/charts/chart-data-table';
import { buildDeck, chartDataText, deckFileName, deckSlideCount } from '../../../src/charts/deck';
import type { DeckLabels } from '../../../src/charts/deck';
import type { ReportContent, ReportVerdict } from '../../../src/charts/report-content';
import { shortSource } from '../../../src/charts/report-content';
import type { ChartSpec } from '../../../src/charts/chart-spec';

const LABELS: DeckLabels = {
  verdictTitle: 'Reach young people?',
  overallVerdict: 'Overall',
  ruleLabel: 'Rule',
  facts: 'Pooled figures',
  answerText: 'Answer as text',
  colEntity: 'Entity',
  colVerdict: 'Verdict',
  colIndex: 'Index',
  colRule: 'Rule',
  reasons: 'Why',
  improvementsTitle: 'Improvements',
  noImprovements: 'None',
  modelled: 'modelled',
  assumptions: 'Assumptions',
  methodTitle: 'Method',
  notApplicable: '(n/a)',
  madeOn: 'Made on 1 Mar 2025',
  continued: '(continued)',
  dataTitle: 'Data',
  missing: '—',
};

const verdict = (name: string, facts: string | null): ReportVerdict => ({
  key: name,
  name,
  verdict: facts === null ? 'insufficient-data' : 'sufficient',
  label: facts === null ? 'too little data' : 'sufficient',
  rule: 'rule',
  borderline: false,
  facts,
  reasons: [`${name} reason`],
});

const SPEC: ChartSpec = {
  id: 'shares',
  title: 'Youth share by account',
  subtitle: 'All accounts',
  source: 'Source: exports from YouTube; Statbel 2021',
  madeOn: '2025-03-01',
  description: 'Bars: highest A 60.1%',
  notes: [],
  legend: [],
  columns: [
    { key: 'entity', label: 'Entity', kind: 'text' },
    { key: 'share', label: 'Youth share', kind: 'percent', decimals: 1 },
    { key: 'count', label: 'Views', kind: 'count' },
  ],
  // A: 0.601 → 60.1%, 12,345 views; B: no share → "—", 7 views.
  rows: [
    ['A', 0.601, 12345],
    ['B', null, 7],
  ],
};

/** Content with `entities` entities, `improvements` improvements and the one chart above (no picture). */
function content(entities: number, improvements: number): ReportContent {
  return {
    language: 'en',
    madeOn: '2025-03-01',
    dateText: '1 Mar 2025',
    title: 'Youth Reach — Question 3',
    question: 'Is it enough?',
    scope: 'scope',
    overall: verdict('All', '150.0'),
    entities: Array.from({ length: entities }, (_, i) => verdict(`Entity ${i + 1}`, i === 0 ? null : `${100 + i}.0`)),
    verdictSource: 'Source: 3 imported files; Statbel 2021',
    charts: [{ kind: 'grouped-bars', spec: SPEC, groups: [], platforms: [], reference: null }],
    improvements: Array.from({ length: improvements }, (_, i) => ({ rule: 'r', ruleName: `rule ${i + 1}`, text: `improvement ${i + 1}`, estimate: null })),
    prose: ['First paragraph of the answer.', 'Second paragraph.'],
    methodNotes: [
      { id: 'a', text: 'note a', applies: true },
      { id: 'b', text: 'note b', applies: false },
    ],
    references: [],
    files: [],
  };
}

function slides(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes);
  const numbers = Object.keys(files).flatMap((p) => /^ppt\/slides\/slide(\d+)\.xml$/.exec(p)?.[1] ?? []).map(Number).sort((a, b) => a - b);
  return numbers.map((n) => strFromU8(files[`ppt/slides/slide${n}.xml`]!));
}

describe('buildDeck', () => {
  it('pages 10 entities and 9 improvements onto two slides each: 1 + 2 + 1 + 2 + 1 + 1 = 8 slides', async () => {
    const c = content(10, 9);
    expect(deckSlideCount(c)).toBe(8);
    const xml = slides(await buildDeck(c, LABELS, {}));
    expect(xml).toHaveLength(8);
    // Entities 1-8 on slide 2, 9-10 on slide 3 ("(continued)"); entity 1 has no index → "—".
    expect(xml[1]).toContain('<a:t>Entity 8</a:t>');
    expect(xml[1]).not.toContain('<a:t>Entity 9</a:t>');
    expect(xml[2]).toContain('Reach young people? (continued)');
    expect(xml[2]).toContain('<a:t>Entity 10</a:t>');
    expect(xml[2]).toContain('<a:t>109.0</a:t>');
    // Improvements 1-8 on slide 5, the 9th on slide 6.
    expect(xml[4]).toContain('improvement 8');
    expect(xml[4]).not.toContain('improvement 9');
    expect(xml[5]).toContain('improvement 9');
    // The answer as text, then the method note, which greys what does not apply and says so.
    expect(xml[6]).toContain('Answer as text');
    expect(xml[6]).toContain('First paragraph of the answer.');
    expect(xml[7]).toContain('note b (n/a)');
  });

  it('with no entity and no improvement still makes one verdict and one improvements slide: 1 + 1 + 1 + 1 + 1 + 1 = 6', async () => {
    const c = content(0, 0);
    expect(deckSlideCount(c)).toBe(6);
    const xml = slides(await buildDeck(c, LABELS, {}));
    expect(xml).toHaveLength(6);
    expect(xml[3]).toContain('<a:t>None</a:t>');
  });

  it('puts a chart without a picture on its slide as its data table, with title and source line', async () => {
    const xml = slides(await buildDeck(content(1, 1), LABELS, {}))[2]!;
    expect(xml).toContain('Youth share by account');
    expect(xml).toContain('Source: exports from YouTube; Statbel 2021');
    expect(xml).toContain('<a:tbl>');
    // 0.601 → "60.1%" (en-GB), 12345 → "12,345"; B's missing share → "—".
    expect(xml).toContain('<a:t>60.1%</a:t>');
    expect(xml).toContain('<a:t>12,345</a:t>');
    expect(xml).toContain('<a:t>—</a:t>');
  });
});

describe('deck helpers', () => {
  it('names the file after the date', () => {
    expect(deckFileName('2025-10-12')).toBe('jongerenbereik-vraag-3-2025-10-12.pptx');
  });

  it('writes a chart’s data as lines of cells', () => {
    expect(chartDataText(SPEC, 'en', '—')).toBe('Entity | Youth share | Views\nA | 60.1% | 12,345\nB | — | 7');
  });

  it('shortens a source to its name and year', () => {
    expect(shortSource('Statbel, population by place of residence, 1 January 2021 (single years)', '2021')).toBe('Statbel 2021');
    expect(shortSource('SMI Barometer 2025 (Arteveldehogeschool and Comeos), online survey', '2025')).toBe('SMI Barometer 2025');
    expect(shortSource('A survey', 'onbekend')).toBe('A survey');
  });
});

describe('a chart table cell with its column\'s decimals', () => {
  it('shows an index with one decimal, as the screen does (75,0, not 75)', () => {
    // youtube/viewer-age_table-data.csv: 13-17 0,61 % + 18-24 10,81 % = 11,42 % of views; ÷ 15,23 % (13-24 of the
    // Flemish 13+ population) × 100 = 74,98, rounded to one decimal 75,0 (the report's row value is 75)
    const index = { key: 'youtube', label: 'YouTube', kind: 'count' as const, decimals: 1 };
    expect(formatChartCell(Math.round((11.42 / 15.23) * 100 * 10) / 10, index, 'nl', '—')).toBe('75,0');
    expect(formatChartCell(75, index, 'en', '—')).toBe('75.0');
    // a count column without decimals stays grouped without a decimal: 12.345
    expect(formatChartCell(12_345, { key: 'n', label: 'n', kind: 'count' }, 'nl', '—')).toBe('12.345');
  });
});
