import type { AnnexTable, PlanDocument, Position, Task } from '../model/types.js';
import { fold } from '../text/fold.js';
import type { RuleContext } from './rule.js';
import { rowCellPositions } from './row-cells.js';

/** A task read from a row of a 重点任务分解表, with the table it stands in. */
export interface TableTask {
  task: Task;
  table: AnnexTable;
}

const contains = (outer: Position, inner: Position): boolean =>
  outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset;

/**
 * The plan's tasks that the parser read from a task table rather than from the outline: those
 * standing inside a table of the text or of an annex. They carry no outline node, so the rules
 * that walk the outline would not see them.
 */
export function tableTasks(doc: PlanDocument): TableTask[] {
  const tables = [...(doc.tables ?? []).map((t) => t.table), ...doc.annexes.flatMap((a) => (a.table ? [a.table] : []))];
  const out: TableTask[] = [];
  for (const task of doc.plan?.tasks ?? []) {
    const table = tables.find((t) => contains(t.position, task.position));
    if (table) out.push({ task, table });
  }
  return out;
}

const squeeze = (s: string): string => fold(s).replace(/[\s:]+/g, '');

/** Where the cell of a task's row under the column headed `header` stands, when that can be told; else null. */
export function cellPosition(ctx: RuleContext, { task, table }: TableTask, header: string): Position | null {
  const column = table.columns.findIndex((c) => squeeze(c) === squeeze(header));
  if (column < 0) return null;
  return rowCellPositions(ctx, task.position, table.columns.length)?.[column] ?? null;
}
