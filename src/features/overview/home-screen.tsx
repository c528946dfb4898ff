// The screen at `/`: the start panel on an empty database, the overview once anything is imported.

import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { OverviewPanel } from './overview-panel';
import { answerViewQuery, importCountQuery } from '../../lib/queries';
import { useAnswerFor, useAnswerOptions } from '../../lib/answer-query';
import { overviewRows } from '../../core/answer/overview-rows';
import { StartPanel } from './start-panel';
import { useSliced } from '../../lib/use-sliced';
import { ErrorLine, LoadingLine } from '../../lib/outcome';

/**
 * Reads `['import-count']` and the read model (`['answer']`: the same figures as every other screen, for
 * the period and youth band in the URL); shows loading, an error, the start panel or the overview.
 */
export function HomeScreen() {
  const count = useQuery(importCountQuery);
  // Loaded beside the count (not after it): the read model of an empty database is quickly read.
  const overview = useQuery(answerViewQuery);
  const options = useAnswerOptions();
  const { answer, error: answerError, stale } = useAnswerFor(overview.data, options);
  const loaded = useMemo(() => (overview.data && answer ? { view: overview.data, rows: overviewRows(answer), shown: { period: answer.period, youthBand: answer.youthBand } } : null), [overview.data, answer]);
  // Rendered in a background render split into short tasks (a government has several hundred accounts).
  const shown = useSliced(loaded);
  // Set once the start panel has been shown: when the overview then replaces it (sample data loaded), the
  // overview takes focus, since the button that had it is gone.
  const [shownStart, setShownStart] = useState(false);
  if (count.data === 0 && !shownStart) setShownStart(true); // derived state, set during render (React docs)

  const error = count.error ?? overview.error ?? answerError;
  if (error) {
    return <ErrorLine error={error} />;
  }
  if (count.isPending) return <LoadingLine />;
  if (count.data === 0) return <StartPanel />;
  if (!shown) return <LoadingLine />;
  return <OverviewPanel rows={shown.rows} view={shown.view} focusOnMount={shownStart} stale={stale || shown !== loaded} shown={shown.shown} />;
}
