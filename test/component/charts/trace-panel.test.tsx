// The trace dialog of Meta's real 2024 audience file (facebook-2024/Audience.csv: one file, a Facebook and
// an Instagram part, no date): input labels with the platform's name, the share formula with its numerator,
// a sentence heading without a stray colon, undated follower counts said as such, and each file's period
// and number of values.

import { expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { TraceButton, TraceDialog } from '../../../src/charts/trace-panel';
import type { TraceSources } from '../../../src/charts/trace-panel';
import { accountFromFiles } from '../../../src/core/answer/account-from-files';
import { youthReachRange } from '../../../src/core/answer/verdict-rules';
import { parseSourceFile } from '../../../src/core/formats/parse-source-file';
import { filesOfParts } from '../../../src/core/model/parsed-file';
import { accountFigures } from '../../../src/core/read-model/account-figures';
import { DEFAULT_REFERENCE_SET } from '../../../src/core/reference/reference-set';
import { describeRealExports, readRealExport } from '../../unit/real-exports';
import { fakeParse, fold, renderWithProviders, serviceClient } from '../../support/ui-test-utils';

describeRealExports('trace dialog of Meta’s 2024 audience file', () => {
  const parts = filesOfParts(parseSourceFile({ name: 'Audience.csv', bytes: readRealExport('facebook-2024', 'Audience.csv') }));
  const options = { period: null, youthBand: '13-24' as const, reference: DEFAULT_REFERENCE_SET, thresholds: { minReachedPerBand: 100 } };
  const figures = parts.map((part, i) => {
    const platform = part.platform!;
    return accountFigures(accountFromFiles({ accountId: `acc-${platform}`, entityId: 'de-lijn', entityName: 'De Lijn', platform, files: [{ parsed: part, importId: `imp-${i}`, fileId: 'file-1' }] }), options);
  });
  const sources: TraceSources = {
    imports: Object.fromEntries(parts.map((part, i) => [`imp-${i}`, { fileName: 'Audience.csv', importedAt: '2026-12-05T10:00:00.000Z', formatLabel: '', accountId: `acc-${part.platform}`, period: part.period, values: part.observations.length }])),
    files: { 'file-1': { fileName: 'Audience.csv', importedAt: '2026-12-05T10:00:00.000Z' } },
    accounts: Object.fromEntries(parts.map((part) => [`acc-${part.platform}`, { entityName: 'De Lijn', platform: part.platform!, name: null }])),
    reference: DEFAULT_REFERENCE_SET,
  };
  const render = (node: React.ReactNode) => renderWithProviders(node, { client: serviceClient(fakeParse) });

  it('names each young-follower input by entity and platform, and gives the share its numerator', () => {
    const range = youthReachRange(figures, DEFAULT_REFERENCE_SET, '13-24')!;
    // Facebook 2.8 % of 30,222 = 846.2; Instagram 13.8 % of 3,098 = 427.5 (both 18-24: the splits start at 18).
    expect(range.band).toBe('18-24');
    render(<TraceDialog trace={range.trace} heading="Bereik" valueText="846 tot 1.274" sources={sources} onClose={() => {}} />);
    const dialog = screen.getByTestId('trace-panel');
    const rows = Array.from(dialog.querySelectorAll('.trace-inputs tbody tr')).map((r) => fold(r.textContent));
    expect(rows.slice(0, 2)).toEqual(['jonge volgers De Lijn · Facebook846,2', 'jonge volgers De Lijn · Instagram427,5']);
    expect(dialog.querySelector('.trace-body__formula code')?.textContent).toMatch(/; aandeel = elke grens \(van en tot\) ÷ aantal inwoners van 18-24 jaar$/);
    expect(dialog.textContent).not.toMatch(/= ÷/);
  });

  it('lists the file with its period (not stated: the file has no date) and its number of values', () => {
    const size = figures[0]!.audienceSize!;
    render(<TraceDialog trace={size.trace} heading="Publiek De Lijn · Facebook" valueText="30.222 volgers" note="datum onbekend" sources={sources} onClose={() => {}} />);
    const dialog = screen.getByTestId('trace-panel');
    // The Facebook part: 30,222 followers, no date.
    expect(size).toMatchObject({ value: 30222, basis: 'followers', date: null });
    expect(fold(dialog.querySelector('.trace-dialog__value')?.textContent)).toBe('Publiek De Lijn · Facebook: 30.222 volgers (datum onbekend)');
    // Its values: the follower count (1), 6 age bands × women and men (12), 10 top cities, 10 top countries = 33.
    expect(fold(dialog.querySelector('.trace-files li .trace-file-meta')?.textContent)).toBe(
      'Geïmporteerd op 5 dec 2026 · De Lijn · Facebook · periode niet vermeld in het bestand · 33 waarden',
    );
  });

  it('shows a sentence alone above its trace, not followed by ": gegevens en bronnen"', async () => {
    const range = youthReachRange(figures, DEFAULT_REFERENCE_SET, '13-24')!;
    const sentence = 'Dezelfde persoon kan meer dan één account volgen, zodat hij dubbel geteld wordt.';
    render(<TraceButton trace={range.trace} what={sentence} sources={sources} text="gegevens en bronnen" sentence />);
    const button = screen.getByRole('button', { name: `gegevens en bronnen: ${sentence}` });
    button.click();
    const dialog = await screen.findByTestId('trace-panel');
    expect(within(dialog).getByText(sentence)).toBeTruthy();
    expect(dialog.textContent).not.toContain('.:');
  });
});
