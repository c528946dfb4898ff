// The PowerPoint deck of the report on the stored sample data: a valid zip (read with fflate) with 10 slides, chart titles, source lines and the numbers the screens show.

import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildDeck, deckLabels, deckSlideCount } from '../../../../src/charts/deck';
import type { DeckImage } from '../../../../src/charts/deck';
import { buildReportContent } from '../../../../src/charts/report-content';
import { loadAnswerView } from '../../../../src/db/answer-repo';
import { createI18n } from '../../../../src/i18n/i18n';
import { storeSampleData } from '../../../support/sample-store';
import { fold, resetDatabase } from '../../../support/ui-test-utils';

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

// Storing the 18 sample files through the import pipeline takes long on a loaded machine: a generous limit.
describe('the report deck on the sample data', { timeout: 90_000 }, () => {
  it('is a zip of 10 slides with titles, source lines and the screen’s numbers', async () => {
    await storeSampleData();
    const view = await loadAnswerView();
    const i18n = createI18n('nl');
    const t = i18n.t.bind(i18n);
    const content = buildReportContent(view, view.answer, t, 'nl', '2025-10-12');

    // Charts: the overview's youth share, the index per entity and platform, the age profiles.
    expect(content.charts.map((c) => c.spec.id)).toEqual(['youth-share', 'report-index', 'report-age-profile']);
    // 1 title + 1 verdict (4 entities ≤ 8 a slide) + 3 charts + 3 improvements (18 = 8 + 8 + 2 a slide,
    // sample-data/README.md "Improvements (18 …)") + 1 answer as text + 1 method = 10.
    expect(content.entities).toHaveLength(4);
    expect(content.improvements).toHaveLength(18);
    expect(deckSlideCount(content)).toBe(10);

    const images: Record<string, DeckImage> = Object.fromEntries(content.charts.map((c) => [c.spec.id, { dataUrl: PIXEL, width: 1440, height: 800 }]));
    const bytes = await buildDeck(content, deckLabels(t, content.dateText), images);
    // A zip starts with a local file header "PK\x03\x04".
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const deck = readDeck(bytes);
    expect(deck.paths).toContain('[Content_Types].xml');
    expect(deck.paths).toContain('ppt/presentation.xml');
    expect(deck.slideNumbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Each chart's PNG is in the deck as a picture.
    expect(deck.paths.filter((p) => p.startsWith('ppt/media/') && p.endsWith('.png'))).toHaveLength(3);

    // 1: title slide with the date 2025-10-12 → "12 okt 2025" and the scope: 4 entities; accounts Ketnet
    // YouTube, Instagram, TikTok, Facebook + VDAB YouTube, Facebook + De Lijn Instagram, Facebook + OVAM
    // YouTube, Facebook = 10; the 18 files of the manifest.
    expect(deck.slide(1)).toContain('Jongerenbereik — Vraag 3');
    expect(deck.slide(1)).toContain('12 okt 2025');
    expect(deck.slide(1)).toContain('4 entiteiten, 10 accounts, 18 geïmporteerde bestanden');
    // …and the ages the verdicts are for (the default band).
    expect(deck.slide(1)).toContain('leeftijden 13-24 jaar (18-24 waar de verdeling bij 18 begint)');

    // 2: the overall verdict as the answer screen shows it: 1 voldoende, 1 gedeeltelijk, 2 onvoldoende →
    // gedeeltelijk voldoende, with the government's pooled indexes (followers 13+ 0.541 ÷ 0.1523 = 355.2;
    // followers 18+ 39,911.8 ÷ 115,500 = 0.345557 ÷ 0.095 = 363.7; views 13+ 158,710 ÷ 490,000 = 0.323898 ÷
    // 0.1523 = 212.7) and young people reached 37,400 … 82,043.8 (4.3 % … 9.4 % of 871,814).
    const o = content.overall;
    expect(o.label).toBe('gedeeltelijk voldoende');
    expect(o.facts).toContain('Vertegenwoordigingsindex 355,2 (volgers, 13+)');
    expect(o.facts).toContain('Vertegenwoordigingsindex 363,7 (volgers, 18+)');
    expect(o.facts).toContain('Vertegenwoordigingsindex 212,7 (weergaven, 13+)');
    expect(o.facts).toContain('Jongeren in het publiek (volgers, bereik of kijkers): 37.400 tot 82.044 (4,3% tot 9,4% van de Vlaamse 13-24-jarigen)');
    const verdict = deck.slide(2);
    expect(verdict).toContain('Oordeel voor de hele overheid: </a:t>');
    expect(verdict).toMatch(/<a:t>gedeeltelijk voldoende<\/a:t>/);
    expect(verdict).toContain('Vertegenwoordigingsindex 363,7 (volgers, 18+)');
    // OVAM: its only pooled figure, followers 18+ 0.031968 ÷ 0.095 = 33.7 → onvoldoende.
    expect(verdict).toMatch(/<a:t>OVAM<\/a:t>.*?<a:t>onvoldoende<\/a:t>.*?Vertegenwoordigingsindex 33,7 \(volgers, 18\+\)/s);
    expect(verdict).toMatch(/<a:t>De Lijn<\/a:t>.*?<a:t>gedeeltelijk voldoende<\/a:t>/s);
    expect(verdict).toMatch(/<a:t>VDAB<\/a:t>.*?<a:t>onvoldoende<\/a:t>/s);
    expect(verdict).toContain('Bron: 18 geïmporteerde bestanden; ');

    // 3-5: one slide per chart, with its title, its source line and its description as the picture's alt text.
    expect(deck.slide(3)).toContain('Jongerenaandeel per account');
    // Ketnet YouTube 60.1 / 100.0 = 60,1% is the highest youth share, OVAM Facebook 3.2 / 100.1 = 3,2% the lowest.
    expect(deck.slide(3)).toMatch(/descr="[^"]*hoogste Ketnet · YouTube 60,1%[^"]*laagste OVAM · Facebook 3,2%/);
    // The data behind it in the notes: Ketnet YouTube 60,1% of views, 13+, population 15,23%.
    expect(deck.notes(3)).toContain('Ketnet | YouTube | 60,1% | weergaven | 13+ | 15,23%');
    // De Lijn Facebook's share is of the people reached (its reach split, sample-data/README.md).
    expect(deck.notes(3)).toContain('De Lijn | Facebook | 29,2% | bereik | 13+ | 15,23%');
    expect(deck.slide(4)).toContain('Vertegenwoordigingsindex per entiteit en platform');
    // Platforms with an index, in platform order: Facebook, Instagram, YouTube, TikTok (Ketnet, typed in).
    expect(deck.slide(4)).toContain('Bron: exports van Facebook, Instagram, YouTube, TikTok; Statbel 2021');
    // Ketnet YouTube 0.601 ÷ 0.1523 × 100 = 394.62 → "394,6"; OVAM YouTube 0.041004 ÷ 0.1523 = 26.92 → "26,9".
    expect(deck.notes(4)).toMatch(/Ketnet \| [^\n]*394,6/);
    expect(deck.notes(4)).toMatch(/OVAM \| [^\n]*26,9/);
    // Ketnet TikTok 0.44 ÷ 0.095 = 463.2 is the highest index, OVAM YouTube 26.9 the lowest.
    expect(deck.slide(4)).toMatch(/descr="[^"]*hoogste Ketnet · TikTok 463,2[^"]*laagste OVAM · YouTube 26,9/);
    expect(deck.slide(5)).toContain('Leeftijdsprofiel van elk account');
    expect(deck.slide(5)).toContain('Bron: exports van de platformen; Statbel 2021');

    // 6-8: improvements, each with its rule: 7 platform gaps + OVAM Facebook under-represented on slide 6;
    // falling youth share, 3 × age data missing, audience size missing, 3 followers-only on 7; 2 on 8.
    expect(deck.slide(6)).toContain('Verbeteringen');
    expect(deck.slide(6)).toContain('jongerenplatform zonder account: ');
    expect(deck.slide(6)).toContain('jongeren ondervertegenwoordigd op een platform: ');
    expect(deck.slide(7)).toContain('dalend jongerenaandeel: ');
    expect(deck.slide(7)).toContain('publieksgrootte ontbreekt: ');
    expect(deck.slide(8)).toContain('alleen gemeten op volgers: ');
    expect(deck.slide(8)).not.toContain('jongerenplatform zonder account: ');

    // 9: the answer as text, opening with the government's verdict; 10: the method note.
    expect(deck.slide(9)).toContain('Antwoord in tekst');
    expect(deck.slide(9)).toContain('gedeeltelijk voldoende');
    expect(deck.slide(10)).toContain('Wat de cijfers niet kunnen tonen');
    expect(deck.slide(10)).toContain('Sommige verdelingen beginnen bij 18');
  });
});
