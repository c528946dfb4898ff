// The settings screen "Instellingen": the answer's thresholds and every reference figure with its source, editable, with a one-click reset to defaults (docs/method.md#thresholds, docs/reference-figures.md).

import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { answerViewQuery } from '../../lib/queries';
import './settings.css';
import { errorMessage } from '../../core/model/errors';
import { FiguresSection } from './figures-section';
import { ThresholdsSection } from './thresholds-section';

/** The `/settings` screen. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const view = useQuery(answerViewQuery);
  return (
    <div className="settings-screen">
      <h1>{t('settings.title')}</h1>
      <p className="lead">{t('settings.intro')}</p>
      {view.error ? (
        <p role="alert" className="error">
          {t('app.error', { detail: errorMessage(view.error) })}
        </p>
      ) : view.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <>
          <ThresholdsSection current={view.data.thresholds} />
          <FiguresSection view={view.data} />
        </>
      )}
    </div>
  );
}
