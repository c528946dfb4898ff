// The workspace section of the data screen: export all or chosen entities to one file; import one by merge
// (conflicts settled by the user) or replace, with progress, refusing newer versions and wrong data
// untouched; or drop many at once, merged one after another in a worker, with one summary.

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { workspaceFileName } from '../../db/workspace';
import type { WorkspaceContents, WorkspaceProgress } from '../../db/workspace';
import { applyWorkspace, planMerge } from '../../db/workspace-merge';
import type { MergePlan, MergeResolutions } from '../../db/workspace-merge';
import { toFailure } from '../../db/workspace-batch';
import type { WorkspaceBatchProgress, WorkspaceFailure } from '../../db/workspace-batch';
import { formatBytes, formatDate, formatPercent } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { invalidateStoredData } from '../../lib/query-keys';
import { downloadBlob } from '../../lib/storage';
import { useFileDrop } from '../../lib/use-file-drop';
// Export and read run in a worker (zipping and unzipping off the main thread).
import { exportWorkspace, mergeWorkspaceFiles, readWorkspace } from '../../workers/workspace-client';
import { entityRowsQuery } from '../../lib/queries';
import { MutationOutcome } from '../../lib/outcome';
import { ColumnHeads } from '../../lib/column-heads';

type Staged = { contents: WorkspaceContents; plan: MergePlan };

/** The text of a value in a conflict: strings as they are, anything else as compact JSON. */
function showValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
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
  const [staged, setStaged] = useState<Staged | null>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [resolutions, setResolutions] = useState<MergeResolutions>({});
  const [batch, setBatch] = useState<WorkspaceBatchProgress | null>(null);
  const resultsRef = useRef<HTMLElement>(null);
  const resultsTitleId = useId();
  const expectation = (code: string, detail: string): string =>
    t(`data.workspace.expected.${code}`, {
      detail: code === 'oneOf' ? detail.split('|').join(', ') : detail.split('|').join(t('data.workspace.expectedOr')),
      defaultValue: code,
    });

  const describeFailure = (f: WorkspaceFailure): string => {
    const p = f.params;
    if (f.code === 'newer-version') return t('data.workspace.errorNewer', p);
    if (f.code === 'not-workspace') return t('data.workspace.errorNotWorkspace');
    if (f.code === 'invalid') {
      const found = p.found === 'undefined' ? t('data.workspace.foundNothing') : p.found;
      const where = Number(p.row) > 0 ? t('data.workspace.invalidWhere', p) : t('data.workspace.invalidTable', p);
      return t('data.workspace.errorInvalid', { where, expected: expectation(String(p.expected), String(p.detail ?? '')), found });
    }
    if (f.code === 'too-large') {
      const sizes = p.limit === 'members' ? { declared: p.declared, max: p.max } : {
        declared: formatBytes(Number(p.declared), language),
        max: formatBytes(Number(p.max), language),
      };
      return t(`data.workspace.errorTooLarge.${String(p.limit)}`, { ...sizes, member: p.member });
    }
    if (f.code === 'damaged') return t('data.workspace.errorDamaged', { detail: f.message });
    if (f.names.includes('QuotaExceededError') || f.names.includes('AbortError')) return t('data.workspace.errorFull');
    return t('data.workspace.errorWrite', { detail: f.message });
  };
  const describeError = (e: unknown): string => describeFailure(toFailure(e));

  const exportFile = useMutation({
    mutationFn: async (entityIds: string[] | null) => {
      const blob = await exportWorkspace({ ...(entityIds ? { entityIds } : {}), onProgress: setProgress });
      const name = workspaceFileName();
      downloadBlob(blob, name);
      return name;
    },
    onSettled: () => setProgress(null),
  });
  /** Reads one file (nothing written yet) and stages it for the user's choice of merge or replace. */
  const readFile = useMutation({
    mutationFn: async (file: File): Promise<Staged> => {
      const contents = await readWorkspace(file, setProgress);
      return { contents, plan: await planMerge(contents) };
    },
    onSuccess: (read) => {
      setStaged(read);
      setMode('merge');
      setResolutions({});
    },
    onSettled: () => setProgress(null),
  });
  const mergeMany = useMutation({
    mutationFn: (files: File[]) => mergeWorkspaceFiles(files, setBatch),
    onSettled: async () => {
      setBatch(null);
      await invalidateStoredData(queryClient);
    },
  });
  const apply = useMutation({
    mutationFn: (job: Staged & { mode: 'merge' | 'replace'; resolutions: MergeResolutions }) =>
      applyWorkspace(job.contents, job.mode, { resolutions: job.resolutions, onProgress: setProgress }),
    onSuccess: () => setStaged(null),
    onSettled: async () => {
      setProgress(null);
      await invalidateStoredData(queryClient);
    },
  });
  const writes = [exportFile, readFile, mergeMany, apply];
  const busy = writes.some((w) => w.isPending);
  /** One outcome on screen at a time: starting `write` forgets what the others did. */
  const only = (write: (typeof writes)[number]) => {
    for (const w of writes) if (w !== write) w.reset();
  };
  const batchResults = mergeMany.data ?? null;
  // When a batch is done, focus moves to its result (keyboard and screen-reader users land on it).
  useEffect(() => {
    if (batchResults) resultsRef.current?.focus();
  }, [batchResults]);

  const runExport = (entityIds: string[] | null) => {
    only(exportFile);
    exportFile.mutate(entityIds);
  };
  /** One file: read it and let the user choose merge or replace; several: merge them one after another. */
  const onFiles = (files: File[]) => {
    if (busy || files.length === 0) return;
    setStaged(null);
    if (files.length === 1) {
      only(readFile);
      readFile.mutate(files[0]!);
    } else {
      only(mergeMany);
      mergeMany.mutate(files);
    }
  };
  const { over, handlers: dropHandlers } = useFileDrop(onFiles, busy);

  const percentOf = (p: WorkspaceProgress | null) => (p && p.total > 0 ? formatPercent(Math.min(1, p.done / p.total), language, 0) : '');
  const stepText = (p: WorkspaceProgress) =>
    p.phase === 'write'
      ? t('data.workspace.writing', { percent: percentOf(p) })
      : p.phase === 'export'
        ? t('data.workspace.exporting', { done: p.done, total: p.total })
        : t('data.workspace.reading', { percent: percentOf(p) });
  const merged = (batchResults ?? []).flatMap((r) => (r.status === 'merged' ? [r.plan] : []));
  const batchSummary = batchResults
    ? t('data.workspace.batchSummary', {
        files: batchResults.length,
        merged: merged.length,
        failed: batchResults.length - merged.length,
        imports: merged.reduce((n, p) => n + p.newImports, 0),
        skipped: merged.reduce((n, p) => n + p.skippedImports, 0),
        conflicts: merged.reduce((n, p) => n + p.conflicts.length, 0),
      })
    : '';
  const entityList = entities.data ?? [];
  const m = staged?.contents.manifest;

  return (
    <section aria-labelledby="workspace-title">
      <h2 id="workspace-title">{t('data.workspace.title')}</h2>
      <p>{t('data.workspace.intro')}</p>
      <div className="actions">
        <button type="button" className="button button--primary" data-testid="workspace-export" disabled={busy} onClick={() => runExport(null)}>
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
          <button type="button" className="button" disabled={busy || chosen.size === 0} onClick={() => runExport([...chosen])}>
            {t('data.workspace.exportChosen')}
          </button>
        </details>
      ) : null}

      <div className={over ? 'drop-zone drop-zone--over workspace-import' : 'drop-zone workspace-import'} data-testid="workspace-drop" {...dropHandlers}>
        <p className="drop-zone__text" aria-hidden="true">
          {t('data.workspace.dropZone')}
        </p>
        {/* The native input stays focusable but is drawn by its label (as on the import screen), so the
            button text follows the interface language instead of the browser's ("Choose File"). */}
        <input
          id={inputId}
          className="file-input"
          type="file"
          multiple
          accept=".zip,application/zip"
          data-testid="workspace-import"
          disabled={busy}
          onChange={(ev) => {
            const files = [...(ev.target.files ?? [])];
            ev.target.value = '';
            onFiles(files);
          }}
        />
        <label htmlFor={inputId} className="button file-input-label">
          {t('data.workspace.importLabel')}
        </label>
        <span className="hint">{t('data.workspace.importHint')}</span>
      </div>

      {batch ? (
        <p role="status" data-testid="workspace-batch-progress">
          {t('data.workspace.batchProgress', { index: batch.index, total: batch.total, file: batch.fileName, step: stepText(batch.progress) })}{' '}
          <progress max={batch.total} value={batch.index - 1} />
        </p>
      ) : null}
      {/* Always present, so screen readers announce the summary when it appears. */}
      <p role="status" className={batchResults ? 'notice' : 'sr-only'} data-testid="workspace-batch-status">
        {batchSummary}
      </p>
      {batchResults ? (
        <section ref={resultsRef} tabIndex={-1} aria-labelledby={resultsTitleId} data-testid="workspace-batch-result">
          <h3 id={resultsTitleId}>{t('data.workspace.batchTitle', { count: batchResults.length })}</h3>
          <div className="table-scroll">
            <table className="data-table">
              <ColumnHeads columns={[t('data.workspace.colFile'), t('data.workspace.colResult'), { label: t('data.workspace.colAdded'), num: true }, { label: t('data.workspace.colAlready'), num: true }, { label: t('data.workspace.colConflicts'), num: true }]} />
              <tbody>
                {batchResults.map((r, i) => (
                  <tr key={`${i}-${r.fileName}`}>
                    <th scope="row">{r.fileName}</th>
                    {r.status === 'merged' ? (
                      <>
                        <td>{t('data.workspace.resultMerged')}</td>
                        <td className="num">{r.plan.newImports}</td>
                        <td className="num">{r.plan.skippedImports}</td>
                        <td className="num">{r.plan.conflicts.length}</td>
                      </>
                    ) : (
                      <td colSpan={4} className="error batch-reason">
                        {t('data.workspace.resultFailed', { reason: describeFailure(r.failure) })}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {progress ? (
        <p role="status">
          {stepText(progress)}{' '}
          <progress max={progress.total || 1} value={progress.done} />
        </p>
      ) : null}
      <MutationOutcome mutation={exportFile} done={(file) => t('data.workspace.exported', { file })} testIds={{ done: 'workspace-message', failed: 'workspace-problem' }} />
      <MutationOutcome mutation={readFile} done={() => null} failed={describeError} testIds={{ failed: 'workspace-problem' }} />
      <MutationOutcome mutation={mergeMany} done={() => null} failed={describeError} testIds={{ failed: 'workspace-problem' }} />
      <MutationOutcome
        mutation={apply}
        done={(done) => t('data.workspace.done', { imports: done.newImports, skipped: done.skippedImports })}
        failed={describeError}
        testIds={{ done: 'workspace-message', failed: 'workspace-problem' }}
      />

      {staged && m ? (
        <form
          className="workspace-import"
          aria-labelledby="workspace-title"
          onSubmit={(ev) => {
            ev.preventDefault();
            only(apply);
            apply.mutate({ ...staged, mode, resolutions });
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
