// The one query of the read model and the answer options every screen follows (period and youth band,
// kept in the URL): `useAnswer()` gives the loaded view and the answer for the options in the URL.

import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Answer } from '../core/answer/answer-types';
import type { Period } from '../core/model/observation';
import { YOUTH_BANDS } from '../core/read-model/account-figures';
import type { YouthBand } from '../core/read-model/account-figures';
import { answerOf, loadAnswerView } from '../db/answer-repo';
import type { AnswerOptions, AnswerView } from '../db/answer-repo';
import { QUERY_KEYS } from './query-keys';

/** `['answer']`: the read model (`loadAnswerView`); every data screen, the report and the deck read it. */
export const answerViewQuery = queryOptions({ queryKey: QUERY_KEYS.answer, queryFn: () => loadAnswerView() });

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

/** Writes `options` into URL search params (removing what is default), keeping the other params. */
export function withAnswerOptions(params: URLSearchParams, options: AnswerOptions): URLSearchParams {
  const next = new URLSearchParams(params);
  if (options.period) {
    next.set('van', options.period.start);
    next.set('tot', options.period.end);
  } else {
    next.delete('van');
    next.delete('tot');
  }
  if (options.youthBand === '13-24') next.delete('band');
  else next.set('band', options.youthBand);
  return next;
}

/** The answer options in the current URL. */
export function useAnswerOptions(): AnswerOptions {
  const [params] = useSearchParams();
  const from = params.get('van');
  const to = params.get('tot');
  const band = params.get('band');
  return useMemo(() => answerOptionsOf(new URLSearchParams({ ...(from ? { van: from } : {}), ...(to ? { tot: to } : {}), ...(band ? { band } : {}) })), [from, to, band]);
}

/** The read-model query and the answer for the URL's options (null while loading or on error). */
export function useAnswer(): { query: ReturnType<typeof useQuery<AnswerView>>; view: AnswerView | undefined; answer: Answer | null; options: AnswerOptions } {
  const query = useQuery(answerViewQuery);
  const options = useAnswerOptions();
  const view = query.data;
  const answer = useMemo(() => (view ? answerOf(view, options) : null), [view, options]);
  return { query, view, answer, options };
}

/** The query (`?van=…&tot=…&band=…`, or '') that carries `options` to another screen, so a link keeps the period and ages. */
export function answerOptionsQuery(options: AnswerOptions): string {
  const q = withAnswerOptions(new URLSearchParams(), options).toString();
  return q === '' ? '' : `?${q}`;
}
