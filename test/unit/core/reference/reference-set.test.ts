// The reference set in use from stored override records: valid overrides applied, invalid ones named.

import { describe, expect, it } from 'vitest';
import { referenceFromOverrides } from '../../../../src/core/reference/reference-set';

describe('referenceFromOverrides', () => {
  it('applies valid overrides and leaves out the invalid ones', () => {
    const r = referenceFromOverrides([
      { id: 'population.flanders.share-13plus.13-24', value: { value: 0.2 } },
      { id: 'platform-youth-share.tiktok', value: { value: 1.5 } }, // a share above 1
      { id: 'new.figure', value: { value: 3 } }, // a new figure without unit or source
      { id: 'broken', value: 'text' },
    ]);
    expect(r.set.byId['population.flanders.share-13plus.13-24']?.value).toBe(0.2);
    expect(r.set.byId['population.flanders.share-13plus.13-24']?.origin).toBe('overridden');
    expect(r.set.byId['platform-youth-share.tiktok']?.value).toBe(0.455); // the shipped Eurobarometer 2022 figure
    expect(r.rejected).toEqual(['platform-youth-share.tiktok', 'new.figure', 'broken']);
    expect(r.overrides.map((o) => o.id)).toEqual(['population.flanders.share-13plus.13-24']);
  });
});
