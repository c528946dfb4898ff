// Vite build of the bench's bare-baseline page and its worker (test/bench). npm run bench builds it into its
// temp folder beside the built app; the default outDir is a temp folder too, never inside the repo.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: path.join(os.tmpdir(), 'youth-reach-bench-dist'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
});
