// The shell's storage guard: opens the database on start, cleans leftovers of interrupted imports, follows
// other tabs (upgrades, data changes), asks for persistent storage after the first import, shows the
// banners, and replaces the screens by the can't-store screen when the browser cannot store at all.

import { useQuery, useQueryClient } from '@tanstack/react-query';
import Dexie from 'dexie';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanedAnything, cleanUpLeftovers } from '../db/cleanup';
import { DATABASE_NAME, db, onConnectionEvent, switchToMemoryDatabase } from '../db/database';
import { snapshotDatabaseName } from '../db/read-model-snapshot';
import { setNotices, useNotices } from '../lib/notices';
import { errorMessage, errorNames } from '../core/model/errors';
import { importCountQuery } from '../lib/queries';
import { refreshStoredData } from '../lib/query-keys';
import { requestPersistence } from '../lib/storage';
import { onDataChangedElsewhere } from '../lib/tab-sync';
import './storage.css';

/**
 * Why the database cannot be used: `unavailable` (no IndexedDB, private window, storage disabled:
 * MissingAPIError, InvalidStateError, SecurityError), `newer` (VersionError: a newer app stored it),
 * `corrupt` (anything else, e.g. `UnknownError: Internal error opening backing store`,
 * https://github.com/dexie/Dexie.js/issues/543). `detail` is the browser's message.
 */
export interface StorageFailure {
  reason: 'unavailable' | 'newer' | 'corrupt';
  detail: string;
}

/** Classifies an error of opening the database (see {@link StorageFailure}). */
export function classifyOpenError(e: unknown): StorageFailure {
  const names = errorNames(e);
  const detail = errorMessage(e);
  if (names.includes('VersionError')) return { reason: 'newer', detail };
  if (names.some((n) => ['MissingAPIError', 'InvalidStateError', 'SecurityError', 'QuotaExceededError'].includes(n))) {
    return { reason: 'unavailable', detail };
  }
  return { reason: 'corrupt', detail };
}

/** How the start went: `failure` when the database cannot be used; `cleaned` when leftovers were removed. */
interface StorageStart {
  failure: StorageFailure | null;
  cleaned: boolean;
}

let startup: Promise<StorageStart> | null = null;

/**
 * Opens the shared database once per page and removes leftovers of interrupted imports (reported as the
 * `cleanup` notice). `failure` is null when storage works, else the {@link StorageFailure}; `cleaned` says
 * whether anything was removed (the screens' queries that ran meanwhile are then read again).
 */
function startStorage(): Promise<StorageStart> {
  startup ??= (async () => {
    try {
      await db.open();
    } catch (e) {
      setNotices({ blocked: false });
      return { failure: classifyOpenError(e), cleaned: false };
    }
    setNotices({ blocked: false }); // an upgrade that waited for other tabs has gone through
    try {
      const report = await cleanUpLeftovers();
      if (cleanedAnything(report)) {
        setNotices({ cleanup: report });
        return { failure: null, cleaned: true };
      }
    } catch {
      // cleaning is best effort: a later start tries again
    }
    return { failure: null, cleaned: false };
  })();
  return startup;
}

const PERSIST_SHOWN_KEY = 'youth-reach.persist-result-shown';

/** Asks for persistent storage once data exists (after the first import) and shows the answer once per browser. */
function usePersistAfterFirstImport(enabled: boolean): void {
  const count = useQuery({ ...importCountQuery, enabled });
  const hasData = (count.data ?? 0) > 0;
  useEffect(() => {
    if (!hasData) return;
    let cancelled = false;
    void requestPersistence().then((granted) => {
      if (cancelled || granted === null) return;
      let shown = false;
      try {
        shown = localStorage.getItem(PERSIST_SHOWN_KEY) === '1';
        localStorage.setItem(PERSIST_SHOWN_KEY, '1');
      } catch {
        // storage blocked: show it this once
      }
      if (!shown) setNotices({ persisted: granted });
    });
    return () => {
      cancelled = true;
    };
  }, [hasData]);
}

/**
 * Renders `children` (the screens) while storage works or the page runs in memory; the
 * {@link CantStoreScreen} when opening the database failed. Also follows other tabs: an upgrade or deletion
 * elsewhere sets the `versionChanged` banner, a change elsewhere refreshes every query.
 */
export function StorageGate({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<StorageFailure | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let live = true;
    void startStorage().then(({ failure: f, cleaned }) => {
      if (!live) return;
      setFailure(f);
      setReady(f === null);
      // The screens read at once (main.tsx starts a data screen's read model before the first render; the
      // read model skips pending imports): read again only when the cleanup removed something. Refreshing
      // always would start a second full reading in the read-model worker while the first still runs.
      if (f === null && cleaned) void refreshStoredData(queryClient);
    });
    const offConnection = onConnectionEvent((event) => {
      if (event.type === 'versionchange') setNotices({ versionChanged: true, blocked: false });
      else setNotices({ blocked: true });
    });
    const offData = onDataChangedElsewhere(() => void refreshStoredData(queryClient));
    return () => {
      live = false;
      offConnection();
      offData();
    };
  }, [queryClient]);

  usePersistAfterFirstImport(ready);

  if (failure) {
    return (
      <CantStoreScreen
        failure={failure}
        onMemory={() => {
          setFailure(null);
          setReady(true);
          void refreshStoredData(queryClient);
        }}
      />
    );
  }
  return <>{children}</>;
}

/**
 * The screen shown when the browser cannot store (docs/architecture.md#storage): says why, offers "continue without
 * saving" (an in-memory database, fake-indexeddb, loaded only then) and "reset local data" (deletes the
 * database, then reloads).
 */
export function CantStoreScreen({ failure, onMemory }: { failure: StorageFailure; onMemory: () => void }) {
  const { t } = useTranslation();
  const [confirmReset, setConfirmReset] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const continueInMemory = async () => {
    setBusy(true);
    try {
      const fake = await import('fake-indexeddb');
      switchToMemoryDatabase({ indexedDB: new fake.IDBFactory(), IDBKeyRange: fake.IDBKeyRange });
      await db.open();
      startup = Promise.resolve({ failure: null, cleaned: false }); // later mounts of the gate see a working (in-memory) store
      setNotices({ memory: true });
      onMemory();
    } catch (e) {
      setProblem(errorMessage(e));
      setBusy(false);
    }
  };

  const reset = async () => {
    setBusy(true);
    try {
      db.close();
      await Dexie.delete(DATABASE_NAME);
      await Dexie.delete(snapshotDatabaseName(DATABASE_NAME));
      window.location.reload();
    } catch (e) {
      setProblem(t('data.cantStore.resetFailed', { detail: errorMessage(e) }));
      setBusy(false);
    }
  };

  return (
    <section className="cant-store" aria-labelledby="cant-store-title">
      <h1 id="cant-store-title">{t('data.cantStore.title')}</h1>
      <p className="lead">{t(`data.cantStore.${failure.reason}`)}</p>
      <p className="hint">{t('data.cantStore.detail', { detail: failure.detail })}</p>
      {failure.reason === 'newer' ? (
        <p>
          <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
            {t('data.cantStore.reload')}
          </button>
        </p>
      ) : null}
      <div className="choice">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void continueInMemory()}>
          {t('data.cantStore.continue')}
        </button>
        <p className="hint">{t('data.cantStore.continueHint')}</p>
      </div>
      <div className="choice">
        {confirmReset ? (
          <div role="alertdialog" aria-labelledby="reset-confirm-text">
            <p id="reset-confirm-text">{t('data.cantStore.resetConfirm')}</p>
            <div className="actions">
              <button type="button" className="button button--primary" disabled={busy} onClick={() => void reset()}>
                {t('data.confirmYes')}
              </button>
              <button type="button" className="button" onClick={() => setConfirmReset(false)}>
                {t('data.confirmNo')}
              </button>
            </div>
          </div>
        ) : (
          <>
            <button type="button" className="button" disabled={busy} onClick={() => setConfirmReset(true)}>
              {t('data.cantStore.reset')}
            </button>
            <p className="hint">{t('data.cantStore.resetHint')}</p>
          </>
        )}
      </div>
      {problem ? (
        <p role="alert" className="error">
          {problem}
        </p>
      ) : null}
    </section>
  );
}

/** The storage banners (see `Notices` in src/lib/notices.ts), each dismissable except the reload ones. */
export function StorageBanners() {
  const { t } = useTranslation();
  const notices = useNotices();
  const { cleanup } = notices;
  return (
    <div className="banners">
      {notices.versionChanged ? (
        <div className="banner banner--alert" role="alert" data-testid="banner-version-changed">
          <p>{t('data.banner.versionChanged')}</p>
          <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
            {t('data.banner.reload')}
          </button>
        </div>
      ) : null}
      {notices.blocked && !notices.versionChanged ? (
        <div className="banner banner--alert" role="alert" data-testid="banner-blocked">
          <p>{t('data.banner.blocked')}</p>
        </div>
      ) : null}
      {notices.memory ? (
        <div className="banner banner--warn" role="status" data-testid="banner-memory">
          <p>{t('data.banner.memory')}</p>
        </div>
      ) : null}
      {cleanup ? (
        <div className="banner banner--warn" role="status" data-testid="banner-cleanup">
          <p>
            {t('data.banner.cleanup', {
              imports: cleanup.pendingImports,
              chunks: cleanup.orphanChunks,
              files: cleanup.orphanSourceFiles,
            })}
          </p>
          <button type="button" className="button" onClick={() => setNotices({ cleanup: null })}>
            {t('data.banner.dismiss')}
          </button>
        </div>
      ) : null}
      {notices.persisted !== null ? (
        <div className={notices.persisted ? 'banner' : 'banner banner--warn'} role="status" data-testid="banner-persist">
          <p>{t(notices.persisted ? 'data.banner.persistGranted' : 'data.banner.persistDenied')}</p>
          <button type="button" className="button" onClick={() => setNotices({ persisted: null })}>
            {t('data.banner.dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
