import type { PlanDocument } from '../model/types.js';
import { asList, runQuery, type QueryContext } from './context.js';
import { isPlaceholderUnit } from './placeholder.js';
import { resolveUnit, selectTasks } from './select-tasks.js';
import { taskPlaces } from './task-place.js';
import type { DepartmentRow, QueryOptions, TaskFilters, TaskRef, TaskRow } from './types.js';
import { LEVEL_START } from './unit-matcher.js';
import { queryArguments } from '../util/arguments.js';
import { eachOfTwoKinds } from '../units/second-name.js';

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
  const count = (key: string, name: string, task: TaskRow, led: boolean): void => {
    let tally = tallies.get(key);
    if (!tally) tallies.set(key, (tally = { key, names: new Map(), leads: [], joins: [], order: tallies.size }));
    tally.names.set(name, (tally.names.get(name) ?? 0) + 1);
    const list = led ? tally.leads : tally.joins;
    // A unit written twice in one clause still takes the task once.
    if (!list.some((ref) => ref.id === task.id && ref.source === task.source)) list.push(refOf(task));
  };
  // A row holds the tasks `tasks --dept` gives for its unit: a name is counted in the row of each key
  // it is found by, so 各镇（街道） is in the 各镇 row and in the 各街道 row. With --dept, only in that
  // unit's row: 各街道 counts the tasks of 各镇（街道） there, not those of a plain 各镇 beside it.
  const rowsOf = (name: string, scope: number | undefined): string[] => {
    // 有关部门 and the like stand for whichever units a task concerns: no unit's workload.
    if (isPlaceholderUnit(name)) return [];
    if (only === null) return ctx.matcher.keys(name, scope);
    return fits?.(name, scope) === false ? [] : ctx.matcher.keysAnswering(name, only, scope);
  };
  for (const task of tasks) {
    const scope = ctx.scopeOfSource(task.source);
    for (const name of task.lead) for (const key of rowsOf(name, scope)) count(key, name, task, true);
    for (const name of task.participants) for (const key of rowsOf(name, scope)) count(key, name, task, false);
  }

  const labels = rowLabels(ctx);
  return [...tallies.values()]
    .filter((t) => (role === 'lead' ? t.leads.length > 0 : role === 'participant' ? t.joins.length > 0 : true))
    .map((t) => ({ tally: t, row: toRow(t, labels.get(t.key)) }))
    .sort((a, b) => b.row.total - a.row.total || b.row.leadCount - a.row.leadCount || a.tally.order - b.tally.order)
    .map(({ row }) => row);
}

/**
 * The name of each row, by its key, from every task of the documents: a row is named the same
 * whichever tasks the filters count (区科学技术委员会 with --section too, where the section's tasks
 * write 区科委). The most used spelling names it; in a tie, one with its level word (区科技局 over the
 * 科技局 the same notice also writes), then the first one used. An addressee of two kinds of local
 * unit (各街道（乡镇）) names neither of its rows: they are named by a plain name of the kind
 * (各街道办事处, 各乡镇), or by the kind itself (各街道, 各乡镇) where the notices write none.
 */
function rowLabels(ctx: QueryContext): Map<string, string> {
  const uses = new Map<string, Map<string, number>>();
  const kinds = new Map<string, string>();
  for (const doc of ctx.docs) {
    const scope = ctx.scopeOf(doc);
    for (const task of doc.plan?.tasks ?? []) {
      for (const name of [...task.lead, ...task.participants]) {
        if (isPlaceholderUnit(name)) continue;
        const two = eachOfTwoKinds(name);
        for (const key of ctx.matcher.keys(name, scope)) {
          if (two) {
            if (!kinds.has(key)) kinds.set(key, key === ctx.matcher.key(name, scope) ? two.main : two.second);
            continue;
          }
          let spellings = uses.get(key);
          if (!spellings) uses.set(key, (spellings = new Map()));
          spellings.set(name, (spellings.get(name) ?? 0) + 1);
        }
      }
    }
  }
  const labels = new Map(kinds);
  for (const [key, spellings] of uses) labels.set(key, mostUsed(spellings));
  return labels;
}

/** The spelling used most; in a tie, one with its level word, then the first one used. */
function mostUsed(spellings: ReadonlyMap<string, number>): string {
  let unit = '';
  let best = 0;
  for (const [name, uses] of spellings) if (uses > best || (uses === best && !LEVEL_START.test(unit) && LEVEL_START.test(name))) [unit, best] = [name, uses];
  return unit;
}

function toRow(tally: Tally, label: string | undefined): DepartmentRow {
  return {
    unit: label ?? mostUsed(tally.names),
    names: [...tally.names.keys()],
    leadCount: tally.leads.length,
    joinCount: tally.joins.length,
    // A unit listed both as lead and as participant of one task has that task once.
    total: new Set([...tally.leads, ...tally.joins].map((ref) => `${ref.source}\n${ref.id}`)).size,
    leads: tally.leads,
    joins: tally.joins,
  };
}
