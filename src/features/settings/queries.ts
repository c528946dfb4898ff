// React-query options of the settings screen: the answer view (reference set, overrides, thresholds).

import { queryOptions } from '@tanstack/react-query';
import { loadAnswerView } from '../../db/answer-repo';
import { QUERY_KEYS } from '../../lib/query-keys';

/** `['answer']`: the `AnswerView` (src/db/answer-repo.ts); settings change it, so every screen recomputes. */
export const answerViewQuery = queryOptions({ queryKey: QUERY_KEYS.answer, queryFn: () => loadAnswerView() });
