import type { PlanDocument } from '../model/types.js';
import { asList, runQuery, type QueryContext } from './context.js';
import { isPlaceholderUnit } from './placeholder.js';
import { resolveUnit, selectTasks } from './select-tasks.js';
import { taskPlaces } from './task-place.js';
import type { DepartmentRow, QueryOptions, TaskFilters, TaskRef, TaskRow } from './types.js';
import { LEVEL_START } from './unit-matcher.js';
import { queryArguments } from '../util/arguments.js';

interface Tally {
  key: string;
  /** Spellings with how often each is used, in order of first use. */
  names: Map<string, number>;
  leads: TaskRef[];
  joins: TaskRef[];
  order: number;
}

/**
 * The department workload matrix: every unit the selected tasks name, with the tasks it leads
 * and those it joins, heaviest load first (most tasks, then most led, then first mention).
 * Several documents are added up; spellings of one unit (区科技局, 河东区科学技术局) are one row.
 * Placeholders (有关部门, 各相关单位) are not units and have no row.
 *
 * `section` and `grep` choose the tasks counted; `dept` keeps one unit's row; `role` keeps the
 * units that lead (or join) at least one of them.
 */
export async function departmentLoad(
  docs: PlanDocument | readonly PlanDocument[],
  filters: TaskFilters = {},
  options: QueryOptions = {},
): Promise<DepartmentRow[]> {
  queryArguments('departmentLoad', docs, filters, options);
  const list = asList(docs);
  return runQuery(list, options, Boolean(filters.dept || filters.grep), (ctx) => departmentRows(ctx, filters));
}

export function departmentRows(ctx: QueryContext, filters: TaskFilters): DepartmentRow[] {
  const role = filters.role ?? 'any';
  const only = filters.dept === undefined ? null : resolveUnit(ctx, filters.dept);
  const fits = filters.dept === undefined ? null : ctx.placeFits(filters.dept);
  const tasks = selectTasks(ctx, { section: filters.section, grep: filters.grep });

  const places = new Map(ctx.docs.map((doc) => [doc.source.name, taskPlaces(doc)]));
  const refOf = (task: TaskRow): TaskRef => ({
    source: task.source,
    id: task.id,
    number: task.number,
    where: places.get(task.source)?.get(task.id) ?? task.number,
    title: task.title,
  });
  const tallies = new Map<string, Tally>();
  const count = (name: string, task: TaskRow, led: boolean): void => {
    const key = ctx.matcher.key(name, ctx.scopeOfSource(task.source));
    let tally = tallies.get(key);
    if (!tally) tallies.set(key, (tally = { key, names: new Map(), leads: [], joins: [], order: tallies.size }));
    tally.names.set(name, (tally.names.get(name) ?? 0) + 1);
    const list = led ? tally.leads : tally.joins;
    // A unit written twice in one clause still takes the task once.
    if (!list.some((ref) => ref.id === task.id && ref.source === task.source)) list.push(refOf(task));
  };
  // With --dept, only the names that unit is found by: 各街道 counts the tasks of 各镇（街道）, which
  // is filed under 各镇, but not those of the plain 各镇 beside it.
  const counted = (name: string, scope: number | undefined): boolean => !isPlaceholderUnit(name) && (only === null || (ctx.matcher.answers(name, only, scope) && fits?.(name, scope) !== false));
  for (const task of tasks) {
    const scope = ctx.scopeOfSource(task.source);
    // 有关部门 and the like stand for whichever units a task concerns: no unit's workload.
    for (const name of task.lead) if (counted(name, scope)) count(name, task, true);
    for (const name of task.participants) if (counted(name, scope)) count(name, task, false);
  }

  return [...tallies.values()]
    .filter((t) => (role === 'lead' ? t.leads.length > 0 : role === 'participant' ? t.joins.length > 0 : true))
    .map((t) => ({ tally: t, row: toRow(t) }))
    .sort((a, b) => b.row.total - a.row.total || b.row.leadCount - a.row.leadCount || a.tally.order - b.tally.order)
    .map(({ row }) => row);
}

function toRow(tally: Tally): DepartmentRow {
  // The most used spelling names the row; in a tie, one with its level word (区科技局 over the
  // 科技局 the same notice also writes), then the first one used.
  let unit = '';
  let best = 0;
  for (const [name, uses] of tally.names) if (uses > best || (uses === best && !LEVEL_START.test(unit) && LEVEL_START.test(name))) [unit, best] = [name, uses];
  return {
    unit,
    names: [...tally.names.keys()],
    leadCount: tally.leads.length,
    joinCount: tally.joins.length,
    // A unit listed both as lead and as participant of one task has that task once.
    total: new Set([...tally.leads, ...tally.joins].map((ref) => `${ref.source}\n${ref.id}`)).size,
    leads: tally.leads,
    joins: tally.joins,
  };
}
