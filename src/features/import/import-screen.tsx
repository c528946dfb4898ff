// The import screen: pick or drop files, preview what each holds, assign entity and platform, store.

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useEffectEvent, useId, useMemo, useRef, useState, useSyncExternalStore, useTransition } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { GenericCsvMapping } from '../../core/formats/generic-csv';
import type { ImportContext } from '../../db/import-context-repo';
import { useImportClient } from '../../lib/import-client-context';
import { invalidateStoredData } from '../../lib/query-keys';
import type { CommitResult, FilePreview, ReparseOptions } from '../../workers/import-client';
import {
  accountChoicesFor,
  buildRequests,
  emptyChoices,
  entityFor,
  isEntityFilled,
  isRecognised,
  overlapsFor,
  platformFor,
  recognisedChoices,
  withEntity,
  withEntityFilled,
  withAccount,
  withPlatform,
} from './batch';
import type { BatchChoices } from './batch';
import { ExportGuide } from './export-guide';
import { FilePicker } from './file-picker';
import { MappingDialog } from './mapping-dialog';
import { PreviewCard, ProblemMessage } from './preview-card';
import { entitiesQuery, importContextQuery, savedFormatsQuery } from '../../lib/queries';
import './import-extras.css';
import { DoneActions, ErrorLine } from '../../lib/outcome';
import { UNKNOWN_PROBLEM } from '../../core/model/problem';

const BLOCKER_KEYS = {
  nothing: 'import.blockedNothing',
  entity: 'import.blockedEntity',
  platform: 'import.blockedPlatform',
  account: 'import.blockedAccount',
} as const;

/**
 * Steps: choose files → `preview(files)` → one card per file (entity, platform, age split, errors) → for a
 * loose TikTok file, the export date and "Opnieuw lezen"; for an unknown layout, "Kolommen koppelen" or a
 * saved format ("Lezen als: …"), each re-read by the worker under the same key → a file whose account was
 * seen before gets its entity ("herkend"); a file overlapping stored data of its account says so (its days
 * join the account's series, each counted once); a file naming no account whose entity has several on
 * its platform asks which →
 * `import-confirm` commits the ok files (each all-or-nothing; failures never block the others) → per-file
 * result, stored-data queries invalidated, a link to the overview.
 */
export function ImportScreen() {
  const { t } = useTranslation();
  const client = useImportClient();
  const queryClient = useQueryClient();
  const entityListId = useId();
  const reasonId = useId();
  const entities = useQuery(entitiesQuery);
  const savedFormats = useQuery(savedFormatsQuery);

  const [previews, setPreviews] = useState<FilePreview[] | null>(null);
  const [context, setContext] = useState<ImportContext | null>(null);
  const [choices, setChoices] = useState<BatchChoices>(emptyChoices);
  const [results, setResults] = useState<CommitResult[] | null>(null);
  // Progress lives in its own small component: a file stored re-renders one line, not every preview card.
  const progress = useMemo(() => progressStore(), []);
  const [mappingFor, setMappingFor] = useState<string | null>(null);
  const [rereading, setRereading] = useState<string | null>(null);
  // After the files are read, and after Importeren, the focus moves to the heading of what appeared and a
  // polite live region (present from the first render, so screen readers hear its changes) says what happened.
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<'preview' | 'results' | 'picker' | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusTarget === 'preview') previewHeading.current?.focus();
    if (focusTarget === 'results') resultsHeading.current?.focus();
    if (focusTarget === 'picker') fileInput.current?.focus();
  }, [focusTarget, previews, results]);

  // The worker keeps each previewed file's bytes and reading until it is stored or discarded: the cards
  // this screen no longer shows (a new selection, "Andere bestanden importeren", leaving the screen) are
  // discarded, after any commit in progress (ImportService.discard).
  const shownKeys = useRef<string[]>([]);
  const discardShown = useCallback(() => {
    const keys = shownKeys.current;
    shownKeys.current = [];
    if (keys.length > 0) void client.discard(keys).catch(() => undefined);
  }, [client]);
  useEffect(() => discardShown, [discardShown]);

  // The cards and the results are rendered in a transition, which React splits into short tasks (the nine
  // cards of an entity in one render were one task of 120-220 ms); `showing` keeps the screen busy, with its
  // status line or progress, until they are on screen.
  const [showing, startShowing] = useTransition();

  const preview = useMutation({
    mutationFn: async (files: File[]) => {
      // The stored context (known accounts, stored periods) is asked for first: the worker answers its calls
      // in turn, and reading it takes a few requests to the database, never the files' time.
      const [ctx, list] = await Promise.all([queryClient.fetchQuery(importContextQuery(client)), client.preview(files)]);
      return { list, ctx };
    },
    onMutate: () => {
      discardShown();
      setPreviews(null);
      setResults(null);
      setChoices(emptyChoices());
      setFocusTarget(null);
      setAnnouncement('');
    },
    onSuccess: ({ list, ctx }) => {
      shownKeys.current = list.map((p) => p.key);
      const ready = list.filter((p) => p.status === 'ok').length;
      const problems = list.filter((p) => p.status === 'error').length;
      // Already stored, and twice in this selection (not stored yet: imported once), each said as such.
      const duplicates = list.filter((p) => p.status === 'duplicate' && p.duplicateOf !== 'batch').length;
      const inBatch = list.filter((p) => p.status === 'duplicate' && p.duplicateOf === 'batch').length;
      const previewed = t('help.announce.previewed', { count: list.length, ready, duplicates, problems });
      startShowing(() => {
        setContext(ctx);
        setPreviews(list);
        setChoices(recognisedChoices(list, ctx));
        setAnnouncement(inBatch > 0 ? `${previewed} ${t('help.announce.previewedInBatch', { count: inBatch })}` : previewed);
        setFocusTarget('preview');
      });
    },
  });

  /** Replaces the card of `next.key` by the new reading; a newly ok file may be recognised. */
  const replacePreview = (next: FilePreview) => {
    setPreviews((list) => (list ? list.map((p) => (p.key === next.key ? next : p)) : list));
    const recognised = recognisedChoices([next], context);
    if (recognised.entities[next.key] !== undefined && choices.entities[next.key] === undefined) {
      setChoices((c) => ({
        ...c,
        entities: { ...c.entities, [next.key]: recognised.entities[next.key] },
        recognised: { ...c.recognised, [next.key]: true },
      }));
    }
  };

  const reparse = async (key: string, options: ReparseOptions) => {
    setRereading(key);
    try {
      replacePreview(await client.reparse(key, options));
    } finally {
      setRereading(null);
    }
  };

  // Set at the submit itself: a second click before the screen has re-rendered (a double click) would
  // otherwise commit the same files again and show their second, failed commit as the result.
  const committing = useRef(false);
  const commit = useMutation({
    mutationFn: async () => {
      const built = buildRequests(previews ?? [], choices, context);
      progress.set({ done: 0, total: built.requests.length });
      return client.commit(built.requests, (done, total) => progress.set({ done, total }));
    },
    onSuccess: (committed) => {
      // A file the worker no longer knows comes back without its name: the card's name is the file's.
      const list = committed.map((r) => (r.fileName !== '' ? r : { ...r, fileName: previews?.find((p) => p.key === r.key)?.fileName ?? '' }));
      const count = (status: CommitResult['status']) => list.filter((r) => r.status === status).length;
      const previewFailed = (previews ?? []).filter((p) => p.status === 'error').length;
      const said = t('help.announce.committed', {
        stored: count('stored'),
        duplicates: count('duplicate') + (previews ?? []).filter((p) => p.status === 'duplicate').length,
        failed: list.length - count('stored') - count('duplicate') + previewFailed,
      });
      startShowing(() => {
        setResults(list);
        setAnnouncement(said);
        setFocusTarget('results');
      });
    },
    onSettled: () => {
      committing.current = false;
      return invalidateStoredData(queryClient);
    },
  });

  const { blockers, requests } = buildRequests(previews ?? [], choices, context);
  const busy = preview.isPending || commit.isPending || rereading !== null || showing;
  const mappingPreview = previews?.find((p) => p.key === mappingFor) ?? null;

  /** Starts over; `focusPicker`: the focus goes to the file input (the button that asked is gone with the result). */
  const reset = (focusPicker = false) => {
    discardShown();
    setPreviews(null);
    setResults(null);
    setChoices(emptyChoices());
    preview.reset();
    commit.reset();
    setFocusTarget(focusPicker ? 'picker' : null);
    setAnnouncement('');
  };

  // The menu's "Importeren" clicked while the result is shown starts a new import, as "Andere bestanden
  // importeren" does: every navigation has a location key of its own, and only one to the bare address
  // counts (the export guide's `?hulp=` links keep what is shown, and so does a preview not yet stored).
  const location = useLocation();
  const navigatedHere = useEffectEvent(() => {
    if (location.search === '' && results !== null) reset();
  });
  const seenNavigation = useRef(location.key);
  useEffect(() => {
    if (seenNavigation.current === location.key) return;
    seenNavigation.current = location.key;
    navigatedHere();
  }, [location.key]);

  return (
    <section className="import" aria-labelledby="import-title">
      <h1 id="import-title">{t('import.title')}</h1>
      <p className="sr-only" role="status" aria-live="polite" data-testid="import-announcement">
        {announcement}
      </p>
      {results === null ? (
        <>
          <p className="lead">{t('import.intro')}</p>
          <FilePicker onFiles={(files) => preview.mutate(files)} disabled={busy} inputRef={fileInput} />
        </>
      ) : null}

      {preview.isPending || (showing && previews === null) ? <p role="status">{t('import.reading')}</p> : null}
      {preview.isError ? (
        <ErrorLine error={preview.error} />
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
            if (blockers.length === 0 && !busy && !committing.current) {
              committing.current = true;
              commit.mutate();
            }
          }}
        >
          <h2 id="preview-title" tabIndex={-1} ref={previewHeading}>
            {t('import.previewTitle')}
          </h2>
          <ul className="preview-list">
            {previews.map((p) => (
              <PreviewCard
                key={p.key}
                preview={p}
                entity={entityFor(choices, p.key)}
                platform={platformFor(choices, p)}
                entityListId={entityListId}
                entityFilled={isEntityFilled(choices, p.key)}
                recognised={isRecognised(choices, p.key)}
                onEntityChange={(v) => setChoices((c) => withEntity(c, p.key, v))}
                onEntityDone={(next) => setChoices((c) => withEntityFilled(c, previews, p.key, next))}
                onPlatformChange={(v) => setChoices((c) => withPlatform(c, p.key, v))}
                overlaps={overlapsFor(context, choices, p, previews)}
                accountChoices={accountChoicesFor(context, choices, p, previews)}
                accountChoice={choices.account[p.key]}
                onAccountChange={(v) => setChoices((c) => withAccount(c, p.key, v))}
                onReparseWithDate={(exportDate) => void reparse(p.key, { exportDate })}
                onMapColumns={() => setMappingFor(p.key)}
                onReadAs={(id) => {
                  const saved = savedFormats.data?.find((f) => f.id === id);
                  if (saved) void reparse(p.key, { mapping: saved.mapping as GenericCsvMapping });
                }}
                busy={rereading === p.key}
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
                : t('import.confirmCount', { count: requests.length })}
            </p>
          </div>
          {commit.isPending || showing ? <CommitProgress store={progress} /> : null}
          {commit.isError ? (
            <ErrorLine error={commit.error} />
          ) : null}
        </form>
      ) : null}

      {results !== null && previews ? (
        <div className="results">
          <h2 id="results-title" tabIndex={-1} ref={resultsHeading}>
            {t('import.resultTitle')}
          </h2>
          <ul className="result-list" aria-labelledby="results-title">
            {results.map((r) => (
              <li key={r.key} className={`result result--${r.status}`}>
                <span className="file-name">{r.fileName}</span>{' '}
                {r.status === 'stored' ? (
                  <span className="badge badge--stored">{t('import.resultStored')}</span>
                ) : r.status === 'duplicate' ? (
                  <span className="badge badge--duplicate">{t('import.resultDuplicate')}</span>
                ) : (
                  <>
                    <span className="badge badge--failed">{t('import.resultFailed')}</span>{' '}
                    <ProblemMessage fileName={r.fileName} problem={r.problem ?? UNKNOWN_PROBLEM} />
                  </>
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
                    <>
                      <span className="badge badge--failed">{t('import.resultFailed')}</span>{' '}
                      <ProblemMessage fileName={p.fileName} problem={p.problem ?? UNKNOWN_PROBLEM} />
                    </>
                  )}
                </li>
              ))}
          </ul>
          <DoneActions overview={t('import.goOverview')} again={t('import.startOver')} onAgain={() => reset(true)} />
        </div>
      ) : null}
      {mappingPreview ? (
        <MappingDialog
          preview={mappingPreview}
          onClose={() => setMappingFor(null)}
          onApplied={(next) => {
            replacePreview(next);
            setMappingFor(null);
          }}
        />
      ) : null}
      {/* The export guide while no files are being read or previewed; then the preview takes its place. */}
      {/* The guide shows on the empty screen, and below the cards or the result when a link asks for it (`?hulp=`). */}
      {(previews === null && results === null) || new URLSearchParams(location.search).has('hulp') ? (
        !preview.isPending && !showing ? <ExportGuide /> : null
      ) : null}
    </section>
  );
}

/** The latest commit progress (files stored of the total), with a subscription for {@link CommitProgress}. */
interface ProgressStore {
  get(): { done: number; total: number } | null;
  set(next: { done: number; total: number }): void;
  subscribe(listener: () => void): () => void;
}

function progressStore(): ProgressStore {
  let value: { done: number; total: number } | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      value = next;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** "n of m files stored" while a commit runs (a status line). */
function CommitProgress({ store }: { store: ProgressStore }) {
  const { t } = useTranslation();
  const progress = useSyncExternalStore(store.subscribe, store.get);
  return progress ? <p role="status">{t('import.committing', { done: progress.done, total: progress.total })}</p> : null;
}
