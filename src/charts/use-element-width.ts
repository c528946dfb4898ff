// Measures an element's content width with ResizeObserver, so charts size themselves to their container.

import { useCallback, useState } from 'react';
import type { RefCallback } from 'react';

/**
 * Returns a ref to attach and the element's width in CSS pixels; `fallback` until measured, and for good
 * where ResizeObserver does not exist (jsdom). A callback ref: an element attached later (a chart drawn
 * after its frame, see mount-in-turn.ts) is measured as well.
 */
export function useElementWidth<T extends HTMLElement>(fallback: number): [RefCallback<T>, number] {
  const [width, setWidth] = useState(fallback);
  const ref = useCallback((element: T | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w && w > 0) setWidth(Math.floor(w));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
