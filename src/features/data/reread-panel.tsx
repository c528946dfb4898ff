// "Alle bestanden opnieuw lezen": re-reads every stored source file with the current format versions in the
// import worker, shows what changes per file, and applies the changes (each file in its own transaction).

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PLATFORM_LABELS } from '../../core/model/platform';
import { formatCount, formatPercent } from '../../i18n/format';
import { formatLabelText } from '../../i18n/format-label';
import type { Language } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { describeProblem } from '../../i18n/problem';
import { useImportClient } from '../../lib/import-client-context';
import { invalidateStoredData } from '../../lib/query-keys';
import type { RereadFacts } from '../../workers/import-client';
import { MutationOutcome } from '../../lib/outcome';
import { ColumnHeads } from '../../lib/column-heads';
import { UNKNOWN_PROBLEM } from '../../core/model/problem';

function youth(f: RereadFacts | null, language: Language, none: string): string {
  return f && f.youthShare !== null ? formatPercent(f.youthShare, language) : none;
}

function formatOf(f: RereadFacts | null, none: string, t: TFunction): string {
  return f ? `${formatLabelText(f.formatLabel, t)} (v${String(f.formatVersion)})` : none;
}

/**
 * The panel: a button that calls `reread` on the import client (nothing is stored), then a table with one
 * row per stored import — file, entity and platform, format (version), value count and youth share, each
 * `before → after` where they differ — and its result (`ongewijzigd`, `gewijzigd`, or `niet meer leesbaar`
 * with the reason; the stored import then stays). "N wijzigingen toepassen" stores the changed ones with
 * `applyReread` and refreshes every query.
 */
export function RereadPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useImportClient();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const onProgress = (done: number, total: number) => setProgress({ done, total });
  // Reading writes nothing; applying stores the changed files and refreshes every query.
  const read = useMutation({
    mutationFn: () => client.reread(onProgress),
    onSettled: () => setProgress(null),
  });
  const apply = useMutation({
    mutationFn: async (importIds: string[]) => (await client.applyReread(importIds, onProgress)).filter((r) => r.status === 'replaced').length,
    onSuccess: () => read.reset(),
    onSettled: async () => {
      setProgress(null);
      await invalidateStoredData(queryClient);
    },
  });
  const busy = read.isPending || apply.isPending;
  const items = read.data ?? null;
  const changed = (items ?? []).filter((i) => i.status === 'changed');
  const none = t('reread.none');
  const progressText = (key: string) => (progress ? t(key, { done: progress.done, total: progress.total }) : null);

  const both = (before: string, after: string): string => (before === after ? before : t('reread.arrow', { before, after }));

  return (
    <section aria-labelledby="reread-title">
      <h2 id="reread-title">{t('reread.title')}</h2>
      <p>{t('reread.intro')}</p>
      <button type="button" className="button" disabled={busy} onClick={() => {
          apply.reset();
          read.mutate();
        }}>
        {t('reread.button')}
      </button>
      <MutationOutcome mutation={read} pending={() => progressText('reread.running')} done={() => null} />
      <MutationOutcome mutation={apply} pending={() => progressText('reread.applying')} done={(count) => t('reread.applied', { count })} />
      {items && items.length === 0 ? <p>{t('reread.nothing')}</p> : null}
      {items && items.length > 0 ? (
        <>
          <p role="status">
            {t('reread.summary', {
              changed: changed.length,
              unchanged: items.filter((i) => i.status === 'unchanged').length,
              failed: items.filter((i) => i.status === 'error').length,
            })}
          </p>
          <div className="table-scroll">
            <table className="data-table" data-testid="reread-table">
              <caption className="sr-only">{t('reread.caption')}</caption>
              <ColumnHeads columns={[t('reread.colFile'), t('reread.colFormat'), { label: t('reread.colCount'), num: true }, { label: t('reread.colYouth'), num: true }, t('reread.colStatus')]} />
              <tbody>
                {items.map((i) => (
                  <tr key={i.importId}>
                    <th scope="row" className="file-name">
                      {i.fileName}
                      <span className="hint">
                        {' '}
                        {i.entityName}, {PLATFORM_LABELS[i.platform]}
                      </span>
                    </th>
                    <td>{i.after ? both(formatOf(i.before, none, t), formatOf(i.after, none, t)) : formatOf(i.before, none, t)}</td>
                    <td className="num">
                      {i.after
                        ? both(formatCount(i.before.observationCount, language), formatCount(i.after.observationCount, language))
                        : formatCount(i.before.observationCount, language)}
                    </td>
                    <td className="num">{i.after ? both(youth(i.before, language, none), youth(i.after, language, none)) : youth(i.before, language, none)}</td>
                    <td>
                      {i.status === 'unchanged' ? t('reread.statusUnchanged') : null}
                      {i.status === 'changed' ? <strong>{t('reread.statusChanged')}</strong> : null}
                      {i.status === 'error' ? (
                        <span className="error">
                          {t('reread.statusError')}: {describeProblem(t, i.fileName, i.problem ?? UNKNOWN_PROBLEM)}
                        </span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {changed.length > 0 ? (
            <button type="button" className="button button--primary" disabled={busy} onClick={() => apply.mutate(changed.map((i) => i.importId))}>
              {t('reread.apply', { count: changed.length })}
            </button>
          ) : (
            <p>{t('reread.noChanges')}</p>
          )}
        </>
      ) : null}
    </section>
  );
}
