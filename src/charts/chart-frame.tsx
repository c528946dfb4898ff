// The frame every chart sits in: title, subtitle, legend, the drawing, notes, source, date made, the export
// menu (PNG 2×/3×, SVG, CSV, copy image) and a data table toggled under it.

import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMountInTurn } from './mount-in-turn';
import { useElementWidth } from './use-element-width';
import { formatDate } from '../i18n/format';
import { useLanguage } from '../i18n/i18n';
import { ChartDataTable } from './chart-data-table';
import { exportFileName } from './chart-spec';
import type { ChartLegendItem, ChartSpec } from './chart-spec';
import { chartSpecToCsv } from './csv-export';
import { ExportMenu } from './export-menu';
import type { ExportKind } from './export-menu';
import { buildExportSvg, canCopyImage, copyPngToClipboard, diamondPath, downloadBlob, svgText, svgToPng } from './svg-export';
import type { ExportTexts } from './svg-export';
import './chart-frame.css';
import { errorMessage } from '../core/model/errors';

/**
 * A chart that draws only its `top` highest of `total` rows until `expanded` (see `use-top-n.ts`):
 * the frame says so and offers the switch (`onToggle`).
 */
export interface ChartLimit {
  top: number;
  total: number;
  expanded: boolean;
  onToggle: () => void;
}

/**
 * Props of {@link ChartFrame}: what the chart says ({@link ChartSpec}), its drawing (an SVG chart) and,
 * for a chart with many rows, its {@link ChartLimit} (the data table always holds every row).
 */
export interface ChartFrameProps {
  spec: ChartSpec;
  children: ReactNode;
  limit?: ChartLimit | null;
  /**
   * Hears the drawing's measured width in CSS pixels (null where nothing measures: jsdom) before the
   * drawing mounts, and again when it changes (`useFrameWidth`).
   */
  onWidth?: (width: number | null) => void;
}

/**
 * A legend swatch: a filled rectangle for a bar series, a diamond on a stroke for the population marker,
 * a dashed horizontal line for a reference line.
 */
function LegendSwatch({ item }: { item: ChartLegendItem }) {
  return (
    <svg className="chart-frame__swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {item.shape === 'bar' ? (
        <rect x="1" y="2" width="14" height="12" fill={item.color} />
      ) : item.shape === 'dashed-line' ? (
        <line x1="0" x2="16" y1="8" y2="8" stroke={item.color} strokeWidth="2" strokeDasharray="5 3" />
      ) : (
        <>
          <line x1="8" x2="8" y1="0" y2="16" stroke={item.color} strokeWidth="2" />
          <path d={diamondPath(8, 8, 5)} fill={item.color} stroke="#ffffff" strokeWidth="1.5" />
        </>
      )}
    </svg>
  );
}

/**
 * A `<figure>` named by its title (h2), with the subtitle, the export menu, the legend (each entry names
 * its series, so colour never carries meaning alone), the drawing inside `role="img"` whose `aria-label`
 * is `spec.description`, the notes, the source line, the "made on" date, and a "Toon tabel"/"Verberg
 * tabel" button (aria-expanded) that shows the data table of `spec.columns`/`spec.rows`.
 *
 * Exports read the first `<svg>` inside the drawing: SVG and PNG carry the title, subtitle, legend,
 * notes, source and date as text ({@link buildExportSvg}); CSV is `spec`'s data ({@link chartSpecToCsv}).
 * Files are named from the title and date (`jongerenaandeel-per-account-2025-10-12-2x.png`). A polite
 * status line reports each download, copy or failure.
 */
export function ChartFrame({ spec, children, limit = null, onWidth }: ChartFrameProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const canvasRef = useRef<HTMLDivElement>(null);
  const [showTable, setShowTable] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [canCopy] = useState(canCopyImage);
  // The drawing's width is measured first (the frame is drawn without the chart), then the chart mounts in
  // its own task, after the charts above it (see mount-in-turn.ts), once, at that width.
  const [measureRef, width, measured] = useElementWidth<HTMLDivElement>();
  const drawn = useMountInTurn(measured);
  useEffect(() => {
    if (measured) onWidth?.(width);
  }, [measured, width, onWidth]);
  const attachCanvas = useCallback(
    (element: HTMLDivElement | null) => {
      canvasRef.current = element;
      const stopMeasuring = measureRef(element);
      return () => {
        canvasRef.current = null;
        if (typeof stopMeasuring === 'function') stopMeasuring();
      };
    },
    [measureRef],
  );
  const tableId = useId();
  const titleId = `${spec.id}-chart-title`;
  const madeOn = t('charts.madeOn', { date: formatDate(spec.madeOn, language) });

  const exportImage = useCallback(() => {
    const svg = canvasRef.current?.querySelector('svg');
    if (!svg) throw new Error(t('charts.noDrawing'));
    const texts: ExportTexts = {
      title: spec.title,
      subtitle: spec.subtitle,
      description: spec.description,
      legend: spec.legend,
      notes: spec.notes,
      source: spec.source,
      madeOn,
    };
    return buildExportSvg(svg, texts);
  }, [spec, madeOn, t]);

  const onExport = useCallback(
    (kind: ExportKind) => {
      if (busy) return;
      const fail = (error: unknown) =>
        setStatus({ text: t('charts.failed', { detail: errorMessage(error) }), error: true });
      try {
        if (kind === 'csv') {
          const fileName = exportFileName(spec.title, spec.madeOn, 'csv');
          downloadBlob(new Blob([chartSpecToCsv(spec, language)], { type: 'text/csv;charset=utf-8' }), fileName);
          setStatus({ text: t('charts.downloaded', { file: fileName }), error: false });
        } else if (kind === 'svg') {
          const fileName = exportFileName(spec.title, spec.madeOn, 'svg');
          downloadBlob(new Blob([svgText(exportImage())], { type: 'image/svg+xml;charset=utf-8' }), fileName);
          setStatus({ text: t('charts.downloaded', { file: fileName }), error: false });
        } else if (kind === 'copy') {
          // The clipboard write starts within the click, with the PNG still being made.
          setBusy(true);
          copyPngToClipboard(svgToPng(exportImage(), 2))
            .then(() => setStatus({ text: t('charts.copied'), error: false }), fail)
            .finally(() => setBusy(false));
        } else {
          const scale = kind === 'png3' ? 3 : 2;
          const fileName = exportFileName(spec.title, spec.madeOn, 'png', `${scale}x`);
          setBusy(true);
          svgToPng(exportImage(), scale)
            .then((png) => {
              downloadBlob(png, fileName);
              setStatus({ text: t('charts.downloaded', { file: fileName }), error: false });
            }, fail)
            .finally(() => setBusy(false));
        }
      } catch (error) {
        setBusy(false);
        fail(error);
      }
    },
    [busy, exportImage, language, spec, t],
  );

  return (
    <figure className="chart chart-frame" aria-labelledby={titleId} data-chart={spec.id}>
      <div className="chart-frame__head">
        <figcaption className="chart-frame__caption">
          <h2 id={titleId} className="chart-frame__title">
            {spec.title}
          </h2>
          <p className="chart-frame__subtitle">{spec.subtitle}</p>
        </figcaption>
        <ExportMenu chartTitle={spec.title} canCopy={canCopy} onExport={onExport} busy={busy} />
      </div>
      {spec.legend.length > 0 ? (
        <ul className="chart-legend chart-frame__legend">
          {spec.legend.map((item) => (
            <li key={item.label}>
              <LegendSwatch item={item} />
              {item.label}
            </li>
          ))}
        </ul>
      ) : null}
      <div ref={attachCanvas} id={`${spec.id}-chart-canvas`} className="chart-canvas" role="img" aria-label={spec.description}>
        {drawn ? children : null}
      </div>
      {limit ? (
        <p className="chart-note chart-frame__limit">
          {limit.expanded ? null : <span>{t('charts.limit.note', { shown: limit.top, total: limit.total })} </span>}
          <button
            type="button"
            className="button button--small"
            aria-expanded={limit.expanded}
            aria-controls={`${spec.id}-chart-canvas`}
            onClick={limit.onToggle}
          >
            {limit.expanded ? t('charts.limit.showTop', { shown: limit.top }) : t('charts.limit.showAll', { total: limit.total })}
          </button>
        </p>
      ) : null}
      {spec.notes.map((note) => (
        <p key={note} className="chart-note">
          {note}
        </p>
      ))}
      <p className="chart-source">{spec.source}</p>
      <p className="chart-source chart-frame__made">{madeOn}</p>
      <p role="status" className={status?.error ? 'chart-frame__status chart-frame__status--error' : 'chart-frame__status'}>
        {status?.text ?? ''}
      </p>
      <button
        type="button"
        className="button chart-frame__toggle"
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((shown) => !shown)}
      >
        {showTable ? t('charts.hideTable') : t('charts.showTable')}
      </button>
      <div id={tableId} className="chart-frame__table" hidden={!showTable}>
        <ChartDataTable spec={spec} />
      </div>
    </figure>
  );
}
