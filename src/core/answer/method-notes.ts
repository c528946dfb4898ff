// The method note of the answer: what the figures cannot show, as structured items that say whether they
// apply to this data (docs/method.md#limits).

import type { EntityAnswer, MethodNote } from './answer-types';

/**
 * The method note for the computed entities. Items (`answer.method.<id>`), always applying unless said:
 * `selfDeclaredAges` (ages are what users declared); `sharedAccounts` (accounts, not people: children on a
 * parent's account, one person with several accounts); `hiddenBands` (platforms hide 13-17 in places and
 * withhold small bands); `reachNotAdditive` (the same person counts on every account: sums are upper
 * bounds); `audiencesNotOnlyFlemish`; `under13Invisible` (`entities`: those whose 13+ youth share is at
 * least 50 %, where the unseen under-13s matter most); `referenceError` (reference figures are surveys with
 * their own error and year); `signedInOnly` (applies when a split is of views: age is known only for
 * signed-in viewers); `floor18` (applies when a split starts at 18: `accounts`); `followersNotReached`
 * (applies when a split is of followers); `viewsNotPeople` (applies when youth views are shown).
 * A note with nobody to name has the key `answer.method.general.<id>` and no params (its sentence without the list).
 */
export function methodNotes(entities: readonly EntityAnswer[]): MethodNote[] {
  const all = entities.flatMap((e) => e.accounts.map((a) => ({ entity: e.name, a })));
  const label = (x: (typeof all)[number]): string => `${x.entity} ${x.a.platform}`;
  const young = [...new Set(all.filter((x) => x.a.youthShare?.ageFloor === 13 && x.a.youthShare.band === '13-24' && x.a.youthShare.value >= 0.5).map((x) => x.entity))];
  const floor18 = all.filter((x) => x.a.youthShare?.ageFloor === 18);
  const followers = all.filter((x) => x.a.youthShare?.basis === 'followers');
  const views = all.filter((x) => x.a.youthViews !== null || x.a.youthShare?.basis === 'views');
  // A note whose list is empty (nobody to name: it does not apply, or no young audience) is said without the list, never "(—)".
  const note = (id: string, applies: boolean, params: MethodNote['params'] = {}): MethodNote =>
    Object.values(params).some((v) => v === '') ? { id, key: `answer.method.general.${id}`, params: {}, applies } : { id, key: `answer.method.${id}`, params, applies };
  return [
    note('selfDeclaredAges', true),
    note('sharedAccounts', true),
    note('hiddenBands', true),
    note('reachNotAdditive', true),
    note('audiencesNotOnlyFlemish', true),
    note('under13Invisible', true, { entities: young.join(', ') }),
    note('referenceError', true),
    note('signedInOnly', views.length > 0, { accounts: views.map(label).join(', ') }),
    note('floor18', floor18.length > 0, { accounts: floor18.map(label).join(', ') }),
    note('followersNotReached', followers.length > 0, { accounts: followers.map(label).join(', ') }),
    note('viewsNotPeople', views.length > 0, { accounts: views.map(label).join(', ') }),
  ];
}
