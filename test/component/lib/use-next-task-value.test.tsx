// useNextTaskValue (src/lib/use-sliced.ts): a value reaches its users one task after it was rendered.

import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useNextTaskValue } from '../../../src/lib/use-sliced';

/** Lets the tasks queued so far run (a timeout queued now runs after them). */
const nextTask = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

describe('useNextTaskValue', () => {
  it('gives null on the first render, the value a task later, and the previous value until a newer one has waited its task', async () => {
    const { result, rerender } = renderHook(({ value }) => useNextTaskValue(value), { initialProps: { value: 'a' } });
    expect(result.current).toBeNull();
    await nextTask();
    expect(result.current).toBe('a');
    rerender({ value: 'b' });
    expect(result.current).toBe('a');
    await nextTask();
    expect(result.current).toBe('b');
  });
});
