// The "N cijfers gelezen" line of an import card, with what a person counts in the file: age × gender cells,
// values per city, country or video, counts and daily values; for a file of several platforms, the whole file's
// count with each platform's.

import type { TFunction } from 'i18next';
import { PLATFORM_LABELS } from '../../core/model/platform';
import type { ParsedFileSummary } from '../../workers/import-client';

/**
 * "33 cijfers gelezen (12 cellen leeftijd × geslacht, 20 waarden per stad, land of video, 1 aantal of dagwaarde)":
 * the count of `summary` with its kinds when there is more than one kind (`observationKinds`, else the
 * count alone). Counts of one platform's part; see {@link fileObservationsText} for a whole file.
 */
export function observationsText(summary: Pick<ParsedFileSummary, 'observationCount' | 'observationKinds'>, t: TFunction): string {
  const read = t('import.observations', { count: summary.observationCount });
  const k = summary.observationKinds;
  if (!k) return read;
  const parts = [
    k.ageCells > 0 ? t(k.byGender ? 'import.kind.ageGender' : 'import.kind.age', { count: k.ageCells }) : null,
    k.segmentValues > 0 ? t('import.kind.segment', { count: k.segmentValues }) : null,
    k.otherValues > 0 ? t('import.kind.other', { count: k.otherValues }) : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 1 ? t('import.observationsDetail', { read, detail: parts.join(', ') }) : read;
}

/**
 * The count of a whole file: for a file of several platforms (`parts`) the sum over its parts with each
 * part's count ("56 cijfers gelezen, over Facebook 33 en Instagram 23"), else {@link observationsText}.
 */
export function fileObservationsText(summary: ParsedFileSummary, t: TFunction, listFormat: Intl.ListFormat): string {
  const parts = summary.parts;
  if (!parts || parts.length < 2) return observationsText(summary, t);
  const total = parts.reduce((n, p) => n + p.observationCount, 0);
  const each = parts.map((p) => `${p.platform ? PLATFORM_LABELS[p.platform] : '—'} ${String(p.observationCount)}`);
  return t('import.observationsParts', { read: t('import.observations', { count: total }), parts: listFormat.format(each) });
}
