// Measures an element's content width with ResizeObserver, so charts size themselves to their container.

import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';

/**
 * Returns a ref to attach and the element's width in CSS pixels; `fallback` until measured, and for good
 * where ResizeObserver does not exist (jsdom).
 */
export function useElementWidth<T extends HTMLElement>(fallback: number): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
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
