// What a table shows for an account without a youth share: why there is none.

import type { TFunction } from 'i18next';
import type { NoShareReason } from '../core/read-model/account-figures';
import type { YouthBand } from '../core/read-model/youth-band';

/**
 * The label of a missing youth share (`noShareReason` in src/core/read-model/account-figures.ts):
 * "verdeling zonder periode" (an undated split while a period is chosen), "geen 13-17 in de
 * leeftijdsverdeling" (the split has ages, not the chosen band's: one that starts at 18), "geen gegevens in
 * deze periode" (a chosen period the account has nothing in), else "geen leeftijdsgegevens".
 */
export function noShareLabel(t: TFunction, status: NoShareReason | null | undefined, band: YouthBand): string {
  if (status === 'undated-split') return t('overview.undatedSplit');
  if (status === 'no-data-in-period') return t('overview.noPeriodData');
  if (status === 'band-unavailable') return t('overview.bandUnavailable', { band });
  return t('overview.noAgeData');
}
