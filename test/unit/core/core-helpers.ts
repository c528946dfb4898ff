// Hand-made answer inputs for the rule tests: accounts built from observations, stitched like stored imports.

import { accountFromFiles } from '../../../src/core/answer/account-from-files';
import type { AnswerEntity } from '../../../src/core/answer/answer-types';
import type { Basis, Observation, Period, Provenance } from '../../../src/core/model/observation';
import type { ParsedFile } from '../../../src/core/model/parsed-file';
import type { Platform } from '../../../src/core/model/platform';
import type { AccountInput } from '../../../src/core/read-model/account-figures';

/** The period of September 2025, used by most tests. */
export const SEP: Period = { start: '2025-09-01', end: '2025-09-30' };

/** An age split of `basis` for `period`: one share (0..1) or count per band. */
export function split(basis: Basis, values: Record<string, number>, period: Period | null = SEP, unit: 'share' | 'count' = 'share'): Observation[] {
  return Object.entries(values).map(([ageBand, value]) => ({ metric: basis as Observation['metric'], period, ageBand, value, unit }));
}

/** A youth split of followers with youth share `youth` at floor 13 (13-17 = 0, 18-24 = youth) or 18 (no 13-17 row). */
export function youthSplit(youth: number, opts: { basis?: Basis; floor?: 13 | 18; period?: Period | null } = {}): Observation[] {
  const values: Record<string, number> = opts.floor === 18 ? { '18-24': youth, '25-34': 1 - youth } : { '13-17': 0, '18-24': youth, '25-34': 1 - youth };
  return split(opts.basis ?? 'followers', values, opts.period === undefined ? SEP : opts.period);
}

/** A whole count of `metric` on one day (a follower level, a day's views). */
export function onDay(metric: Observation['metric'], day: string, value: number): Observation {
  return { metric, period: { start: day, end: day }, value, unit: 'count' };
}

/** A whole count of `metric` over `period` (a table's Total row). */
export function total(metric: Observation['metric'], value: number, period: Period | null = SEP): Observation {
  return { metric, period, value, unit: 'count' };
}

/** A parsed file holding `observations`. */
export function file(name: string, observations: Observation[], opts: { period?: Period | null; provenance?: Provenance } = {}): ParsedFile {
  return {
    fileName: name,
    format: 'test',
    formatVersion: 1,
    formatLabel: 'test',
    platform: null,
    platformCandidates: [],
    accountName: null,
    period: opts.period === undefined ? SEP : opts.period,
    basis: null,
    observations,
    warnings: [],
    encoding: 'utf-8',
    delimiter: ',',
    provenance: opts.provenance ?? 'export',
  };
}

/** An account of `entity` on `platform` from files (oldest first: later files are the newer exports). */
export function account(entityName: string, platform: Platform, files: ParsedFile[], id = `${entityName}-${platform}`): AccountInput {
  return accountFromFiles({ accountId: id, entityId: entityName.toLowerCase(), entityName, platform, files: files.map((parsed, i) => ({ parsed, importId: `${id}-imp${i + 1}`, fileId: `${id}-file${i + 1}` })) });
}

/** An account with a followers split of youth share `youth` (floor 13) and `followers` followers on 30 September 2025. */
export function followersAccount(entityName: string, platform: Platform, youth: number, followers: number | null, opts: { floor?: 13 | 18; provenance?: Provenance } = {}): AccountInput {
  const obs = [...youthSplit(youth, { floor: opts.floor ?? 13 }), ...(followers === null ? [] : [onDay('followers', SEP.end, followers)])];
  return account(entityName, platform, [file(`${entityName}-${platform}.csv`, obs, { provenance: opts.provenance ?? 'export' })]);
}

/** An entity named `name` with `accounts` and the presence a user set. */
export function entity(name: string, accounts: AccountInput[], presence: AnswerEntity['presence'] = {}): AnswerEntity {
  return { entityId: name.toLowerCase(), name, accounts, presence };
}
