// The settings screen "Instellingen": the answer's thresholds and every reference figure with its source, editable, with a one-click reset to defaults (docs/method.md#thresholds, docs/reference-figures.md).

import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { answerViewQuery } from '../../lib/queries';
import './settings.css';
import { FiguresSection } from './figures-section';
import { ThresholdsSection } from './thresholds-section';
import { QueryView } from '../../lib/outcome';

/** The `/settings` screen. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const view = useQuery(answerViewQuery);
  return (
    <div className="settings-screen">
      <h1>{t('settings.title')}</h1>
      <p className="lead">{t('settings.intro')}</p>
      <QueryView query={view}>
        {(data) => (
          <>
            <ThresholdsSection current={data.thresholds} />
            <FiguresSection view={data} />
          </>
        )}
      </QueryView>
    </div>
  );
}
