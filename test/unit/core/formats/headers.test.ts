// Unit tests of header normalisation and column mapping.

import { describe, expect, it } from 'vitest';
import { findColumn, mapColumns, normaliseHeader } from '../../../../src/core/formats/headers';

describe('normaliseHeader', () => {
  it('folds case, NFKC, soft hyphens and stray whitespace', () => {
    expect(normaliseHeader('Wiedergabe\u00adzeit (Stunden)')).toBe('wiedergabezeit (stunden)');
    expect(normaliseHeader('  Views\u00a0 (%) ')).toBe('views (%)');
    expect(normaliseHeader('\u{1D415}\u{1D422}\u{1D41E}\u{1D430}\u{1D42C}')).toBe('views'); // math-bold "Views"
    expect(normaliseHeader('\ufeffPost ID')).toBe('post id');
  });
});

describe('findColumn and mapColumns', () => {
  it('finds a column by any alias and reports unknown ones', () => {
    const headers = ['Geografie', 'Weergaven', 'Kijktijd (uren)', 'Iets nieuws'];
    expect(findColumn(headers, ['Views', 'Weergaven'])).toBe(1);
    const { columns, unknown } = mapColumns(headers, { views: ['Views', 'Weergaven'], watchTime: ['Kijktijd (uren)'] }, { skip: [0] });
    expect(columns).toEqual({ views: 1, watchTime: 2 });
    expect(unknown).toEqual(['Iets nieuws']);
  });
});
