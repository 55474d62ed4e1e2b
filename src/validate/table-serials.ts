import type { AnnexTable, Position } from '../model/types.js';
import { annexLaterTables } from './annex-later-tables.js';
import type { RuleContext } from './rule.js';

/** A row's number in a table's 序号 column, as outline-sequence counts it. */
export interface TableSerial {
  ordinal: number;
  /** How a finding names the row: `row 4 of the table in 附件2`. */
  what: string;
  at: Position;
  /** The rows under one group row (一、创新能力, a numeral under 序号) share a key, so they may number from 1 again. */
  group: number;
}

const SERIAL_HEADER = /^(?:序号|编号)$/;
/** A plain serial: 1, 12, 3. or 3、 as some tables write it. */
const SERIAL = /^(\d{1,3})[.．、]?$/;

/**
 * The 序号 of every table of the document (an annex's tables, those in the plan's text) whose rows
 * were not read as tasks (a table of figures, a project list): each row's number and where it is
 * written, grouped by the group rows between them (or by a category column before 序号). A row spanning down from the row above (a merged
 * 序号 cell, whose copies point at one place) counts once; a 合计 row and a cell that is no plain
 * number (1.1) count none, and the rows after them may number on or from 1 again. `skip` are the tables whose rows are counted as tasks.
 */
export function tableSerials(ctx: RuleContext, skip: ReadonlySet<AnnexTable>): Array<{ table: AnnexTable; serials: TableSerial[] }> {
  const later = new Map(annexLaterTables(ctx.doc).map(({ annex, table }) => [table, annex.label]));
  const tables: Array<{ table: AnnexTable; where: string }> = [
    ...ctx.doc.annexes.flatMap((a) => (a.table ? [{ table: a.table, where: `the table in ${a.label}` }] : [])),
    ...(ctx.doc.tables ?? []).map((t) => ({
      table: t.table,
      where: later.has(t.table) ? `the table in ${later.get(t.table)}` : t.caption ? `table ${t.caption.trim()}` : 'the table',
    })),
  ];
  const out: Array<{ table: AnnexTable; serials: TableSerial[] }> = [];
  for (const { table, where } of tables) {
    if (skip.has(table) || table.transposed) continue;
    const col = table.columns.findIndex((c) => SERIAL_HEADER.test(ctx.match(c).replace(/\s+/g, '')));
    if (col < 0) continue;
    const serials: TableSerial[] = [];
    const seen = new Set<number>();
    let group = 0;
    let groupName: string | undefined;
    let category = '';
    for (const row of table.rows) {
      // A category column before 序号 (领域 | 序号 | 指标) groups the rows as a group row does.
      const lead = row.cells.slice(0, col).map((c) => ctx.match(c).trim()).join('|');
      if (row.group !== groupName || (lead.replace(/\|/g, '') !== '' && lead !== category)) {
        groupName = row.group;
        category = lead;
        group++;
      }
      const cell = ctx.match(row.cells[col] ?? '').trim();
      const m = SERIAL.exec(cell);
      if (!m) {
        // A group row (一、创新能力, 一, a name without a number spanning the row in a table of text) or a
        // 小计 closing one: the rows after it may number from 1 again, or on.
        if (cell !== '') group++;
        continue;
      }
      const start = row.cellStarts?.[col];
      const offset = start?.offset ?? row.position.start.offset;
      if (seen.has(offset)) continue;
      seen.add(offset);
      const at = start ? (ctx.find(cell, { start, end: row.position.end }) ?? ctx.span(start.offset, start.offset + 1)) : row.position;
      serials.push({ ordinal: Number(m[1]), what: `row ${cell} of ${where}`, at, group });
    }
    if (serials.length > 0) out.push({ table, serials });
  }
  return out;
}
