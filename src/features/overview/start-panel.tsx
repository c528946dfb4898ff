// The start screen on an empty database: what the app does, load the sample data, or go and import.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { exportGuidePath } from '../../lib/help-links';
import { useImportClient } from '../../lib/import-client-context';
import { invalidateStoredData } from '../../lib/query-keys';
import { describeProblem } from '../../i18n/problem';
import { bundledSampleFiles, loadSampleData } from './load-sample-data';
import { ErrorLine } from '../../lib/outcome';

/**
 * Explanation plus two actions: `load-sample-data` ("Voorbeeldgegevens laden"), which runs the bundled
 * sample files through the import client and then invalidates the stored-data queries (so the overview
 * replaces this panel), and a link to the import screen. Shows progress and any failed sample file.
 */
export function StartPanel() {
  const { t } = useTranslation();
  const client = useImportClient();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const sampleCount = bundledSampleFiles().length;

  const load = useMutation({
    mutationFn: () => loadSampleData(client, { onProgress: (done, total) => setProgress({ done, total }) }),
    onSettled: () => invalidateStoredData(queryClient),
  });

  return (
    <section className="start" aria-labelledby="start-title">
      <h1 id="start-title">{t('start.title')}</h1>
      <p className="lead" data-testid="first-visit">{t('help.firstVisit')}</p>
      <p>
        {t('start.intro')} <Link to={exportGuidePath('alle')}>{t('start.guideLink')}</Link>
      </p>
      <p>{t('start.privacy')}</p>
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          data-testid="load-sample-data"
          disabled={load.isPending || sampleCount === 0}
          aria-describedby="sample-hint"
          onClick={() => load.mutate()}
        >
          {t('start.loadSample')}
        </button>
        <Link className="button" to="/import">
          {t('start.goImport')}
        </Link>
        <Link className="button" to="/audience">
          {t('start.goAudience')}
        </Link>
      </div>
      <p id="sample-hint" className="hint">
        {sampleCount === 0 ? t('start.sampleEmpty') : t('start.loadSampleHint')}
      </p>
      {load.isPending ? (
        <p role="status">{t('start.loadingSample', { done: progress?.done ?? 0, total: progress?.total ?? sampleCount })}</p>
      ) : null}
      {load.isError ? (
        <ErrorLine error={load.error} />
      ) : null}
      {load.data && load.data.failures.length > 0 ? (
        <div role="alert" className="error">
          <p>{t('start.sampleFailed')}</p>
          <ul>
            {load.data.failures.map((f) => (
              <li key={f.fileName}>{describeProblem(t, f.fileName, f.problem)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
