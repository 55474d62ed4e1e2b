import type { CellBlock } from './types.js';

/** A line as the text adapter reads it: its text without surrounding whitespace, and where that starts. */
interface TabLine {
  text: string;
  textStart: number;
}

/** A group's number as a table's 序号 column writes it: 一, 二、, （三）. */
const GROUP_NUMBER = /^(?:[一二三四五六七八九十]{1,3}[、.．]?|[(（][一二三四五六七八九十]{1,3}[)）])$/;

/**
 * A line of two cells among a tab table's rows of `width` cells (width ≥ 3): a group's number under
 * 序号 and its name (`一\t产业规模`), as a row whose name spans the rest of the table is copied out of
 * Word with the tabs of the span lost. The name is short, says no sentence and holds no figure, so
 * that a row of the table cut short is never read as one. Returns its two cells, or null.
 */
export function numberedGroupCells(line: TabLine | undefined, width: number, next?: TabLine): [CellBlock, CellBlock] | null {
  if (!line || width < 3) return null;
  const tab = line.text.indexOf('\t');
  // Cheap pre-check: a group's number is a few characters before the line's only tab.
  if (tab < 1 || tab > 5 || line.text.indexOf('\t', tab + 1) >= 0) return null;
  const number = line.text.slice(0, tab).trim();
  const rawName = line.text.slice(tab + 1);
  const name = rawName.trim();
  if (!(GROUP_NUMBER.test(number) || numbersRowBelow(number, next)) || name.length < 2 || name.length > 30 || /[\d。；;：:，,]/.test(name)) return null;
  const nameStart = line.textStart + tab + 1 + (rawName.length - rawName.trimStart().length);
  return [
    { text: number, anchors: [{ text: 0, source: line.textStart }], start: line.textStart, end: line.textStart + number.length },
    { text: name, anchors: [{ text: 0, source: nameStart }], start: nameStart, end: nameStart + name.length, colspan: width - 1 },
  ];
}

/**
 * Whether a number in figures (1) is the group of the row below, numbered under it as a decimal
 * outline numbers (1.1): a 分工表's groups `1\t扩大有效投资` over `1.1\t实施…`. Alone, a figure
 * before one cell is a row cut short.
 */
function numbersRowBelow(number: string, next: TabLine | undefined): boolean {
  if (!next || !/^\d{1,2}$/.test(number)) return false;
  return /^(\d{1,2})[.．]\d{1,2}[\t ]/.exec(next.text)?.[1] === number;
}

/** The group row laid out on the table's grid: its number, then its name over every other column. */
export function numberedGroupRow(cells: [CellBlock, CellBlock], width: number): CellBlock[] {
  return [cells[0], cells[1], ...Array.from({ length: width - 2 }, () => ({ ...cells[1], spanned: true }))];
}
