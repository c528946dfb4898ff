// `npm start`: installs the dependencies when node_modules is missing or stale, builds the app, then serves dist/ on
// 127.0.0.1 and prints the address; runs until Ctrl-C. The port is `PORT` when set (exactly that port; it fails
// when the port is taken), else 4173 or the next free one. `HOST` sets the address to listen on (default
// 127.0.0.1; `HOST=0.0.0.0` serves the whole network).
import { spawn } from 'node:child_process';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { needsInstall } from './needs-install.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

/**
 * Runs a command with inherited stdio; exits this process with the command's code when it fails.
 * @param {string} command executable
 * @param {string[]} args arguments
 * @returns {Promise<void>}
 */
function runOrExit(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      process.exit(1);
    });
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else process.exit(code ?? (signal ? 1 : 0));
    });
  });
}

if (needsInstall(root)) {
  console.log('node_modules is missing or older than package-lock.json: npm ci');
  await runOrExit(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ci']);
}

// Always build, so what is served is the current source.
await runOrExit(path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'vite.cmd' : 'vite'), [
  'build',
]);

/**
 * The port from `PORT`: an integer 1-65535, or undefined when `PORT` is not set. Exits with a message when
 * it is set to anything else.
 * @returns {number | undefined}
 */
function portFromEnvironment() {
  const raw = process.env.PORT;
  if (raw === undefined || raw === '') return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`PORT must be a whole number from 1 to 65535, not "${raw}".`);
    process.exit(2);
  }
  return port;
}

const wantedPort = portFromEnvironment();
const { preview } = await import('vite');
const server = await preview({
  root,
  logLevel: 'warn',
  preview: {
    host: process.env.HOST || '127.0.0.1',
    port: wantedPort ?? 4173,
    strictPort: wantedPort !== undefined,
    open: false,
  },
});
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.preview.port}/`;
console.log(`\nJongerenbereik draait op ${url}  (Youth Reach is running at ${url})`);
console.log('Open dat adres in je browser. Stoppen: Ctrl-C.\n');

let closing = false;
/** Closes the preview server once and exits. */
async function shutdown() {
  if (closing) return;
  closing = true;
  await server.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
