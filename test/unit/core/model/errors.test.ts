// Reading thrown values: the message of anything thrown, and the error names Dexie wraps.

import { describe, expect, it } from 'vitest';
import { errorMessage, errorNames } from '../../../../src/core/model/errors';

describe('errorMessage', () => {
  it("is an Error's message, else the value as text", () => {
    expect(errorMessage(new TypeError('bad cell'))).toBe('bad cell');
    expect(errorMessage('plain text')).toBe('plain text');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
  });
});

describe('errorNames', () => {
  it('lists the names outermost first through `inner`, at most 5 deep', () => {
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const wrapped = { name: 'AbortError', inner: { name: 'DatabaseClosedError', inner: quota } };
    expect(errorNames(wrapped)).toEqual(['AbortError', 'DatabaseClosedError', 'QuotaExceededError']);
    let deep: { name: string; inner?: unknown } = { name: 'E6' };
    for (const n of ['E5', 'E4', 'E3', 'E2', 'E1']) deep = { name: n, inner: deep };
    expect(errorNames(deep)).toEqual(['E1', 'E2', 'E3', 'E4', 'E5']); // the sixth is not read
    expect(errorNames('text')).toEqual([]);
  });
});
