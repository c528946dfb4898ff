// React-query options of the answer screen: the answer view (answer to question 3 with its inputs and sources).

import { queryOptions } from '@tanstack/react-query';
import { loadAnswerView } from '../../db/answer-repo';
import { QUERY_KEYS } from '../../lib/query-keys';

/** `['answer']`: the `AnswerView` (src/db/answer-repo.ts); refreshed by `invalidateStoredData` after every write. */
export const answerViewQuery = queryOptions({ queryKey: QUERY_KEYS.answer, queryFn: () => loadAnswerView() });
