// The settings screen's reference figures by group, with one status line for every figure write and the reset of all.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { FigureGroup } from '../../core/reference/reference-figure';
import type { ScreenView } from '../../db/answer-repo';
import { invalidateStoredData } from '../../lib/query-keys';
import { MutationOutcome } from '../../lib/outcome';
import { AddFigureForm } from './add-figure-form';
import { FigureRow, figureName } from './figure-row';
import { writeFigures } from './figure-writes';
import type { FigureWrite } from './figure-writes';
import { failureText } from './settings-failure';
import { ColumnHeads } from '../../lib/column-heads';

export const GROUPS: readonly FigureGroup[] = ['platform-use', 'platform-youth-share', 'youth-relevance', 'population', 'other'];

/** Every reference figure by group (population collapsed), the reset-all button and the add form. */
export function FiguresSection({ view }: { view: ScreenView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const write = useMutation({
    mutationFn: async (w: FigureWrite) => {
      await writeFigures(view, w);
      await invalidateStoredData(queryClient);
    },
  });
  const doneText = (w: FigureWrite): string => {
    switch (w.kind) {
      case 'save':
        return t('settings.saved', { id: figureName(w.figure, t) });
      case 'restore':
        return t('settings.restored', { id: figureName(w.figure, t) });
      case 'add':
        return t('settings.added', { id: w.id.trim() });
      case 'reset':
        return t('settings.figuresReset');
    }
  };
  return (
    <section aria-labelledby="settings-figures-title">
      <h2 id="settings-figures-title">{t('settings.figuresTitle')}</h2>
      <p>{t('settings.figuresIntro')}</p>
      {view.rejectedOverrides.length > 0 ? <p className="error">{t('settings.rejected', { ids: view.rejectedOverrides.join(', ') })}</p> : null}
      <div className="actions">
        <button type="button" className="button" onClick={() => write.mutate({ kind: 'reset' })} data-testid="reset-reference-figures">
          {t('settings.resetFigures')}
        </button>
      </div>
      <MutationOutcome mutation={write} live className="hint settings-status" done={(_, w) => doneText(w)} failed={(error) => failureText(t, error)} />
      {GROUPS.map((group) => {
        const figures = view.reference.figures.filter((f) => f.group === group);
        if (figures.length === 0) return null;
        return (
          <details key={group} className="figure-group" open={group !== 'population'}>
            <summary>
              <h3>{t(`settings.group.${group}`)}</h3>
            </summary>
            <div className="table-scroll" role="region" aria-label={t(`settings.group.${group}`)} tabIndex={0}>
              <table className="data-table figures-table">
                <caption className="sr-only">{t(`settings.group.${group}`)}</caption>
                <ColumnHeads columns={[t('settings.colFigure'), { label: t('settings.colValue'), num: true }, t('settings.colYear'), t('settings.colSource'), t('settings.colConfidence'), t('settings.colActions')]} />
                <tbody>
                  {figures.map((f) => (
                    <FigureRow key={f.id} figure={f} write={write} />
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        );
      })}
      <AddFigureForm write={write} />
    </section>
  );
}
