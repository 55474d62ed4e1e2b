import { deadlineCellLines, namesDeadlineColumn } from './deadline-cell-lines.js';
import { findAdmonitions } from './admonitions.js';
import { readFrontMatter } from './front-matter.js';
import { InlineText, type InlineResult, type TextVisitor } from './inline-text.js';
import { visitMarkdownText } from './markdown-text.js';
import { pandocEdits, withPandocEdits } from './pandoc-inline.js';
import { shiftBlock } from './shift-block.js';
import { joinBrokenClauses } from './open-brackets.js';
import { maskSpans, mergeByStart } from './block-spans.js';
import { drawnTableBlocks, tableOfRows } from './drawn-tables.js';
import type { Wrap } from './line-wrap.js';
import { softBreakCuts, softBreakWrap } from './soft-breaks.js';
import type { Block, BlockKind, CellBlock, SourceDocument, SourceExtras } from './types.js';
import { DOCUMENT_HREF } from '../text/file-names.js';
import { matchMarker } from '../text/markers.js';

/** The part of an mdast node the adapter reads (mdast types are structural; no import needed). */
interface MdNode {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MdNode[];
  value?: string;
  depth?: number;
  ordered?: boolean | null;
  /** The number an ordered list starts at. */
  start?: number | null;
  /** A footnote definition's label as written (`1` of `[^1]:`). */
  label?: string | null;
  /** A link's address, or a link definition's (`[x]: url`). */
  url?: string;
  /** The normalised label a reference link and its definition share. */
  identifier?: string;
}

/** The addresses of a document's link definitions (`[1]: https://…/x.pdf`), by their identifier. */
type Definitions = ReadonlyMap<string, string>;

/** What the blocks of a document share: its link definitions, and its paragraphs' wrap width, found when first asked for. */
interface Shared {
  definitions: Definitions;
  wrap: () => Wrap | null;
  /** Whether a paragraph's soft breaks may part its lines (see soft-breaks): not in a list item. */
  lines?: false;
}

function startOf(node: MdNode): number {
  return node.position?.start.offset ?? 0;
}

function endOf(node: MdNode): number {
  return node.position?.end.offset ?? startOf(node);
}

/** Block-level nodes whose children are blocks again. */
const CONTAINERS = new Set(['blockquote', 'list', 'listItem', 'footnoteDefinition']);

/**
 * Turns Markdown into blocks: `#` headings (with their depth), paragraphs, GFM tables, YAML front
 * matter, and block quotes as notes. Positions come from the mdast nodes; wrapped lines join
 * without spaces between Han characters, as in the other adapters. An ordered list item keeps its
 * number (`1.`), which Markdown treats as markup but a notice uses as its outline marker. Block
 * quotes before any content (the notes a collection adds above a document) are furniture.
 * Pandoc's grid tables (`+---+` borders, which CommonMark reads as one paragraph), simple tables and
 * multiline tables (columns of dashes, which CommonMark reads as rules and paragraphs) are tables
 * too; one whose cells cannot be made out stays text and is reported in `problems`.
 */
export async function markdownToBlocks(text: string, problems: SourceDocument['problems'] = [], extras?: SourceExtras): Promise<Block[]> {
  const [{ unified }, { default: remarkParse }, { default: remarkGfm }, { default: remarkFrontmatter }] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-gfm'),
    import('remark-frontmatter'),
  ]);
  const tables = drawnTableBlocks(text, problems);
  // A documentation site's boxes (:::tip … :::, > [!NOTE]): their fences and markers are markup.
  const boxes = findAdmonitions(text);
  const boxMasks = boxes ? boxes.masks.filter((m) => !tables.some((t) => t.start < m.end && m.start < t.end)) : [];
  // The lines of a grid, simple or multiline table read here are blanked out (offsets kept) before
  // Markdown sees them, and so are a box's fences.
  const hidden = boxMasks.length === 0 ? tables : mergeByStart(tables, boxMasks);
  const markdown = hidden.length === 0 ? text : maskSpans(text, hidden);
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).parse(markdown) as unknown as MdNode;
  const blocks: Block[] = [];
  let content = false;
  const { refs: treeRefs, definitions } = treeReferences(tree);
  let wrap: Wrap | null | undefined;
  const shared: Shared = { definitions, wrap: () => (wrap === undefined ? (wrap = softBreakWrap(paragraphTexts(tree))) : wrap) };
  const refs = tables.length === 0 ? treeRefs : [...treeRefs, ...tableNoteRefs(text, tables)].sort((a, b) => a.start - b.start);
  if (extras && refs.length > 0) extras.footnoteRefs = refs;

  // Containers are expanded in place on an explicit stack, so nesting depth costs no call stack.
  interface Entry {
    node: MdNode;
    quoted: boolean;
    ordered: boolean;
    marker: { text: string; at: number } | null;
    /** The first block of an item of a bulleted list. */
    bullet?: boolean;
    /** How many list items hold the node (0 outside lists). */
    lists: number;
    /** The node is the first child of its list item. */
    opens?: boolean;
    /** The label of the footnote definition (`[^1]:`) that holds the node. */
    footnote?: string;
    /** The number a list item of a lazily numbered list (1. 1. 1.) shows: its list's start and its place. */
    renumber?: number;
  }
  const stack: Entry[] = [];
  const pushAll = (nodes: MdNode[], entry: (node: MdNode, index: number) => Entry): void => {
    for (let i = nodes.length - 1; i >= 0; i--) stack.push(entry(nodes[i] as MdNode, i));
  };
  pushAll(tree.children ?? [], (node) => ({ node, quoted: false, ordered: false, marker: null, lists: 0 }));
  while (stack.length > 0) {
    const { node, quoted, ordered, marker, bullet, lists, opens, footnote, renumber } = stack.pop() as Entry;
    const kids = node.children ?? [];
    if (node.type === 'list') {
      const lazy = node.ordered === true && lazyNumbers(text, kids);
      pushAll(kids, (item, k) => ({
        node: item,
        quoted,
        ordered: node.ordered === true,
        marker: null,
        lists,
        ...(lazy ? { renumber: (node.start ?? 1) + k } : {}),
        ...(footnote !== undefined ? { footnote } : {}),
      }));
      continue;
    }
    if (node.type === 'listItem') {
      pushAll(kids, (child, i) => ({
        node: child,
        quoted,
        ordered: false,
        marker: ordered && i === 0 ? listMarker(text, node, child, renumber) : null,
        bullet: !ordered && i === 0 && child.type === 'paragraph',
        lists: lists + 1,
        opens: i === 0,
        ...(footnote !== undefined ? { footnote } : {}),
      }));
      continue;
    }
    if (CONTAINERS.has(node.type)) {
      // A footnote's text ([^1]: …) is the document's note, its reference ([^1]) markup GFM leaves out of the text.
      const note = node.type === 'footnoteDefinition' ? (node.label ?? undefined) : footnote;
      // A quote that opens with an alert's marker (> [!NOTE]) is a box of the page's own text, as a ::: box is.
      const quote = node.type === 'blockquote' && !opensWithAlert(node, boxes?.alerts);
      pushAll(kids, (child) => ({ node: child, quoted: quoted || quote, ordered: false, marker: null, lists, ...(note !== undefined ? { footnote: note } : {}) }));
      continue;
    }
    const kind: BlockKind = quoted ? 'note' : node.type === 'heading' ? 'heading' : 'paragraph';
    // A list item's or a quote's lines are Markdown's own structure: only a plain paragraph is a text's lines.
    const made = await leafBlocks(node, text, kind, lists === 0 ? shared : { ...shared, lines: false });
    made.forEach((block, k) => {
      const numbered = k === 0 && marker ? withMarker(block, marker.text, marker.at) : block;
      if (k === 0 && bullet && !quoted) numbered.bullet = true;
      if (k === 0 && opens) numbered.listDepth = lists;
      if (quoted && !content) numbered.chrome = true;
      if (footnote !== undefined) numbered.footnote = footnote;
      if (!quoted && block.kind !== 'frontmatter') content = true;
      blocks.push(numbered);
    });
  }
  const read = tables.length === 0 ? blocks : mergeByStart(blocks, tables);
  return joinBrokenClauses(boxes && boxes.titles.length > 0 ? mergeByStart(read, boxes.titles) : read);
}

/** Whether a block quote's first line holds an alert's marker (at one of `alerts`), before its first block. */
function opensWithAlert(node: MdNode, alerts: readonly number[] | undefined): boolean {
  if (!alerts || alerts.length === 0) return false;
  const from = startOf(node);
  const to = node.children?.[0] ? startOf(node.children[0]) : endOf(node);
  return alerts.some((at) => at >= from && at < to);
}

/**
 * What the tree holds outside the blocks' text, in one walk: the footnote references ([^1]), which GFM
 * leaves out of the text, with their labels, in document order; and the link definitions (`[1]: url`)
 * by identifier, the first of a repeated one.
 */
function treeReferences(tree: MdNode): { refs: NonNullable<SourceExtras['footnoteRefs']>; definitions: Definitions } {
  const refs: NonNullable<SourceExtras['footnoteRefs']> = [];
  const definitions = new Map<string, string>();
  const stack: MdNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as MdNode;
    if (node.type === 'footnoteReference') refs.push({ mark: node.label ?? '', start: startOf(node), end: endOf(node) });
    else if (node.type === 'definition' && node.identifier !== undefined && node.url && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
    for (let i = (node.children?.length ?? 0) - 1; i >= 0; i--) stack.push(node.children![i] as MdNode);
  }
  return { refs, definitions };
}

/**
 * The footnote references (`2000[^1]`) in the cells of the drawn tables, which Markdown never
 * sees (their lines are masked) and a cell's text leaves out (see grid-table's cellOf).
 */
function tableNoteRefs(text: string, tables: readonly Block[]): NonNullable<SourceExtras['footnoteRefs']> {
  const refs: NonNullable<SourceExtras['footnoteRefs']> = [];
  const ref = /\[\^([^\]\s]{1,20})\]/g;
  for (const table of tables) {
    const span = text.slice(table.start, table.end);
    for (let m = ref.exec(span); m; m = ref.exec(span)) refs.push({ mark: m[1] as string, start: table.start + m.index, end: table.start + m.index + m[0].length });
  }
  return refs;
}

/**
 * The number of an ordered list item as written (`3.` or `3)`), found before its first child; in a
 * lazily numbered list, the number it shows instead (`renumber`).
 */
function listMarker(source: string, item: MdNode, first: MdNode, renumber?: number): { text: string; at: number } | null {
  const from = startOf(item);
  const m = /(\d{1,9})([.)])/.exec(source.slice(from, startOf(first)));
  if (!m) return null;
  return { text: renumber === undefined ? m[0] : `${renumber}${m[2] as string}`, at: from + m.index };
}

/**
 * Whether every item of an ordered list writes 1 (1. 1. 1.): the lazy numbering CommonMark allows
 * and editors write, which a reader sees as 1, 2, 3. Any other list keeps its numbers as written,
 * for validate to question: a reviewer edits the source, so a `3.` written twice (3. 3.), which
 * Markdown would show as 3, 4, is a repeat, and 1. 3. 5. counts in its own way.
 */
function lazyNumbers(source: string, items: readonly MdNode[]): boolean {
  if (items.length < 2) return false;
  return items.every((item) => /^\s*0*1[.)]/.test(source.slice(startOf(item), Math.min(endOf(item), startOf(item) + 24))));
}

/**
 * The item's text with its number before it. The space Markdown writes after the number stays when
 * the text opens with a figure: `1. 5G网络…` joined as 1.5G网络… would read as the figure 1.5 and
 * lose its number (`2. 2024年…` likewise).
 */
function withMarker(block: Block, number: string, at: number): Block {
  const marker = /^\d/.test(block.text) ? `${number} ` : number;
  const anchors = [{ text: 0, source: at }, ...block.anchors.map((a) => ({ text: a.text + marker.length, source: a.source }))];
  return { ...block, text: marker + block.text, anchors, start: Math.min(at, block.start) };
}

async function leafBlocks(node: MdNode, source: string, kind: BlockKind, shared: Shared): Promise<Block[]> {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
      return inlineBlocks(node, source, kind, node.type === 'heading' ? node.depth ?? 1 : undefined, shared);
    case 'table':
      return [tableBlock(node, source)];
    case 'yaml': {
      const block = await readFrontMatter(source, startOf(node), endOf(node), node.value ?? '');
      return block ? [block] : [];
    }
    case 'code':
      return codeBlocks(node, source, kind);
    case 'html':
      return htmlBlocks(node, source);
    default:
      return [];
  }
}

/** A hard line break: two trailing spaces or a backslash, or `<br>`. */
function hardBreak(n: MdNode): boolean {
  return n.type === 'break' || (n.type === 'html' && /^<br\s*\/?>$/i.test((n.value ?? '').trim()));
}

/**
 * A paragraph's text with its line breaks, soft and hard, as `\n`, and where each of its text
 * nodes starts in it: the lines the writer wrote, markup left out.
 */
function inlineLines(node: MdNode): { text: string; at: Map<MdNode, number> } {
  let text = '';
  const at = new Map<MdNode, number>();
  const stack: MdNode[] = [...(node.children ?? [])].reverse();
  while (stack.length > 0) {
    const n = stack.pop() as MdNode;
    if (n.type === 'text' || n.type === 'inlineCode') {
      at.set(n, text.length);
      text += n.value ?? '';
    } else if (hardBreak(n)) text += '\n';
    else if (n.children) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as MdNode);
  }
  return { text, at };
}

/** The text of every paragraph and heading of a document, in order, with their soft line breaks. */
function paragraphTexts(tree: MdNode): string[] {
  const out: string[] = [];
  const stack: MdNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as MdNode;
    if (node.type === 'paragraph' || node.type === 'heading') out.push(inlineLines(node).text);
    else if (node.type !== 'table') for (let i = (node.children?.length ?? 0) - 1; i >= 0; i--) stack.push(node.children![i] as MdNode);
  }
  return out;
}

/**
 * The inline content of a paragraph or heading. A hard line break (two trailing spaces, a
 * backslash, or `<br>`) ends a block, as a line break ends one in plain text; so does a soft one
 * that parts lines of their own (see soft-breaks). Links to document
 * files ([某方案.pdf](https://…/x.pdf), or [某方案.pdf][1] with its definition) are the block's
 * files, as an HTML page's <a href> are: an attachment's download keeps its address.
 */
function inlineBlocks(node: MdNode, source: string, kind: BlockKind, depth: number | undefined, shared: Shared): Block[] {
  const { definitions } = shared;
  const out: Block[] = [];
  const text = new InlineText();
  let files: NonNullable<Block['files']> = [];
  const flush = (): void => {
    const r = text.take();
    if (r) out.push({ ...toBlock(r, kind, depth), ...(files.length > 0 ? { files } : {}) });
    files = [];
  };
  let letters: Lettered = { cuts: [], next: null, first: true };
  // A paragraph's soft breaks that part lines of their own, by their place in its text.
  const lines = kind === 'paragraph' && node.type === 'paragraph' && shared.lines !== false ? inlineLines(node) : null;
  const soft = lines && lines.text.includes('\n') ? softBreakCuts(lines.text, shared.wrap()) : [];
  const stack: MdNode[] = [...(node.children ?? [])].reverse();
  while (stack.length > 0) {
    const n = stack.pop() as MdNode;
    const href = (n.type === 'link' ? n.url : n.type === 'linkReference' && n.identifier !== undefined ? definitions.get(n.identifier) : undefined)?.trim();
    if (href && DOCUMENT_HREF.test(href)) files.push({ text: plainText(n).replace(/\s+/g, ' ').trim(), href });
    if (n.type === 'text' || n.type === 'inlineCode') {
      const value = n.value ?? '';
      const edits = n.type === 'text' ? pandocEdits(value, kind === 'heading' || depth !== undefined, text.last) : null;
      const inner = withPandocEdits(withoutStrayEmphasis(text), edits);
      if (n.type === 'text') letters = lettered(value, letters);
      const own = soft.length > 0 ? withSoftCuts(letters.cuts, soft, lines!.at.get(n) ?? -1, value.length) : letters.cuts;
      const cuts = n.type === 'text' && kind !== 'heading' ? withOutlineCuts(value, own) : own;
      visitMarkdownText(value, source, startOf(n), endOf(n), cuts.length > 0 ? cutBefore(inner, cuts, flush) : inner);
    } else if (hardBreak(n)) {
      flush();
    } else if (n.children) {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as MdNode);
    }
  }
  flush();
  return out;
}

/** The cuts given and those of the paragraph's `soft` cuts inside a text value at `from` (length `length`), as indices in the value. */
function withSoftCuts(cuts: readonly number[], soft: readonly number[], from: number, length: number): number[] {
  if (from < 0) return cuts as number[];
  const inside = soft.filter((c) => c >= from && c < from + length).map((c) => c - from);
  if (inside.length === 0) return cuts as number[];
  return cuts.length === 0 ? inside : [...new Set([...cuts, ...inside])].sort((a, b) => a - b);
}

/** Where a paragraph's lines open with the next letter of a lettered list, and the letter the next such line needs. */
interface Lettered {
  /** Indices in the current text value of the line breaks before such lines. */
  cuts: number[];
  next: string | null;
  /** No text of the paragraph has been seen yet. */
  first: boolean;
}

/** A line of a lettered list (`a.  完善…`, `b)`, `(c)`), as pandoc writes Word's lower-alpha numbering. */
const LETTER_LINE = /^[ \t]*\(?([a-z])[.)][ \t]/;

/**
 * CommonMark has no lettered lists, so pandoc's tight `a.` / `b.` lines are one paragraph, its
 * items joined. A paragraph that opens with `a.` is cut before each line that opens with the next
 * letter (b., then c.), each item a block of its own as a numbered list's are.
 */
function lettered(value: string, state: Lettered): Lettered {
  let next = state.next;
  if (state.first) {
    const m = LETTER_LINE.exec(value);
    next = m && m[1] === 'a' ? 'b' : null;
  }
  const cuts: number[] = [];
  for (let nl = value.indexOf('\n'); nl >= 0 && next; nl = value.indexOf('\n', nl + 1)) {
    const m = LETTER_LINE.exec(value.slice(nl + 1, nl + 12));
    if (m && m[1] === next) {
      cuts.push(nl);
      next = String.fromCharCode(next.charCodeAt(0) + 1);
    }
  }
  return { cuts, next, first: false };
}

/**
 * The cuts given, and the line breaks of a paragraph's text before a line that opens with an
 * outline marker (一、 （一） 1. 一是), or after a short heading that does (一、工作目标): a text
 * written one paragraph a line without blank lines between, saved as .md, is one Markdown
 * paragraph, and its items would run together (`1.` after a line is no list item without a space
 * after it). As in plain text, such lines stand apart; a wrap never falls after a line that short.
 */
function withOutlineCuts(value: string, cuts: readonly number[]): number[] {
  let found: number[] | null = null;
  let lineStart = 0;
  for (let nl = value.indexOf('\n'); nl >= 0; lineStart = nl + 1, nl = value.indexOf('\n', nl + 1)) {
    if (cuts.includes(nl)) continue;
    const before = nl - lineStart <= 40 ? value.slice(lineStart, nl).trim() : '';
    const heading = before.length > 0 && before.length <= 30 && outlineHeading(before);
    if (heading || outlineLine(value.slice(nl + 1, nl + 41))) (found ??= []).push(nl);
  }
  return found ? [...cuts, ...found].sort((a, b) => a - b) : (cuts as number[]);
}

/** A line opening with an outline marker; letters (a. b.) are lettered()'s, which wants them in order. */
function outlineLine(line: string): boolean {
  const marker = matchMarker(line);
  return marker !== null && marker.kind !== 'latin';
}

/** A numbered heading's line: no comma after its marker (a short line that has one may be a wrap's first line). */
function outlineHeading(line: string): boolean {
  const marker = matchMarker(line);
  return marker !== null && marker.kind !== 'latin' && !/[，、,；;]/.test(line.slice(marker.length));
}

/** A visitor that ends the block (`flush`) at the given indices of the value it is walked over. */
function cutBefore(visitor: TextVisitor, cuts: readonly number[], flush: () => void): TextVisitor {
  let k = 0;
  let c = 0;
  return {
    run(text, start) {
      let from = 0;
      while (c < cuts.length && (cuts[c] as number) < k + text.length) {
        const at = (cuts[c++] as number) - k;
        if (at > from) visitor.run(text.slice(from, at), start + from);
        flush();
        from = at;
      }
      if (from < text.length) visitor.run(from === 0 ? text : text.slice(from), start + from);
      k += text.length;
    },
    char(ch, start, end) {
      if (c < cuts.length && cuts[c] === k) {
        c++;
        flush();
      }
      k++;
      visitor.char(ch, start, end);
    },
  };
}

/** The text a node shows (a link's words), markup left out. */
function plainText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(plainText).join('');
}

function toBlock(r: InlineResult, kind: BlockKind, depth?: number): Block {
  return { kind, text: r.text, anchors: r.anchors, start: r.start, end: r.end, ...(depth !== undefined ? { depth } : {}) };
}

function cellOf(cell: MdNode, source: string, header: boolean, text = new InlineText()): CellBlock {
  const stack: MdNode[] = [...(cell.children ?? [])].reverse();
  while (stack.length > 0) {
    const n = stack.pop() as MdNode;
    if (n.type === 'text' || n.type === 'inlineCode') {
      const edits = n.type === 'text' ? pandocEdits(n.value ?? '', false, text.last) : null;
      visitMarkdownText(n.value ?? '', source, startOf(n), endOf(n), withPandocEdits(withoutStrayEmphasis(text), edits));
    }
    else if (hardBreak(n)) text.cellBreak(startOf(n));
    else if (n.type === 'html') text.space(startOf(n), true);
    else if (n.children) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as MdNode);
  }
  const r = text.take();
  const at = startOf(cell) + 1;
  const made: CellBlock = r ? { text: r.text, anchors: r.anchors, start: r.start, end: r.end } : { text: '', anchors: [], start: at, end: at };
  if (header) made.header = true;
  return made;
}

/** A GFM table: the first row is its header row. */
function tableBlock(node: MdNode, source: string): Block {
  const rows = (node.children ?? []).map((row, r) => (row.children ?? []).map((cell) => cellOf(cell, source, r === 0)));
  // A 完成时限 cell giving a date a line (`2025年6月底前<br>2026年12月底前`) keeps its dates apart (see deadlineCellLines).
  const deadlines = (rows[0] ?? []).flatMap((c, k) => (namesDeadlineColumn(c.text) ? [k] : []));
  for (const [r, row] of (node.children ?? []).entries()) {
    if (r === 0) continue;
    for (const k of deadlines) {
      const cell = row.children?.[k];
      if (!cell || !cell.children?.some(hardBreak)) continue;
      const probe = new InlineText();
      probe.lineBreaks = () => false;
      const whole = cellOf(cell, source, false, probe).text;
      const lines = [0, ...probe.breakAt].map((b, j, all) => whole.slice(b, all[j + 1] ?? whole.length).trim());
      const parts = deadlineCellLines(lines);
      if (!parts) continue;
      const text = new InlineText();
      text.lineBreaks = parts;
      rows[r]![k] = cellOf(cell, source, false, text);
    }
  }
  return tableOfRows(rows, startOf(node), endOf(node));
}

/**
 * Emphasis markers that Markdown left as text: CommonMark does not open or close emphasis next to
 * punctuation on the wrong side (**一、重点任务**：…, **牵头单位：**市科技局), which is how converters
 * write Chinese bold text. A run of two or more asterisks or underscores is never content in a
 * notice; it is dropped, the text around it kept in its place.
 */
function withoutStrayEmphasis(visitor: TextVisitor): TextVisitor {
  return {
    run(text, start) {
      if (!text.includes('**') && !text.includes('__')) return visitor.run(text, start);
      const marks = /\*{2,}|_{2,}/g;
      let from = 0;
      for (let m = marks.exec(text); m; m = marks.exec(text)) {
        if (m.index > from) visitor.run(text.slice(from, m.index), start + from);
        from = m.index + m[0].length;
      }
      if (from < text.length) visitor.run(text.slice(from), start + from);
    },
    char: (c, start, end) => visitor.char(c, start, end),
  };
}

/** A code block: each of its lines as a block, as plain text would give them. */
function codeBlocks(node: MdNode, source: string, kind: BlockKind): Block[] {
  const out: Block[] = [];
  const text = new InlineText();
  const endLine = (): void => {
    const r = text.take();
    if (r) out.push(toBlock(r, kind));
  };
  visitMarkdownText(node.value ?? '', source, startOf(node), endOf(node), {
    run: (piece, start) => {
      let from = 0;
      for (let nl = piece.indexOf('\n'); nl >= 0; nl = piece.indexOf('\n', from)) {
        text.run(piece.slice(from, nl), start + from);
        endLine();
        from = nl + 1;
      }
      text.run(from === 0 ? piece : piece.slice(from), start + from);
    },
    char: (c, start, end) => (c === '\n' ? endLine() : text.char(c, start, end)),
  });
  endLine();
  return out;
}

/** Raw HTML in Markdown (scraped collections often keep tables as HTML): read by the HTML adapter. */
async function htmlBlocks(node: MdNode, source: string): Promise<Block[]> {
  const start = startOf(node);
  const { htmlToBlocks } = await import('./html-adapter.js');
  const blocks = await htmlToBlocks(source.slice(start, endOf(node)));
  return blocks.filter((b) => b.kind !== 'frontmatter').map((b) => shiftBlock(b, start));
}
