// The import screen: pick or drop files, preview what each holds, assign entity and platform, store.

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useImportClient } from '../../lib/import-client-context';
import { invalidateStoredData } from '../../lib/query-keys';
import { describeProblem } from '../../i18n/problem';
import type { CommitResult, FilePreview } from '../../workers/import-client';
import { buildRequests, emptyChoices, entityFor, isEntityFilled, platformFor, withEntity, withEntityFilled, withPlatform } from './batch';
import type { BatchChoices } from './batch';
import { FilePicker } from './file-picker';
import { PreviewCard } from './preview-card';
import { entitiesQuery } from './queries';

const BLOCKER_KEYS = { nothing: 'import.blockedNothing', entity: 'import.blockedEntity', platform: 'import.blockedPlatform' } as const;

/**
 * Steps: choose files → `preview(files)` → one card per file (entity, platform, age split, errors) →
 * `import-confirm` commits the ok files (each all-or-nothing; failures never block the others) →
 * per-file result, stored-data queries invalidated, a link to the overview.
 */
export function ImportScreen() {
  const { t } = useTranslation();
  const client = useImportClient();
  const queryClient = useQueryClient();
  const entityListId = useId();
  const reasonId = useId();
  const entities = useQuery(entitiesQuery);

  const [previews, setPreviews] = useState<FilePreview[] | null>(null);
  const [choices, setChoices] = useState<BatchChoices>(emptyChoices);
  const [results, setResults] = useState<CommitResult[] | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const preview = useMutation({
    mutationFn: (files: File[]) => client.preview(files),
    onMutate: () => {
      setPreviews(null);
      setResults(null);
      setChoices(emptyChoices());
    },
    onSuccess: (list) => setPreviews(list),
  });

  const commit = useMutation({
    mutationFn: async () => {
      const { requests } = buildRequests(previews ?? [], choices);
      setProgress({ done: 0, total: requests.length });
      return client.commit(requests, (done, total) => setProgress({ done, total }));
    },
    onSuccess: (list) => setResults(list),
    onSettled: () => invalidateStoredData(queryClient),
  });

  const { blockers } = buildRequests(previews ?? [], choices);
  const okCount = (previews ?? []).filter((p) => p.status === 'ok').length;
  const busy = preview.isPending || commit.isPending;

  const reset = () => {
    setPreviews(null);
    setResults(null);
    setChoices(emptyChoices());
    preview.reset();
    commit.reset();
  };

  return (
    <section className="import" aria-labelledby="import-title">
      <h1 id="import-title">{t('import.title')}</h1>
      {results === null ? (
        <>
          <p className="lead">{t('import.intro')}</p>
          <FilePicker onFiles={(files) => preview.mutate(files)} disabled={busy} />
        </>
      ) : null}

      {preview.isPending ? <p role="status">{t('import.reading')}</p> : null}
      {preview.isError ? (
        <p role="alert" className="error">
          {t('app.error', { detail: preview.error instanceof Error ? preview.error.message : String(preview.error) })}
        </p>
      ) : null}

      <datalist id={entityListId}>
        {(entities.data ?? []).map((e) => (
          <option key={e.id} value={e.name} />
        ))}
      </datalist>

      {previews && results === null ? (
        <form
          className="preview"
          aria-labelledby="preview-title"
          onSubmit={(e) => {
            e.preventDefault();
            if (blockers.length === 0 && !busy) commit.mutate();
          }}
        >
          <h2 id="preview-title">{t('import.previewTitle')}</h2>
          <ul className="preview-list">
            {previews.map((p) => (
              <PreviewCard
                key={p.key}
                preview={p}
                entity={entityFor(choices, p.key)}
                platform={platformFor(choices, p)}
                entityListId={entityListId}
                entityFilled={isEntityFilled(choices, p.key)}
                onEntityChange={(v) => setChoices((c) => withEntity(c, p.key, v))}
                onEntityDone={() => setChoices((c) => withEntityFilled(c, previews, p.key))}
                onPlatformChange={(v) => setChoices((c) => withPlatform(c, p.key, v))}
              />
            ))}
          </ul>
          <div className="confirm-bar">
            <button
              type="submit"
              className="button button--primary"
              data-testid="import-confirm"
              disabled={blockers.length > 0 || busy}
              aria-describedby={reasonId}
            >
              {t('import.confirm')}
            </button>
            <p id={reasonId} className={blockers.length > 0 ? 'hint hint--blocked' : 'hint'}>
              {blockers.length > 0
                ? blockers.map((b) => t(BLOCKER_KEYS[b])).join(' ')
                : t('import.confirmCount', { count: okCount })}
            </p>
          </div>
          {commit.isPending && progress ? (
            <p role="status">{t('import.committing', { done: progress.done, total: progress.total })}</p>
          ) : null}
          {commit.isError ? (
            <p role="alert" className="error">
              {t('app.error', { detail: commit.error instanceof Error ? commit.error.message : String(commit.error) })}
            </p>
          ) : null}
        </form>
      ) : null}

      {results !== null && previews ? (
        <div className="results">
          <h2 id="results-title">{t('import.resultTitle')}</h2>
          <ul className="result-list" aria-labelledby="results-title">
            {results.map((r) => (
              <li key={r.key} className={`result result--${r.status}`}>
                <span className="file-name">{r.fileName}</span>{' '}
                {r.status === 'stored' ? (
                  <span className="badge badge--stored">{t('import.resultStored')}</span>
                ) : r.status === 'duplicate' ? (
                  <span className="badge badge--duplicate">{t('import.resultDuplicate')}</span>
                ) : (
                  <span role="alert" className="error">
                    <span className="badge badge--failed">{t('import.resultFailed')}</span>{' '}
                    {describeProblem(t, r.fileName, r.problem ?? { code: 'internal', message: '', line: null })}
                  </span>
                )}
              </li>
            ))}
            {previews
              .filter((p) => p.status !== 'ok')
              .map((p) => (
                <li key={p.key} className={`result result--${p.status}`}>
                  <span className="file-name">{p.fileName}</span>{' '}
                  {p.status === 'duplicate' ? (
                    <span className="badge badge--duplicate">{t('import.resultDuplicate')}</span>
                  ) : (
                    <span className="error">
                      <span className="badge badge--failed">{t('import.resultFailed')}</span>{' '}
                      {describeProblem(t, p.fileName, p.problem ?? { code: 'internal', message: '', line: null })}
                    </span>
                  )}
                </li>
              ))}
          </ul>
          <div className="actions">
            <Link className="button button--primary" to="/">
              {t('import.goOverview')}
            </Link>
            <button type="button" className="button" onClick={reset}>
              {t('import.startOver')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
