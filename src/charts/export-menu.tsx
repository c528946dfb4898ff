// The export menu of a chart: a menu button (WAI-ARIA APG "menu button" pattern) listing the export formats.

import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** An export a chart offers: PNG at 2× or 3×, SVG, the data as CSV, or copying the image. */
export type ExportKind = 'png2' | 'png3' | 'svg' | 'csv' | 'copy';

/** Props of {@link ExportMenu}. */
export interface ExportMenuProps {
  /** The chart's title, for the button's accessible name (`Exporteren: Jongerenaandeel per account`). */
  chartTitle: string;
  /** Whether to offer "copy image" (only where the clipboard can take images). */
  canCopy: boolean;
  /** Runs an export; the menu closes first and focus returns to the button. */
  onExport: (kind: ExportKind) => void;
  /** True while an export runs: the button says so (aria-busy); the frame ignores further choices meanwhile. */
  busy?: boolean;
}

/**
 * A button `Exporteren` (aria-haspopup="menu", aria-expanded) that opens a `role="menu"` list of
 * `role="menuitem"` buttons: PNG (2×), PNG (3×), SVG, CSV and, when `canCopy`, copy image. Keyboard:
 * Enter/Space/ArrowDown open it on the first item, ArrowUp on the last; ArrowDown/ArrowUp move (wrapping),
 * Home/End jump, Escape closes and returns focus to the button, Tab closes; a click outside closes it.
 */
export function ExportMenu({ chartTitle, canCopy, onExport, busy = false }: ExportMenuProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState(0);
  const menuId = useId();
  const kinds: ExportKind[] = canCopy ? ['png2', 'png3', 'svg', 'csv', 'copy'] : ['png2', 'png3', 'svg', 'csv'];

  const items = useCallback(
    () => Array.from(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []),
    [],
  );

  useEffect(() => {
    if (open) items()[focusIndex]?.focus();
  }, [open, focusIndex, items]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const openAt = (index: number) => {
    setFocusIndex(index);
    setOpen(true);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(kinds.length - 1);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const count = kinds.length;
    const move: Record<string, (i: number) => number> = {
      ArrowDown: (i) => (i + 1) % count,
      ArrowUp: (i) => (i - 1 + count) % count,
      Home: () => 0,
      End: () => count - 1,
    };
    const step = move[event.key];
    if (step) {
      event.preventDefault();
      setFocusIndex((i) => step(i));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  const choose = (kind: ExportKind) => {
    close(true);
    onExport(kind);
  };

  return (
    <div className="export-menu" ref={wrapperRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button export-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('charts.exportFor', { title: chartTitle })}
        aria-busy={busy || undefined}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        {t('charts.export')}
        <span aria-hidden="true" className="export-menu__caret">
          ▾
        </span>
      </button>
      {open ? (
        <ul id={menuId} ref={menuRef} role="menu" className="export-menu__list" aria-label={t('charts.export')} onKeyDown={onMenuKeyDown}>
          {kinds.map((kind, i) => (
            <li key={kind} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={i === focusIndex ? 0 : -1}
                className="export-menu__item"
                onClick={() => choose(kind)}
              >
                <span className="export-menu__label">{t(`charts.kind.${kind}`)}</span>
                <span className="export-menu__hint">{t(`charts.kindHint.${kind}`)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
