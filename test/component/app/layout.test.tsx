// The header: the "Menu" disclosure that holds the navigation on narrow screens.

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportClient } from '../../../src/workers/import-client';
import { renderApp, resetDatabase, serviceClient } from '../../support/ui-test-utils';

let client: ImportClient;

beforeEach(async () => {
  await resetDatabase();
  client = serviceClient();
});
afterEach(() => client.dispose());

describe('header menu', () => {
  it('opens with its button, closes on Escape and gives focus back to the button', async () => {
    const user = userEvent.setup();
    renderApp('/', client);
    const menu = await screen.findByRole('button', { name: 'Menu' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(menu.getAttribute('aria-controls')).toBe('main-nav');

    await user.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    // focus into the navigation, then Escape
    await user.tab();
    expect(document.activeElement?.closest('nav')).not.toBeNull();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(menu.getAttribute('aria-expanded')).toBe('false'));
    expect(document.activeElement).toBe(menu);
  });

  it('closes when a screen is chosen from it', async () => {
    const user = userEvent.setup();
    renderApp('/', client);
    const menu = await screen.findByRole('button', { name: 'Menu' });
    await user.click(menu);
    await user.click(screen.getByRole('navigation', { name: 'Hoofdnavigatie' }).querySelector('a[href="/settings"]') as HTMLElement);
    await waitFor(() => expect(menu.getAttribute('aria-expanded')).toBe('false'));
  });
});
