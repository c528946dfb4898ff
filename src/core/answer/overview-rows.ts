// One chart-sized row per account, taken from the answer's figures: the overview, its chart and table,
// the report and the deck all show the same youth share for the same account and period.

import type { Answer } from './answer-types';
import type { AgeBand } from '../model/age-band';
import type { Basis, Period, Provenance } from '../model/observation';
import type { Platform } from '../model/platform';
import { noShareReason } from '../read-model/account-figures';
import type { YouthBand } from '../read-model/account-figures';

/**
 * One account in the overview:
 * - `youthShare` 0..1 of `youthBand` (13-24, or 18-24 where the split starts at 18), `youthAgeFloor` 13 | 18,
 *   `basis`, `ageShares` (shares 0..1 of the bands with known age): all null without an age split for the
 *   period (shown as "geen leeftijdsgegevens", never 0);
 * - `populationShare`: the Flemish population's share of the same band at the same floor (the marker);
 * - `period`: the period of the figures; `provenance` of the split (`manual` = typed in);
 * - `audienceSize` (count of the split's basis) and `representationIndex` / `platformRelativeIndex`.
 */
export interface OverviewRow {
  accountId: string;
  entityId: string;
  entityName: string;
  platform: Platform;
  accountName: string | null;
  youthShare: number | null;
  youthAgeFloor: 13 | 18 | null;
  youthBand: YouthBand | null;
  basis: Basis | null;
  period: Period | null;
  ageShares: Record<AgeBand, number> | null;
  populationShare: number | null;
  audienceSize: number | null;
  representationIndex: number | null;
  platformRelativeIndex: number | null;
  provenance: Provenance;
  /** True when a period is chosen and the account's age data is a split without a period of its own (not placeable in it). */
  undatedSplit?: boolean;
  /** The chosen youth band when the account's split has ages but not that band's (13-17 of a split from 18). */
  unavailableBand?: YouthBand;
  /** True when a period is chosen and the account has nothing in it (`noShareReason`: no split, day, total or size). */
  noDataInPeriod?: boolean;
}

/** The overview rows of an answer: entities in the answer's order (Dutch name order), accounts in platform order. */
export function overviewRows(answer: Answer): OverviewRow[] {
  return answer.entities.flatMap((e) =>
    e.accounts.map((a) => ({
      accountId: a.accountId,
      entityId: e.entityId,
      entityName: e.name,
      platform: a.platform,
      accountName: a.name,
      youthShare: a.youthShare?.value ?? null,
      youthAgeFloor: a.youthShare?.ageFloor ?? null,
      youthBand: a.youthShare?.band ?? null,
      basis: a.youthShare?.basis ?? null,
      period: a.period,
      ageShares: a.youthShare?.shares ?? null,
      populationShare: a.representationIndex?.referenceShare ?? null,
      audienceSize: a.audienceSize?.value ?? null,
      representationIndex: a.representationIndex?.value ?? null,
      platformRelativeIndex: a.platformRelativeIndex?.value ?? null,
      provenance: a.provenance ?? 'export',
      ...(a.poolStatus === 'undated-split' ? { undatedSplit: true } : {}),
      ...(a.poolStatus === 'band-unavailable' ? { unavailableBand: answer.youthBand } : {}),
      ...(noShareReason(a, answer.period !== null) === 'no-data-in-period' ? { noDataInPeriod: true } : {}),
    })),
  );
}
