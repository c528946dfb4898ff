// The one display of what a write (a react-query mutation) did: a polite status line while it runs and
// when it is done, an alert when it failed; and of a query that loads or failed. Every screen uses these.

import type { MutationStatus } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../core/model/errors';

/** The part of a `useMutation` result {@link MutationOutcome} reads. */
export interface MutationLike<TData, TVariables> {
  status: MutationStatus;
  data: TData | undefined;
  error: Error | null;
  variables: TVariables | undefined;
}

/**
 * Shows the state of `mutation`:
 * - pending: `pending(variables)` (when given and not null) in a `role="status"` line;
 * - success: `done(data, variables)` in a `role="status"` notice, with `action` (e.g. an undo button)
 *   beside it; nothing when `done` gives null;
 * - error: `failed(error, variables)` in a `role="alert"` line; by default "Er ging iets mis: <message>"
 *   (`app.error` with `errorMessage`).
 * With `live`, an empty `role="status"` line stays in the page while nothing is to be said, so screen
 * readers know the region before the first message (the settings screen's status line, class `className`).
 * `testIds` puts `data-testid` on the done notice (`done`) and on the failure line (`failed`).
 */
export function MutationOutcome<TData, TVariables>({
  mutation,
  done,
  failed,
  pending,
  action,
  live = false,
  className,
  testIds = {},
}: {
  mutation: MutationLike<TData, TVariables>;
  done: (data: TData, variables: TVariables) => string | null;
  failed?: (error: Error, variables: TVariables) => string;
  pending?: (variables: TVariables) => string | null;
  action?: (data: TData, variables: TVariables) => ReactNode;
  live?: boolean;
  className?: string;
  testIds?: { done?: string; failed?: string };
}) {
  const { t } = useTranslation();
  const variables = mutation.variables as TVariables;
  if (mutation.status === 'error' && mutation.error) {
    return (
      <p role="alert" className="error" data-testid={testIds.failed}>
        {failed ? failed(mutation.error, variables) : t('app.error', { detail: errorMessage(mutation.error) })}
      </p>
    );
  }
  const text =
    mutation.status === 'success' ? done(mutation.data as TData, variables) : mutation.status === 'pending' && pending ? pending(variables) : null;
  if (live) {
    return (
      <p role="status" className={className} data-testid={testIds.done}>
        {text ?? ''}
      </p>
    );
  }
  if (text === null) return null;
  return (
    <div className={className ?? 'notice'} role="status" data-testid={testIds.done}>
      <p>{text}</p>
      {mutation.status === 'success' && action ? action(mutation.data as TData, variables) : null}
    </div>
  );
}

/** A read or write that failed: "Er ging iets mis: <message>" (`app.error` with `errorMessage`) as an alert. */
export function ErrorLine({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <p role="alert" className="error">
      {t('app.error', { detail: errorMessage(error) })}
    </p>
  );
}

/** A query still loading: "Laden…" (`app.loading`) in a polite status line. */
export function LoadingLine() {
  const { t } = useTranslation();
  return <p role="status">{t('app.loading')}</p>;
}

/**
 * A screen whose figures are being recomputed (for newer data or another period or age choice) while the
 * previous ones stay on screen: "De cijfers worden bijgewerkt…" (`app.updating`) in a polite status line
 * that stays in the page (empty when `stale` is false), so screen readers hear it when it starts.
 */
export function UpdatingLine({ stale }: { stale: boolean }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="hint updating-line" data-testid="updating-line">
      {stale ? t('app.updating') : ''}
    </p>
  );
}

/**
 * A query's content: {@link ErrorLine} when it failed, {@link LoadingLine} while it loads, else
 * `children(data)`.
 */
export function QueryView<T>({ query, children }: { query: { error: Error | null; isPending: boolean; data: T | undefined }; children: (data: T) => ReactNode }) {
  if (query.error) return <ErrorLine error={query.error} />;
  if (query.isPending || query.data === undefined) return <LoadingLine />;
  return <>{children(query.data)}</>;
}

/** After a write is done: a primary link to the overview (`overview`) and a button to start again (`again`, `onAgain`). */
export function DoneActions({ overview, again, onAgain }: { overview: string; again: string; onAgain: () => void }) {
  return (
    <div className="actions">
      <Link className="button button--primary" to="/">
        {overview}
      </Link>
      <button type="button" className="button" onClick={onAgain}>
        {again}
      </button>
    </div>
  );
}
