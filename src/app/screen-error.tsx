// What a screen shows when it cannot be shown: its chunk could not be fetched (for instance the app was
// updated on the server while this tab stayed open), or it failed while drawing.

import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { errorMessage } from '../core/model/errors';

/**
 * The error element of every screen route (routes.tsx): the layout stays, the screen area says what went
 * wrong (the error's message) and offers to reload the page, which fetches the current chunks.
 */
export function ScreenError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const detail = errorMessage(error);
  return (
    <section>
      <h1>{t('app.screenErrorTitle')}</h1>
      <p role="alert" className="error">
        {t('app.error', { detail })}
      </p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </button>
      </p>
    </section>
  );
}
