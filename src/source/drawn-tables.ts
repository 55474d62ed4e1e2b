import type { ParserDiagnosticId } from '../model/parser-diagnostic-ids.js';
import { AnchoredText } from './anchors.js';
import { findGridTables, type GridTableResult } from './grid-table.js';
import { findPandocTables } from './pandoc-table.js';
import type { Block, CellBlock, SourceDocument } from './types.js';

/**
 * The tables of a text drawn with characters, as pandoc writes them (grid, simple and multiline
 * tables), read as table blocks in source order; those that cannot be read are reported and stay
 * text. An adapter masks the blocks' spans (see block-spans) before it reads the rest.
 */
export function drawnTableBlocks(text: string, problems: SourceDocument['problems']): Block[] {
  const found: Array<{ start: number; end: number; lines: Array<{ start: number }>; result: GridTableResult; what: string; ruleId: ParserDiagnosticId }> = [];
  for (const g of findGridTables(text)) found.push({ ...g, what: 'a grid table (+---+ borders)', ruleId: 'grid-table-unread' });
  for (const t of findPandocTables(text)) {
    // A grid table's lines are never dash lines; kept apart all the same, so that no text is read twice.
    if (found.some((g) => g.start < t.end && t.start < g.end)) continue;
    const what = t.kind === 'simple' ? 'a simple table (a line of dash groups under its header)' : 'a multiline table (dash lines around rows of wrapped cells)';
    found.push({ ...t, what, ruleId: t.kind === 'simple' ? 'simple-table-unread' : 'multiline-table-unread' });
  }
  found.sort((a, b) => a.start - b.start);
  const out: Block[] = [];
  for (const t of found) {
    const { result } = t;
    if ('problem' in result) {
      problems.push({ ruleId: t.ruleId, severity: 'warning', message: `${t.what} is kept as text: ${result.problem}`, offset: t.lines[result.line]?.start ?? t.start });
      continue;
    }
    out.push(tableOfRows(result.rows, t.start, t.end));
  }
  return out;
}

/** A table block of rows of cells: its text the cells between tabs, a row a line (a spanned copy not repeated). */
export function tableOfRows(rows: CellBlock[][], start: number, end: number): Block {
  const acc = new AnchoredText();
  rows.forEach((row, r) => {
    const own = row.filter((cell) => !cell.spanned);
    if (r > 0) acc.append('\n', own[0]?.start ?? row[0]?.start ?? start);
    own.forEach((cell, k) => {
      if (k > 0) acc.append('\t', cell.start);
      acc.append(cell.text, cell.start);
    });
  });
  return { kind: 'table', text: acc.text, anchors: acc.anchors, start, end, rows };
}
