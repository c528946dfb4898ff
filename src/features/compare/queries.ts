// React-query options of the compare screen: the answer view (entities, accounts per period, answer).

import { queryOptions } from '@tanstack/react-query';
import { loadAnswerView } from '../../db/answer-repo';
import { QUERY_KEYS } from '../../lib/query-keys';

/** `['answer']`: the `AnswerView` (src/db/answer-repo.ts), shared with the answer and entity screens. */
export const answerViewQuery = queryOptions({ queryKey: QUERY_KEYS.answer, queryFn: () => loadAnswerView() });
