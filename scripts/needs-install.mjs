// Whether `npm ci` must run before the app can be built or tested (shared by `npm start` and `npm test`).
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * True when `root/node_modules` is missing, or when the last install (node_modules/.package-lock.json,
 * written by every npm install/ci) is older than package-lock.json — e.g. after a `git pull`.
 * @param {string} root the repo root
 * @returns {boolean}
 */
export function needsInstall(root) {
  const lock = path.join(root, 'package-lock.json');
  const modules = path.join(root, 'node_modules');
  if (!existsSync(modules)) return true;
  const installed = path.join(modules, '.package-lock.json');
  const marker = existsSync(installed) ? installed : modules;
  return existsSync(lock) && statSync(marker).mtimeMs < statSync(lock).mtimeMs;
}
