// Header matching: normalising header cells and finding columns through per-format alias tables
// (docs/formats.md#traps items 7-8).

/**
 * Normalises a header or label for comparison: Unicode NFKC (math-bold letters, full-width forms),
 * soft hyphens U+00AD (German YouTube headers, docs/formats.md#youtube), BOM and zero-width characters
 * removed, lower case, runs of whitespace (NBSP included) collapsed to one space, trimmed.
 * `Views (%)` → `views (%)`; `Wiedergabe\u00adzeit` → `wiedergabezeit`.
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[\u00ad\ufeff\u200b-\u200d\u2060]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A format's column aliases: for each logical column, every header text it is known or guessed to have
 * (English first, then Dutch/French/German). Compared after {@link normaliseHeader}.
 */
export type AliasTable<K extends string> = Readonly<Record<K, readonly string[]>>;

/** True when `header` equals one of `aliases` after {@link normaliseHeader} on both sides. */
export function matchesAlias(header: string, aliases: readonly string[]): boolean {
  const h = normaliseHeader(header);
  return aliases.some((a) => normaliseHeader(a) === h);
}

/** Index of the first header matching one of `aliases`, or -1. */
export function findColumn(headers: readonly string[], aliases: readonly string[]): number {
  for (let i = 0; i < headers.length; i++) {
    if (matchesAlias(headers[i] ?? '', aliases)) return i;
  }
  return -1;
}

/**
 * Maps a header row through an alias table.
 * - `columns`: logical column → index of the first matching header (absent when not found);
 * - `unknown`: the (trimmed) texts of non-empty headers that matched no alias and are not listed in
 *   `ignore` (descriptive columns a format reads nothing from), in file order; `skip` indexes (e.g. the
 *   dimension column) are never reported.
 */
export function mapColumns<K extends string>(
  headers: readonly string[],
  table: AliasTable<K>,
  options: { ignore?: readonly string[]; skip?: readonly number[] } = {},
): { columns: Partial<Record<K, number>>; unknown: string[] } {
  const columns: Partial<Record<K, number>> = {};
  const unknown: string[] = [];
  const keys = Object.keys(table) as K[];
  const normalisedTable = keys.map((k) => [k, table[k].map(normaliseHeader)] as const);
  const ignore = new Set((options.ignore ?? []).map(normaliseHeader));
  const skip = new Set(options.skip ?? []);
  headers.forEach((header, index) => {
    if (skip.has(index)) return;
    const h = normaliseHeader(header);
    if (h === '') return;
    const hit = normalisedTable.find(([, aliases]) => aliases.includes(h));
    if (hit) {
      if (columns[hit[0]] === undefined) columns[hit[0]] = index;
    } else if (!ignore.has(h)) {
      unknown.push(header.trim());
    }
  });
  return { columns, unknown };
}
