// The read model behind the screens, run off the page's main thread (read-model.worker.ts; in the page
// only where there is no worker): it reads and stitches the stored summaries once per load, keeps the
// result, and gives the page only what a screen shows (docs/architecture.md#read-model).

import type { Answer } from '../core/answer/answer-types';
import { quarterlyYouth, quartersOf } from '../core/answer/time-data';
import type { QuarterRow } from '../core/answer/time-data';
import type { Period } from '../core/model/observation';
import type { AccountInput, YouthBand } from '../core/read-model/account-figures';
import { answerOf, DEFAULT_ANSWER_OPTIONS, loadAnswerView, screenViewOf } from '../db/answer-repo';
import type { AnswerOptions, AnswerView, ScreenView } from '../db/answer-repo';
import { db } from '../db/database';
import type { YouthReachDb } from '../db/database';
import { confirmDataVersion, readDataVersion } from '../db/data-version';
import type { ReadModelSnapshot, SnapshotStore } from '../db/read-model-snapshot';

/**
 * The calls the page makes (each result structured-clone safe and sized by what a screen shows: entities,
 * accounts, imports, splits; never by the days or rows of data):
 * - `load()`: reads the database again (`loadAnswerView`, or the kept snapshot of the same data) and
 *   returns its {@link ScreenView}, numbered by a `generation` that grows with every load; the later calls
 *   use the latest load (waiting for it while it runs; loading first when there was none);
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

/** How long a full reading waits for a screen's first answer before it is kept anyway (ms). */
const KEEP_DELAY_MS = 2000;

/**
 * A {@link ReadModelService} over `database` (the app's by default). With `snapshots`, `load()` first
 * looks for the snapshot of the database's current data version (src/db/data-version.ts) made by this
 * code: when there is one it is the view, and the default answer is the snapshot's; the daily series are
 * read only when a call needs them (another period or band, quarters, an entity's series). After every
 * full reading the snapshot is kept (in the background, after the screen's first answer or after
 * `keepDelayMs`, 2 s by default; a failure to keep it only costs the next tab time).
 */
export function createReadModelService(database: YouthReachDb = db, options: { snapshots?: SnapshotStore | null; keepDelayMs?: number } = {}): ReadModelService {
  const snapshots = options.snapshots ?? null;
  const keepDelayMs = options.keepDelayMs ?? KEEP_DELAY_MS;
  let generation = 0;
  let current: Promise<AnswerView> | null = null;
  // The snapshot the latest load() served (null when it read the database).
  let served: ReadModelSnapshot | null = null;
  const reload = (): Promise<AnswerView> => {
    const loading = loadAnswerView(database);
    current = loading;
    loading.catch(() => {
      if (current === loading) current = null;
    });
    return loading;
  };
  const latest = (): Promise<AnswerView> => current ?? reload();
  const keep = async (view: AnswerView): Promise<void> => {
    // Nothing stored: nothing to gain (and no second database made on the start screen).
    if (!snapshots || view.entities.length === 0) return;
    const dataVersion = await confirmDataVersion(database, view.dataVersion);
    if (dataVersion === null) return; // written to since it was read: the next load reads again
    const { generation: _g, fromSnapshot: _f, ...screen } = screenViewOf({ ...view, dataVersion }, 0);
    await snapshots.write({ dataVersion, view: screen, answer: view.answer });
  };
  // Keeping a reading copies the whole view into the snapshot database (about 80 ms at 100 entities, on
  // this worker's thread): done once the screen's first answer has gone out, or after keepDelayMs when no
  // answer is asked, so that it never stands between a screen and its answer.
  let keepPending: (() => void) | null = null;
  const keepLater = (view: AnswerView): void => {
    const run = (): void => {
      if (keepPending !== run) return; // done already, or a newer reading took its place
      keepPending = null;
      keep(view).catch(() => undefined);
    };
    keepPending = run;
    setTimeout(run, keepDelayMs);
  };
  const keepNow = (): void => {
    const run = keepPending;
    if (run) setTimeout(run, 0); // a task after this call's answer has been posted
  };
  const snapshotNow = async (): Promise<ReadModelSnapshot | null> => {
    if (!snapshots) return null;
    // The snapshot itself is read only when its small record says it is of the database's data version
    // (after a write it is not, and the full reading starts without reading it). Without a data version
    // (nothing written yet) the snapshot database is not even opened, so none is made on the start screen.
    try {
      const dataVersion = await readDataVersion(database.settings);
      if (dataVersion === null || (await snapshots.keptVersion()) !== dataVersion) return null;
      return await snapshots.read(dataVersion);
    } catch {
      return null; // no snapshot: read the database
    }
  };
  // The load in progress: the other calls wait for it, so a call sent right after load() (the page asks
  // for its answer at once) answers from that load, never from the one before or from a second reading.
  let loading: Promise<unknown> | null = null;
  const loaded = async (): Promise<void> => {
    if (loading) await loading.catch(() => undefined);
  };
  const load = async (): Promise<ScreenView> => {
    const g = ++generation;
    const snapshot = await snapshotNow();
    if (snapshot) {
      served = snapshot;
      current = null; // a full reading, when a call needs one, reads the data the snapshot was made of (or newer)
      return { ...snapshot.view, generation: g, fromSnapshot: true };
    }
    served = null;
    const view = await reload();
    keepLater(view);
    return screenViewOf(view, g);
  };
  return {
    load() {
      const run = load();
      loading = run;
      void run.catch(() => undefined).then(() => {
        if (loading === run) loading = null;
      });
      return run;
    },
    async answer(options) {
      await loaded();
      if (served && options.period === null && options.youthBand === DEFAULT_ANSWER_OPTIONS.youthBand) return served.answer;
      const answer = answerOf(await latest(), options);
      keepNow();
      return answer;
    },
    async quarters(span, band) {
      await loaded();
      const view = await latest();
      return quarterlyYouth(quartersOf(span), (period) => answerOf(view, { period, youthBand: band }));
    },
    async entityAccounts(entityId) {
      await loaded();
      const view = await latest();
      return view.entities.find((e) => e.entityId === entityId)?.accounts.map((a) => a.input) ?? [];
    },
  };
}
