// The method note of the answer: what the figures cannot show, as structured items that say whether they apply (DESIGN.md §5).

import type { AccountMetrics, AnswerEntity, MethodNote } from './answer-types';

/**
 * The method note for `entities` and their computed `metrics` (same order). Items (`answer.method.<id>`):
 * `accountsNotPeople`, `reachNotAdditive`, `audiencesNotOnlyFlemish` (always apply); `youtubeSignedIn`
 * (applies when a YouTube account has age data); `under13Invisible` (always; `entities` lists entities
 * with an account whose youth share at floor 13 is at least 50 %, where unseen under-13s matter most, e.g.
 * Ketnet); `floor18` (applies when an account's split starts at 18: `accounts` lists them);
 * `followersNotReached` (applies when a youth share is of followers); `viewsNotPeople` (applies when an
 * estimated youth reach multiplies views).
 */
export function methodNotes(entities: readonly AnswerEntity[], metrics: readonly (readonly AccountMetrics[])[]): MethodNote[] {
  const all = metrics.flatMap((ms, i) => ms.map((m) => ({ entity: entities[i]!.name, m })));
  const label = (x: { entity: string; m: AccountMetrics }): string => `${x.entity} ${x.m.platform}`;
  const young = [...new Set(all.filter((x) => x.m.youthShare?.floor === 13 && x.m.youthShare.value >= 0.5).map((x) => x.entity))];
  const floor18 = all.filter((x) => x.m.youthShare?.floor === 18);
  const followers = all.filter((x) => x.m.youthShare?.basis === 'followers');
  const views = all.filter((x) => x.m.estimatedYouthReach?.multiplies === 'views');
  const note = (id: string, applies: boolean, params: MethodNote['params'] = {}): MethodNote => ({ id, key: `answer.method.${id}`, params, applies });
  return [
    note('accountsNotPeople', true),
    note('reachNotAdditive', true),
    note('youtubeSignedIn', all.some((x) => x.m.platform === 'youtube' && x.m.youthShare !== null)),
    note('audiencesNotOnlyFlemish', true),
    note('under13Invisible', true, { entities: young.join(', ') }),
    note('floor18', floor18.length > 0, { accounts: floor18.map(label).join(', ') }),
    note('followersNotReached', followers.length > 0, { accounts: followers.map(label).join(', ') }),
    note('viewsNotPeople', views.length > 0, { accounts: views.map(label).join(', ') }),
  ];
}
