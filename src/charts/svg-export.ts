// Turns a chart's on-screen SVG into a standalone published image (SVG with title, subtitle, legend, source
// and date as <text>, styles inlined) and that into a PNG at 2× or 3×; downloads and the clipboard.
// Works under the app's CSP (`img-src 'self' blob: data:`): the image is loaded from a blob: URL.

import type { ChartLegendItem } from './chart-spec';
import { estimateTextWidth, wrapText } from './svg-layout';
import type { MeasureText } from './svg-layout';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The system font stack of the interface (src/styles.css), written into the exported SVG. */
export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const INK = '#1b1b1b';
const INK_MUTED = '#4a4a4a';
const PAD = 16;

/** Presentation properties copied from the computed style of each chart node to an attribute. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** The texts an exported image carries around the drawing, in the interface language. */
export interface ExportTexts {
  title: string;
  subtitle: string;
  description: string;
  legend: readonly ChartLegendItem[];
  notes: readonly string[];
  source: string;
  /** The "made on" line, e.g. `Gemaakt op 12 okt 2025 met Jongerenbereik`. */
  madeOn: string;
}

/** A standalone chart image: its SVG root (not in the page) and its size in CSS px. */
export interface ExportedSvg {
  svg: SVGSVGElement;
  width: number;
  height: number;
}

/**
 * A deep copy of `source` (an element of the page) built node by node, with the computed presentation
 * style of each element written as attributes, so the file looks the same without the page's style sheet.
 * `style` attributes are not copied: the computed values replace them, and creating a style attribute in
 * the page would violate its CSP (`style-src 'self'`). Nodes the page hides (`display: none`) and the
 * tooltip cursor are left out.
 */
export function copyWithComputedStyles(source: Element): Element {
  const view = source.ownerDocument.defaultView;
  const copy = (from: Element): Element => {
    const to = document.createElementNS(from.namespaceURI ?? SVG_NS, from.localName);
    for (const attribute of Array.from(from.attributes)) {
      if (attribute.name === 'style') continue;
      to.setAttributeNS(attribute.namespaceURI, attribute.name, attribute.value);
    }
    const style = view?.getComputedStyle(from);
    if (style) {
      for (const property of STYLE_PROPERTIES) {
        const value = style.getPropertyValue(property);
        if (value) to.setAttribute(property, value);
      }
    }
    for (const child of Array.from(from.childNodes)) {
      if (child.nodeType === child.TEXT_NODE) {
        to.append(document.createTextNode(child.textContent ?? ''));
      } else if (child instanceof Element) {
        const hidden =
          child.classList.contains('recharts-tooltip-cursor') || view?.getComputedStyle(child).display === 'none';
        if (!hidden) to.append(copy(child));
      }
    }
    return to;
  };
  return copy(source);
}

/** A measure function backed by a canvas 2D context with the font stack, or the estimate without canvas. */
function canvasMeasure(): MeasureText {
  try {
    if (typeof navigator !== 'undefined' && /jsdom/i.test(navigator.userAgent)) return estimateTextWidth;
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return estimateTextWidth;
    return (text, fontSize, bold) => {
      context.font = `${bold ? '700 ' : ''}${fontSize}px ${FONT_STACK}`;
      return context.measureText(text).width;
    };
  } catch {
    return estimateTextWidth;
  }
}

/** Creates an SVG element with attributes (values stringified). */
function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * Builds the standalone image of a chart: a white page as wide as the chart on screen (CSS px) with, from
 * top to bottom, the title (20 px bold), the subtitle (14 px), the legend (swatches and labels), a deep
 * copy of `chartSvg` with its computed styles inlined ({@link copyWithComputedStyles}), the notes, the
 * source line and the "made on" line (12 px), each as SVG `<text>` wrapped to the width, and `<title>` and
 * `<desc>` for assistive technology. Text uses {@link FONT_STACK}. Throws when the chart has no size.
 */
export function buildExportSvg(chartSvg: SVGSVGElement, texts: ExportTexts, measure: MeasureText = canvasMeasure()): ExportedSvg {
  const rect = chartSvg.getBoundingClientRect();
  const chartWidth = Number(chartSvg.getAttribute('width')) || rect.width;
  const chartHeight = Number(chartSvg.getAttribute('height')) || rect.height;
  if (!(chartWidth > 0 && chartHeight > 0)) throw new Error('the chart has no size to export');
  const width = Math.round(chartWidth);
  const textWidth = width - 2 * PAD;

  const root = svgElement('svg', { width, height: 0, 'font-family': FONT_STACK, role: 'img' });
  root.append(svgElement('title', {}, texts.title), svgElement('desc', {}, texts.description));
  const background = svgElement('rect', { x: 0, y: 0, width, height: 0, fill: '#ffffff' });
  root.append(background);

  let y = PAD;
  const addLines = (text: string, fontSize: number, color: string, bold = false) => {
    for (const line of wrapText(text, textWidth, fontSize, measure, bold)) {
      y += fontSize * 1.25;
      root.append(
        svgElement('text', { x: PAD, y: Math.round(y - fontSize * 0.3), 'font-size': fontSize, 'font-weight': bold ? 700 : 400, fill: color }, line),
      );
    }
  };
  addLines(texts.title, 20, INK, true);
  y += 2;
  addLines(texts.subtitle, 14, INK_MUTED);

  // Legend: swatch + label per item, wrapping to a new row when the next item does not fit.
  if (texts.legend.length > 0) {
    y += 10;
    const fontSize = 13;
    const rowHeight = 20;
    let x = PAD;
    let rowTop = y;
    for (const item of texts.legend) {
      const itemWidth = 20 + measure(item.label, fontSize, false) + 18;
      if (x > PAD && x + itemWidth > width - PAD) {
        x = PAD;
        rowTop += rowHeight;
      }
      const mid = rowTop + rowHeight / 2;
      if (item.shape === 'bar') {
        root.append(svgElement('rect', { x, y: mid - 6, width: 14, height: 12, fill: item.color }));
      } else if (item.shape === 'dashed-line') {
        root.append(svgElement('line', { x1: x, x2: x + 16, y1: mid, y2: mid, stroke: item.color, 'stroke-width': 2, 'stroke-dasharray': '5 3' }));
      } else {
        root.append(svgElement('line', { x1: x + 7, x2: x + 7, y1: mid - 8, y2: mid + 8, stroke: item.color, 'stroke-width': 2 }));
        root.append(svgElement('path', { d: diamondPath(x + 7, mid, 5), fill: item.color, stroke: '#ffffff', 'stroke-width': 1.5 }));
      }
      root.append(svgElement('text', { x: x + 20, y: mid + fontSize * 0.35, 'font-size': fontSize, fill: INK }, item.label));
      x += itemWidth;
    }
    y = rowTop + rowHeight;
  }

  y += 8;
  const chart = copyWithComputedStyles(chartSvg);
  chart.removeAttribute('class');
  chart.removeAttribute('xmlns'); // the root declares the namespace; a second declaration would be redundant
  chart.setAttribute('x', '0');
  chart.setAttribute('y', String(Math.round(y)));
  chart.setAttribute('width', String(chartWidth));
  chart.setAttribute('height', String(chartHeight));
  if (!chart.getAttribute('viewBox')) chart.setAttribute('viewBox', `0 0 ${chartWidth} ${chartHeight}`);
  chart.setAttribute('overflow', 'visible');
  root.append(chart);
  y += chartHeight + 6;

  for (const note of texts.notes) addLines(note, 12, INK_MUTED);
  addLines(texts.source, 12, INK_MUTED);
  addLines(texts.madeOn, 12, INK_MUTED);
  const height = Math.ceil(y + PAD);
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  background.setAttribute('height', String(height));
  return { svg: root, width, height };
}

/** The path of a diamond (a square on its point) centred at (`cx`, `cy`) with half-diagonal `r` px. */
export function diamondPath(cx: number, cy: number, r: number): string {
  return `M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z`;
}

/**
 * The image as SVG text (an XML declaration, then the serialised root). With `scale` ≠ 1 the root's
 * `width`/`height` are multiplied (the viewBox stays), so a renderer draws the vectors at that size.
 */
export function svgText(image: ExportedSvg, scale = 1): string {
  const root = image.svg;
  const width = root.getAttribute('width');
  const height = root.getAttribute('height');
  root.setAttribute('width', String(Math.round(image.width * scale)));
  root.setAttribute('height', String(Math.round(image.height * scale)));
  try {
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
  } finally {
    if (width !== null) root.setAttribute('width', width);
    if (height !== null) root.setAttribute('height', height);
  }
}

/**
 * Renders the image as a PNG `scale` times its CSS size (2 → 2 × width by 2 × height pixels) on a white
 * background: the SVG, sized at the target pixels, is loaded as an `Image` from a blob: URL and drawn on
 * a canvas, which encodes the PNG (`canvas.toBlob`). Rejects when the image cannot load or encode.
 */
export async function svgToPng(image: ExportedSvg, scale: number): Promise<Blob> {
  const pixelWidth = Math.round(image.width * scale);
  const pixelHeight = Math.round(image.height * scale);
  const url = URL.createObjectURL(new Blob([svgText(image, scale)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const picture = new Image(pixelWidth, pixelHeight);
    picture.src = url;
    await picture.decode();
    const canvas = document.createElement('canvas');
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, pixelWidth, pixelHeight);
    context.drawImage(picture, 0, 0, pixelWidth, pixelHeight);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Saves `blob` as a download named `fileName`: an object URL on a temporary `<a download>` that is
 * clicked and removed; the URL is revoked a minute later (after the browser has read it).
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** True where the page may write images to the clipboard (`navigator.clipboard.write` and `ClipboardItem`). */
export function canCopyImage(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    typeof navigator.clipboard?.write === 'function' &&
    typeof globalThis.ClipboardItem === 'function'
  );
}

/**
 * Writes a PNG to the clipboard. The blob is passed as a promise, so the write starts within the click
 * (Safari requires it) while the PNG is still being made. Rejects when the browser refuses.
 */
export async function copyPngToClipboard(png: Promise<Blob>): Promise<void> {
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}
