// i18next set-up: Dutch by default whatever the browser says, English on the switch, choice kept in localStorage.

import i18next from 'i18next';
import type { i18n as I18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en } from './en';
import { HTML_LANG, isLanguage } from './format';
import type { Language } from './format';
import { AREAS } from './areas';
import { nl } from './nl';

/** localStorage key holding the chosen interface language (`nl` or `en`). */
export const LANGUAGE_STORAGE_KEY = 'youth-reach.language';

/** Reads the stored language choice; `nl` when nothing (valid) is stored or storage is unavailable. */
export function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : 'nl';
  } catch {
    return 'nl'; // storage blocked (private mode, sandboxed frame): Dutch
  }
}

/** The area catalogues of one language, mounted under their keys. */
function areaCatalogue(language: Language): Record<string, unknown> {
  return Object.fromEntries(Object.entries(AREAS).map(([key, area]) => [key, area[language]]));
}

/** Sets `<html lang>` to `nl-BE` or `en`. */
function applyHtmlLang(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = HTML_LANG[language];
}

/**
 * Creates and initialises (synchronously: the catalogues are bundled) an i18next instance bound to
 * react-i18next. `lng` is `language`, or the stored choice, never `navigator.language`; `fallbackLng` is
 * `nl`. Every language change is stored in localStorage and mirrored in `<html lang>`.
 */
export function createI18n(language: Language = storedLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'nl',
    supportedLngs: ['nl', 'en'],
    resources: {
      nl: { translation: { ...nl, ...areaCatalogue('nl') } },
      en: { translation: { ...en, ...areaCatalogue('en') } },
    },
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    returnNull: false,
  });
  applyHtmlLang(language);
  instance.on('languageChanged', (lng) => {
    if (!isLanguage(lng)) return;
    applyHtmlLang(lng);
    try {
      globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lng);
    } catch {
      // storage blocked: the choice lasts for this page only
    }
  });
  return instance;
}

/** The current interface language of the nearest i18next instance (`nl` unless switched to `en`). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(lng) ? lng : 'nl';
}
