// Thrown values turned into the one problem vocabulary (src/core/model/problem.ts): while reading a file,
// when the browser cannot give its bytes, and while storing it.

import { describe, expect, it } from 'vitest';
import { problem, ProblemError, readProblem, storageProblem, unreadableProblem } from '../../../../src/core/model/problem';
import { ImportError } from '../../../../src/core/model/parsed-file';
import { createI18n } from '../../../../src/i18n/i18n';
import { describeProblem } from '../../../../src/i18n/problem';

describe('readProblem', () => {
  it("keeps an ImportError's code, message, line and params, adding the file name", () => {
    const e = new ImportError('malformed', 'a.csv', 'a.csv: bad cell', { line: 7, params: { value: 'x' } });
    expect(readProblem('a.csv', e)).toEqual({ code: 'malformed', message: 'a.csv: bad cell', line: 7, params: { fileName: 'a.csv', value: 'x' } });
  });

  it('keeps an ImportError that crossed a worker as a plain object (name ImportError)', () => {
    const cloned = { name: 'ImportError', code: 'empty', message: 'b.csv: empty', line: null, params: {} };
    expect(readProblem('b.csv', cloned)).toEqual({ code: 'empty', message: 'b.csv: empty', line: null, params: { fileName: 'b.csv' } });
  });

  it("keeps a ProblemError's problem, adding the file name", () => {
    const e = new ProblemError(problem('mapping-invalid', 'no value column', { reason: 'value' }));
    expect(readProblem('c.csv', e)).toEqual({ code: 'mapping-invalid', message: 'no value column', line: null, params: { fileName: 'c.csv', reason: 'value' } });
  });

  it('makes anything else internal, with the text in params.detail', () => {
    expect(readProblem('d.csv', new TypeError('x is undefined'))).toEqual({
      code: 'internal',
      message: 'd.csv: could not be read because of an internal error (x is undefined).',
      line: null,
      params: { fileName: 'd.csv', detail: 'x is undefined' },
    });
  });
});

describe('unreadableProblem', () => {
  it('is unreadable with the reason in params.detail', () => {
    expect(unreadableProblem('e.csv', new Error('NotReadableError'))).toEqual({
      code: 'unreadable',
      message: 'e.csv: the browser could not read this file (NotReadableError).',
      line: null,
      params: { fileName: 'e.csv', detail: 'NotReadableError' },
    });
  });
});

describe('storageProblem', () => {
  it('reads a full disk through the errors Dexie wraps: storage-full; an abort: write-aborted; else internal', () => {
    const quota = { name: 'AbortError', inner: { name: 'QuotaExceededError' } };
    expect(storageProblem('f.csv', quota).code).toBe('storage-full');
    expect(storageProblem('f.csv', Object.assign(new Error('aborted'), { name: 'AbortError' })).code).toBe('write-aborted');
    expect(storageProblem('f.csv', new Error('closed'))).toEqual({
      code: 'internal',
      message: 'f.csv: could not be stored (closed); nothing of this file was stored.',
      line: null,
      params: { fileName: 'f.csv', detail: 'closed' },
    });
  });

  it('is said in Dutch by src/i18n/problem.ts, naming the file', () => {
    const { t } = createI18n('nl');
    const said = describeProblem(t, 'f.csv', storageProblem('f.csv', { name: 'QuotaExceededError' }));
    expect(said).toBe('f.csv: de opslagruimte van de browser voor deze site is vol; er is niets van dit bestand bewaard');
  });
});
