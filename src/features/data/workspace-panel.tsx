// The workspace section of the data screen: export all or chosen entities to one file; import one by merge
// (conflicts settled by the user) or replace, with progress, refusing newer versions untouched.

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyWorkspace, planMerge, workspaceFileName, WorkspaceError } from '../../db/workspace';
import type { MergePlan, MergeResolutions, WorkspaceContents, WorkspaceProgress } from '../../db/workspace';
import { formatDate, formatPercent } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { invalidateStoredData } from '../../lib/query-keys';
import { downloadBlob } from '../../lib/storage';
// Export and read run in a worker (zipping and unzipping off the main thread).
import { exportWorkspace, readWorkspace } from '../../workers/workspace-client';
import { entityRowsQuery } from './queries';

type Staged = { contents: WorkspaceContents; plan: MergePlan };

/** The text of a value in a conflict: strings as they are, anything else as compact JSON. */
function showValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Names of an error and the errors Dexie wrapped in it. */
function errorNames(e: unknown): string[] {
  const names: string[] = [];
  let cur: unknown = e;
  for (let i = 0; i < 5 && typeof cur === 'object' && cur !== null; i++) {
    const name = (cur as { name?: unknown }).name;
    if (typeof name === 'string') names.push(name);
    cur = (cur as { inner?: unknown }).inner;
  }
  return names;
}

/**
 * Export: `workspace-export` downloads everything; the chosen-entities list exports a subset. Import:
 * `workspace-import` reads a file (nothing written yet), shows what it holds, the merge plan and its
 * conflicts; the user picks merge or replace and a side per conflict, then confirms.
 */
export function WorkspacePanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const inputId = useId();
  const entities = useQuery(entityRowsQuery);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [progress, setProgress] = useState<WorkspaceProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [staged, setStaged] = useState<Staged | null>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [resolutions, setResolutions] = useState<MergeResolutions>({});

  const describeError = (e: unknown): string => {
    if (e instanceof WorkspaceError) {
      if (e.code === 'newer-version') return t('data.workspace.errorNewer', e.params);
      if (e.code === 'not-workspace') return t('data.workspace.errorNotWorkspace');
      return t('data.workspace.errorDamaged', { detail: e.message });
    }
    const names = errorNames(e);
    if (names.includes('QuotaExceededError') || names.includes('AbortError')) return t('data.workspace.errorFull');
    return t('data.workspace.errorWrite', { detail: e instanceof Error ? e.message : String(e) });
  };

  const runExport = async (entityIds?: string[]) => {
    setBusy(true);
    setProblem(null);
    setMessage(null);
    try {
      const blob = await exportWorkspace({ ...(entityIds ? { entityIds } : {}), onProgress: setProgress });
      const name = workspaceFileName();
      downloadBlob(blob, name);
      setMessage(t('data.workspace.exported', { file: name }));
    } catch (e) {
      setProblem(t('app.error', { detail: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const read = async (file: File) => {
    setBusy(true);
    setProblem(null);
    setMessage(null);
    setStaged(null);
    try {
      const contents = await readWorkspace(file, setProgress);
      const plan = await planMerge(contents);
      setStaged({ contents, plan });
      setMode('merge');
      setResolutions({});
    } catch (e) {
      setProblem(describeError(e));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const apply = async () => {
    if (!staged) return;
    setBusy(true);
    setProblem(null);
    try {
      const done = await applyWorkspace(staged.contents, mode, { resolutions, onProgress: setProgress });
      setMessage(t('data.workspace.done', { imports: done.newImports, skipped: done.skippedImports }));
      setStaged(null);
    } catch (e) {
      setProblem(describeError(e));
    } finally {
      setBusy(false);
      setProgress(null);
      await invalidateStoredData(queryClient);
    }
  };

  const percent = progress && progress.total > 0 ? formatPercent(Math.min(1, progress.done / progress.total), language, 0) : '';
  const entityList = entities.data ?? [];
  const m = staged?.contents.manifest;

  return (
    <section aria-labelledby="workspace-title">
      <h2 id="workspace-title">{t('data.workspace.title')}</h2>
      <p>{t('data.workspace.intro')}</p>
      <div className="actions">
        <button type="button" className="button button--primary" data-testid="workspace-export" disabled={busy} onClick={() => void runExport()}>
          {t('data.workspace.exportAll')}
        </button>
      </div>
      {entityList.length > 0 ? (
        <details className="entity-choice">
          <summary>{t('data.workspace.chooseEntities')}</summary>
          {entityList.map((e) => (
            <label key={e.entityId}>
              <input
                type="checkbox"
                checked={chosen.has(e.entityId)}
                onChange={(ev) => {
                  const next = new Set(chosen);
                  if (ev.target.checked) next.add(e.entityId);
                  else next.delete(e.entityId);
                  setChosen(next);
                }}
              />{' '}
              {e.name}
            </label>
          ))}
          <button type="button" className="button" disabled={busy || chosen.size === 0} onClick={() => void runExport([...chosen])}>
            {t('data.workspace.exportChosen')}
          </button>
        </details>
      ) : null}

      <div className="workspace-import">
        {/* The native input stays focusable but is drawn by its label (as on the import screen), so the
            button text follows the interface language instead of the browser's ("Choose File"). */}
        <input
          id={inputId}
          className="file-input"
          type="file"
          accept=".zip,application/zip"
          data-testid="workspace-import"
          disabled={busy}
          onChange={(ev) => {
            const file = ev.target.files?.[0];
            ev.target.value = '';
            if (file) void read(file);
          }}
        />
        <label htmlFor={inputId} className="button file-input-label">
          {t('data.workspace.importLabel')}
        </label>
      </div>

      {progress ? (
        <p role="status">
          {progress.phase === 'write'
            ? t('data.workspace.writing', { percent })
            : progress.phase === 'export'
              ? t('data.workspace.exporting', { done: progress.done, total: progress.total })
              : t('data.workspace.reading', { percent })}{' '}
          <progress max={progress.total || 1} value={progress.done} />
        </p>
      ) : null}
      {message ? (
        <p role="status" className="notice" data-testid="workspace-message">
          {message}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="error" data-testid="workspace-problem">
          {problem}
        </p>
      ) : null}

      {staged && m ? (
        <form
          className="workspace-import"
          aria-labelledby="workspace-title"
          onSubmit={(ev) => {
            ev.preventDefault();
            void apply();
          }}
        >
          <p>
            {t('data.workspace.summary', {
              entities: staged.contents.entities.length,
              imports: staged.contents.imports.length,
              files: staged.contents.sourceFiles.length,
              date: m.createdAt ? formatDate(m.createdAt.slice(0, 10), language) : '—',
            })}
          </p>
          <fieldset>
            <legend>{t('data.workspace.modeLegend')}</legend>
            <label>
              <input type="radio" name="workspace-mode" value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />{' '}
              {t('data.workspace.modeMerge')}
            </label>
            <p className="hint">
              {t('data.workspace.modeMergeHint', {
                newImports: staged.plan.newImports,
                duplicates: staged.plan.duplicateSourceFiles,
                newEntities: staged.plan.newEntities,
              })}
            </p>
            <label>
              <input type="radio" name="workspace-mode" value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />{' '}
              {t('data.workspace.modeReplace')}
            </label>
          </fieldset>
          {mode === 'merge' && staged.plan.conflicts.length > 0 ? (
            <>
              <h3>{t('data.workspace.conflictsTitle')}</h3>
              <ul className="conflict-list">
                {staged.plan.conflicts.map((c) => (
                  <li key={c.key}>
                    <fieldset>
                      <legend>
                        {t(`data.workspace.conflictKind.${c.kind}`)}: {c.label}
                      </legend>
                      <label>
                        <input
                          type="radio"
                          name={c.key}
                          checked={resolutions[c.key] !== 'theirs'}
                          onChange={() => setResolutions({ ...resolutions, [c.key]: 'mine' })}
                        />{' '}
                        {t('data.workspace.conflictMine', { value: showValue(c.mine) })}
                      </label>
                      <label>
                        <input
                          type="radio"
                          name={c.key}
                          checked={resolutions[c.key] === 'theirs'}
                          onChange={() => setResolutions({ ...resolutions, [c.key]: 'theirs' })}
                        />{' '}
                        {t('data.workspace.conflictTheirs', { value: showValue(c.theirs) })}
                      </label>
                    </fieldset>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <div className="actions">
            <button type="submit" className="button button--primary" data-testid="workspace-import-confirm" disabled={busy}>
              {t('data.workspace.confirm')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setStaged(null)}>
              {t('data.workspace.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
