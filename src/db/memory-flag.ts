// Whether this page has switched to an in-memory database, in a module without Dexie: the page's first
// script reads it before the database code has loaded (src/boot.ts).

let memory = false;

/** True once the page has switched to an in-memory database (`switchToMemoryDatabase` in database.ts). */
export function isMemoryDatabase(): boolean {
  return memory;
}

/** Records that the page now uses an in-memory database; called by `switchToMemoryDatabase` only. */
export function markMemoryDatabase(): void {
  memory = true;
}
