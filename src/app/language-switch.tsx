// The NL | EN switch in the header: two toggle buttons that change the interface language.

import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/format';

/** Two buttons, `NL` and `EN` (`aria-pressed` on the current one), in a group named "Taal"/"Language". */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = useLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng === 'nl' ? 'nl-BE' : 'en'}
          aria-pressed={current === lng}
          title={lng === 'nl' ? t('app.languageNl') : t('app.languageEn')}
          onClick={() => void i18n.changeLanguage(lng)}
        >
          {lng.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
