// Rendering a large screen without a long task: the value arrives first as null, then React renders it in
// the background, yielding to the browser every few milliseconds (a deferred, interruptible render).

import { startTransition, useDeferredValue, useEffect, useState } from 'react';

/**
 * `value`, rendered in a background render that React splits into short tasks (`useDeferredValue` with
 * an initial value, https://react.dev/reference/react/useDeferredValue): null on the first render and
 * until the background render of the current value is ready; the previous value while a newer one renders.
 * For screen bodies whose size grows with entities and accounts; show a loading line while it is null.
 */
export function useSliced<T>(value: T | null | undefined): T | null {
  return useDeferredValue(value ?? null, null);
}

/**
 * How many of `total` items to draw now: `step` at first, `step` more in each following task until all
 * are drawn, so a list of hundreds of blocks is laid out a batch per task (never all in one). Starts again
 * from `step` when `total` changes.
 */
export function useGrowingCount(total: number, step: number): number {
  const [state, setState] = useState({ total, shown: Math.min(total, step) });
  if (state.total !== total) setState({ total, shown: Math.min(total, step) }); // derived state (React docs)
  const shown = state.total === total ? state.shown : Math.min(total, step);
  useEffect(() => {
    if (shown >= total) return;
    const id = setTimeout(() => startTransition(() => setState((s) => (s.total === total ? { total, shown: Math.min(total, s.shown + step) } : s))), 0);
    return () => clearTimeout(id);
  }, [shown, total, step]);
  return shown;
}

/**
 * `value` one task after it was rendered (null before; the previous value while a newer one waits): work
 * that depends on it runs in a task of its own, after the task that rendered `value`, in a background
 * render React splits (`startTransition`).
 */
export function useNextTaskValue<T>(value: T): T | null {
  const [later, setLater] = useState<{ value: T } | null>(null);
  useEffect(() => {
    const id = setTimeout(() => startTransition(() => setLater({ value })), 0);
    return () => clearTimeout(id);
  }, [value]);
  return later ? later.value : null;
}
