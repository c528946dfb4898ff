// Hand-made answer inputs for the rule tests.

import type { AnswerAccount, AnswerEntity } from '../../../../src/core/answer/answer-types';
import type { Basis } from '../../../../src/core/model/observation';
import type { Platform } from '../../../../src/core/model/platform';

/** An account on `platform` with youth share `share` (null = no age data), floor, basis and totals. */
export function account(
  id: string,
  platform: Platform,
  share: number | null,
  opts: { floor?: 13 | 18; basis?: Basis; reach?: number; followers?: number; views?: number; youthCount?: number; series?: AnswerAccount['series'] } = {},
): AnswerAccount {
  return {
    accountId: id,
    platform,
    name: null,
    youth: share === null ? null : { youthShare: share, floor: opts.floor ?? 13, basis: opts.basis ?? 'views', youthCount: opts.youthCount ?? null },
    totals: { reach: opts.reach ?? null, viewers: null, views: opts.views ?? null, followers: opts.followers ?? null },
    reachIsUpperBound: false,
    series: opts.series ?? [],
    period: null,
    provenance: 'export',
    importIds: [`imp-${id}`],
    fileIds: [`file-${id}`],
  };
}

/** An entity named `name` with `accounts` and the presence a user set. */
export function entity(name: string, accounts: AnswerAccount[], presence: AnswerEntity['presence'] = {}): AnswerEntity {
  return { entityId: name.toLowerCase(), name, accounts, presence };
}
