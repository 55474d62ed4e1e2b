import type { PlanDocument } from '../model/types.js';
import { grepRows } from './context.js';
import type { GoalRow, QueryOptions } from './types.js';

/** The numeric targets of the documents, optionally only those whose indicator or sentence contains `grep`. */
export function queryGoals(docs: PlanDocument | readonly PlanDocument[], filters: { grep?: string } = {}, options: QueryOptions = {}): Promise<GoalRow[]> {
  return grepRows(
    docs,
    filters.grep,
    options,
    (doc) => (doc.plan?.goals ?? []).map((goal) => ({ ...goal, source: doc.source.name })),
    (goal) => `${goal.indicator}\n${goal.sentence}`,
  );
}
