// One writer at a time across tabs and workers: a Web Lock around every commit of imported data.

/** Name of the Web Lock held while a file or a workspace is written (one origin-wide lock). */
export const IMPORT_LOCK = 'youth-reach-import';

/**
 * Runs `write` while holding the exclusive Web Lock {@link IMPORT_LOCK} (`navigator.locks`, in pages and
 * workers), so two tabs never commit at the same moment: the second waits, then its SHA-256 check sees the
 * first one's file (docs/architecture.md#storage). Where Web Locks do not exist (jsdom, old browsers) it runs
 * `write` directly; the unique `sha256` index still refuses a second copy. Rejects with `write`'s error.
 */
export async function withImportLock<T>(write: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks || typeof locks.request !== 'function') return write();
  return locks.request(IMPORT_LOCK, { mode: 'exclusive' }, () => write()) as Promise<T>;
}
