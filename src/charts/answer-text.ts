// Formats the raw params of an answer message (shares, indexes, counts, platform ids, dates) in the interface language, by the naming convention of `MessageParams`; shared by the answer screen, the report and the deck.

import type { TFunction } from 'i18next';
import type { MessageParams } from '../core/answer/answer-types';
import { isPlatform, PLATFORM_LABELS } from '../core/model/platform';
import { formatCount, formatDate, formatOneDecimal, formatPercent, rangeShareDecimals, smallShareDecimals } from '../i18n/format';
import type { Language } from '../i18n/format';


/** The params said with their noun (`answer.n.account`: "1 account", "2 accounts"), by param name. */
const COUNTED_NOUNS: Readonly<Record<string, string>> = { accountCount: 'account', entityCount: 'entity' };

/** `VDAB facebook, OVAM facebook` → `VDAB · Facebook, OVAM · Facebook` (a trailing platform id becomes its label). */
function accountList(text: string): string {
  return text
    .split(', ')
    .filter((x) => x !== '')
    .map((item) => {
      const cut = item.lastIndexOf(' ');
      const platform = item.slice(cut + 1);
      return cut > 0 && isPlatform(platform) ? `${item.slice(0, cut)} · ${PLATFORM_LABELS[platform]}` : item;
    })
    .join(', ');
}

/**
 * Each param as text (`MessageParams` convention, src/core/answer/answer-types.ts):
 * - null → `onbekend` (never 0); '' → `—`; `howTo` (a message key) → its text;
 * - `platform` → the platform's name (or `platformLabel` when given, e.g. `Ketnet · YouTube`), `platforms` → names, comma-separated;
 * - `basis`, `verdict`, `confidence`, `audience` (young followers, young people reached, or both) → their words; `band` (a youth band, `13-24`) as is; `floor` 13 → `13+`; `from`/`to` ISO dates → `1 sep 2025`;
 * - `populationShare`, `platformShare` → percent with two decimals (15,23%); other `…Share`/`…Use`/`…Coverage` → one decimal (60,1%),
 *   two below 0,1 % so a small share never reads 0,0 % (0,04%); a range's two ends (`low…`/`high…` of
 *   the same name) take the same decimals (0,10% tot 0,20%, never 0,10% tot 0,2%);
 * - `underIndex`/`overIndex` (thresholds) as typed (80); other `…Index`/`index`/`…Points` → one decimal (`changePoints` without its sign: the sentence says "fell by");
 * - `…Count`/`…Size`/`…Reach`/`…Residents`/`…People`/`…Views`/`count` → a whole count; `accounts` → `Entity · Platform` list;
 * - `accountCount`, `entityCount` → the count with its noun in the right number (`1 account`, `4 entiteiten`: `answer.n.*`).
 */
export function formatAnswerParams(params: MessageParams, language: Language, t: TFunction, platformLabel?: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value === null) {
      out[name] = t('answer.unknownValue');
    } else if (typeof value === 'string') {
      if (value === '') out[name] = '—';
      else if (name === 'howTo') out[name] = t(value);
      else if (name === 'platform') out[name] = platformLabel ?? (isPlatform(value) ? PLATFORM_LABELS[value] : value);
      else if (name === 'platforms') out[name] = value === '' ? '—' : value.split(', ').map((p) => (isPlatform(p) ? PLATFORM_LABELS[p] : p)).join(', ');
      else if (name === 'basis') out[name] = t(`answer.basis.${value}`);
      else if (name === 'audience') out[name] = t(`answer.audience.${value}`);
      else if (name === 'verdict') out[name] = t(`answer.verdict.${value}`);
      else if (name === 'confidence') out[name] = t(`answer.confidence.${value}`);
      else if (name === 'from' || name === 'to') out[name] = formatDate(value, language);
      else if (name === 'accounts') out[name] = accountList(value);
      else out[name] = value;
    } else if (name === 'floor') {
      out[name] = `${value}+`;
    } else if (name === 'year' || name === 'dailyUseYear') {
      out[name] = String(value);
    } else if (name === 'populationShare' || name === 'platformShare') {
      out[name] = formatPercent(value, language, 2);
    } else if (/(Share|Use|share|Coverage)$/.test(name)) {
      // The other end of a range (lowCoverage / highCoverage) is written with as many decimals.
      const pair = name.startsWith('low') ? `high${name.slice(3)}` : name.startsWith('high') ? `low${name.slice(4)}` : null;
      const other = pair === null ? undefined : params[pair];
      out[name] = formatPercent(value, language, typeof other === 'number' ? rangeShareDecimals(value, other) : smallShareDecimals(value));
    } else if (name === 'underIndex' || name === 'overIndex') {
      out[name] = formatCount(value, language);
    } else if (name === 'changePoints') {
      out[name] = formatOneDecimal(Math.abs(value), language);
    } else if (/(Index|index|Points)$/.test(name)) {
      out[name] = formatOneDecimal(value, language);
    } else if (name in COUNTED_NOUNS) {
      out[name] = t(`answer.n.${COUNTED_NOUNS[name]}`, { count: value, n: formatCount(value, language) });
    } else if (/(Count|Size|Reach|Residents|People|Views)$/.test(name) || name === 'count') {
      out[name] = formatCount(Math.round(value), language);
    } else {
      out[name] = String(value);
    }
  }
  return out;
}

/**
 * The text of an answer message `{ key, params }` in the interface language (`t(key, formatted params)`). A
 * numeric `count` param is passed as a number, so i18next picks the `_one`/`_other` form of the key.
 */
export function answerText(message: { key: string; params: MessageParams }, language: Language, t: TFunction, platformLabel?: string): string {
  const params = formatAnswerParams(message.params, language, t, platformLabel);
  const count = message.params['count'];
  if (typeof count === 'number') return t(message.key, { ...params, count });
  return t(message.key, params);
}
