import type { Annex, PlanDocument } from '../model/types.js';
import { diffEntities, type EntitySpec } from './diff-entities.js';
import { listField, proseField, type CompareContext } from './fields.js';
import { diffTableRows, rowsReadAsTasks } from './table-rows.js';
import type { AnnexEntity, AnnexRowEntity, Change } from './types.js';

export interface AnnexDiff {
  changes: Change[];
  /** Rows of annexes present in both versions that did not change. */
  unchangedRows: number;
}

function annexEntity(a: Annex): AnnexEntity {
  return { label: a.label, title: a.title, columns: a.table?.columns ?? [], position: a.position };
}

const annexSpec = (ctx: CompareContext): EntitySpec<Annex> => ({
  kind: 'annex',
  element: 'annex',
  align: { keys: [(a) => ctx.key(a.title) || null, (a) => ctx.key(a.label) || null], similarity: (a) => ctx.key(a.title) },
  fields: [proseField('title', (a) => a.title), listField('columns', (a) => a.table?.columns ?? [])],
  entity: annexEntity,
  position: (a) => a.position,
});

/**
 * Annexes are matched by title (then label), and the rows of their tables by indicator; a changed
 * cell is reported on its row as `values.<column>`. An annex added or removed is one change, not
 * one per row. Rows the plan's tasks were read from are compared as those tasks only.
 */
export function diffAnnexes(oldDoc: PlanDocument, newDoc: PlanDocument, ctx: CompareContext): AnnexDiff {
  const annexes = diffEntities(oldDoc.annexes, newDoc.annexes, annexSpec(ctx), ctx);
  const oldTask = rowsReadAsTasks(oldDoc);
  const newTask = rowsReadAsTasks(newDoc);
  const changes: Change[] = [];
  let unchangedRows = 0;
  for (const step of annexes.steps) {
    if (step.change) changes.push(step.change);
    if (step.old === null || step.new === null) continue;
    const a = oldDoc.annexes[step.old] as Annex;
    const b = newDoc.annexes[step.new] as Annex;
    const rows = diffTableRows(
      (a.table?.rows ?? []).filter((r) => !oldTask(r)),
      (b.table?.rows ?? []).filter((r) => !newTask(r)),
      { old: a.table, new: b.table },
      'annex',
      (r): AnnexRowEntity => ({ ...r, annex: b.title }),
      ctx,
      b.position,
    );
    changes.push(...rows.changes);
    unchangedRows += rows.unchanged;
  }
  return { changes, unchangedRows };
}
