// One chart-sized row per account, taken from the answer's figures: the overview, its chart and table,
// the report and the deck all show the same youth share for the same account and period.

import type { Answer } from './answer-types';
import type { AgeBand } from '../model/age-band';
import type { Basis, Period, Provenance } from '../model/observation';
import type { Platform } from '../model/platform';
import { noShareReason } from '../read-model/account-figures';
import type { NoShareReason, YouthBand } from '../read-model/account-figures';

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
  /**
   * Without a youth share: why (`noShareReason`: e.g. `undated-split`, a split without a period of its own
   * while a period is chosen; `band-unavailable`, a split without the chosen band's ages; `no-data-in-period`)
   * and the chosen band. Absent when it has a share.
   */
  noShare?: { reason: NoShareReason; band: YouthBand };
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
      ...noShareOf(noShareReason(a, answer.period !== null), answer.youthBand),
    })),
  );
}

/** The `noShare` field of a row: present only when there is a reason (no youth share). */
function noShareOf(reason: NoShareReason | null, band: YouthBand): Pick<OverviewRow, 'noShare'> {
  return reason === null ? {} : { noShare: { reason, band } };
}
