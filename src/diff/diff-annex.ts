import type { Annex, PlanDocument } from '../model/types.js';
import { diffEntities, type EntitySpec, type PlacedRespelling } from './diff-entities.js';
import { proseField, type CompareContext, type FieldRule } from './fields.js';
import { LEAD_WORD, PART_COLUMN_SOURCE, ROLE_BODY_OR_SUBJECT } from '../text/role-words.js';
import { diffTableRows, rowsReadAsTasks } from './table-rows.js';
import { comparedGoals } from './goals-compared.js';
import { yearKey } from '../parse/annex.js';
import type { AnnexEntity, AnnexRowEntity, Change } from './types.js';

export interface AnnexDiff {
  changes: Change[];
  /** Rows of annexes present in both versions that did not change. */
  unchangedRows: number;
  /** Units respelt in the rows' unit columns (责任单位), listed with the tasks' respellings. */
  respellings: PlacedRespelling[];
}

/**
 * The annex's text outside its table's cells: its own paragraphs (a 遴选条件 list, a roster, a line
 * the table's reader left out) and the notes written under or in its table (注：…), one a line.
 * Without it an annex whose conditions changed compared as its title only.
 */
export function annexText(a: Annex): string {
  return [...a.body, ...(a.table?.notes ?? [])]
    .map((p) => p.text.trim())
    .filter(Boolean)
    .join('\n');
}

function annexEntity(a: Annex): AnnexEntity {
  return { label: a.label, title: a.title, columns: a.table?.columns ?? [], text: annexText(a), position: a.position };
}

// 牵头单位 / 主责单位 / 主办部门, 配合单位 / 协同单位 / 参与部门: one role, however the header words it.
const LEAD_HEADER = new RegExp(`^${LEAD_WORD}${ROLE_BODY_OR_SUBJECT}$`);
const PART_HEADER = new RegExp(`^(?:${PART_COLUMN_SOURCE})$`);
/** 责任单位, 负责部门: the leading column of a table that has no 牵头 column (as the task reader takes it). */
const DUTY_HEADER = new RegExp(`^(?:责任|负责)${ROLE_BODY_OR_SUBJECT}$`);

/** A header that names a year and nothing else (2023年, 2023, 2023年度): the year its cells are keyed by. */
const YEAR_HEADER = /^((?:19|20)\d{2})年?度?$/;

/**
 * A table's column headers, compared as clauses compare their labels: a header that names a role
 * (牵头单位 → 主责单位) by that role, a year column by its year (2023年 → 2023: its cells pair by
 * year, and no figure moved), the rest by their text's key. With --strict, as written.
 */
export function columnsField<T>(get: (item: T) => readonly string[]): FieldRule<T> {
  return {
    name: 'columns',
    compare(a, b, ctx) {
      const keyIn = (columns: readonly string[]): ((header: string) => string) => {
        const leads = columns.some((c) => LEAD_HEADER.test(ctx.key(c)));
        return (header) => {
          const k = ctx.key(header);
          if (ctx.strict) return k;
          if (LEAD_HEADER.test(k) || (!leads && DUTY_HEADER.test(k))) return '\u0001lead';
          const year = YEAR_HEADER.exec(yearKey(k))?.[1];
          if (year) return `\u0001year${year}`;
          return PART_HEADER.test(k) ? '\u0001part' : k;
        };
      };
      const oldList = get(a);
      const newList = get(b);
      const oldKey = keyIn(oldList);
      const newKey = keyIn(newList);
      const oldKeys = new Set(oldList.map(oldKey));
      const newKeys = new Set(newList.map(newKey));
      const added = newList.filter((s) => !oldKeys.has(newKey(s)));
      const removed = oldList.filter((s) => !newKeys.has(oldKey(s)));
      if (added.length === 0 && removed.length === 0) return null;
      return { old: [...oldList], new: [...newList], added, removed };
    },
  };
}

const annexSpec = (ctx: CompareContext): EntitySpec<Annex> => ({
  kind: 'annex',
  element: 'annex',
  align: { keys: [(a) => ctx.key(a.title) || null, (a) => ctx.key(a.label) || null], similarity: (a) => ctx.key(a.title) },
  fields: [proseField('title', (a) => a.title), columnsField<Annex>((a) => a.table?.columns ?? []), proseField('text', annexText)],
  entity: annexEntity,
  position: (a) => a.position,
});

/**
 * Annexes are matched by title (then label), and the rows of their tables by indicator; a changed
 * cell is reported on its row as `values.<column>`, a change of the annex's own text (see annexText)
 * on the annex as `text`. An annex added or removed is one change, not
 * one per row. Rows the plan's tasks were read from are compared as those tasks only, and a cell
 * that restates a goal of the text exactly as that goal only (its `restated`).
 */
export function diffAnnexes(oldDoc: PlanDocument, newDoc: PlanDocument, ctx: CompareContext): AnnexDiff {
  const annexes = diffEntities(oldDoc.annexes, newDoc.annexes, annexSpec(ctx), ctx);
  const oldTask = rowsReadAsTasks(oldDoc);
  const newTask = rowsReadAsTasks(newDoc);
  // A cell restating a goal of the text exactly is compared as that goal (see comparedGoals).
  const goals = { old: comparedGoals(oldDoc, ctx.key).annexRowGoals, new: comparedGoals(newDoc, ctx.key).annexRowGoals, restating: true as const };
  const changes: Change[] = [];
  let unchangedRows = 0;
  const respellings: PlacedRespelling[] = [];
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
      goals,
    );
    changes.push(...rows.changes);
    unchangedRows += rows.unchanged;
    respellings.push(...rows.respellings);
  }
  return { changes, unchangedRows, respellings };
}
