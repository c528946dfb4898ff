// "Toegankelijkheidsverklaring" (`#/toegankelijkheid`): the accessibility statement, laid out like the ones
// Flemish government websites publish (status, non-accessible content, how it was checked, contact, date).

import { useTranslation } from 'react-i18next';
import './help.css';

const LIMITS = ['answer', 'charts', 'exports'] as const;
const FEATURES = ['keyboard', 'colour', 'zoom', 'language'] as const;

/** The statement: compliance status (WCAG 2.1 AA, partly), known limits, what the app does, the checks, contact, date. */
export function StatementScreen() {
  const { t } = useTranslation();
  return (
    <section className="help-page" aria-labelledby="statement-title">
      <h1 id="statement-title">{t('help.statement.title')}</h1>
      <p className="lead">{t('help.statement.intro')}</p>
      <h2>{t('help.statement.statusTitle')}</h2>
      <p>{t('help.statement.status')}</p>
      <h2>{t('help.statement.limitsTitle')}</h2>
      <ul>
        {LIMITS.map((k) => (
          <li key={k}>{t(`help.statement.limits.${k}`)}</li>
        ))}
      </ul>
      <h2>{t('help.statement.features.title')}</h2>
      <ul>
        {FEATURES.map((k) => (
          <li key={k}>{t(`help.statement.features.${k}`)}</li>
        ))}
      </ul>
      <h2>{t('help.statement.testedTitle')}</h2>
      <p>{t('help.statement.tested')}</p>
      <h2>{t('help.statement.contactTitle')}</h2>
      <p>{t('help.statement.contact')}</p>
      <h2>{t('help.statement.dateTitle')}</h2>
      <p>{t('help.statement.date')}</p>
    </section>
  );
}
