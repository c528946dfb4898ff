// A format's label in the interface language: the core labels a saved column mapping `Own mapping: <name>`;
// the other labels are product names (e.g. `Instagram Insights CSV`) and stay as they are.

import type { TFunction } from 'i18next';

const OWN_MAPPING = /^Own mapping: (.*)$/s;

/** `Own mapping: Eigen enquête` → `Eigen koppeling: Eigen enquête` in Dutch; any other label as it is. */
export function formatLabelText(label: string, t: TFunction): string {
  const m = OWN_MAPPING.exec(label);
  return m ? t('import.ownMapping', { name: m[1] ?? '' }) : label;
}
