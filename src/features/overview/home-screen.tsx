// The screen at `/`: the start panel on an empty database, the overview once anything is imported.

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OverviewPanel } from './overview-panel';
import { importCountQuery, overviewQuery, referenceSetQuery } from './queries';
import { DEFAULT_REFERENCE_SET } from '../../core/reference/reference-set';
import { StartPanel } from './start-panel';

/**
 * Reads `['import-count']`, `['overview']` and `['reference-set']` (the figures in use, with the user's
 * overrides); shows loading, an error, the start panel or the overview. The overview waits for the
 * reference set so the population markers never show the shipped figure first; if the overrides cannot be
 * read, the shipped figures are used.
 */
export function HomeScreen() {
  const { t } = useTranslation();
  const count = useQuery(importCountQuery);
  const overview = useQuery({ ...overviewQuery, enabled: (count.data ?? 0) > 0 });
  const reference = useQuery({ ...referenceSetQuery, enabled: (count.data ?? 0) > 0 });
  // Set once the start panel has been shown: when the overview then replaces it (sample data loaded), the
  // overview takes focus, since the button that had it is gone.
  const [shownStart, setShownStart] = useState(false);
  if (count.data === 0 && !shownStart) setShownStart(true); // derived state, set during render (React docs)

  const error = count.error ?? overview.error;
  if (error) {
    return (
      <p role="alert" className="error">
        {t('app.error', { detail: error instanceof Error ? error.message : String(error) })}
      </p>
    );
  }
  if (count.isPending) return <p role="status">{t('app.loading')}</p>;
  if (count.data === 0) return <StartPanel />;
  if (overview.isPending || (reference.isPending && !reference.isError)) return <p role="status">{t('app.loading')}</p>;
  return <OverviewPanel rows={overview.data ?? []} reference={reference.data ?? DEFAULT_REFERENCE_SET} focusOnMount={shownStart} />;
}
