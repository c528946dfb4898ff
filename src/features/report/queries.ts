// React-query options of the report screen: the answer view and the overview rows, under the keys the answer and overview screens use (one cache, refreshed after every write).

import { queryOptions } from '@tanstack/react-query';
import { loadAnswerView } from '../../db/answer-repo';
import { loadOverviewRows } from '../../db/overview-repo';
import { QUERY_KEYS } from '../../lib/query-keys';

/** `['answer']`: the `AnswerView` (src/db/answer-repo.ts). */
export const reportAnswerQuery = queryOptions({ queryKey: QUERY_KEYS.answer, queryFn: () => loadAnswerView() });

/** `['overview']`: one `OverviewRow` per account (src/db/overview-repo.ts). */
export const reportOverviewQuery = queryOptions({ queryKey: QUERY_KEYS.overview, queryFn: () => loadOverviewRows() });
