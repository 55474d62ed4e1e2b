import type { PlanDocument } from '../model/types.js';
import { grepRows } from './context.js';
import type { GoalRow, QueryOptions } from './types.js';
import { queryArguments } from '../util/arguments.js';

/**
 * The numeric targets of the documents; with `grep`, those whose indicator contains it, or whose
 * sentence does when no target of that sentence names it in its indicator.
 */
export function queryGoals(docs: PlanDocument | readonly PlanDocument[], filters: { grep?: string } = {}, options: QueryOptions = {}): Promise<GoalRow[]> {
  queryArguments('queryGoals', docs, filters, options);
  return grepRows(
    docs,
    filters.grep,
    options,
    (doc) => (doc.plan?.goals ?? []).map((goal) => ({ ...goal, source: doc.source.name })),
    (goal) => goal.indicator,
    (goal) => `${goal.source}\n${goal.sentence}`,
  );
}
