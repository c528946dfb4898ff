// Test projects: unit (pure core, cli; Node), component (React in jsdom), e2e (built app in Debian's
// Chromium via playwright-core). `npm test` (scripts/test.mjs) runs all three.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['test/component/**/*.test.{ts,tsx}'],
          setupFiles: ['test/component/setup.ts'],
          // Generous: a loaded 2-core machine can take 20 s for a screen test that takes 3 s when idle.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // Headless Chromium sometimes stops producing frames for an idle page; clicks and screenshots
          // then wait out their timeouts. Only such a test is run once more: the harness adds this
          // error when the failed page answers but draws no frame (test/e2e/browser.ts, rendererState).
          // `npm test` names every test that passed on its retry.
          retry: { count: 1, condition: /renderer stall/ },
        },
      },
    ],
  },
});
