// The browser's storage for this site: space used and left (estimate) and persistence (persist).

/**
 * Space of this site as the browser reports it: `usage` and `quota` in bytes (null when unknown),
 * `persisted` true when the browser promised not to evict the data, null when it cannot say.
 */
export interface StorageState {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

function storageManager(): StorageManager | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}

/**
 * Reads `navigator.storage.estimate()` and `persisted()` (https://developer.mozilla.org/docs/Web/API/StorageManager);
 * fields are null where the browser lacks them. Never throws.
 */
export async function readStorageState(): Promise<StorageState> {
  const manager = storageManager();
  const state: StorageState = { usage: null, quota: null, persisted: null };
  if (!manager) return state;
  try {
    const e = typeof manager.estimate === 'function' ? await manager.estimate() : null;
    state.usage = e?.usage ?? null;
    state.quota = e?.quota ?? null;
  } catch {
    // keep nulls
  }
  try {
    if (typeof manager.persisted === 'function') state.persisted = await manager.persisted();
  } catch {
    // keep null
  }
  return state;
}

/**
 * Asks the browser to keep this site's data (`navigator.storage.persist()`, main thread only: not available
 * in workers, docs/architecture.md#storage). Resolves `true` when granted (or already), `false` when refused,
 * null when the browser has no such API. Never throws.
 */
export async function requestPersistence(): Promise<boolean | null> {
  const manager = storageManager();
  if (!manager || typeof manager.persist !== 'function') return null;
  try {
    if (typeof manager.persisted === 'function' && (await manager.persisted())) return true;
    return await manager.persist();
  } catch {
    return false;
  }
}

/** Sets off a download of `blob` as `fileName` through a temporary `blob:` link (no request leaves the page). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
