// `npm test`: installs what is missing (npm ci, Chromium), then typecheck, lint, build and every Vitest
// project (unit, component, e2e), and ends with one plain `N passed, N failed` line that CI reads.
// Node built-ins only, so it runs before any install.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { needsInstall } from './needs-install.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

/** Seconds spent in each step, printed at the end: `[name, seconds][]`. */
const timings = [];

/**
 * Runs a command with inherited stdio (output streams through) and resolves with its exit code.
 * @param {string} command executable (a name on PATH or a path)
 * @param {string[]} args arguments
 * @param {NodeJS.ProcessEnv} [env] environment (default: this process's)
 * @returns {Promise<number>} exit code (1 when killed by a signal or when it cannot start)
 */
function run(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * Runs one named step, prints its duration, and exits the whole script with the step's code if it fails.
 * @param {string} name shown in the log, e.g. `typecheck`
 * @param {string} command executable
 * @param {string[]} args arguments
 * @param {NodeJS.ProcessEnv} [env] environment
 * @returns {Promise<number>} 0 (a failing step ends the process)
 */
async function step(name, command, args, env) {
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  const started = performance.now();
  const code = await run(command, args, env);
  const seconds = (performance.now() - started) / 1000;
  timings.push([name, seconds]);
  console.log(`◀ ${name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${seconds.toFixed(1)} s`);
  if (code !== 0) {
    printTimings();
    process.exit(code);
  }
  return code;
}

/** Prints the per-step durations collected so far. */
function printTimings() {
  if (timings.length === 0) return;
  console.log('\nTime per step: ' + timings.map(([n, s]) => `${n} ${s.toFixed(1)} s`).join(', '));
}

/**
 * Path of a binary installed in node_modules/.bin.
 * @param {string} name e.g. `tsc`
 * @returns {string}
 */
function bin(name) {
  return path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
}

/**
 * Finds the Chromium the browser tests drive: `YOUTH_REACH_CHROMIUM` if set, else /usr/bin/chromium.
 * As root on Debian with apt-get and no Chromium, installs Debian's `chromium` package.
 * Exits 1 with a message naming YOUTH_REACH_CHROMIUM when no browser can be found or installed.
 * @returns {Promise<string>} absolute path of the browser binary
 */
async function ensureChromium() {
  const fromEnv = process.env.YOUTH_REACH_CHROMIUM;
  if (fromEnv) {
    if (existsSync(fromEnv)) {
      console.log(`Chromium: ${fromEnv} (from YOUTH_REACH_CHROMIUM)`);
      return fromEnv;
    }
    console.error(
      `YOUTH_REACH_CHROMIUM points at ${fromEnv}, but no such file exists.\n` +
        'Set YOUTH_REACH_CHROMIUM to the path of a Chromium or Chrome binary.',
    );
    process.exit(1);
  }
  const standard = '/usr/bin/chromium';
  if (existsSync(standard)) {
    console.log(`Chromium: ${standard}`);
    return standard;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version');
  const hasApt = ['/usr/bin/apt-get', '/bin/apt-get'].some((p) => existsSync(p));
  if (isRoot && isDebian && hasApt) {
    console.log(`No Chromium at ${standard}: installing Debian's "chromium" package with apt-get.`);
    await step('apt-get update', 'apt-get', ['update']);
    await step('apt-get install chromium', 'apt-get', ['install', '-y', 'chromium'], {
      ...process.env,
      DEBIAN_FRONTEND: 'noninteractive',
    });
    if (existsSync(standard)) return standard;
    console.error(`apt-get install chromium succeeded, but ${standard} still does not exist.`);
  } else {
    console.error(`No Chromium found at ${standard}.`);
  }
  console.error(
    'The browser tests need Chromium or Chrome. Install it (Debian, as root: apt-get install chromium) ' +
      'or set YOUTH_REACH_CHROMIUM to the path of a Chromium/Chrome binary, e.g.\n' +
      '  YOUTH_REACH_CHROMIUM=/path/to/chrome npm test',
  );
  process.exit(1);
}

/**
 * Reads Vitest's JSON report and returns its pass/fail counts and the full names of the tests that passed
 * on a retry (status passed, with the failed attempt's messages kept: only e2e tests whose page drew no
 * frame are retried, see vitest.config.ts), or null when it was not written.
 * @param {string} file path of the report
 * @returns {{ passed: number, failed: number, retried: string[] } | null}
 */
function readCounts(file) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    const retried = (report.testResults ?? []).flatMap((result) =>
      (result.assertionResults ?? [])
        .filter((test) => test.status === 'passed' && (test.failureMessages ?? []).length > 0)
        .map((test) => test.fullName),
    );
    return { passed: Number(report.numPassedTests) || 0, failed: Number(report.numFailedTests) || 0, retried };
  } catch {
    return null;
  }
}

const started = performance.now();

if (needsInstall(root)) {
  await step('npm ci', process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ci']);
} else {
  console.log('node_modules is up to date with package-lock.json: no npm ci.');
}

const chromium = await ensureChromium();
const env = { ...process.env, YOUTH_REACH_CHROMIUM: chromium };

await step('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'], env);
await step('lint', bin('eslint'), ['--max-warnings=0', 'src', 'test', 'scripts'], env);
await step('build', bin('vite'), ['build'], env);

const reportDir = mkdtempSync(path.join(tmpdir(), 'youth-reach-vitest-'));
const reportFile = path.join(reportDir, 'report.json');
console.log(`\n▶ vitest: ${bin('vitest')} run (unit, component, e2e)`);
const vitestStarted = performance.now();
const vitestCode = await run(
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`],
  env,
);
timings.push(['vitest', (performance.now() - vitestStarted) / 1000]);
const counts = readCounts(reportFile);
rmSync(reportDir, { recursive: true, force: true });

printTimings();
console.log(`Total: ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (counts) {
  for (const name of counts.retried) {
    console.log(`Passed on its retry, after headless Chromium drew no frame in the first attempt: ${name}`);
  }
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
} else {
  console.log('0 passed, 0 failed');
  console.error('Vitest wrote no JSON report (it stopped before running the tests).');
}
const exitCode = vitestCode !== 0 ? vitestCode : counts && counts.failed > 0 ? 1 : counts ? 0 : 1;
process.exit(exitCode);
