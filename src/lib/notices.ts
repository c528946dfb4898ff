// The page-wide notices about storage (other tab upgraded, blocked, cleaned leftovers, persistence, memory
// mode) as a tiny external store the shell renders as banners.

import { useSyncExternalStore } from 'react';
import type { CleanupReport } from '../db/cleanup';

/**
 * What the shell shows:
 * - `versionChanged`: another tab opened a newer schema or deleted the database; this tab must reload;
 * - `blocked`: this tab waits for other tabs to close before it can upgrade the database;
 * - `cleanup`: leftovers of an interrupted import that were removed on start (null when none);
 * - `persisted`: the answer of `navigator.storage.persist()` after the first import (null: not asked);
 * - `memory`: the data lives in memory only (the browser could not store).
 */
export interface Notices {
  versionChanged: boolean;
  blocked: boolean;
  cleanup: CleanupReport | null;
  persisted: boolean | null;
  memory: boolean;
}

let state: Notices = { versionChanged: false, blocked: false, cleanup: null, persisted: null, memory: false };
const listeners = new Set<() => void>();

/** Merges `patch` into the notices and re-renders whoever reads them. */
export function setNotices(patch: Partial<Notices>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

/** The current notices (a new object after each change). */
export function getNotices(): Notices {
  return state;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** React hook: the current {@link Notices}, re-rendering on change. */
export function useNotices(): Notices {
  return useSyncExternalStore(subscribe, getNotices, getNotices);
}
