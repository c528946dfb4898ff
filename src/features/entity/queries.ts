// React-query options of the entity page: the answer view (entities, accounts, presence, answer).

import { queryOptions } from '@tanstack/react-query';
import { loadAnswerView } from '../../db/answer-repo';
import { QUERY_KEYS } from '../../lib/query-keys';

/** `['answer']`: the `AnswerView` (src/db/answer-repo.ts), shared with the answer and compare screens. */
export const answerViewQuery = queryOptions({ queryKey: QUERY_KEYS.answer, queryFn: () => loadAnswerView() });
