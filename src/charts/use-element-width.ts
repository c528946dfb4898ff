// Measures an element's content width with ResizeObserver, so charts size themselves to their frame.

import { useCallback, useState } from 'react';
import type { RefCallback } from 'react';

const CAN_MEASURE = typeof ResizeObserver !== 'undefined';

/**
 * Returns a ref to attach, the element's content width in CSS pixels (null until measured, and for good
 * where ResizeObserver does not exist: jsdom) and whether it is known (`measured`: the first measurement
 * has come in, or nothing can measure). A width of 0 (a hidden element) is not a measurement. A callback
 * ref: an element attached later is measured as well.
 */
export function useElementWidth<T extends HTMLElement>(): [RefCallback<T>, number | null, boolean] {
  const [width, setWidth] = useState<number | null>(null);
  const ref = useCallback((element: T | null) => {
    if (!element || !CAN_MEASURE) return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w && w > 0) setWidth(Math.floor(w));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width, width !== null || !CAN_MEASURE];
}

/**
 * The width a chart draws at, and the setter its `ChartFrame` calls (`onWidth`) once it has measured its
 * drawing (null where nothing measures: the width is then `fallback`, as in jsdom). The frame mounts the
 * chart only after that measurement: drawn at a fallback and again at the real width, a Recharts chart
 * cost two layouts, each a long task at government scale.
 */
export function useFrameWidth(fallback: number): [number, (width: number | null) => void] {
  const [width, setWidth] = useState<number | null>(null);
  return [width ?? fallback, setWidth];
}
