// The compare screen's URL filters: entity names (any case) or ids, platforms and metric in any case,
// unknown values listed as written, and names written back into the URL.

import { describe, expect, it } from 'vitest';
import { hasUnknown, readCompareUrl, resolveCompareFilters, writeCompareFilters } from '../../../../src/features/compare/compare-filters';

const ENTITIES = [
  { entityId: 'id-lijn', name: 'De Lijn' },
  { entityId: 'id-ovam', name: 'OVAM' },
];
const PERIODS = ['2025-09-01_2025-09-30'];

describe('compare URL filters', () => {
  it('accepts entity names in any case as well as ids, platforms and metric in any case', () => {
    const url = readCompareUrl(new URLSearchParams('entities=ovam, de  lijn,id-ovam&platforms=Facebook,youtube&metric=Index'));
    expect(url.entities).toEqual(['ovam', 'de  lijn', 'id-ovam']);
    const { filters, unknown } = resolveCompareFilters(url, ENTITIES, PERIODS);
    expect(filters).toEqual({ entities: ['id-ovam', 'id-lijn'], platforms: ['facebook', 'youtube'], period: null, metric: 'index' });
    expect(hasUnknown(unknown)).toBe(false);
  });

  it('lists what matches nothing, as written', () => {
    const url = readCompareUrl(new URLSearchParams('entities=OVAM,Nobody&platforms=myspace&metric=fame&period=1999-01-01_1999-01-31'));
    const { filters, unknown } = resolveCompareFilters(url, ENTITIES, PERIODS);
    expect(filters).toEqual({ entities: ['id-ovam'], platforms: [], period: null, metric: 'youthShare' });
    expect(unknown).toEqual({ entities: ['Nobody'], platforms: ['myspace'], metric: 'fame', period: '1999-01-01_1999-01-31' });
    expect(hasUnknown(unknown)).toBe(true);
  });

  it('writes entities by name (an unknown id stays an id), leaving defaults out', () => {
    const params = writeCompareFilters({ entities: ['id-lijn', 'id-ovam', 'id-gone'], platforms: ['tiktok'], period: PERIODS[0]!, metric: 'reach' }, ENTITIES);
    expect(params.get('entities')).toBe('De Lijn,OVAM,id-gone');
    expect(params.toString()).toBe('entities=De+Lijn%2COVAM%2Cid-gone&platforms=tiktok&period=2025-09-01_2025-09-30&metric=reach');
    expect(writeCompareFilters({ entities: [], platforms: [], period: null, metric: 'youthShare' }, ENTITIES).toString()).toBe('');
    // Round trip: the written names read back to the same ids.
    const back = resolveCompareFilters(readCompareUrl(params), ENTITIES, PERIODS);
    expect(back.filters.entities).toEqual(['id-lijn', 'id-ovam']);
    expect(back.unknown.entities).toEqual(['id-gone']);
  });
});
