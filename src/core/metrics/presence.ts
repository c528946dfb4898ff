// Presence of an entity on a platform: account with data, account without data, no account, or not known (docs/method.md#verdicts).

import type { Platform } from '../model/platform';
import { makeTrace } from './trace';
import type { Trace } from './trace';

/** An entity's presence on one platform (docs/method.md#verdicts). Nothing imported and nothing set = `unknown`, never `no-account`. */
export type Presence = 'account-with-data' | 'account-without-data' | 'no-account' | 'unknown';

/** What a user set on the entity's page for a platform; null = not set. */
export type UserPresence = 'has-account' | 'no-account' | null;

/** The entity's accounts on the platform (imported or typed in), each with whether it has an age split. */
export interface PresenceAccount {
  accountId: string;
  hasAgeData: boolean;
}

/**
 * A presence with its trace. `conflict` is true when the user set `no-account` although accounts were
 * imported: the imported accounts win (the user may mean the account is closed: say so in the UI).
 */
export interface PresenceResult {
  platform: Platform;
  presence: Presence;
  userSet: UserPresence;
  conflict: boolean;
  trace: Trace;
}

/**
 * The presence on `platform` from the accounts and what the user set:
 * an account with age data → `account-with-data`; accounts, none with age data → `account-without-data`;
 * no account and user set `has-account` → `account-without-data`; user set `no-account` → `no-account`;
 * nothing → `unknown`. Never throws.
 */
export function presenceOf(platform: Platform, accounts: readonly PresenceAccount[], userSet: UserPresence): PresenceResult {
  let presence: Presence;
  if (accounts.some((a) => a.hasAgeData)) presence = 'account-with-data';
  else if (accounts.length > 0 || userSet === 'has-account') presence = 'account-without-data';
  else if (userSet === 'no-account') presence = 'no-account';
  else presence = 'unknown';
  return {
    platform,
    presence,
    userSet,
    conflict: userSet === 'no-account' && accounts.length > 0,
    trace: makeTrace({
      metric: 'presence',
      formula: 'account with age data → with data; an account without age data or set "has account" → without data; set "no account" → no account; else not known',
      inputs: [
        { name: 'accounts', value: accounts.length, unit: 'count' },
        { name: 'accounts with age data', value: accounts.filter((a) => a.hasAgeData).length, unit: 'count' },
        { name: 'set by user', value: userSet ?? 'not set', unit: 'text' },
      ],
      sources: accounts.map((a) => ({ accountId: a.accountId, importIds: [], fileIds: [] })),
    }),
  };
}
