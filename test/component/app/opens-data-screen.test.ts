// Which start addresses load the read model at startup (src/lib/screen-url.ts): the screens that show it,
// and the answer options a start address asks for.

import { describe, expect, it } from 'vitest';
import { answerOptionsOfHash, opensDataScreen } from '../../../src/lib/screen-url';

describe('opensDataScreen', () => {
  it('is true for the overview, answer, compare, an entity, the report and the presentation', () => {
    for (const hash of ['', '#/', '#/answer', '#/answer?van=2025-01-01&tot=2025-03-31', '#/compare?entiteit=VDAB', '#/entity/e1', '#/report', '#/present']) {
      expect(opensDataScreen(hash), hash).toBe(true);
    }
  });

  it('is false for the import, data, audience, settings, glossary and accessibility screens', () => {
    for (const hash of ['#/import', '#/data', '#/audience', '#/settings', '#/begrippen', '#/toegankelijkheid', '#/entity']) {
      expect(opensDataScreen(hash), hash).toBe(false);
    }
  });

  it('reads the period and band of a start address, and the defaults without them', () => {
    expect(answerOptionsOfHash('#/answer?van=2025-01-01&tot=2025-03-31&band=18-24')).toEqual({
      period: { start: '2025-01-01', end: '2025-03-31' },
      youthBand: '18-24',
    });
    expect(answerOptionsOfHash('#/')).toEqual({ period: null, youthBand: '13-24' });
    // A period ending before it starts, or an unknown band, is ignored.
    expect(answerOptionsOfHash('#/answer?van=2025-03-31&tot=2025-01-01&band=12-30')).toEqual({ period: null, youthBand: '13-24' });
  });
});
