// The read model behind the screens, run off the page's main thread (read-model.worker.ts; in the page
// only where there is no worker): it reads and stitches the stored summaries once per load, keeps the
// result, and gives the page only what a screen shows (docs/architecture.md#read-model).

import type { Answer } from '../core/answer/answer-types';
import { quarterlyYouth, quartersOf } from '../core/answer/time-data';
import type { QuarterRow } from '../core/answer/time-data';
import type { Period } from '../core/model/observation';
import type { AccountInput, YouthBand } from '../core/read-model/account-figures';
import { answerOf, loadAnswerView, screenViewOf } from '../db/answer-repo';
import type { AnswerOptions, AnswerView, ScreenView } from '../db/answer-repo';
import type { YouthReachDb } from '../db/database';

/**
 * The calls the page makes (each result structured-clone safe and sized by what a screen shows: entities,
 * accounts, imports, splits; never by the days or rows of data):
 * - `load()`: reads the database again (`loadAnswerView`) and returns its {@link ScreenView}, numbered by a
 *   `generation` that grows with every load; the later calls use the latest load (waiting for it while it
 *   runs; loading first when there was none);
 * - `answer(options)`: the answer for a period and youth band (`answerOf`, the same for every screen);
 * - `quarters(span, band)`: young people reached and youth views per quarter of `span` by platform, each
 *   quarter from its own answer (the answer screen's chart);
 * - `entityAccounts(entityId)`: the accounts of one entity with their whole stitched history, daily series
 *   included (the entity page's charts over time); [] for an unknown entity.
 * Each rejects with what Dexie throws while loading; a failed load is not kept (the next call loads again).
 */
export interface ReadModelService {
  load(): Promise<ScreenView>;
  answer(options: AnswerOptions): Promise<Answer>;
  quarters(span: Period, band: YouthBand): Promise<QuarterRow[]>;
  entityAccounts(entityId: string): Promise<AccountInput[]>;
}

/** A {@link ReadModelService} over `database` (the app's by default). */
export function createReadModelService(database?: YouthReachDb): ReadModelService {
  let generation = 0;
  let current: Promise<AnswerView> | null = null;
  const reload = (): Promise<AnswerView> => {
    const loading = loadAnswerView(database);
    current = loading;
    loading.catch(() => {
      if (current === loading) current = null;
    });
    return loading;
  };
  const latest = (): Promise<AnswerView> => current ?? reload();
  return {
    async load() {
      const g = ++generation;
      return screenViewOf(await reload(), g);
    },
    async answer(options) {
      return answerOf(await latest(), options);
    },
    async quarters(span, band) {
      const view = await latest();
      return quarterlyYouth(quartersOf(span), (period) => answerOf(view, { period, youthBand: band }));
    },
    async entityAccounts(entityId) {
      const view = await latest();
      return view.entities.find((e) => e.entityId === entityId)?.accounts.map((a) => a.input) ?? [];
    },
  };
}
