// The message catalogues of each screen area beyond the base catalogue, so areas can grow independently.

import * as answerMessages from './areas/answer';
import * as audienceMessages from './areas/audience';
import * as chartsMessages from './areas/charts';
import * as compareMessages from './areas/compare';
import * as dataMessages from './areas/data';
import * as entityMessages from './areas/entity';
import * as helpMessages from './areas/help';
import * as referenceMessages from './areas/reference';
import * as reportMessages from './areas/report';
import * as settingsMessages from './areas/settings';
import * as traceTextMessages from './areas/trace';

/**
 * One area's messages in both languages, nested objects of strings; `en` must have the same keys as `nl`
 * (each area file types its `en` with `AreaCatalogue<typeof nl>`-like checks). They are mounted under the
 * area's key: `t('answer.title')` reads `AREAS.answer.nl.title`.
 */
export interface AreaMessages {
  nl: Record<string, unknown>;
  en: Record<string, unknown>;
}

/** Makes `en` carry exactly the keys of `nl` (recursively), each a string. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

/**
 * Every area catalogue, by its mount key. Add one line per area file in `src/i18n/areas/`.
 * Keys must not collide with the base catalogue's top-level keys (app, nav, start, …).
 */
export const AREAS: Record<string, AreaMessages> = {
  charts: chartsMessages,
  audience: audienceMessages,
  data: dataMessages,
  answer: answerMessages,
  compare: compareMessages,
  entity: entityMessages,
  help: helpMessages,
  settings: settingsMessages,
  report: reportMessages,
  reference: referenceMessages,
  traceText: traceTextMessages,
};
