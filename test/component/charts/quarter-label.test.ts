// The quarterly charts' axis labels (src/charts/time-charts.tsx): Dutch says kwartaal, the key stays in CSV and table.

import { describe, expect, it } from 'vitest';
import { quarterLabel } from '../../../src/charts/time-charts';

describe('quarterLabel', () => {
  it('writes 2025-Q3 as "K3 2025" in Dutch and "Q3 2025" in English; other text as it is', () => {
    expect(quarterLabel('2025-Q3', 'nl')).toBe('K3 2025');
    expect(quarterLabel('2026-Q1', 'en')).toBe('Q1 2026');
    expect(quarterLabel('2025-Q5', 'nl')).toBe('2025-Q5');
  });
});
