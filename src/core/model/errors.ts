// Reading what an unknown thrown value says: its message, and the error names Dexie wraps inside it.

/**
 * The message of a thrown value: `e.message` for an `Error`, else `String(e)` (a thrown string or number as
 * it is, `undefined` → `'undefined'`). Never throws.
 */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * The error names (`name`) of `e` and of the errors wrapped inside it through `inner` (Dexie wraps DOM
 * errors so: a `DatabaseClosedError` around an `InvalidStateError`), outermost first, at most 5 deep.
 * `[]` when `e` is not an object or has no string `name`.
 */
export function errorNames(e: unknown): string[] {
  const names: string[] = [];
  let cur: unknown = e;
  for (let depth = 0; depth < 5 && typeof cur === 'object' && cur !== null; depth++) {
    const name = (cur as { name?: unknown }).name;
    if (typeof name === 'string') names.push(name);
    cur = (cur as { inner?: unknown }).inner;
  }
  return names;
}
