// Every error and warning code of the format layer has its own Dutch and English text, and the
// Dutch sentence carries the specifics from `params` without the parser's English message.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n/i18n';
import { describeProblem, PROBLEM_CODES, problemDetail } from '../../../src/i18n/problem';

/** Every code the format layer uses: `new ImportError('<code>'` / `templateError(…, '<code>'` and `code: '<code>'`. */
function codesInCore(): { errors: Set<string>; warnings: Set<string> } {
  const dir = path.resolve('src/core/formats');
  const errors = new Set<string>();
  const warnings = new Set<string>();
  for (const file of readdirSync(dir)) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    for (const m of text.matchAll(/ImportError\(\s*'([a-z0-9-]+)'/g)) errors.add(m[1]!);
    for (const m of text.matchAll(/templateError\(ctx, i, '([a-z0-9-]+)'/g)) errors.add(m[1]!);
    for (const m of text.matchAll(/code: '([a-z0-9-]+)'/g)) warnings.add(m[1]!);
  }
  return { errors, warnings };
}

describe('messages for every code', () => {
  const { errors, warnings } = codesInCore();

  it.each(['nl', 'en'] as const)('%s: every refusal code of src/core/formats has its own sentence', (language) => {
    const { t } = createI18n(language);
    const generic = t('problem.unknown');
    for (const code of errors) {
      expect(PROBLEM_CODES, code).toContain(code);
      const text = describeProblem(t, 'f.csv', { code, message: 'ENGLISH DETAIL', line: null, params: {} });
      expect(text, code).not.toContain(generic);
      expect(text, code).not.toContain('ENGLISH DETAIL');
    }
  });

  it.each(['nl', 'en'] as const)('%s: every warning code of src/core/formats is translated', (language) => {
    const i18n = createI18n(language);
    for (const code of warnings) {
      const plain = i18n.exists(`warnings.${code}`);
      const plural = i18n.exists(`warnings.${code}_other`);
      expect(plain || plural, code).toBe(true);
    }
  });

  it('says the specifics in Dutch: kind of binary file, cell, sizes, and the sum of a cut-off split', () => {
    const { t } = createI18n('nl');
    expect(describeProblem(t, 'grafiek.csv', { code: 'binary', message: 'x', line: null, params: { kind: 'png' } })).toBe(
      'grafiek.csv: dit is geen tekstbestand maar een PNG-afbeelding',
    );
    expect(describeProblem(t, 'a.csv', { code: 'malformed', message: 'x', line: 4, params: { value: 'abc', column: 'Views', expected: 'number', line: 4 } })).toBe(
      'a.csv, regel 4: de waarde "abc" in kolom "Views" is geen getal',
    );
    // 209,715,200 bytes = 200 × 1,048,576; 52,428,800 = 50 × 1,048,576.
    expect(describeProblem(t, 'big.csv', { code: 'too-large', message: 'x', line: null, params: { bytes: 209_715_200, limit: 52_428_800 } })).toBe(
      'big.csv: het bestand is te groot (200 MB; de grens is 50 MB)',
    );
    expect(describeProblem(t, 'T.csv', { code: 'shares-incomplete', message: 'x', line: null, params: { sum: 33.7, direction: 'low' } })).toBe(
      'T.csv: de leeftijdsverdeling telt op tot 33,7 %, niet 100 %: het bestand lijkt afgebroken; exporteer het opnieuw',
    );
    expect(problemDetail('T.csv', { code: 'x', message: 'T.csv: the file looks cut off.', line: null })).toBe('the file looks cut off.');
  });
});
