// The page frame: skip link, header (product name, navigation, language switch), main landmark, footer.

import { Suspense, useDeferredValue, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from './language-switch';
import { ScreenLoading } from './screen-loading';
import { StorageBanners, StorageGate } from './storage-gate';
import '../charts/print.css';

/**
 * The screens in the main navigation, in reading order: what the data says first (overview, the answer to
 * question 3, compare, report), then how data gets in and is kept (import, typing in, data, settings), and
 * the glossary.
 */
const NAV_ITEMS: readonly { to: string; label: string }[] = [
  { to: '/', label: 'nav.overview' },
  { to: '/answer', label: 'help.navAnswer' },
  { to: '/compare', label: 'compare.nav' },
  { to: '/report', label: 'report.nav' },
  { to: '/import', label: 'nav.import' },
  { to: '/audience', label: 'nav.audience' },
  { to: '/data', label: 'data.nav' },
  { to: '/settings', label: 'settings.nav' },
  { to: '/begrippen', label: 'help.navGlossary' },
];

/**
 * The layout route: header with nav ({@link NAV_ITEMS}; behind a "Menu" button on narrow screens) and the
 * NL | EN switch, then the
 * storage banners and the screen (or the can't-store screen, see `StorageGate`). In print the header, footer
 * and skip link are left out (`src/charts/print.css`).
 */
export function Layout() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  // The page's first render draws the shell only; the screen follows in a background render that React
  // splits into short tasks (a deferred value, false on the first render): shell and screen in one render
  // were one long task. The shell (banners included) is on screen either way.
  const screenShown = useDeferredValue(true, false);

  useEffect(() => {
    document.title = t('app.name');
  }, [t, i18n.language]);

  const shownPath = useRef(location.pathname);
  useEffect(() => {
    // After a move to another screen (a new path, not the first render), move focus to the main landmark
    // so a screen reader starts reading the new screen. A change of only the query (filters in the URL)
    // or the in-page hash (a glossary term) keeps the focus where the user is working.
    // A screen that already placed the focus inside main (a linked glossary term, an export guide)
    // keeps it: its effects run before this one.
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    const main = document.getElementById('main');
    if (main && !main.contains(document.activeElement)) main.focus();
  }, [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault(); // the hash router owns the URL hash
        document.getElementById('main')?.focus();
      }}>
        {t('app.skipToContent')}
      </a>
      <header
        className="site-header"
        onKeyDown={(e) => {
          // Escape closes the open menu and gives focus back to its button (WAI-ARIA disclosure pattern).
          if (e.key === 'Escape' && menuOpen) {
            setMenuOpen(false);
            menuButton.current?.focus();
          }
        }}
      >
        <div className="site-header__inner">
          <NavLink to="/" className="brand">
            <img src="./favicon.svg" alt="" width={28} height={28} />
            <span>{t('app.name')}</span>
          </NavLink>
          <button
            type="button"
            ref={menuButton}
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t('app.menu')}
          </button>
          <nav id="main-nav" aria-label={t('app.mainNav')} className={menuOpen ? 'main-nav main-nav--open' : 'main-nav'}>
            <ul className="nav-list">
              {NAV_ITEMS.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.to === '/'} onClick={() => setMenuOpen(false)}>
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <StorageBanners />
        <StorageGate>
          {/* Each screen is its own chunk (routes.tsx): until it has arrived, a calm placeholder. */}
          <Suspense fallback={<ScreenLoading />}>{screenShown ? <Outlet /> : <ScreenLoading />}</Suspense>
        </StorageGate>
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        <ul className="footer-links" aria-label={t('help.footerNav')}>
          <li>
            <NavLink to="/toegankelijkheid">{t('help.footerStatement')}</NavLink>
          </li>
          <li>
            <NavLink to="/begrippen">{t('help.footerGlossary')}</NavLink>
          </li>
        </ul>
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
