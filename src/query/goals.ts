import type { PlanDocument } from '../model/types.js';
import { asList, runQuery } from './context.js';
import type { GoalRow, QueryOptions } from './types.js';

/** The numeric targets of the documents, optionally only those whose indicator or sentence contains `grep`. */
export async function queryGoals(
  docs: PlanDocument | readonly PlanDocument[],
  filters: { grep?: string } = {},
  options: QueryOptions = {},
): Promise<GoalRow[]> {
  const list = asList(docs);
  return runQuery(list, options, filters.grep !== undefined, (ctx) => {
    const grep = filters.grep === undefined ? null : ctx.searchKey(filters.grep);
    return ctx.docs.flatMap((doc) =>
      (doc.plan?.goals ?? [])
        .filter((goal) => grep === null || ctx.searchKey(`${goal.indicator}\n${goal.sentence}`).includes(grep))
        .map((goal) => ({ ...goal, source: doc.source.name })),
    );
  });
}
