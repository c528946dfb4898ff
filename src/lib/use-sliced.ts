// Rendering a large screen without a long task: the value arrives first as null, then React renders it in
// the background, yielding to the browser every few milliseconds (a deferred, interruptible render).

import { useDeferredValue } from 'react';

/**
 * `value`, rendered in a background render that React splits into short tasks (`useDeferredValue` with
 * an initial value, https://react.dev/reference/react/useDeferredValue): null on the first render and
 * until the background render of the current value is ready; the previous value while a newer one renders.
 * For screen bodies whose size grows with entities and accounts; show a loading line while it is null.
 */
export function useSliced<T>(value: T | null | undefined): T | null {
  return useDeferredValue(value ?? null, null);
}
