// Vitest global setup of the `e2e` project: serves the built app (dist/, built first if missing) with
// Vite's preview server on 127.0.0.1 and a free port, and hands its URL to the tests as `baseUrl`.

import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the served build, e.g. `http://127.0.0.1:41234/` (always ends with `/`). */
    baseUrl: string;
  }
}

/** Asks the OS for a free TCP port on 127.0.0.1 (listens on port 0, reads the port, closes). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Builds dist/ when dist/index.html is missing, starts `vite preview` on 127.0.0.1, provides `baseUrl`,
 * and returns the teardown that stops the server. Throws when the build fails or the server cannot start.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = process.cwd();
  const outDir = path.join(root, 'dist');
  if (!existsSync(path.join(outDir, 'index.html'))) {
    console.log('[e2e] dist/index.html is missing: running vite build first');
    await build({ root, logLevel: 'warn' });
  }
  const port = await freePort();
  const server = await preview({
    root,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: false, open: false },
  });
  const baseUrl = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  project.provide('baseUrl', baseUrl);
  return async () => {
    await server.close();
  };
}
