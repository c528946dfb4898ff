// While the answer for another choice is computed, the answer screen keeps the previous answer on screen,
// marked busy (aria-busy) and said in a status line, and never blanks out; once computed, the new one shows.

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswerOptions } from '../../../../src/db/answer-repo';
import { fold, renderApp, resetDatabase } from '../../../support/ui-test-utils';
import { storeSampleData } from '../../../support/sample-store';
import type * as ReadModelClient from '../../../../src/workers/read-model-client';

/** Held calls of the read model's `answer`, released by the test (all other calls go through). */
const held = vi.hoisted(() => ({ on: false, release: [] as (() => void)[] }));

vi.mock('../../../../src/workers/read-model-client', async (importOriginal) => {
  const actual = await importOriginal<typeof ReadModelClient>();
  return {
    ...actual,
    readModel: () => {
      const real = actual.readModel();
      return new Proxy(real, {
        get(target, key) {
          if (key !== 'answer') return Reflect.get(target, key);
          return async (options: AnswerOptions) => {
            if (held.on) await new Promise<void>((resolve) => held.release.push(resolve));
            return target.answer(options);
          };
        },
      });
    },
  };
});

beforeEach(async () => {
  localStorage.clear();
  held.on = false;
  held.release = [];
  await resetDatabase();
});

describe('answer screen while a newer answer is computed', { timeout: 90_000 }, () => {
  it('keeps the previous answer, marked busy, then shows the new one', async () => {
    const client = await storeSampleData();
    renderApp('/answer', client);
    await screen.findByTestId('answer-verdict', {}, { timeout: 10_000 });
    const line = screen.getByTestId('updating-line');
    await waitFor(() => expect(line.textContent).toBe(''));
    const counts = () => fold(screen.getByTestId('entity-counts').textContent);
    // 13-24 (sample-data/README.md): 1 voldoende, 1 gedeeltelijk voldoende, 2 onvoldoende.
    expect(counts()).toBe('Entiteiten: 1 voldoende, 1 gedeeltelijk voldoende, 2 onvoldoende, 0 met te weinig gegevens.');

    held.on = true;
    await userEvent.selectOptions(screen.getByLabelText('Leeftijden'), '18-24');
    await waitFor(() => expect(line.textContent).toBe('De cijfers worden bijgewerkt…'));
    // The previous answer stays, inside a region marked busy.
    expect(counts()).toBe('Entiteiten: 1 voldoende, 1 gedeeltelijk voldoende, 2 onvoldoende, 0 met te weinig gegevens.');
    expect(screen.getByTestId('entity-counts').closest('[aria-busy="true"]')).not.toBeNull();
    // The sentence under the choice names the figures on screen (13-24), not the choice not yet computed.
    const sentence = () => fold(document.querySelector('.answer-options__now')?.textContent);
    expect(sentence()).toMatch(/leeftijden 13-24\.$/);

    held.on = false;
    for (const release of held.release) release();
    await waitFor(() => expect(line.textContent).toBe(''), { timeout: 15_000 });
    expect(screen.getByTestId('entity-counts').closest('[aria-busy="true"]')).toBeNull();
    expect(screen.getByLabelText('Leeftijden')).toHaveProperty('value', '18-24');
    expect(sentence()).toMatch(/leeftijden 18-24\.$/);
  });
});
