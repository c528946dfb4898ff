// The PowerPoint deck of the report on the stored sample data: a valid zip (read with fflate) with 7 slides, chart titles, source lines and the numbers the screens show.

import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildDeck, deckLabels, deckSlideCount } from '../../../src/charts/deck';
import type { DeckImage } from '../../../src/charts/deck';
import { buildReportContent } from '../../../src/charts/report-content';
import { loadAnswerView } from '../../../src/db/answer-repo';
import { loadOverviewRows } from '../../../src/db/answer-repo';
import { createI18n } from '../../../src/i18n/i18n';
import { storeSampleData } from '../answer/sample-store';
import { fold, resetDatabase } from '../ui/ui-test-utils';

/** A 1 × 1 white PNG (the smallest valid picture) as a data URL, standing in for a chart drawn at 2×. */
const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

beforeEach(async () => {
  localStorage.clear();
  await resetDatabase();
});

/** The deck's files: slide XML by number (1-based), the notes of each slide, every path. */
function readDeck(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const paths = Object.keys(files);
  const slideNumbers = paths.flatMap((p) => /^ppt\/slides\/slide(\d+)\.xml$/.exec(p)?.[1] ?? []).map(Number).sort((a, b) => a - b);
  const slide = (n: number) => fold(strFromU8(files[`ppt/slides/slide${n}.xml`]!));
  const notes = (n: number) => fold(strFromU8(files[`ppt/notesSlides/notesSlide${n}.xml`]!));
  return { paths, slideNumbers, slide, notes, files };
}

describe('the report deck on the sample data', () => {
  it('is a zip of 9 slides with titles, source lines and the screen’s numbers', async () => {
    await storeSampleData();
    const [view, rows] = await Promise.all([loadAnswerView(), loadOverviewRows()]);
    const i18n = createI18n('nl');
    const t = i18n.t.bind(i18n);
    const content = buildReportContent(view, rows, t, 'nl', '2025-10-12');

    // Charts: the overview's youth share (7 accounts with age data), the index per entity and platform
    // (7 indexes), the age profiles (7 accounts with band shares + the population at 13+ and 18+).
    expect(content.charts.map((c) => c.spec.id)).toEqual(['youth-share', 'report-index', 'report-age-profile']);
    // 1 title + 1 verdict (4 entities ≤ 8 a slide) + 3 charts + 3 improvements (18 = 8 + 8 + 2 a slide:
    // the sample presence adds 8 platform gaps and 2 accounts without data) + 1 method = 9.
    expect(content.entities).toHaveLength(4);
    expect(content.improvements).toHaveLength(18);
    expect(deckSlideCount(content)).toBe(9);

    const images: Record<string, DeckImage> = Object.fromEntries(content.charts.map((c) => [c.spec.id, { dataUrl: PIXEL, width: 1440, height: 800 }]));
    const bytes = await buildDeck(content, deckLabels(t, content.dateText), images);
    // A zip starts with a local file header "PK\x03\x04".
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const deck = readDeck(bytes);
    expect(deck.paths).toContain('[Content_Types].xml');
    expect(deck.paths).toContain('ppt/presentation.xml');
    expect(deck.slideNumbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Each chart's PNG is in the deck as a picture.
    expect(deck.paths.filter((p) => p.startsWith('ppt/media/') && p.endsWith('.png'))).toHaveLength(3);

    // 1: title slide with the date 2025-10-12 → "12 okt 2025" and the scope.
    expect(deck.slide(1)).toContain('Jongerenbereik — Vraag 3');
    expect(deck.slide(1)).toContain('12 okt 2025');
    expect(deck.slide(1)).toContain('4 entiteiten, 9 accounts, 9 geïmporteerde bestanden');

    // 2: the overall verdict as the answer screen shows it (answer-verdict "voldoende") with the weighted
    // index (394.62 + 355.22 + 107.03 + 101.05 + 229.38 + 26.92 + 33.65) / 7 = 178.27 → "178,3", and
    // each entity: OVAM (26.92 + 33.65) / 2 = 30.29 → "30,3", onvoldoende.
    const verdict = deck.slide(2);
    expect(verdict).toContain('Oordeel voor de hele overheid: </a:t>');
    expect(verdict).toMatch(/<a:t>voldoende<\/a:t>/);
    expect(verdict).toContain('Gewogen index: 178,3');
    expect(verdict).toMatch(/<a:t>OVAM<\/a:t>.*?<a:t>onvoldoende<\/a:t>.*?<a:t>30,3<\/a:t>/s);
    expect(verdict).toMatch(/<a:t>De Lijn<\/a:t>.*?<a:t>gedeeltelijk voldoende<\/a:t>/s);
    expect(verdict).toContain('Bron: 9 geïmporteerde exports; Statbel 2021');

    // 3-5: one slide per chart, with its title, its source line and its description as the picture's alt text.
    expect(deck.slide(3)).toContain('Jongerenaandeel per account');
    expect(deck.slide(3)).toContain('Bron: exports van Facebook, Instagram en YouTube; Statbel 2021 (bevolking op 1 januari 2021)');
    // Ketnet YouTube 60.1 / 100.0 = 60,1% is the highest youth share, OVAM Facebook 3.2 / 100.1 = 3,2% the lowest.
    expect(deck.slide(3)).toMatch(/descr="[^"]*hoogste Ketnet · YouTube 60,1%[^"]*laagste OVAM · Facebook 3,2%/);
    // The data behind it in the notes, as the data table shows it: Ketnet YouTube 60,1%, 13+, population 15,23%.
    expect(deck.notes(3)).toContain('Ketnet | YouTube | 60,1% | 13+ | 15,23%');
    expect(deck.slide(4)).toContain('Representatie-index per entiteit en platform');
    expect(deck.slide(4)).toContain('Bron: exports van Facebook, Instagram, YouTube; Statbel 2021');
    // Ketnet YouTube 60.1 / 15.23 × 100 = 394.62 → "394,6" in the data; OVAM YouTube 26.92 → "26,9".
    expect(deck.notes(4)).toMatch(/Ketnet \| [^\n]*394,6/);
    expect(deck.notes(4)).toMatch(/OVAM \| [^\n]*26,9/);
    expect(deck.slide(5)).toContain('Leeftijdsprofiel van elk account');
    expect(deck.slide(5)).toContain('Bron: exports van de platformen; Statbel 2021');

    // 6-8: improvements, each with its rule; first the 8 platform gaps of the (fictitious) sample presence,
    // then the rest; the modelled estimate labelled. De Lijn Facebook: 245,425 views × Facebook youth share
    // 0.20 = 49,085 → "ongeveer 49.085 jongeren bereikt".
    expect(deck.slide(6)).toContain('Verbeteringen');
    expect(deck.slide(6)).toContain('jongerenplatform zonder account: ');
    const improvements = deck.slide(7);
    expect(improvements).toContain('jongeren ondervertegenwoordigd op een platform: ');
    expect(improvements).toContain('gemodelleerd: ongeveer 49.085 jongeren bereikt');

    // 9: the method note; the views note does not apply to the sample data and says so.
    expect(deck.slide(9)).toContain('Wat de cijfers niet kunnen tonen');
    expect(deck.slide(9)).toContain('(geldt niet voor deze gegevens)');
  });
});
