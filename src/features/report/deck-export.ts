// Makes the report's PowerPoint in the page: each drawn chart → standalone SVG → PNG at 2× → the deck (src/charts/deck.ts) → a download.

import type { TFunction } from 'i18next';
import { buildDeck, deckFileName, deckLabels, deckSlideCount, PPTX_MIME } from '../../charts/deck';
import type { DeckImage } from '../../charts/deck';
import type { ReportContent } from '../../charts/report-content';
import { buildExportSvg, downloadBlob, svgToPng } from '../../charts/svg-export';

/** A blob as a `data:` URL (base64), read with FileReader. Rejects when the blob cannot be read. */
function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the image could not be read'));
    reader.readAsDataURL(blob);
  });
}

/**
 * The PNG of each chart of `content` drawn inside `root` (`figure[data-chart="<spec id>"]`, its first
 * `<svg>` in `.chart-canvas`): the chart with its legend and notes via `buildExportSvg` (title, subtitle
 * and source go on the slide as text), rendered at 2× by `svgToPng`. A chart that is not drawn gets no
 * image (the deck then shows its data table). Rejects when a PNG cannot be made.
 */
export async function chartImages(root: ParentNode, content: ReportContent): Promise<Record<string, DeckImage>> {
  const images: Record<string, DeckImage> = {};
  for (const { spec } of content.charts) {
    const svg = root.querySelector<SVGSVGElement>(`figure[data-chart="${spec.id}"] .chart-canvas svg`);
    if (!svg) continue;
    const exported = buildExportSvg(svg, { title: '', subtitle: '', description: spec.description, legend: spec.legend, notes: [], source: '', madeOn: '' });
    const png = await svgToPng(exported, 2);
    images[spec.id] = { dataUrl: await blobToDataUrl(png), width: exported.width * 2, height: exported.height * 2 };
  }
  return images;
}

/**
 * Builds the deck of `content` with the charts drawn in `root` and downloads it as
 * `jongerenbereik-vraag-3-YYYY-MM-DD.pptx`; resolves with the file name and slide count.
 */
export async function downloadReportDeck(root: ParentNode, content: ReportContent, t: TFunction): Promise<{ fileName: string; slides: number }> {
  const images = await chartImages(root, content);
  const bytes = await buildDeck(content, deckLabels(t, content.dateText), images);
  const fileName = deckFileName(content.madeOn);
  downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: PPTX_MIME }), fileName);
  return { fileName, slides: deckSlideCount(content) };
}
