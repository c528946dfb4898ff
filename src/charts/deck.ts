// The PowerPoint deck of the report (pptxgenjs, loaded on demand as its own chunk): title, verdict, one slide per chart with its source line, improvements, the answer as text, method note.
/*
 * CSP (`default-src 'self'`, `img-src 'self' blob: data:`): pptxgenjs fetches an image only when it is
 * given a `path` (XMLHttpRequest) and renders an SVG preview only for SVG images; every image here is a
 * PNG passed as base64 `data`, so it neither fetches nor draws. Its zip library (JSZip) evaluates no code
 * (its setImmediate polyfill calls `new Function` only for a string callback, which JSZip never passes).
 */

import type { TFunction } from 'i18next';
import type { Verdict } from '../core/answer/answer-types';
import { formatChartCell } from './chart-data-table';
import type { ChartSpec } from './chart-spec';
import type { ReportContent, ReportImprovement, ReportVerdict } from './report-content';

/** A chart drawn as a PNG: a `data:image/png;base64,…` URL and its size in pixels (2× the CSS size). */
export interface DeckImage {
  dataUrl: string;
  width: number;
  height: number;
}

/** The slide headings and labels of the deck, in the interface language (see {@link deckLabels}). */
export interface DeckLabels {
  verdictTitle: string;
  overallVerdict: string;
  ruleLabel: string;
  facts: string;
  answerText: string;
  colEntity: string;
  colVerdict: string;
  colIndex: string;
  colRule: string;
  reasons: string;
  improvementsTitle: string;
  noImprovements: string;
  modelled: string;
  assumptions: string;
  methodTitle: string;
  notApplicable: string;
  madeOn: string;
  continued: string;
  dataTitle: string;
  missing: string;
}

/** At most this many entities in the verdict table of one slide; more continue on the next slide. */
export const ENTITIES_PER_SLIDE = 8;
/** At most this many improvements on one slide; more continue on the next slide. */
export const IMPROVEMENTS_PER_SLIDE = 8;

/** The MIME type of a .pptx file. */
export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

// 16:9 wide layout, 13.333 × 7.5 inches; positions in inches, font sizes in points.
const SLIDE_W = 13.333;
const MARGIN = 0.5;
const INNER_W = SLIDE_W - 2 * MARGIN;
const FONT = 'Calibri';
const INK = '1B1B1B';
const MUTED = '4A4A4A';
const ACCENT = '1F4E8C';

/** Text and fill colour of each verdict (as on the answer screen; the label always says the verdict, so colour never carries it alone). */
const VERDICT_COLORS: Readonly<Record<Verdict, { text: string; fill: string }>> = {
  sufficient: { text: '1D6B2F', fill: 'E6F4EA' },
  'partly-sufficient': { text: '7A4A00', fill: 'FFF6DB' },
  insufficient: { text: 'A4161A', fill: 'FDECEC' },
  'insufficient-data': { text: '4A4A4A', fill: 'F4F6F9' },
};

/** The deck's labels from the `report.deck.*` and `answer.*` messages of `t`, with the "made on" line for `dateText`. */
export function deckLabels(t: TFunction, dateText: string): DeckLabels {
  return {
    verdictTitle: t('report.deck.verdictTitle'),
    overallVerdict: t('answer.overallVerdict'),
    ruleLabel: t('answer.ruleLabel'),
    facts: t('answer.pooledTitle'),
    answerText: t('answer.text.title'),
    colEntity: t('report.deck.colEntity'),
    colVerdict: t('report.deck.colVerdict'),
    colIndex: t('answer.pooledTitle'),
    colRule: t('answer.ruleLabel'),
    reasons: t('answer.reasonsTitle'),
    improvementsTitle: t('answer.improvementsTitle'),
    noImprovements: t('answer.noImprovements'),
    modelled: t('answer.modelled'),
    assumptions: t('answer.assumptions'),
    methodTitle: t('answer.methodTitle'),
    notApplicable: t('answer.methodNotApplicable'),
    madeOn: t('charts.madeOn', { date: dateText }),
    continued: t('report.deck.continued'),
    dataTitle: t('report.deck.dataTitle'),
    missing: t('charts.missing'),
  };
}

/** The deck's file name for the ISO date `madeOn`: `jongerenbereik-vraag-3-2025-10-12.pptx`. */
export function deckFileName(madeOn: string): string {
  return `jongerenbereik-vraag-3-${madeOn}.pptx`;
}

/** `items` cut into pages of at most `size` (at least one page, empty when `items` is). */
function pages<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

/**
 * The number of slides {@link buildDeck} makes for `content`: 1 title + ⌈entities / 8⌉ verdict slides (at
 * least 1) + 1 per chart + ⌈improvements / 8⌉ improvement slides (at least 1) + 1 answer as text + 1 method note.
 */
export function deckSlideCount(content: Pick<ReportContent, 'entities' | 'charts' | 'improvements'>): number {
  return 1 + pages(content.entities, ENTITIES_PER_SLIDE).length + content.charts.length + pages(content.improvements, IMPROVEMENTS_PER_SLIDE).length + 2;
}

/** A chart's data as speaker-note text: the header, then one line per row, cells joined by ` | ` as the data table shows them. */
export function chartDataText(spec: ChartSpec, language: ReportContent['language'], missing: string): string {
  const lines = [spec.columns.map((c) => c.label).join(' | ')];
  for (const row of spec.rows) lines.push(spec.columns.map((c, i) => formatChartCell(row[i] ?? null, c, language, missing)).join(' | '));
  return lines.join('\n');
}

/** Fits a `width` × `height` picture into a `boxW` × `boxH` box (inches), centred horizontally, keeping its aspect ratio. */
function fit(width: number, height: number, box: { x: number; y: number; w: number; h: number }) {
  const scale = Math.min(box.w / width, box.h / height);
  const w = width * scale;
  const h = height * scale;
  return { x: box.x + (box.w - w) / 2, y: box.y, w, h };
}

/**
 * Builds the deck of `content` as the bytes of a .pptx (a zip), with pptxgenjs imported on demand:
 * 1. title slide: title, question, date and scope;
 * 2. verdict: the overall verdict (label in its colour), its rule and weighted index, a table of the
 *    entities (name, verdict, weighted index, rule; 8 per slide), the source line; the overall reasons
 *    and each entity's in the speaker notes;
 * 3. one slide per chart: title, subtitle, the chart as a picture from `images[spec.id]` (alt text = the
 *    chart's description) or, when there is none, its data table; notes, source line and "made on" line;
 *    the data behind it in the speaker notes ({@link chartDataText});
 * 4. improvements (8 per slide): rule name, sentence, modelled estimate labelled as such; assumptions in
 *    the notes;
 * 5. the method note, lines that do not apply greyed with their label; the verdict's source line.
 * Slide count: {@link deckSlideCount}. Throws what pptxgenjs throws (e.g. an image without a base64 header).
 */
export async function buildDeck(content: ReportContent, labels: DeckLabels, images: Readonly<Record<string, DeckImage | undefined>>): Promise<Uint8Array> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = `${content.title} (${content.dateText})`;
  pptx.subject = content.question;
  pptx.author = 'Jongerenbereik';
  pptx.company = 'Jongerenbereik';
  const lang = content.language === 'nl' ? 'nl-BE' : 'en-GB';
  const text = { fontFace: FONT, color: INK, lang } as const;
  const footer = (slide: ReturnType<typeof pptx.addSlide>, source: string, withDate = true) => {
    slide.addText(source, { ...text, x: MARGIN, y: 6.55, w: INNER_W, h: 0.4, fontSize: 12, color: MUTED, valign: 'top', fit: 'shrink' });
    if (withDate) slide.addText(labels.madeOn, { ...text, x: MARGIN, y: 6.95, w: INNER_W, h: 0.3, fontSize: 10, color: MUTED, valign: 'top' });
  };
  const heading = (slide: ReturnType<typeof pptx.addSlide>, title: string) =>
    slide.addText(title, { ...text, x: MARGIN, y: 0.35, w: INNER_W, h: 0.7, fontSize: 28, bold: true, color: ACCENT, valign: 'top', fit: 'shrink' });

  // 1. Title slide.
  const title = pptx.addSlide();
  title.addText(content.title, { ...text, x: MARGIN, y: 1.6, w: INNER_W, h: 1.1, fontSize: 44, bold: true, color: ACCENT });
  title.addText(content.question, { ...text, x: MARGIN, y: 2.9, w: INNER_W, h: 1.6, fontSize: 20, valign: 'top' });
  title.addText(`${content.dateText} · ${content.scope}`, { ...text, x: MARGIN, y: 4.8, w: INNER_W, h: 0.8, fontSize: 16, color: MUTED, valign: 'top' });
  footer(title, content.verdictSource);

  // 2. Verdict slide(s).
  const verdictRow = (v: ReportVerdict) => [
    { text: v.name, options: { bold: true } },
    { text: v.label, options: { bold: true, color: VERDICT_COLORS[v.verdict].text, fill: { color: VERDICT_COLORS[v.verdict].fill } } },
    { text: v.facts ?? labels.missing },
    { text: v.rule },
  ];
  pages(content.entities, ENTITIES_PER_SLIDE).forEach((entities, page) => {
    const slide = pptx.addSlide();
    heading(slide, page === 0 ? labels.verdictTitle : `${labels.verdictTitle} ${labels.continued}`);
    const o = content.overall;
    slide.addText(
      [
        { text: `${labels.overallVerdict}: `, options: { fontSize: 24 } },
        { text: o.label, options: { fontSize: 32, bold: true, color: VERDICT_COLORS[o.verdict].text, highlight: VERDICT_COLORS[o.verdict].fill } },
      ],
      { ...text, x: MARGIN, y: 1.15, w: INNER_W, h: 0.75, valign: 'middle' },
    );
    const facts = [`${labels.ruleLabel}: ${o.rule}`, o.facts].filter(Boolean).join(' · ');
    slide.addText(facts, { ...text, x: MARGIN, y: 1.9, w: INNER_W, h: 0.45, fontSize: 14, color: MUTED });
    if (entities.length > 0) {
      const header = [labels.colEntity, labels.colVerdict, labels.colIndex, labels.colRule].map((h) => ({ text: h, options: { bold: true, fill: { color: 'F4F6F9' } } }));
      slide.addTable([header, ...entities.map(verdictRow)], {
        x: MARGIN,
        y: 2.5,
        w: INNER_W,
        colW: [2.6, 2.4, 4.2, INNER_W - 9.2],
        fontFace: FONT,
        fontSize: 14,
        color: INK,
        border: { type: 'solid', pt: 0.75, color: 'BFC5CC' },
        margin: 0.06,
      });
    }
    footer(slide, content.verdictSource);
    const notes = [`${labels.overallVerdict}: ${o.label}`, ...o.reasons.map((r) => `- ${r}`), ''];
    for (const e of entities) notes.push(`${e.name}: ${e.label}`, ...e.reasons.map((r) => `- ${r}`), '');
    slide.addNotes(notes.join('\n'));
  });

  // 3. One slide per chart.
  for (const chart of content.charts) {
    const { spec } = chart;
    const slide = pptx.addSlide();
    heading(slide, spec.title);
    slide.addText(spec.subtitle, { ...text, x: MARGIN, y: 1.05, w: INNER_W, h: 0.4, fontSize: 14, color: MUTED, valign: 'top', fit: 'shrink' });
    const notesHeight = spec.notes.length > 0 ? 0.45 : 0;
    const box = { x: MARGIN, y: 1.5, w: INNER_W, h: 6.5 - 1.5 - notesHeight - 0.05 };
    const image = images[spec.id];
    if (image) {
      slide.addImage({ data: image.dataUrl, altText: spec.description, ...fit(image.width, image.height, box) });
    } else {
      const rows = [
        spec.columns.map((c) => ({ text: c.label, options: { bold: true, fill: { color: 'F4F6F9' } } })),
        ...spec.rows.map((row) => spec.columns.map((c, i) => ({ text: formatChartCell(row[i] ?? null, c, content.language, labels.missing), options: { align: c.kind === 'text' ? ('left' as const) : ('right' as const) } }))),
      ];
      slide.addTable(rows, { x: box.x, y: box.y, w: box.w, fontFace: FONT, fontSize: 12, color: INK, border: { type: 'solid', pt: 0.75, color: 'BFC5CC' }, margin: 0.05 });
    }
    if (spec.notes.length > 0) slide.addText(spec.notes.join(' '), { ...text, x: MARGIN, y: 6.5 - notesHeight, w: INNER_W, h: notesHeight, fontSize: 11, color: MUTED, valign: 'top', fit: 'shrink' });
    footer(slide, spec.source);
    slide.addNotes(`${spec.description}\n\n${labels.dataTitle}:\n${chartDataText(spec, content.language, labels.missing)}`);
  }

  // 4. Improvements.
  const improvementParagraphs = (item: ReportImprovement) => [
    { text: `${item.ruleName}: `, options: { bold: true, bullet: { type: 'number' as const }, breakLine: false } },
    { text: item.text, options: { breakLine: !item.estimate } },
    ...(item.estimate ? [{ text: ` ${labels.modelled}: ${item.estimate.value}`, options: { italic: true, color: MUTED, breakLine: true } }] : []),
  ];
  pages(content.improvements, IMPROVEMENTS_PER_SLIDE).forEach((items, page) => {
    const slide = pptx.addSlide();
    heading(slide, page === 0 ? labels.improvementsTitle : `${labels.improvementsTitle} ${labels.continued}`);
    if (items.length === 0) {
      slide.addText(labels.noImprovements, { ...text, x: MARGIN, y: 1.3, w: INNER_W, h: 0.6, fontSize: 18 });
    } else {
      const fontSize = items.length > 5 ? 13 : 16;
      slide.addText(items.flatMap(improvementParagraphs), { ...text, x: MARGIN, y: 1.2, w: INNER_W, h: 5.25, fontSize, valign: 'top', paraSpaceAfter: 6, fit: 'shrink' });
      const notes = items.flatMap((i) => [`${i.ruleName}: ${i.text}`, ...(i.estimate ? [`${labels.modelled}: ${i.estimate.value}`, `${labels.assumptions}:`, ...i.estimate.assumptions.map((a) => `- ${a}`)] : []), '']);
      slide.addNotes(notes.join('\n'));
    }
    footer(slide, content.verdictSource);
  });

  // 5. The answer as text (to paste into a parliamentary answer).
  const prose = pptx.addSlide();
  heading(prose, labels.answerText);
  prose.addText(
    content.prose.map((p) => ({ text: p, options: { breakLine: true } })),
    { ...text, x: MARGIN, y: 1.2, w: INNER_W, h: 5.25, fontSize: 13, valign: 'top', paraSpaceAfter: 6, fit: 'shrink' },
  );
  prose.addNotes(content.prose.join('\n\n'));
  footer(prose, content.verdictSource);

  // 6. Method note.
  const method = pptx.addSlide();
  heading(method, labels.methodTitle);
  method.addText(
    content.methodNotes.map((n) => ({
      text: n.applies ? n.text : `${n.text} ${labels.notApplicable}`,
      options: { bullet: true, breakLine: true, color: n.applies ? INK : '6B6B6B' },
    })),
    { ...text, x: MARGIN, y: 1.2, w: INNER_W, h: 5.25, fontSize: 15, valign: 'top', paraSpaceAfter: 6, fit: 'shrink' },
  );
  footer(method, content.verdictSource);

  const bytes = await pptx.write({ outputType: 'uint8array' });
  if (!(bytes instanceof Uint8Array)) throw new Error('pptxgenjs returned no bytes');
  return bytes;
}
