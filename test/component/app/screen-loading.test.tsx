// Screens are loaded on first use (routes.tsx): while a screen's chunk is on its way the layout shows a
// calm busy region; a chunk that cannot be fetched gives a message with a reload button, layout intact.

import { screen } from '@testing-library/react';
import { lazy } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Layout } from '../../../src/app/layout';
import { ScreenError } from '../../../src/app/screen-error';
import type { ImportClient } from '../../../src/workers/import-client';
import { renderWithProviders, resetDatabase, serviceClient } from '../../support/ui-test-utils';

let client: ImportClient;
beforeEach(async () => {
  await resetDatabase();
  client = serviceClient();
});
afterEach(() => client.dispose());

/** The app's layout with one screen at `/`: `Screen`, with the screens' error element. */
function renderWithScreen(Screen: () => React.ReactNode) {
  const router = createMemoryRouter([{ path: '/', element: <Layout />, children: [{ index: true, element: <Screen />, errorElement: <ScreenError /> }] }]);
  return renderWithProviders(<RouterProvider router={router} />, { client });
}

describe('a screen loaded on first use', () => {
  it('shows a busy region with a status text while its chunk is on its way', async () => {
    const Pending = lazy(() => new Promise<{ default: () => null }>(() => undefined)); // never arrives
    renderWithScreen(() => <Pending />);
    const status = await screen.findByRole('status', {}, { timeout: 10_000 });
    expect(status.textContent).toBe('Het scherm wordt geladen…');
    expect(status.closest('[aria-busy="true"]')).not.toBeNull();
    // The layout is there meanwhile.
    expect(screen.getByRole('navigation', { name: 'Hoofdnavigatie' })).toBeTruthy();
  });

  it('says so and offers a reload when the chunk cannot be fetched', async () => {
    const Broken = lazy(() => Promise.reject(new Error('Failed to fetch dynamically imported module: ./assets/x.js')));
    renderWithScreen(() => <Broken />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Dit scherm kan niet worden getoond' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Er ging iets mis: Failed to fetch dynamically imported module: ./assets/x.js');
    expect(screen.getByRole('button', { name: 'Pagina opnieuw laden' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Hoofdnavigatie' })).toBeTruthy();
  });
});
