// The "Doelgroep intypen" form: Snapchat's own bands pre-filled, a live sum that warns off 100, and a save
// that goes through the import pipeline as a template CSV, stored with provenance `manual`, source and note.

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/db/database';
import { loadOverviewRows } from '../../../../src/db/answer-repo';
import { fold, renderApp, resetDatabase, serviceClient } from '../../../support/ui-test-utils';

beforeEach(async () => {
  localStorage.clear();
  await resetDatabase();
});

describe('typing in an audience', () => {
  it('pre-fills Snapchat\'s bands, warns when the shares do not add up, and stores the split as typed in', async () => {
    const user = userEvent.setup();
    renderApp('/audience', serviceClient()); // the real format registry reads the template
    await user.type(screen.getByLabelText('Entiteit'), 'VDAB');
    await user.selectOptions(screen.getByLabelText('Platform'), 'snapchat');
    const bands = screen.getAllByLabelText(/^Leeftijdsgroep \d$/).map((i) => (i as HTMLInputElement).value);
    expect(bands).toEqual(['13-17', '18-20', '21-24', '25-34', '35+']);
    await user.type(screen.getByLabelText('Account (handle of paginanaam)'), '@vdab');
    await user.type(screen.getByLabelText('Periode: van'), '2025-10-01');
    await user.type(screen.getByLabelText('tot en met'), '2025-10-31');

    // 10 + 20 + 15 + 25 = 70: far from 100 → warning.
    for (const [band, share] of [['13-17', '10'], ['18-20', '20'], ['21-24', '15'], ['25-34', '25']]) {
      await user.type(screen.getByLabelText(`Aandeel van ${band!} (%)`), share!);
    }
    expect(screen.getByTestId('audience-sum').textContent).toBe('Som: 70 %');
    expect(screen.getByText(/De aandelen tellen op tot 70 %, niet 100 %/)).toBeTruthy();
    // + 35+ at 30 → 100: no warning.
    await user.type(screen.getByLabelText('Aandeel van 35+ (%)'), '30');
    expect(screen.getByTestId('audience-sum').textContent).toBe('Som: 100 %');
    expect(screen.queryByText(/niet 100 %/)).toBeNull();

    await user.type(screen.getByLabelText('Waar afgelezen'), 'Snapchat › Inzichten › Publiek, 12-11-2025');
    await user.type(screen.getByLabelText('Opmerking'), 'afgerond door de app');
    await user.click(screen.getByRole('button', { name: 'Bewaren' }));

    // Youth = 13-17 + 18-20 + 21-24 = 10 + 20 + 15 = 45% of 100, age floor 13.
    await screen.findByText('Bewaard voor VDAB (Snapchat): jongerenaandeel 45,0%.');
    const [imp] = await db.imports.toArray();
    expect(imp?.provenance).toBe('manual');
    expect(imp?.format).toBe('youth-reach-audience-template');
    expect(imp?.manualEntry).toEqual({ source: 'Snapchat › Inzichten › Publiek, 12-11-2025', note: 'afgerond door de app' });
    expect(imp?.period).toEqual({ start: '2025-10-01', end: '2025-10-31' });
    const [row] = await loadOverviewRows(db);
    expect([row?.entityName, row?.platform, row?.accountName, row?.youthAgeFloor, row?.provenance]).toEqual(['VDAB', 'snapchat', '@vdab', 13, 'manual']);
    expect(row?.youthShare).toBeCloseTo(0.45, 10);

    // The overview marks it: the number keeps its text, the marker is a separate element.
    await user.click(screen.getByRole('link', { name: 'Naar het overzicht' }));
    const table = await screen.findByTestId('youth-share-table');
    const cell = within(table).getByTestId('typed-in-marker').closest('td');
    expect(fold(cell?.textContent)).toBe('45,0% ingetypt');
  });

  it('refuses a share that is not a percentage and stores nothing', async () => {
    const user = userEvent.setup();
    renderApp('/audience', serviceClient());
    await user.type(screen.getByLabelText('Entiteit'), 'VDAB');
    await user.selectOptions(screen.getByLabelText('Platform'), 'tiktok');
    await user.type(screen.getByLabelText('Periode: van'), '2025-10-01');
    await user.type(screen.getByLabelText('tot en met'), '2025-10-31');
    await user.type(screen.getByLabelText('Aandeel van 18-24 (%)'), '120');
    await user.click(screen.getByRole('button', { name: 'Bewaren' }));
    expect(screen.getByRole('alert').textContent).toBe('Een aandeel moet een getal tussen 0 en 100 zijn.');
    // 120 > 100: that field (and only that one) is marked invalid, described by the message, and focused.
    const share = screen.getByLabelText('Aandeel van 18-24 (%)');
    expect(share.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(share.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Een aandeel moet een getal tussen 0 en 100 zijn.');
    expect(document.activeElement).toBe(share);
    expect(screen.getByLabelText('Aandeel van 25-34 (%)').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByLabelText('Entiteit').getAttribute('aria-invalid')).toBeNull();
    expect(await db.imports.count()).toBe(0);
  });
});
