// The data screen ("Gegevens"): storage use, the workspace file (export, import by merge or replace), the
// list of imports (delete with undo), entities (delete) and deleting all data, each confirmed first.

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLATFORM_LABELS } from '../../core/model/platform';
import { isMemoryDatabase } from '../../db/database';
import type { EntityListRow, ImportListRow } from '../../db/data-repo';
import { deleteAllData, deleteEntity, deleteImport, planDeleteAll, planDeleteEntity, undoDeleteImport } from '../../db/delete-data';
import type { DeletedImport, DeletionPlan } from '../../db/delete-data';
import { formatBytes, formatCount, formatDate } from '../../i18n/format';
import { formatLabelText } from '../../i18n/format-label';
import { useLanguage } from '../../i18n/i18n';
import { invalidateStoredData } from '../../lib/query-keys';
import { requestPersistence } from '../../lib/storage';
import { LoadingLine, MutationOutcome } from '../../lib/outcome';
import { entityRowsQuery, importRowsQuery, storageStateQuery } from '../../lib/queries';
import { RereadPanel } from './reread-panel';
import { WorkspacePanel } from './workspace-panel';
import './data.css';
import { ColumnHeads } from '../../lib/column-heads';
import { SourceFileDownload } from '../../lib/source-file-download';

/** The `/data` screen: {@link StoragePanel}, {@link WorkspacePanel}, {@link ImportsPanel}, {@link RereadPanel}, {@link EntitiesPanel}, {@link DeleteAllPanel}. */
export function DataScreen() {
  const { t } = useTranslation();
  return (
    <div className="data-screen">
      <h1>{t('data.title')}</h1>
      <p className="lead">{t('data.intro')}</p>
      <StoragePanel />
      <WorkspacePanel />
      <ImportsPanel />
      <RereadPanel />
      <EntitiesPanel />
      <DeleteAllPanel />
    </div>
  );
}

/**
 * A confirmation that says what will go: a labelled alert dialog (named by its title, described by its
 * text) with "yes, delete" and "cancel". The focus starts on the safe button (cancel), Escape cancels, and
 * after cancelling the focus goes back to the button that opened it (or, when that button is gone, to
 * `fallbackFocus()`).
 */
function Confirm({ title, text, onYes, onNo, busy, fallbackFocus }: { title: string; text: string; onYes: () => void; onNo: () => void; busy: boolean; fallbackFocus?: () => HTMLElement | null }) {
  const { t } = useTranslation();
  const ids = useId();
  // The element that had the focus when the confirmation appeared (the button that asked for it).
  const [opener] = useState<Element | null>(() => document.activeElement);
  const cancel = () => {
    const back = opener;
    onNo();
    requestAnimationFrame(() => {
      const target = back instanceof HTMLElement && back.isConnected ? back : (fallbackFocus?.() ?? null);
      target?.focus();
    });
  };
  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-text`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) {
          e.preventDefault();
          e.stopPropagation();
          cancel();
        }
      }}
    >
      <p id={`${ids}-title`}>
        <strong>{title}</strong>
      </p>
      <p id={`${ids}-text`}>{text}</p>
      <div className="actions">
        <button type="button" className="button button--danger" onClick={onYes} disabled={busy}>
          {t('data.confirmYes')}
        </button>
        <button type="button" className="button button--primary" onClick={cancel} disabled={busy} autoFocus>
          {t('data.confirmNo')}
        </button>
      </div>
    </div>
  );
}

/** Space used and left, persistence, and a button to ask for persistent storage. */
function StoragePanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const state = useQuery(storageStateQuery);
  const s = state.data;
  const memory = isMemoryDatabase();
  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">{t('data.storage.title')}</h2>
      {memory ? <p className="hint hint--blocked">{t('data.storage.memory')}</p> : null}
      {s ? (
        <>
          <p data-testid="storage-usage">
            {s.usage !== null && s.quota !== null
              ? t('data.storage.used', {
                  used: formatBytes(s.usage, language),
                  left: formatBytes(Math.max(0, s.quota - s.usage), language),
                })
              : t('data.storage.unknown')}
          </p>
          {!memory ? (
            <p>
              {s.persisted === true
                ? t('data.storage.persisted')
                : s.persisted === false
                  ? t('data.storage.notPersisted')
                  : t('data.storage.persistUnknown')}
            </p>
          ) : null}
          {!memory && s.persisted === false ? (
            <button
              type="button"
              className="button"
              onClick={() => void requestPersistence().then(() => queryClient.invalidateQueries({ queryKey: storageStateQuery.queryKey }))}
            >
              {t('data.storage.askPersist')}
            </button>
          ) : null}
        </>
      ) : (
        <LoadingLine />
      )}
    </section>
  );
}

/** Every import in a table, each with a delete button; a deletion is confirmed first and can be undone. */
function ImportsPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const rows = useQuery(importRowsQuery);
  const [confirming, setConfirming] = useState<ImportListRow | null>(null);
  // One write: delete an import (keeping what undo needs) or undo that deletion.
  const write = useMutation({
    mutationFn: async (w: { kind: 'delete'; row: ImportListRow } | { kind: 'undo'; deleted: DeletedImport; fileName: string }): Promise<{ deleted: DeletedImport | null; fileName: string }> => {
      if (w.kind === 'undo') {
        await undoDeleteImport(w.deleted);
        return { deleted: null, fileName: w.fileName };
      }
      return { deleted: await deleteImport(w.row.importId), fileName: w.row.fileName };
    },
    onSettled: async () => {
      setConfirming(null);
      await invalidateStoredData(queryClient);
    },
  });
  const busy = write.isPending;

  const list = rows.data ?? [];
  return (
    <section aria-labelledby="imports-title">
      <h2 id="imports-title">{t('data.imports.title')}</h2>
      <MutationOutcome
        mutation={write}
        done={(r, w) => (w.kind === 'undo' ? t('data.imports.restored', { file: r.fileName }) : r.deleted ? t('data.imports.deleted', { file: r.fileName }) : null)}
        action={(r) =>
          r.deleted ? (
            <button type="button" className="button" onClick={() => r.deleted && write.mutate({ kind: 'undo', deleted: r.deleted, fileName: r.fileName })} disabled={busy}>
              {t('data.imports.undo')}
            </button>
          ) : null
        }
      />
      {confirming ? (
        <Confirm
          title={t('data.imports.confirmTitle')}
          text={t('data.imports.confirmText', {
            file: confirming.fileName,
            entity: confirming.entityName,
            platform: PLATFORM_LABELS[confirming.platform],
            count: formatCount(confirming.observationCount, language),
            size: formatBytes(confirming.size, language),
          })}
          busy={busy}
          onYes={() => write.mutate({ kind: 'delete', row: confirming })}
          onNo={() => setConfirming(null)}
        />
      ) : null}
      {rows.isPending ? <LoadingLine /> : null}
      {!rows.isPending && list.length === 0 ? <p>{t('data.imports.empty')}</p> : null}
      {list.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table" data-testid="imports-table">
            <caption className="sr-only">{t('data.imports.caption')}</caption>
            <ColumnHeads columns={[t('data.imports.colFile'), t('data.imports.colEntity'), t('data.imports.colPlatform'), t('data.imports.colFormat'), t('data.imports.colImported'), { label: t('data.imports.colSize'), num: true }, t('data.imports.colAction')]} />
            <tbody>
              {list.map((row) => (
                <tr key={row.importId}>
                  <th scope="row" className="file-name">
                    {row.fileName}
                  </th>
                  <td>{row.entityName}</td>
                  <td>{PLATFORM_LABELS[row.platform]}</td>
                  <td>
                    {formatLabelText(row.formatLabel, t)}
                    {row.provenance === 'manual' ? (
                      <>
                        {' '}
                        <span className="badge badge--manual">{t('audience.typedInMarker')}</span>
                      </>
                    ) : null}
                  </td>
                  <td>{formatDate(row.importedAt.slice(0, 10), language)}</td>
                  <td className="num">{formatBytes(row.size, language)}</td>
                  <td className="actions-cell">
                    <div className="actions-cell--stacked">
                      <SourceFileDownload fileId={row.sourceFileId} fileName={row.fileName} short />
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('data.imports.deleteLabel', { file: row.fileName })}
                        disabled={busy}
                        onClick={() => setConfirming(row)}
                      >
                        {t('data.imports.delete')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

/** Every entity with its counts and a delete button; the confirmation says how much goes with it. */
function EntitiesPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const rows = useQuery(entityRowsQuery);
  const [confirming, setConfirming] = useState<{ row: EntityListRow; plan: DeletionPlan } | null>(null);
  const remove = useMutation({
    mutationFn: (row: EntityListRow) => deleteEntity(row.entityId),
    onSettled: async () => {
      setConfirming(null);
      await invalidateStoredData(queryClient);
    },
  });
  const busy = remove.isPending;

  const ask = async (row: EntityListRow) => {
    remove.reset();
    setConfirming({ row, plan: await planDeleteEntity(row.entityId) });
  };

  const list = rows.data ?? [];
  return (
    <section aria-labelledby="entities-title">
      <h2 id="entities-title">{t('data.entities.title')}</h2>
      <MutationOutcome mutation={remove} done={(_, row) => t('data.entities.deleted', { name: row.name })} />
      {confirming ? (
        <Confirm
          title={t('data.entities.confirmTitle', { name: confirming.row.name })}
          text={t('data.entities.confirmText', {
            name: confirming.row.name,
            accounts: confirming.plan.accounts,
            imports: confirming.plan.imports,
            files: confirming.plan.sourceFiles,
            size: formatBytes(confirming.plan.bytes, language),
          })}
          busy={busy}
          onYes={() => remove.mutate(confirming.row)}
          onNo={() => setConfirming(null)}
        />
      ) : null}
      {!rows.isPending && list.length === 0 ? <p>{t('data.entities.empty')}</p> : null}
      <ul className="entity-list">
        {list.map((row) => (
          <li key={row.entityId}>
            <span>
              <strong>{row.name}</strong> — {t('data.entities.counts', { accounts: row.accounts, imports: row.imports })}
            </span>
            <button
              type="button"
              className="button button--small"
              aria-label={t('data.entities.deleteLabel', { name: row.name })}
              disabled={busy}
              onClick={() => void ask(row)}
            >
              {t('data.entities.delete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Deletes every record after a confirmation that counts what goes. */
function DeleteAllPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [plan, setPlan] = useState<DeletionPlan | null>(null);
  const remove = useMutation({
    mutationFn: () => deleteAllData(),
    onSettled: async () => {
      setPlan(null);
      await invalidateStoredData(queryClient);
    },
  });

  return (
    <section aria-labelledby="delete-all-title">
      <h2 id="delete-all-title">{t('data.all.title')}</h2>
      <MutationOutcome mutation={remove} done={() => t('data.all.deleted')} />
      {plan ? (
        <Confirm
          title={t('data.all.confirmTitle')}
          text={t('data.all.confirmText', {
            entities: plan.entities,
            accounts: plan.accounts,
            imports: plan.imports,
            files: plan.sourceFiles,
            size: formatBytes(plan.bytes, language),
          })}
          busy={remove.isPending}
          onYes={() => remove.mutate()}
          onNo={() => setPlan(null)}
          fallbackFocus={() => document.getElementById('delete-all-button')}
        />
      ) : (
        <button
          type="button"
          id="delete-all-button"
          className="button"
          onClick={() => {
            remove.reset();
            void planDeleteAll().then(setPlan);
          }}
        >
          {t('data.all.button')}
        </button>
      )}
    </section>
  );
}
