// Formats a byte count for people in the interface language: bytes below 1 kB, then kB, MB, GB (decimal).

import { INTL_LOCALE } from '../../i18n/format';
import type { Language } from '../../i18n/format';

/**
 * `bytes` (a count; decimal units, as browsers report quota) as `5 byte`, `12,3 kB`, `4,5 MB`, `1,2 GB`
 * (nl-BE) or `12.3 kB` … (en-GB), one decimal at most.
 */
export function formatBytes(bytes: number, language: Language): string {
  const [unit, divisor] =
    bytes >= 1e9
      ? (['gigabyte', 1e9] as const)
      : bytes >= 1e6
        ? (['megabyte', 1e6] as const)
        : bytes >= 1e3
          ? (['kilobyte', 1e3] as const)
          : (['byte', 1] as const);
  return new Intl.NumberFormat(INTL_LOCALE[language], { style: 'unit', unit, maximumFractionDigits: 1 }).format(bytes / divisor);
}
