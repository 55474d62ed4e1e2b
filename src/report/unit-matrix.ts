import type { PlanDocument } from '../model/types.js';
import type { DepartmentRow } from '../query/types.js';
import { taskAnchor } from './anchors.js';
import type { MatrixRole, MatrixUnit, UnitMatrix } from './types.js';

/**
 * The department × task matrix of one document, from its workload rows (departmentLoad): one
 * row per unit in load order, one column per task in document order. A unit that both leads
 * and joins a task is shown as leading it.
 */
export function buildUnitMatrix(doc: PlanDocument, load: readonly DepartmentRow[]): UnitMatrix {
  const tasks = doc.plan?.tasks ?? [];
  const column = new Map(tasks.map((t, i) => [t.id, i]));
  const unitOfName = unitKeysByName(load);

  // Where each unit is first named, reading the tasks in order (lead before participants).
  const firstMention = new Map<string, number>();
  for (const task of tasks) {
    for (const name of [...task.lead, ...task.participants]) {
      const key = unitOfName.get(name);
      if (key !== undefined && !firstMention.has(key)) firstMention.set(key, firstMention.size);
    }
  }

  const units: MatrixUnit[] = load.map((row, i) => {
    const key = unitKey(i);
    return {
      key,
      name: row.unit,
      names: row.names,
      leadCount: row.leadCount,
      joinCount: row.joinCount,
      total: row.total,
      firstMention: firstMention.get(key) ?? firstMention.size + i,
    };
  });

  const roles = load.map((row) => {
    const cells: Array<MatrixRole | null> = tasks.map(() => null);
    for (const ref of row.joins) setRole(cells, column.get(ref.id), 'participant');
    for (const ref of row.leads) setRole(cells, column.get(ref.id), 'lead');
    return cells;
  });

  return {
    units,
    tasks: tasks.map((t) => ({ anchor: taskAnchor(t.id), id: t.id, number: t.number, title: t.title, section: t.section?.number ?? null })),
    roles,
  };
}

function setRole(cells: Array<MatrixRole | null>, index: number | undefined, role: MatrixRole): void {
  if (index !== undefined) cells[index] = role;
}

/** The page's short id of the unit in row `index` of the load. */
export function unitKey(index: number): string {
  return `u${index + 1}`;
}

/** Every spelling of every unit → the unit's key. */
export function unitKeysByName(load: readonly DepartmentRow[]): Map<string, string> {
  const keys = new Map<string, string>();
  load.forEach((row, i) => {
    for (const name of row.names) if (!keys.has(name)) keys.set(name, unitKey(i));
  });
  return keys;
}
