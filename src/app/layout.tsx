// The page frame: skip link, header (product name, navigation, language switch), main landmark, footer.

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from './language-switch';
import { StorageBanners, StorageGate } from './storage-gate';
import '../charts/print.css';

/**
 * The layout route: header with nav (Overzicht, Importeren, Vergelijken, Vraag 3, Rapport, Gegevens, Instellingen) and the NL | EN switch, then the
 * storage banners and the screen (or the can't-store screen, see `StorageGate`). In print the header, footer
 * and skip link are left out (`src/charts/print.css`).
 */
export function Layout() {
  const { t, i18n } = useTranslation();
  const location = useLocation();

  useEffect(() => {
    document.title = t('app.name');
  }, [t, i18n.language]);

  useEffect(() => {
    // After a navigation (not the first render), move focus to the main landmark so a screen reader
    // starts reading the new screen.
    if (location.key !== 'default') document.getElementById('main')?.focus();
  }, [location.key]);

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault(); // the hash router owns the URL hash
        document.getElementById('main')?.focus();
      }}>
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to="/" className="brand">
            <img src="./favicon.svg" alt="" width={28} height={28} />
            <span>{t('app.name')}</span>
          </NavLink>
          <nav aria-label={t('app.mainNav')}>
            <ul className="nav-list">
              <li>
                <NavLink to="/" end>
                  {t('nav.overview')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/import">{t('nav.import')}</NavLink>
              </li>
              <li>
                <NavLink to="/audience">{t('nav.audience')}</NavLink>
              </li>
              <li>
                <NavLink to="/compare">{t('compare.nav')}</NavLink>
              </li>
              <li>
                <NavLink to="/answer">{t('answer.nav')}</NavLink>
              </li>
              <li>
                <NavLink to="/report">{t('report.nav')}</NavLink>
              </li>
              <li>
                <NavLink to="/data">{t('data.nav')}</NavLink>
              </li>
              <li>
                <NavLink to="/settings">{t('settings.nav')}</NavLink>
              </li>
            </ul>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <StorageBanners />
        <StorageGate>
          <Outlet />
        </StorageGate>
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}

/** The screen for an unknown route. */
export function NotFound() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('app.notFound')}</h1>
      <p>
        <NavLink to="/">{t('app.backHome')}</NavLink>
      </p>
    </section>
  );
}
