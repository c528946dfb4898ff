// `node scripts/build-cli.mjs`: builds the headless `analyse` command (src/cli/analyse.ts, the source) into
// one plain ES module, dist-cli/analyse.mjs, that Node runs without a TypeScript loader: `npm run analyse`
// then starts in a few tens of milliseconds instead of compiling the TypeScript on every run (tsx).
// Packages (papaparse, @e965/xlsx, fflate) stay imports from node_modules (Vite's SSR build keeps them
// external); the spreadsheet reader is imported only when a spreadsheet is read. `npm run build` runs it; `scripts/analyse.mjs` runs it when the build is missing or older
// than the source.
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The built command, relative to the repository root. */
export const CLI_BUILD = path.join(root, 'dist-cli', 'analyse.mjs');

/**
 * Builds {@link CLI_BUILD} from src/cli/analyse.ts with Vite's SSR build (not the app's config: no React;
 * only the spreadsheet reader's alias). Resolves when written.
 */
export async function buildCli() {
  const { build } = await import('vite');
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    // As in the app: `@e965/xlsx` is the on-demand module, so the command loads the spreadsheet reader
    // (about half a second of start-up) only when a file is a spreadsheet (src/cli/run-analyse.ts).
    resolve: { alias: [{ find: /^@e965\/xlsx$/, replacement: path.join(root, 'src', 'workers', 'xlsx-on-demand.ts') }] },
    build: {
      ssr: path.join(root, 'src', 'cli', 'analyse.ts'),
      outDir: path.dirname(CLI_BUILD),
      emptyOutDir: true,
      copyPublicDir: false,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { entryFileNames: path.basename(CLI_BUILD) } },
    },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli();
  console.log(`built ${path.relative(root, CLI_BUILD)}`);
}
