// Which start addresses load the read model at startup (src/lib/answer-query.ts): the screens that show it.

import { describe, expect, it } from 'vitest';
import { opensDataScreen } from '../../../src/lib/answer-query';

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
});
