import type { Box, OutlineNode } from '../model/types.js';
import type { CellBlock } from '../source/types.js';
import { CHINESE_NUMERAL_CHARS, parseNumeral } from '../text/chinese-numeral.js';

/** The heading line of a 专栏 box: its number and title as written, and where its title starts. */
export interface BoxHeading {
  /** The number as written, full-width digits folded (`1`, `3-2`, `一`). */
  number: string;
  /** The first number's value (专栏3-2 gives 3), or null. */
  ordinal: number | null;
  /** The label as written, brackets included (`专栏1`, `【专栏3】`). */
  label: string;
  title: string;
  /** Where the title starts in the line. */
  titleFrom: number;
}

const N = `(?:\\d{1,2}(?:[-—–.]\\d{1,2})?|[${CHINESE_NUMERAL_CHARS}]{1,3})`;
/**
 * 专栏1 重点工程, 专栏 2：数字经济重点项目, 【专栏3】…, 专栏1 alone: 专栏 and a number open the line,
 * and a space, a colon or the closing bracket part them from the title. Without one (专栏1所列项目由…)
 * the line is a sentence that names a box, not a box's heading.
 */
const HEADING = new RegExp(`^(\\s*(?:【 ?专栏 ?(${N}) ?】|\\[ ?专栏 ?(${N}) ?\\]|专栏 ?(${N})(?=$|[ :、]))[ :、]*)(.*)$`);

/**
 * A box's title is a short name (公共文化重点工程, “十四五”时期主要指标), never a sentence: a line
 * that goes on with punctuation of prose is not a box's heading.
 */
function isTitle(title: string): boolean {
  return title.length <= 40 && !/[。,;!?]|[:]./.test(title);
}

/**
 * The 专栏 heading a line is (`match` the folded copy of `text`), or null. Rich prose that names
 * a column (开设专栏宣传, 专栏报道) does not start with 专栏 and a number.
 */
export function boxHeading(text: string, match: string): BoxHeading | null {
  if (!match.includes('专栏')) return null;
  const m = HEADING.exec(match);
  if (!m) return null;
  const title = text.slice(m[1]!.length).trim();
  if (!isTitle(m[5]!.trim())) return null;
  const number = (m[2] ?? m[3] ?? m[4])!;
  const first = /^\d+/.exec(number);
  return {
    number,
    ordinal: first ? Number(first[0]) : parseNumeral(number),
    label: text.slice(0, m[1]!.length).trim().replace(/[\s:：、]+$/, ''),
    title: title.replace(/[\s:：]+$/, ''),
    titleFrom: m[1]!.length,
  };
}

/**
 * The plan's 专栏 boxes, from the outline's `box` nodes: what each says below its heading, and the
 * item it stands in (the 第一节 or （一） whose tasks it lists projects of), or null at the top.
 */
export function collectBoxes(outline: OutlineNode[]): Box[] {
  const boxes: Box[] = [];
  const visit = (nodes: OutlineNode[], holder: OutlineNode | undefined): void => {
    for (const node of nodes) {
      if (node.kind === 'box') boxes.push(boxOf(node, holder));
      else visit(node.children, node);
    }
  };
  visit(outline, undefined);
  return boxes;
}

function boxOf(node: OutlineNode, holder: OutlineNode | undefined): Box {
  // 专栏1 alone on its line takes its title from the line under it, which is then no part of its text.
  const titled = node.paragraphs[0]?.text.trim() === '' && node.paragraphs[1]?.text.trim() === node.title ? 2 : 1;
  return {
    number: node.number,
    label: node.label,
    title: node.title,
    text: node.paragraphs
      .slice(titled)
      .map((p) => p.text.trim())
      .filter((t) => t.length > 0)
      .join('\n'),
    section: holder ? { number: holder.number, title: holder.title } : null,
    position: node.position,
  };
}

/**
 * The rank a plan's numbering conventionally gives a marker style, highest first (一、 over （一）
 * over 1. over （1） over ①), or null for styles with no fixed place. A box's own lines keep to
 * one style: a line numbered in a style ranked above it (（一） after the box's 1. 2.) is the plan's.
 */
export function conventionalRank(kind: OutlineNode['kind']): number | null {
  const rank = CONVENTIONAL_RANKS.indexOf(kind);
  return rank < 0 ? null : rank;
}

const CONVENTIONAL_RANKS: ReadonlyArray<OutlineNode['kind']> = ['chinese', 'paren-chinese', 'arabic', 'paren-arabic', 'circled'];

/** A 专栏 box printed as a table of one column: its heading cell, then one cell per line. */
export interface CellBox {
  heading: BoxHeading;
  /** The source span of the heading's cell. */
  head: { start: number; end: number };
  /** The box's lines (the cells after the heading's, and any lines under the heading in its cell), with their source spans. */
  lines: Array<{ text: string; start: number; end: number }>;
}

/**
 * The box a table block is, when it has one column and its first cell is a 专栏 heading
 * (<td>专栏1 政务服务提升工程</td> over <td>1.…</td> rows, or the same as a Markdown pipe table):
 * some sites frame a box so. `normalize` gives the folded copy a heading is matched on.
 */
export function boxInTable(rows: ReadonlyArray<ReadonlyArray<CellBlock>> | undefined, normalize: (text: string) => string): CellBox | null {
  const first = rows?.[0]?.[0];
  if (!rows || !first || !first.text.includes('专栏')) return null;
  const cells: CellBlock[] = [];
  for (const row of rows) {
    const own = row.filter((c) => !c.spanned);
    if (own.length !== 1) return null;
    cells.push(own[0]!);
  }
  const [head, ...under] = first.text.trim().split(/\s*\n\s*/);
  const heading = boxHeading(head!, normalize(head!));
  if (!heading) return null;
  const lines = under.filter((t) => t.length > 0).map((text) => ({ text, start: first.start, end: first.end }));
  for (const cell of cells.slice(1)) {
    const text = cell.text.trim();
    if (text.length > 0) lines.push({ text, start: cell.start, end: cell.end });
  }
  return { heading, head: { start: first.start, end: first.end }, lines };
}

/**
 * A line that opens with a project's name (高铁站综合交通枢纽项目，总投资30亿元…; 城市更新工程：…),
 * not with a verb that sets a measure going (实施城市更新工程，…): the entry of a box's list of projects.
 */
function opensWithProjectName(line: string): boolean {
  const m = /^\s*([^，,。；;：:（()）]{2,30}?(?:项目|工程))[，,：:]/.exec(line);
  return m !== null && !/^(?:实施|推进|加快|开展|推动|启动|加强|完善|落实|大力|积极|深入|组织|抓好|做好)/.test(m[1]!);
}

/**
 * Whether a line after a box's lines, ending with a clause naming units, is still one of the box's
 * entries rather than a measure of the plan beside the box: the box's last line announces a list
 * (以下项目列入市级重大项目库：), or the line opens with a project's name as the box's caption
 * (重大交通项目) or another of its lines (A项目，…) does. A list of projects names the units of each.
 * `caption` is the box's title, `lines` its lines so far (folded), `line` the candidate's words.
 */
export function listedInBox(caption: string, lines: readonly string[], line: string): boolean {
  const last = lines[lines.length - 1];
  if (last !== undefined && /[:：]\s*$/.test(last)) return true;
  if (!opensWithProjectName(line)) return false;
  return /项目|工程/.test(caption) || lines.some(opensWithProjectName);
}

/** A 专栏 box printed as a table of several columns under a title row: its heading, and the heading cell's span. */
export interface TitledTableBox {
  heading: BoxHeading;
  head: { start: number; end: number };
}

/**
 * The box a table of several columns is, when its first row is one cell holding the box's heading
 * (<tr><td colspan="3">专栏1 重点工程</td></tr> over the header 序号 | 项目名称 | 建设内容 and the
 * rows): the box is the table, under that title, as a 专栏1 line right over the table would make it.
 * A title row that is no 专栏 heading (表1 …, 专栏1所列项目如下), or a first row of several cells, is none.
 */
export function boxOverTable(rows: ReadonlyArray<ReadonlyArray<CellBlock>> | undefined, normalize: (text: string) => string): TitledTableBox | null {
  const first = rows?.[0];
  if (!rows || !first || rows.length < 2 || !first.some((c) => normalize(c.text).includes('专栏'))) return null;
  const own = first.filter((c) => !c.spanned && c.text.trim() !== '');
  if (own.length !== 1 || !rows.slice(1).some((row) => row.filter((c) => !c.spanned).length > 1)) return null;
  const cell = own[0]!;
  const head = cell.text.trim().split(/\s*\n\s*/)[0]!;
  const heading = boxHeading(head, normalize(head));
  return heading ? { heading, head: { start: cell.start, end: cell.end } } : null;
}
