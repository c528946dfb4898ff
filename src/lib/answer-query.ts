// The one query of the read model and the answer options every screen follows (period and youth band,
// kept in the URL): `useAnswer()` gives the loaded view and the answer for the options in the URL.

import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Answer } from '../core/answer/answer-types';
import type { QuarterRow } from '../core/answer/time-data';
import type { Period } from '../core/model/observation';
import type { AccountInput, YouthBand } from '../core/read-model/account-figures';
import { periodKey } from '../core/model/period-key';
import type { AnswerOptions, ScreenView } from '../db/answer-repo';
import { readModel, takeEarlyRead } from '../workers/read-model-client';
import { QUERY_KEYS } from './query-keys';
import { answerOptionsOf, answerOptionsOfHash, opensDataScreen } from './screen-url';

/**
 * `['answer']`: the read model as the screens get it (`ScreenView`, loaded off the main thread by
 * `src/workers/read-model-service.ts`); every data screen, the report and the deck read it. The answers for
 * other options, the quarters and an entity's series are queries under the same key (refreshed with it).
 */
export const answerViewQuery = queryOptions({
  queryKey: QUERY_KEYS.answer,
  queryFn: async ({ client }) => {
    // The page's first script may have started this reading already (src/boot.ts): taken once.
    const early = await takeEarlyRead();
    const model = readModel();
    const loading = early?.load ?? model.load();
    // On a screen that shows the answer, the answer for the URL's options is asked at once: the read model
    // gives it right after this load (it waits for the load in progress), instead of after the page has
    // unpacked and drawn the view. Other screens (settings) need the view only.
    const hash = typeof window === 'undefined' ? null : window.location.hash;
    if (hash === null || !opensDataScreen(hash)) return loading;
    const options = answerOptionsOfHash(hash);
    const answer = early && optionsKey(early.options) === optionsKey(options) ? early.answer : model.answer(options);
    answer.catch(() => undefined); // its own query reports a failure
    const view = await loading;
    void client.prefetchQuery({ queryKey: answerQueryKey(view.generation, options), queryFn: () => answer });
    return view;
  },
});

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

function optionsKey(options: AnswerOptions): string {
  return `${options.period ? periodKey(options.period) : '-'}|${options.youthBand}`;
}

/** The key of the answer of load `generation` for `options`: `['answer', 'figures', generation, options]`. */
function answerQueryKey(generation: number, options: AnswerOptions): readonly unknown[] {
  return [...QUERY_KEYS.answer, 'figures', generation, optionsKey(options)];
}

/**
 * The answer of a loaded view for `options` (null while `view` is not loaded or the answer is computed, or
 * on error: `error`): `['answer', 'figures', generation, options]` from the read model (the same figures
 * for the same options on every screen). A message of its own, apart from the view: each is unpacked in
 * its own short task. `stale` is true while `answer` is the previous one, kept on screen while the answer
 * for newer data or other options is computed: screens mark themselves busy (`aria-busy`) and say so.
 */
export function useAnswerFor(view: ScreenView | undefined, options: AnswerOptions): { answer: Answer | null; error: Error | null; stale: boolean } {
  const query = useQuery({
    queryKey: answerQueryKey(view?.generation ?? 0, options),
    queryFn: () => readModel().answer(options),
    enabled: view !== undefined,
    // While the answer of a newer load (or other options) is computed, the last one stays on screen: a screen
    // never blanks out between two loads (a table that vanished for a moment after every import).
    placeholderData: keepPreviousData,
  });
  return { answer: view ? (query.data ?? null) : null, error: query.error, stale: query.isPlaceholderData };
}

/** The read-model query and the answer for the URL's options (null while loading or on error; `stale`: see {@link useAnswerFor}). */
export function useAnswer(): {
  query: UseQueryResult<ScreenView>;
  view: ScreenView | undefined;
  answer: Answer | null;
  answerError: Error | null;
  stale: boolean;
  options: AnswerOptions;
} {
  const query = useQuery(answerViewQuery);
  const options = useAnswerOptions();
  const view = query.data;
  const { answer, error, stale } = useAnswerFor(view, options);
  return { query, view, answer, answerError: error, stale, options };
}

/** Young people and youth views per quarter of `span` for `band` (see `ReadModelService.quarters`), once `view` is loaded. */
export function useQuarters(view: ScreenView, span: Period, band: YouthBand): UseQueryResult<QuarterRow[]> {
  return useQuery({ queryKey: [...QUERY_KEYS.answer, 'quarters', view.generation, periodKey(span), band], queryFn: () => readModel().quarters(span, band) });
}

/** The accounts of one entity with their daily series (see `ReadModelService.entityAccounts`), once `view` is loaded. */
export function useEntityAccounts(view: ScreenView | undefined, entityId: string | undefined): UseQueryResult<AccountInput[]> {
  return useQuery({
    queryKey: [...QUERY_KEYS.answer, 'entity', view?.generation ?? 0, entityId ?? ''],
    queryFn: () => readModel().entityAccounts(entityId ?? ''),
    enabled: view !== undefined && entityId !== undefined,
  });
}

/** The query (`?van=…&tot=…&band=…`, or '') that carries `options` to another screen, so a link keeps the period and ages. */
export function answerOptionsQuery(options: AnswerOptions): string {
  const q = withAnswerOptions(new URLSearchParams(), options).toString();
  return q === '' ? '' : `?${q}`;
}
