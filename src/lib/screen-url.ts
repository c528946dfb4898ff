// What the page's URL says before any screen has loaded: whether it opens a data screen and the answer
// options it asks for. No dependency beyond types, so the page's first script (src/boot.ts) can read it.

import type { Period } from '../core/model/observation';
import { YOUTH_BANDS } from '../core/read-model/youth-band';
import type { YouthBand } from '../core/read-model/youth-band';
import type { AnswerOptions } from '../db/answer-repo';

/**
 * True for the hash of a screen that shows the read model and its answer: the overview, answer, compare,
 * an entity, the report, the presentation (main.tsx starts their read model before the first render).
 */
export function opensDataScreen(hash: string): boolean {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  return path === '' || path === '/' || /^\/(answer|compare|report|present|entity\/)/.test(path);
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The answer options of URL search params: `van` and `tot` (ISO days, both needed, `van` ≤ `tot`) give the
 * period, `band` the youth band (`13-24`, `18-24`, `13-17`); anything else is ignored (defaults: each
 * account's most recent split, 13-24).
 */
export function answerOptionsOf(params: URLSearchParams): AnswerOptions {
  const from = params.get('van');
  const to = params.get('tot');
  const band = params.get('band');
  const period: Period | null = from && to && ISO.test(from) && ISO.test(to) && from <= to ? { start: from, end: to } : null;
  return { period, youthBand: YOUTH_BANDS.includes(band as YouthBand) ? (band as YouthBand) : '13-24' };
}

/** The answer options of a hash route's query (`#/answer?van=…&tot=…&band=…`), as {@link answerOptionsOf}. */
export function answerOptionsOfHash(hash: string): AnswerOptions {
  const at = hash.indexOf('?');
  return answerOptionsOf(new URLSearchParams(at === -1 ? '' : hash.slice(at + 1)));
}
