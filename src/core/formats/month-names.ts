// Month names in the interface languages of the platforms, generated from the Unicode CLDR locale data
// that every JavaScript engine ships behind `Intl.DateTimeFormat` (https://cldr.unicode.org/), instead of
// hand-written tables.

/**
 * Languages whose month names are recognised: Latin-script interface languages TikTok Studio and Meta
 * Business Suite offer (as seen in their language menus): English, Dutch, French, German, Spanish,
 * Italian, Portuguese, Polish, Romanian, Czech, Slovak, Swedish, Danish, Norwegian, Finnish, Hungarian,
 * Turkish, Indonesian, Malay, Catalan. A name two
 * languages give to different months (Polish `listopad` is November, Croatian October) is left out as
 * ambiguous, which is why Croatian is not listed.
 */
export const MONTH_NAME_LOCALES: readonly string[] = [
  'en', 'nl', 'fr', 'de', 'es', 'it', 'pt', 'pl', 'ro', 'cs', 'sk', 'sv', 'da', 'nb', 'fi', 'hu', 'tr', 'id', 'ms', 'ca',
];

/** Lower case, without diacritics or a trailing dot: `Mär.` → `mar`, `août` → `aout`. */
export function foldMonthWord(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim().replace(/\.$/, '');
}

let table: Map<string, number> | null = null;

/**
 * Every month word of {@link MONTH_NAME_LOCALES} (long and short, standalone and as written in a date
 * such as Spanish `8 de marzo` or Polish `8 marca`), folded by {@link foldMonthWord}, → month 1..12.
 * Built once from `Intl.DateTimeFormat#formatToParts`; a word two months share is dropped.
 */
export function monthWordTable(): ReadonlyMap<string, number> {
  if (table !== null) return table;
  const found = new Map<string, Set<number>>();
  const add = (word: string, month: number): void => {
    const w = foldMonthWord(word);
    if (w.length < 3 || /\d/.test(w)) return;
    let set = found.get(w);
    if (set === undefined) found.set(w, (set = new Set()));
    set.add(month);
  };
  for (const locale of MONTH_NAME_LOCALES) {
    for (const style of ['long', 'short'] as const) {
      const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: style, timeZone: 'UTC' });
      const alone = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) {
        const date = new Date(Date.UTC(2024, m - 1, 8));
        for (const format of [inDate, alone]) {
          for (const part of format.formatToParts(date)) if (part.type === 'month') add(part.value, m);
        }
      }
    }
  }
  // Abbreviations seen in exports but not in CLDR's short forms: Dutch `mrt`, German `mrz`, `sept`.
  for (const [w, m] of [['mrt', 3], ['mrz', 3], ['maerz', 3], ['sept', 9]] as const) add(w, m);
  table = new Map();
  for (const [w, months] of found) if (months.size === 1) table.set(w, [...months][0] ?? 0);
  return table;
}
