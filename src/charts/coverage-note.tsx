// "gegevens voor 61 van 92 dagen": said beside a figure whose days cover the chosen period only partly.

import { useTranslation } from 'react-i18next';
import type { DayCoverage } from '../core/read-model/account-figures';
import { formatCount } from '../i18n/format';
import { useLanguage } from '../i18n/i18n';

/**
 * The coverage of a figure's period (`days` with data of `of`; `kind` `split`: the days the age split covers),
 * shown only when it is partial (days < of);
 * nothing for full or unknown coverage. Rendered as a hint with `data-coverage` for tests. Not for a level
 * on a date (a follower count): that figure says its date instead.
 */
export function CoverageNote({ coverage, kind = 'data' }: { coverage: DayCoverage | null | undefined; kind?: 'data' | 'split' }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!coverage || coverage.days >= coverage.of) return null;
  return (
    <span className="hint coverage-note" data-coverage={`${coverage.days}/${coverage.of}`}>
      {' '}
      ({t(kind === 'split' ? 'answer.splitCoverage' : 'answer.coverage', { days: formatCount(coverage.days, language), of: formatCount(coverage.of, language) })})
    </span>
  );
}
