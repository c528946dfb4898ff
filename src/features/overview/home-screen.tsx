// The screen at `/`: the start panel on an empty database, the overview once anything is imported.

import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { OverviewPanel } from './overview-panel';
import { answerViewQuery, importCountQuery } from '../../lib/queries';
import { useAnswerOptions } from '../../lib/answer-query';
import { answerOf } from '../../db/answer-repo';
import { overviewRows } from '../../core/answer/overview-rows';
import { StartPanel } from './start-panel';
import { ErrorLine, LoadingLine } from '../../lib/outcome';

/**
 * Reads `['import-count']` and the read model (`['answer']`: the same figures as every other screen, for
 * the period and youth band in the URL); shows loading, an error, the start panel or the overview.
 */
export function HomeScreen() {
  const count = useQuery(importCountQuery);
  const overview = useQuery({ ...answerViewQuery, enabled: (count.data ?? 0) > 0 });
  const options = useAnswerOptions();
  const rows = useMemo(() => (overview.data ? overviewRows(answerOf(overview.data, options)) : []), [overview.data, options]);
  // Set once the start panel has been shown: when the overview then replaces it (sample data loaded), the
  // overview takes focus, since the button that had it is gone.
  const [shownStart, setShownStart] = useState(false);
  if (count.data === 0 && !shownStart) setShownStart(true); // derived state, set during render (React docs)

  const error = count.error ?? overview.error;
  if (error) {
    return <ErrorLine error={error} />;
  }
  if (count.isPending) return <LoadingLine />;
  if (count.data === 0) return <StartPanel />;
  if (overview.isPending || !overview.data) return <LoadingLine />;
  return <OverviewPanel rows={rows} view={overview.data} focusOnMount={shownStart} />;
}
