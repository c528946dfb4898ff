// `npm run analyse -- …`: runs the built headless command (dist-cli/analyse.mjs, see build-cli.mjs), after
// building it first when it is missing or older than any file of src/ (so a fresh clone and a changed
// source both work without a separate step). Only the command's JSON goes to stdout.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCli, CLI_BUILD } from './build-cli.mjs';

/**
 * The newest modification time (ms) of the files under `dir`, recursively.
 * @param {string} dir
 * @returns {number}
 */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

const source = path.join(path.dirname(CLI_BUILD), '..', 'src');
if (!existsSync(CLI_BUILD) || statSync(CLI_BUILD).mtimeMs < newest(source)) await buildCli();
await import(pathToFileURL(CLI_BUILD).href);
