// The placeholder shown while a screen's chunk is fetched (routes.tsx loads each screen on first use).

import { useTranslation } from 'react-i18next';

/**
 * A quiet loading state: a region of screen height marked `aria-busy`, so the footer does not jump up and
 * back, with a status text that only fades in after a short delay (a CSS animation delay, `styles.css`
 * `.screen-loading`), so a fast load shows nothing at all and a slow one says what is happening.
 */
export function ScreenLoading() {
  const { t } = useTranslation();
  return (
    <div className="screen-loading" aria-busy="true">
      <p role="status" className="screen-loading__text">
        {t('app.loadingScreen')}
      </p>
    </div>
  );
}
