// The day-coverage note beside a figure: said only when the figure's days cover the chosen period partly.

import { describe, expect, it } from 'vitest';
import { CoverageNote } from '../../../src/charts/coverage-note';
import { fakeParse, fold, renderWithProviders, serviceClient } from '../../support/ui-test-utils';

describe('coverage note', () => {
  it('says how many days of the period have data when they are fewer than the period has', () => {
    // 61 days with data in a quarter of 92 days (1 Jul – 30 Sep)
    const { container } = renderWithProviders(<CoverageNote coverage={{ days: 61, of: 92 }} />, { client: serviceClient(fakeParse) });
    const note = container.querySelector('[data-coverage]');
    expect(note?.getAttribute('data-coverage')).toBe('61/92');
    expect(fold(note?.textContent).trim()).toBe('(gegevens voor 61 van 92 dagen)');
  });

  it('says nothing for a fully covered or unknown coverage', () => {
    const full = renderWithProviders(<CoverageNote coverage={{ days: 92, of: 92 }} />, { client: serviceClient(fakeParse) });
    expect(full.container.querySelector('[data-coverage]')).toBeNull();
    full.unmount();
    const unknown = renderWithProviders(<CoverageNote coverage={null} />, { client: serviceClient(fakeParse) });
    expect(unknown.container.querySelector('[data-coverage]')).toBeNull();
  });
});
