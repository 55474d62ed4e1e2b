import { deadlineCellLines, namesDeadlineColumn } from './deadline-cell-lines.js';
import { matchMarker } from '../text/markers.js';
import { DOCUMENT_HREF } from '../text/file-names.js';
import { AnchoredText, sourceOffset } from './anchors.js';
import { type DomElement, type DomNode, childrenOf, intAttr, isElement, isHidden, isText, parseHtml, subtreeWeights, walkTree } from './html-dom.js';
import { DROPPED, SECTIONING, bannerMayHoldContent, bannerNamed, inFooterNamed, isFurniture, isTitleInBanner } from './html-furniture.js';
import { visitText } from './html-text.js';
import { articleCopy } from './html-copies.js';
import { InlineText, type InlineResult, type TextVisitor } from './inline-text.js';
import { superscriptKind, toSuperscript } from '../text/superscript.js';
import { expandSpans } from './table-grid.js';
import type { Block, CellBlock, SourceDocument, SourceExtras } from './types.js';
import { joinBlocks, joinBrokenClauses } from './open-brackets.js';
import { SENTENCE_END, type Wrap, type WrapLine, findWrap, indentsParagraphs, labelledApart, standsApart, wrapsInto } from './line-wrap.js';
import { hasNoticeTitleShape } from '../text/notice-title.js';
import { isDateline } from '../text/page-furniture.js';

const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul', 'option', 'br',
]);
const HEADING = /^h([1-6])$/;

/** Page metadata that government sites put in <meta> tags (the 政府网站 page metadata names). */
const META_FIELDS = new Set(['articletitle', 'pubdate', 'contentsource']);

/** Where the walker is: what the enclosing elements make of the text inside them. */
interface Frame {
  /** The innermost block-level element: the element a block of text belongs to. */
  owner: DomElement | null;
  heading: number;
  chrome: boolean;
  sectioning: boolean;
  link: DomElement | null;
  pre: boolean;
  /** Numbering of the innermost <ol>, when its markers are rendered as decimal numbers. */
  ol: { next: number } | null;
  /** The Word footnote (mso-element:footnote) the text is in: its mark, once its link back gives it. */
  note: { mark: string | null } | null;
  /** The outermost inline element (<span>, <b>, <label> …) the text is in, inside its block. */
  inline: DomElement | null;
}

/** Inline elements that may set a label apart from its value (<li><span>文号</span>青政办发…</li>). */
const LABEL_ELEMENTS = new Set(['span', 'b', 'strong', 'label', 'em', 'i', 'font', 'small', 'dfn', 'cite']);

/** A block as the walker finds it, before the page's main region is known. */
interface Found {
  block: Block;
  owner: DomElement | null;
  linkShare: number;
  links: number;
  longestLink: number;
  /** Whether only a <br> parts the block from the one before it, in the same block element. */
  afterBreak?: boolean;
  /** Whether a blank line parts it from the block before, in preformatted text: a paragraph break, as in plain text. */
  afterGap?: boolean;
  /** Whether the block is in the page's second copy of its article (see html-copies). */
  copy?: boolean;
  /**
   * The spaces its text is set in by: 　　 or &nbsp; before it, or its element's text-indent (as
   * 　　). A page that pastes a hard-wrapped text one line a block keeps the paragraphs' indent so.
   */
  indent?: string;
}

/**
 * Sets aside the second copy of an article that a page carries twice (for wide screens and for
 * phones): its blocks are chrome, so that its items are not read twice, and the problems say so.
 */
function setAsideCopy(root: DomNode, found: Found[], weight: ReadonlyMap<DomNode, number>, problems: SourceDocument['problems'] | undefined): boolean {
  const copy = articleCopy(root, found.map((f) => ({ owner: f.owner, weight: sentenceWeight(f), text: f.block.text })), weight);
  if (!copy) return false;
  for (const k of copy.blocks) {
    found[k]!.copy = true;
    found[k]!.block.chrome = true;
  }
  const name = (el: DomElement): string => `<${el.name}${el.attribs.class ? ` class="${el.attribs.class}"` : el.attribs.id ? ` id="${el.attribs.id}"` : ''}>`;
  problems?.push({
    ruleId: 'html-article-copy',
    severity: 'info',
    message: `the page carries its article twice: ${name(copy.copy)} repeats ${name(copy.kept)} sentence for sentence (one copy for wide screens, one for phones); the first is read, the second set aside as chrome`,
    offset: copy.copy.startIndex ?? 0,
  });
  return true;
}

/**
 * Turns an HTML page (or fragment) into blocks: paragraphs, headings, tables and the page's
 * metadata <meta> tags, each mapped back to its place in the HTML source.
 *
 * Scripts, styles and other non-text elements are dropped. Page furniture is recognised by
 * structure, not by one site's class names: navigation, forms, page-level header/footer
 * landmarks and furniture-named containers; and, outside the region that holds the page's
 * sentences, blocks that are mostly links. Those blocks are kept with `chrome: true`, so the
 * parser can still read a breadcrumb as the page's category.
 */
export async function htmlToBlocks(text: string, problems?: SourceDocument['problems'], extras?: SourceExtras): Promise<Block[]> {
  const root = await parseHtml(text);
  if (extras) {
    const title = pageTitle(root, text);
    if (title) extras.pageTitle = title;
  }
  const walker = new BlockWalker(text);
  walker.walk(root);
  if (extras && walker.noteRefs.length > 0) extras.footnoteRefs = walker.noteRefs;
  const found = walker.found;
  // The running text's weight by element, weighed again only when a copy of the article is set aside.
  const weigh = (): Map<DomNode, number> => subtreeWeights(root, found.map((f) => [f.owner, sentenceWeight(f)] as const));
  const weights = weigh();
  const copySetAside = setAsideCopy(root, found, weights, problems);
  const inMain = markLinkFurniture(root, found, copySetAside ? weigh() : weights);
  // A logo or a QR code in the page's banner or footer is no content the page shows.
  const embeds = walker.embeds.filter((e) => inMain(e.el)).map((e) => e.embed);
  if (extras && embeds.length > 0) extras.embeds = embeds;
  const meta = metaBlock(root);
  return [...(meta ? [meta] : []), ...joinBrokenClauses(joinWrappedLines(found))];
}

function frameFor(el: DomElement, parent: Frame): Frame {
  const heading = HEADING.exec(el.name);
  const frame: Frame = {
    owner: BLOCK_ELEMENTS.has(el.name) && el.name !== 'br' ? el : parent.owner,
    heading: heading ? Number(heading[1]) : BLOCK_ELEMENTS.has(el.name) ? 0 : parent.heading,
    chrome: parent.chrome || isFurniture(el, parent.sectioning),
    sectioning: parent.sectioning || SECTIONING.has(el.name),
    link: el.name === 'a' && el.attribs.href !== undefined ? el : parent.link,
    pre: parent.pre || el.name === 'pre' || el.name === 'textarea',
    ol: parent.ol,
    note: WORD_NOTE.test(`${el.attribs.style ?? ''}`) ? { mark: null } : parent.note,
    inline: BLOCK_ELEMENTS.has(el.name) ? null : (parent.inline ?? (LABEL_ELEMENTS.has(el.name) ? el : null)),
  };
  if (el.name === 'ol') {
    const style = `${el.attribs.style ?? ''}`;
    const decimal = (el.attribs.type ?? '1') === '1' && !/list-style(?:-type)?\s*:\s*none/i.test(style);
    frame.ol = decimal ? { next: intAttr(el, 'start', 1) } : null;
  } else if (el.name === 'ul') frame.ol = null;
  return frame;
}

/** The block whose text is being collected: where it started, and how many characters each link gave it. */
interface OpenBlock {
  owner: DomElement | null;
  heading: number;
  chrome: boolean;
  links: Map<DomElement, number>;
  marker: Marker | null;
  bullet: boolean;
  footnote: string | null;
  /** The inline element the block's text starts in. */
  lead: DomElement | null;
  /** The spaces its text was set in by (see Found.indent). */
  indent: string;
}

/** Walks the tree once, cutting text into blocks at block-level elements and line breaks. */
class BlockWalker {
  readonly found: Found[] = [];
  /** The footnote references left out of the text. */
  readonly noteRefs: NoteRefs = [];
  /** Documents in viewers and images the page shows outside its furniture. */
  readonly embeds: Array<{ embed: NonNullable<SourceExtras['embeds']>[number]; el: DomElement }> = [];
  readonly #source: string;
  readonly #text = new InlineText();
  #current: OpenBlock | null = null;
  #currentAfterBreak = false;
  #currentAfterGap = false;
  #marker: Marker | null = null;
  /** Whether the next block starts an item of a bulleted list (<ul><li>). */
  #bullet = false;
  /** The mark of the footnote whose text the next block is. */
  #footnote: string | null = null;
  /** Whether a <br> ended the last block, and no block element has begun or ended since. */
  #broken = false;
  /** Whether a blank line of preformatted text came since the last block, and no block element has begun or ended since. */
  #gap = false;
  /** The spaces that set in the text of the block about to begin (　　, &nbsp;&nbsp;), since the last block ended. */
  #indent = '';
  /** The <sup> of a unit's exponent the walk is in, whose digits are written as superscript characters. */
  #exponent: DomElement | null = null;
  /** Cells of links beside a layout table's body cell: a sidebar's menu. */
  readonly #sidebars = new Set<DomElement>();

  constructor(source: string) {
    this.#source = source;
  }

  walk(root: DomNode): void {
    const base: Frame = { owner: null, heading: 0, chrome: false, sectioning: false, link: null, pre: false, ol: null, note: null, inline: null };
    const frames: Frame[] = [base];
    walkTree(
      root,
      (node) => {
        const frame = frames[frames.length - 1] as Frame;
        if (isText(node)) {
          const visitor = {
            run: (text: string, start: number) => this.#run(text, start, frame),
            char: (c: string, start: number, end: number) => this.#char(c, start, end, frame),
          };
          visitText(node, this.#source, this.#exponent ? superscriptChars(visitor) : visitor);
          return false;
        }
        if (!isElement(node)) return false;
        if (!frame.chrome && EMBEDDING.has(node.name) && !isHidden(node)) {
          const embed = embeddedContent(node);
          if (embed) this.embeds.push({ embed, el: node });
        }
        if (DROPPED.has(node.name) || isHidden(node)) return false;
        if (node.name === 'br' || node.name === 'hr') {
          this.#flush();
          this.#broken = node.name === 'br';
          return false;
        }
        if (BLOCK_ELEMENTS.has(node.name)) {
          this.#flush();
          this.#broken = false;
          this.#gap = false;
        }
        if (node.name === 'table' && !isDataTable(node)) for (const cell of sidebarCells(node, this.#source)) this.#sidebars.add(cell);
        if (node.name === 'table' && isDataTable(node)) {
          const table = readTable(node, this.#source, this.noteRefs);
          for (const block of table.blocks) {
            this.found.push({ block: { ...block, ...(frame.chrome ? { chrome: true } : {}) }, owner: node, linkShare: table.linkShare, links: 0, longestLink: 0 });
          }
          return false;
        }
        // A Word footnote's reference (…90%[1]以上) is markup: the sentence reads on without it. The
        // link back from the note's text gives the note its mark.
        const note = footnoteLink(node);
        if (note === 'reference') {
          this.noteRefs.push(noteRef(node));
          return false;
        }
        // A <sup> reads as pandoc's ^…^ does: a unit's exponent (m²), or a note's mark, left out of the sentence.
        if (node.name === 'sup' && !this.#exponent) {
          const kind = superscriptKind(this.#text.last, shownText(node));
          if (kind === 'note') {
            this.noteRefs.push(noteRef(node));
            return false;
          }
          if (kind === 'exponent') this.#exponent = node;
        }
        if (note !== null) {
          this.#footnote = note.mark;
          if (frame.note) frame.note.mark = note.mark;
          return false;
        }
        const next = frameFor(node, frame);
        if (this.#sidebars.has(node)) next.chrome = true;
        if (node.name === 'li' && frame.ol) {
          const n = intAttr(node, 'value', frame.ol.next);
          frame.ol.next = n + 1;
          this.#marker = { text: `${n}.`, at: node.startIndex ?? 0 };
        } else if (node.name === 'li' && (node.parent as DomElement | null)?.name === 'ul') this.#bullet = true;
        frames.push(next);
        return true;
      },
      (node) => {
        if (!isElement(node)) return;
        if (node === this.#exponent) this.#exponent = null;
        frames.pop();
        if (BLOCK_ELEMENTS.has(node.name)) {
          this.#flush();
          this.#broken = false;
          this.#gap = false;
        }
        if (node.name === 'li') {
          this.#marker = null;
          this.#bullet = false;
        }
      },
    );
    this.#flush();
  }

  /** Verbatim source text: a line break in preformatted text ends a block. */
  #run(text: string, start: number, frame: Frame): void {
    if (frame.pre) {
      let from = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
        if (nl > from) this.#inline(text.slice(from, nl), start + from, frame);
        this.#lineEnd();
        this.#flush();
        // A line of preformatted text is cut as a <br> cuts one: it may go on in the next.
        this.#broken = true;
        from = nl + 1;
      }
      if (from > 0) {
        if (from < text.length) this.#inline(text.slice(from), start + from, frame);
        return;
      }
    }
    this.#inline(text, start, frame);
  }

  /** A line of preformatted text ends: one with no text on it, after another line's end, is a blank line. */
  #lineEnd(): void {
    if (!this.#current && this.#broken) this.#gap = true;
  }

  #inline(text: string, start: number, frame: Frame): void {
    this.#text.run(text, start, frame.link !== null);
    // The block begins at its first character that is not whitespace; link characters count from there.
    const first = this.#current ? 0 : text.search(/\S/);
    if (!this.#current) this.#indent += setInBy(first < 0 ? text : text.slice(0, first));
    if (first < 0) return;
    const current = this.#current ?? this.#begin(frame);
    if (frame.link) current.links.set(frame.link, (current.links.get(frame.link) ?? 0) + text.length - first);
  }

  #begin(frame: Frame): OpenBlock {
    const indent = this.#indent || styledIndent(frame.owner);
    const current = { owner: frame.owner, heading: frame.heading, chrome: frame.chrome, links: new Map<DomElement, number>(), marker: this.#marker, bullet: this.#bullet, footnote: this.#footnote ?? frame.note?.mark ?? null, lead: frame.inline, indent };
    this.#indent = '';
    this.#current = current;
    this.#currentAfterBreak = this.#broken;
    this.#currentAfterGap = this.#gap;
    this.#broken = false;
    this.#gap = false;
    this.#marker = null;
    this.#bullet = false;
    this.#footnote = null;
    return current;
  }

  #char(c: string, start: number, end: number, frame: Frame): void {
    if (frame.pre && c === '\n') {
      this.#lineEnd();
      this.#flush();
      this.#broken = true;
      return;
    }
    if (!this.#current && /\s/.test(c)) this.#indent += setInBy(c);
    if (!this.#current && !/\s/.test(c)) this.#begin(frame);
    this.#text.char(c, start, end, frame.link !== null);
    if (frame.link && this.#current) this.#current.links.set(frame.link, (this.#current.links.get(frame.link) ?? 0) + 1);
  }

  #flush(): void {
    const result = this.#text.take();
    const current = this.#current;
    this.#current = null;
    this.#indent = '';
    if (!result || !current) return;
    const inline = current.marker && !matchMarker(result.text) ? withMarker(result, current.marker) : result;
    const block: Block = {
      kind: current.heading > 0 ? 'heading' : 'paragraph',
      text: inline.text,
      anchors: inline.anchors,
      start: inline.start,
      end: inline.end,
      ...(current.heading > 0 ? { depth: current.heading } : {}),
      ...(current.chrome ? { chrome: true } : {}),
      ...(current.bullet && !current.marker ? { bullet: true } : {}),
      ...(current.footnote !== null ? { footnote: current.footnote } : {}),
    };
    const lead = current.lead ? leadLength(inline, current.lead) : 0;
    if (lead > 0) block.lead = lead;
    const files = fileLinks(current.links.keys());
    if (files.length > 0) block.files = files;
    const lengths = [...current.links.values()];
    this.found.push({
      block,
      owner: current.owner,
      linkShare: inline.linkShare,
      links: lengths.length,
      longestLink: Math.max(0, ...lengths),
      ...(this.#currentAfterBreak ? { afterBreak: true } : {}),
      ...(this.#currentAfterGap ? { afterGap: true } : {}),
      ...(current.indent ? { indent: current.indent } : {}),
    });
  }
}

/**
 * How many characters of a block's text stand in the inline element its text starts in, when
 * more text follows that element: 文号 in <li><span>文号</span>青政办发〔2024〕7号</li>. 0 otherwise.
 */
function leadLength(inline: InlineResult, el: DomElement): number {
  const end = el.endIndex;
  if (end === null) return 0;
  let n = 0;
  while (n < inline.text.length && sourceOffset(inline.anchors, n) < end) n++;
  return n < inline.text.length && inline.text.slice(0, n).trim() !== '' ? n : 0;
}

/**
 * Lines of one paragraph that a <br> parts, as a paste of hard-wrapped text leaves them (到2026年，
 * …达到120亿元，<br>规模以上软件企业达到80家以上。): joined back when the line breaks inside a
 * clause as plain text's wrapped lines do (see line-wrap's wrapsInto). Lines in block elements of
 * their own are paragraphs the page meant.
 */
function joinWrappedLines(found: readonly Found[]): Block[] {
  const out: Block[] = [];
  let run: Block[] = [];
  const close = (): void => {
    if (run.length > 0) out.push(run.length === 1 ? run[0]! : joinBlocks(run));
    run = [];
  };
  const plain = (b: Block): boolean => b.kind === 'paragraph' && !b.chrome && b.footnote === undefined;
  // A page that sets a hard-wrapped text one line a block (a PDF pasted one <p> a line, <pre>,
  // pdf2htmlEX's line <div>s) shows the text's wrap width as plain text does (line-wrap's findWrap).
  // Only blocks set as lines are measured: a page's header grid or its footer is no wrapped text.
  const broken = (k: number): boolean => found[k]!.afterBreak === true && found[k]!.owner === found[k - 1]?.owner;
  const lineAfter = (k: number): boolean => k > 0 && k < found.length && (broken(k) || lineSiblings(found[k - 1]!, found[k]!));
  const lines = found.filter((f, k) => plain(f.block) && (lineAfter(k) || lineAfter(k + 1)));
  // A blank line in preformatted text parts paragraphs: measured as plain text's are (a full line
  // before a line goes on whatever it ends with where blank lines part paragraphs), and never crossed.
  const wrap = wrapOfLines(lines.flatMap((f) => (f.afterGap === true ? [{ text: '' }, wrapLine(f)] : [wrapLine(f)])));
  // Paragraphs set in (　　, &nbsp;, text-indent) over lines wrapped flush tell where each starts, as
  // in plain text; a page that sets every line in tells nothing by it.
  const indents = indentsParagraphs(lines.map(wrapLine), wrap) && lines.some((f) => !f.indent && f.block.text.length >= 15);
  found.forEach((f, k) => {
    const before = found[k - 1];
    const last = run[run.length - 1];
    const goesOn =
      last !== undefined && before !== undefined && f.afterGap !== true && lineAfter(k) && plain(last) && plain(f.block) &&
      (wrapsInto(wrapLine(before), wrapLine(f), wrap, indents, found[k + 1]?.block) || (broken(k) && brokenMidSentence(last.text, f.block.text)));
    if (!goesOn) close();
    run.push(f.block);
  });
  close();
  return out;
}

/**
 * The wrap width of a page's line blocks, when they are a hard-wrapped text: found as in plain
 * text, and shown by lines of prose as wide as it that stop inside a sentence (…年均 | 增长15%以上).
 * A page's own short paragraphs may share a width by chance (a title, a footer's line): they do
 * not stop inside a sentence after one has begun.
 */
function wrapOfLines(lines: readonly WrapLine[]): Wrap | null {
  const wrap = findWrap(lines);
  if (!wrap) return null;
  let cut = 0;
  for (const { text: t } of lines) {
    if (Math.abs(wrap.measure(t) - wrap.width) <= 4 && !SENTENCE_END.test(t) && /[，。；、,;]/.test(t.slice(0, -1))) cut++;
  }
  return cut >= 2 ? wrap : null;
}

/** The spaces that set a text in: full-width and no-break ones (a source's own spaces and line breaks are its markup's layout). */
function setInBy(text: string): string {
  return text.replace(/[^\u3000\u00a0\t]/g, '');
}

/** An element's own positive text-indent (text-indent:2em, 32px, 24pt), as the full-width spaces it stands for. */
const TEXT_INDENT = /(?:^|;)\s*text-indent\s*:\s*(\d+(?:\.\d+)?)\s*(em|px|pt|rem)?/i;

/** Full-width spaces wider than any paragraph's indent (line-wrap's INDENT_MAX): a line placed apart. */
const INDENT_PLACED = 6;

/** Text set in the middle or at the right (a title, a signature): as a plain text's wide indent sets it, never a line wrapped flush. */
const PLACED = /(?:^|;)\s*text-align\s*:\s*(?:center|right)/i;

function styledIndent(owner: DomElement | null): string {
  if (!owner) return '';
  const align = owner.attribs.align?.toLowerCase();
  const style = owner.attribs.style;
  if (align === 'center' || align === 'right' || (style?.includes('align') && PLACED.test(style))) return '\u3000'.repeat(INDENT_PLACED);
  if (!style || !style.includes('indent')) return '';
  const m = TEXT_INDENT.exec(style);
  if (!m) return '';
  const value = Number(m[1]);
  const unit = (m[2] ?? 'px').toLowerCase();
  // One character of body text is about 1em (16px, 12pt): less than that sets nothing in.
  const chars = unit === 'px' ? value / 16 : unit === 'pt' ? value / 12 : value;
  return chars >= 1 ? '\u3000'.repeat(Math.min(4, Math.round(chars))) : '';
}

/** A block as a line of plain text, its indent kept as the spaces before it. */
function wrapLine(f: Found): WrapLine {
  const indent = f.indent ?? '';
  return indent ? { text: f.block.text, start: 0, textStart: indent.length, indent } : { text: f.block.text };
}

/** Block elements a page sets one line of text in, one after the other. */
const LINE_ELEMENTS = new Set(['p', 'div', 'section']);

/**
 * Whether two blocks stand in sibling elements of one parent, each a line's element (<p>一、</p><p>加大
 * 财政支持</p>, the <p>s of a PDF pasted one line a paragraph): as lines of plain text do, they are
 * joined only where one line goes on in the next (see wrapsInto). A list's items are items, never
 * lines of one.
 */
function lineSiblings(before: Found, f: Found): boolean {
  const a = before.owner;
  const b = f.owner;
  return a !== null && b !== null && a !== b && a.parent !== null && a.parent === b.parent && LINE_ELEMENTS.has(a.name) && LINE_ELEMENTS.has(b.name);
}

/**
 * A <br> inside a sentence (…人数比例达到42%，人均体育场地<br>面积达到2.8平方米，): a page gives no
 * wrap width to measure the line against, but a line of prose that stops on a word, not a stop,
 * followed flush by a line that goes on with the sentence to its comma or stop, is one line the
 * paste cut. Not after a short line (a heading, a name), nor before an item, a label or a date.
 */
function brokenMidSentence(prev: string, next: string): boolean {
  const p = prev.trim();
  if (p.length < 16 || !/[\u4e00-\u9fff0-9%]$/.test(p) || !/[，；,;]/.test(p)) return false;
  const n = next.trim();
  if (!/^[\u4e00-\u9fff0-9]/.test(n)) return false;
  const apart = standsApart({ text: p }, { text: n }) || labelledApart({ text: p }, { text: n }) || /^[\u4e00-\u9fff]{2,8}\s*[:：]/.test(n);
  return !apart && /^[^，。；,;:：]{1,30}[，。；,;]/.test(n);
}

/** The container Word puts each footnote's (or endnote's) paragraphs in. */
const WORD_NOTE = /mso-element\s*:\s*(?:footnote|endnote)\s*(?:;|$)/i;

/** Word's links between a footnote's reference (#_ftn1, #_edn1 for an endnote) and its text (#_ftnref1). */
const WORD_NOTE_LINK = /^#_(?:ftn|edn)(ref)?(\d{1,4})$/;

/**
 * Whether an element is a Word footnote's reference in the text, or the link back to it that
 * opens the note's text (then with the note's mark as the reference prints it: 1 for [1], i for an
 * endnote's [i]).
 */
function footnoteLink(el: DomElement): 'reference' | { mark: string } | null {
  if (el.name !== 'a') return null;
  const m = WORD_NOTE_LINK.exec((el.attribs.href ?? '').trim());
  if (!m) return null;
  if (!m[1]) return 'reference';
  return { mark: shownMark(el) ?? m[2]! };
}

type NoteRefs = NonNullable<SourceExtras['footnoteRefs']>;

/** A footnote reference's mark and where its element stands. */
function noteRef(el: DomElement): NoteRefs[number] {
  const start = el.startIndex ?? 0;
  return { mark: shownMark(el) ?? '', start, end: (el.endIndex ?? start) + 1 };
}

/** A visitor that writes an exponent's characters as superscript ones (2 → ²), each with its source span. */
function superscriptChars(visitor: TextVisitor): TextVisitor {
  return {
    run(text, start) {
      for (let i = 0; i < text.length; i++) visitor.char(toSuperscript(text[i] as string), start + i, start + i + 1);
    },
    char(c, start, end) {
      visitor.char(toSuperscript(c), start, end);
    },
  };
}

function shownText(el: DomElement): string {
  let shown = '';
  walkTree(el, (node) => {
    if (isText(node)) shown += node.data;
    return true;
  });
  return shown;
}

/** A footnote link's mark as printed, its brackets left out ([1] → 1, [i] → i). */
function shownMark(el: DomElement): string | null {
  return shownText(el).replace(/[\s[\]［］()（）]/g, '') || null;
}

/** An <ol> number the browser renders before an item whose text has no number of its own. */
interface Marker {
  text: string;
  at: number;
}

function withMarker(inline: InlineResult, marker: Marker): InlineResult {
  const anchors = [{ text: 0, source: marker.at }, ...inline.anchors.map((a) => ({ text: a.text + marker.text.length, source: a.source }))];
  return { ...inline, text: marker.text + inline.text, anchors, start: Math.min(marker.at, inline.start) };
}

/** Collects the text of a table cell (or caption): paragraphs and line breaks inside it are cell line breaks (InlineText.cellBreak). */
function cellText(
  cell: DomElement,
  source: string,
  noteRefs: NoteRefs = [],
  lineBreaks: ((ordinal: number) => boolean) | null = null,
): { inline: InlineResult | null; linkChars: number; chars: number; lines: string[] } {
  const text = new InlineText();
  text.lineBreaks = lineBreaks;
  let linkChars = 0;
  let chars = 0;
  // The <sup> of a unit's exponent the walk is in (see superscriptKind).
  let exponent: DomElement | null = null;
  const links: DomElement[] = [];
  walkTree(
    cell,
    (node) => {
      if (isText(node)) {
        const inLink = links.length > 0;
        const count = (piece: string): void => {
          const visible = piece.replace(/\s+/g, '');
          chars += visible.length;
          if (inLink) linkChars += visible.length;
        };
        const visitor: TextVisitor = {
          run: (piece, start) => {
            text.run(piece, start, inLink);
            count(piece);
          },
          char: (c, start, end) => {
            text.char(c, start, end, inLink);
            count(c);
          },
        };
        visitText(node, source, exponent ? superscriptChars(visitor) : visitor);
        return false;
      }
      if (!isElement(node) || DROPPED.has(node.name) || isHidden(node)) return false;
      const sup = node.name === 'sup' && !exponent ? superscriptKind(text.last, shownText(node)) : null;
      if (footnoteLink(node) === 'reference' || sup === 'note') {
        noteRefs.push(noteRef(node));
        return false;
      }
      if (sup === 'exponent') exponent = node;
      if (BLOCK_ELEMENTS.has(node.name)) text.cellBreak(node.startIndex ?? 0);
      if (node.name === 'a') links.push(node);
      return node.name !== 'br' && node.name !== 'hr';
    },
    (node) => {
      if (node === exponent) exponent = null;
      if (isElement(node) && node.name === 'a') links.pop();
      if (isElement(node) && BLOCK_ELEMENTS.has(node.name)) text.cellBreak(node.endIndex ?? 0);
    },
  );
  const breaks = text.breakAt;
  const inline = text.take();
  // The cell's lines, as read with every break joining (see unitCellLines).
  // (No space opens the collected text, so the breaks' places are places in it.)
  const whole = inline?.text ?? '';
  const lines = lineBreaks && inline ? [0, ...breaks].map((b, k, all) => whole.slice(b, all[k + 1] ?? whole.length).trim()) : [];
  return { inline, linkChars, chars, lines };
}

/** A column of units taking part or leading (牵头单位, 配合单位, 责任单位, 责任部门): its cells list units. */
const UNIT_COLUMN = /(?:牵头|配合|责任|参与|协办|主办|承办|协同|支持|督办|实施|主体)(?:单位|部门)/;

/** What a line of a unit cell lists units with, or a sentence has: its lines are wrapped text, not a unit each. */
const LIST_MARK = /[、，,；;。：:\s]/;

/**
 * Whether each line break of a cell of units parts two units. A cell listing its units one to a
 * line (<p> each, <div> each, <br> between: 人民银行某市支行 / 市财政局, 某海关 / 某高新区) is parted
 * by the breaks themselves, whatever the names end with. A name wrapped inside a word in a narrow
 * cell leaves a line that is no name on its own, a character or two (某经济技术开发区管 / 委会) or a
 * second name in brackets (区科技局 / （区知识产权局）): that break joins. Lines that list with 、 or
 * run as a sentence are wrapped text: null, the cell read as any other.
 */
function unitCellLines(lines: readonly string[]): ((ordinal: number) => boolean) | null {
  const filled = lines.filter((l) => l !== '');
  if (filled.length < 2 || filled.some((l) => LIST_MARK.test(l))) return null;
  return (k) => {
    const after = lines[k + 1] ?? '';
    return after.length > 2 && !/^[（(〔]/.test(after);
  };
}

const CELL = new Set(['td', 'th']);
const CELL_BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'section', 'article']);

/**
 * A table of data rather than of layout. Pages built with tables nest the whole page in them:
 * a table that holds another table, a single cell, cells of many paragraphs, or a stack of
 * one-cell rows that hold running text is layout.
 */
function isDataTable(table: DomElement): boolean {
  let cells = 0;
  let layout = false;
  walkTree(table, (node) => {
    if (layout || !isElement(node)) return false;
    if (node.name === 'table') {
      layout = true;
      return false;
    }
    if (CELL.has(node.name)) {
      cells++;
      let blocks = 0;
      walkTree(node, (inner) => {
        if (isElement(inner) && CELL_BLOCKS.has(inner.name)) blocks++;
        return isElement(inner);
      });
      if (blocks >= 4 && !isListCell(node)) layout = true;
      return false;
    }
    return true;
  });
  return !layout && cells >= 2 && (isBoxTable(table) || !isStackedText(table)) && !isTitleBlock(table);
}

/**
 * A cell whose many blocks are a list of short entries, one a line: a task table's units one to a
 * <p> or <div> (人民银行某市支行 / 某监管支局 / 市财政局 / 市发展改革委), not a layout's column. A
 * layout cell holds running text (a sentence, a dateline's 发布时间：), blocks nested in blocks
 * (a page's sections), or links (a menu): those stay layout.
 */
function isListCell(cell: DomElement): boolean {
  let nested = false;
  let links = false;
  walkTree(cell, (node) => {
    if (nested || links || !isElement(node)) return false;
    if (node.name === 'a') links = true;
    else if (node !== cell && CELL_BLOCKS.has(node.name) && node.children.some((n) => isElement(n) && CELL_BLOCKS.has(n.name))) nested = true;
    return true;
  });
  if (nested || links) return false;
  return plainLines(cell).every((line) => line.length <= LIST_ENTRY_MAX && !LIST_CELL_PROSE.test(line));
}

/** The longest line of a list cell's entry: a body's full name, with a second name in brackets. */
const LIST_ENTRY_MAX = 40;
/** What marks a line as running text or a label's line rather than an entry of a list. */
const LIST_CELL_PROSE = /[。；;：:！？!?]/;

/**
 * A 专栏 box framed as a table: its first row is one cell that opens with the box's heading
 * (专栏1 重大交通项目). The table bounds the box, however long its lines' sentences (parse/boxes.ts).
 */
function isBoxTable(table: DomElement): boolean {
  for (const tr of rowsOf(table)) {
    const filled = childrenOf(tr).filter((td): td is DomElement => isElement(td) && CELL.has(td.name) && !isHidden(td)).map((td) => plainLines(td));
    const own = filled.filter((lines) => lines.length > 0);
    if (own.length === 0) continue;
    return own.length === 1 && /^\s*[【\[]?\s*专栏\s*(?:\d|[一二三四五六七八九十])/.test(own[0]![0]!);
  }
  return false;
}

/**
 * A table that lays out running text rather than columns. Old CMS pages put the title in one row
 * and the whole body in the next, its paragraphs cut by <br> or <p>: a stack of one-cell rows with
 * a sentence in some cell (a row's empty spacer cells do not count). Rows of several cells
 * (发布时间 | 来源) may stand beside the body when it is one cell of many lines of sentences with four
 * times their text. A one-column list of names or labels, and a data table with a note row under
 * it, stay tables.
 */
function isStackedText(table: DomElement): boolean {
  let prose = false;
  let wide = 0;
  let body = 0;
  for (const tr of rowsOf(table)) {
    const filled: string[][] = [];
    for (const td of childrenOf(tr)) {
      if (!isElement(td) || !CELL.has(td.name) || isHidden(td)) continue;
      const lines = plainLines(td);
      if (lines.length > 0) filled.push(lines);
    }
    // The body may stand in a cell beside a sidebar's (a menu of links in the row's first cell):
    // the row's cell of many lines then counts as the body, the others as the cells beside it.
    const only = filled.length === 1 ? (filled[0] as string[]) : bodyCellOf(filled);
    if (filled.length > 1) for (const lines of filled) if (lines !== only) for (const line of lines) wide += line.length;
    if (!only) continue;
    const text = only.join('');
    if (hanCount(text) < 20 || !/[。；;]/.test(text)) continue;
    prose = true;
    if (only.length >= 4) body = Math.max(body, text.length);
  }
  return wide === 0 ? prose : body >= 4 * wide;
}

/**
 * The cell of a row of several that holds a body of text, cut into lines by <br> or paragraphs:
 * six lines or more, some of them sentences. A task table's row has cells of a line or a few.
 */
function bodyCellOf(filled: readonly string[][]): string[] | null {
  let best: string[] | null = null;
  for (const lines of filled) if (lines.length >= 6 && (!best || lines.length > best.length)) best = lines;
  return best;
}

/**
 * The cells beside a layout table's body cell (see bodyCellOf) that are mostly links: an old
 * table-layout page's sidebar menu (机构职能 | 政策法规 …) in the row's first cell.
 */
function sidebarCells(table: DomElement, source: string): DomElement[] {
  const out: DomElement[] = [];
  for (const tr of rowsOf(table)) {
    const cells = childrenOf(tr).filter((td): td is DomElement => isElement(td) && CELL.has(td.name) && !isHidden(td));
    if (cells.length < 2) continue;
    const lines = cells.map((td) => plainLines(td));
    const body = bodyCellOf(lines.filter((l) => l.length > 0));
    if (!body) continue;
    cells.forEach((td, k) => {
      if (lines[k] === body || (lines[k] as string[]).length === 0) return;
      const read = cellText(td, source);
      if (read.chars > 0 && read.linkChars * 2 >= read.chars) out.push(td);
    });
  }
  return out;
}

/**
 * A table that lays out an article's title block: the title in a row of its own, the dateline
 * (发布时间：… 来源：… 点击数：…) in another, as old CMS pages nest it in a cell of their layout
 * table. Every row is one cell, but for the dateline's row, which may spread over several; and a
 * dateline stands in it, or its first row is a notice's title (关于…的通知) with no other such
 * title below (a one-column list of documents stays a table).
 */
function isTitleBlock(table: DomElement): boolean {
  let datelines = 0;
  let titles = 0;
  let titleFirst = false;
  let rows = 0;
  for (const tr of rowsOf(table)) {
    const filled: string[] = [];
    for (const td of childrenOf(tr)) {
      if (!isElement(td) || !CELL.has(td.name) || isHidden(td)) continue;
      const text = plainLines(td).join('');
      if (text.length > 0) filled.push(text);
    }
    const lead = filled[0];
    if (lead === undefined) continue;
    rows++;
    if (isDateline(lead)) datelines++;
    else if (filled.length > 1) return false;
    else if (hasNoticeTitleShape(lead) && !/[:：]/.test(lead)) {
      titles++;
      if (rows === 1) titleFirst = true;
    }
  }
  return datelines > 0 || (titles === 1 && titleFirst);
}

/**
 * The visible lines of text below an element, cut at line breaks and block elements, without
 * blank ones or whitespace (for judging a table, not for blocks).
 */
function plainLines(el: DomElement): string[] {
  const lines: string[] = [];
  let line = '';
  const cut = (): void => {
    if (line.length > 0) lines.push(line);
    line = '';
  };
  walkTree(
    el,
    (node) => {
      if (isText(node)) line += node.data.replace(/\s+/g, '');
      if (!isElement(node) || DROPPED.has(node.name) || isHidden(node)) return false;
      if (BLOCK_ELEMENTS.has(node.name)) cut();
      return true;
    },
    (node) => {
      if (isElement(node) && BLOCK_ELEMENTS.has(node.name)) cut();
    },
  );
  cut();
  return lines;
}

/** The rows of a table: its <tr> elements, whatever row groups hold them, without nested tables. */
function rowsOf(table: DomElement): DomElement[] {
  const rows: DomElement[] = [];
  walkTree(table, (node) => {
    if (!isElement(node) || node.name === 'table') return false;
    if (node.name === 'tr') {
      rows.push(node);
      return false;
    }
    return true;
  });
  return rows;
}

function readTable(table: DomElement, source: string, noteRefs: NoteRefs = []): { blocks: Block[]; linkShare: number } {
  const blocks: Block[] = [];
  let linkChars = 0;
  let chars = 0;
  for (const child of childrenOf(table)) {
    if (!isElement(child) || child.name !== 'caption') continue;
    const caption = cellText(child, source, noteRefs).inline;
    if (caption) blocks.push({ kind: 'paragraph', text: caption.text, anchors: caption.anchors, start: caption.start, end: caption.end });
  }
  // Cells of more than one line, for the units they may list (see rereadUnitCells).
  const tds = new Map<CellBlock, DomElement>();
  const origin: CellBlock[][] = rowsOf(table).map((tr) => {
    const header = tr.parent !== null && isElement(tr.parent) && tr.parent.name === 'thead';
    return childrenOf(tr)
      .filter((n): n is DomElement => isElement(n) && CELL.has(n.name) && !isHidden(n))
      .map((td) => {
        const read = cellText(td, source, noteRefs);
        linkChars += read.linkChars;
        chars += read.chars;
        const contentStart = td.startIndex === null ? 0 : source.indexOf('>', td.startIndex) + 1;
        const cell: CellBlock = read.inline
          ? { text: read.inline.text, anchors: read.inline.anchors, start: read.inline.start, end: read.inline.end }
          : { text: '', anchors: [], start: contentStart, end: contentStart };
        const rowspan = intAttr(td, 'rowspan', 1);
        const colspan = intAttr(td, 'colspan', 1);
        if (rowspan !== 1) cell.rowspan = rowspan;
        if (colspan !== 1) cell.colspan = colspan;
        if (header || td.name === 'th') cell.header = true;
        if (read.inline && td.children.some((n) => isElement(n) && (n.name === 'br' || CELL_BLOCKS.has(n.name)))) tds.set(cell, td);
        return cell;
      });
  });
  // Word's HTML ends many tables with a row of empty cells (<td>&nbsp;</td>), which no reader sees
  // and the same table as text has not: it holds nothing, and is no row.
  let last = origin.length;
  while (last > 1 && origin[last - 1]!.every((cell) => cell.text.trim() === '' && (cell.rowspan ?? 1) === 1)) last--;
  const kept = origin.slice(0, last).filter((r) => r.length > 0);
  rereadUnitCells(expandSpans(kept), tds, source);
  const rows = expandSpans(kept);
  const acc = new AnchoredText();
  rows.forEach((row, r) => {
    if (r > 0) acc.append('\n', row[0]?.start ?? 0);
    row.forEach((cell, k) => {
      if (cell.spanned) return;
      if (k > 0) acc.append('\t', cell.start);
      for (let i = 0; i < cell.text.length; i++) acc.append(cell.text[i] as string, sourceOffset(cell.anchors, i));
    });
  });
  const start = table.startIndex ?? 0;
  const end = table.endIndex === null ? start : table.endIndex + 1;
  blocks.push({ kind: 'table', text: acc.text, anchors: acc.anchors, start, end, rows });
  return { blocks, linkShare: chars === 0 ? 0 : linkChars / chars };
}

/**
 * Cells under a unit column (the header row's 牵头单位, 配合单位 …) whose lines list a unit each are
 * read again with their line breaks parting the units (see unitCellLines), in place, before the
 * spans are laid out; other cells keep the reading by the endings of the names (InlineText.cellBreak).
 */
function rereadUnitCells(grid: CellBlock[][], tds: ReadonlyMap<CellBlock, DomElement>, source: string): void {
  if (tds.size === 0 || grid.length < 2) return;
  const columns = (grid[0] ?? []).flatMap((c, k) => (UNIT_COLUMN.test(c.text.replace(/\s+/g, '')) ? [k] : []));
  // A 完成时限 cell giving a date a line keeps its dates apart as a unit cell keeps its units (see deadlineCellLines).
  const deadlines = new Set((grid[0] ?? []).flatMap((c, k) => (namesDeadlineColumn(c.text) ? [k] : [])));
  if (columns.length === 0 && deadlines.size === 0) return;
  for (const row of grid.slice(1)) {
    for (const k of [...columns, ...deadlines]) {
      const cell = row[k];
      const td = cell && !cell.spanned ? tds.get(cell) : undefined;
      if (!cell || !td) continue;
      const lines = cellText(td, source, [], () => false).lines;
      const parts = deadlines.has(k) ? deadlineCellLines(lines) : unitCellLines(lines);
      const read = parts ? cellText(td, source, [], parts).inline : null;
      if (!read) continue;
      cell.text = read.text;
      cell.anchors = read.anchors;
      cell.start = read.start;
      cell.end = read.end;
    }
  }
}

/** How many Han characters a text has (counted, not matched: a page's text can be long). */
function hanCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) n++;
  }
  return n;
}

const SENTENCE = /[。；;，,！？]/;

/** Han characters of a block that reads as running text: a sentence, not a link or a label. */
function sentenceWeight(f: Found): number {
  if (f.copy === true || f.block.kind === 'table' || f.linkShare >= 0.5 || !SENTENCE.test(f.block.text)) return 0;
  const han = hanCount(f.block.text);
  return han >= 10 ? han : 0;
}

/**
 * Finds the page's main region: the deepest element that holds nearly all of its running text.
 * Outside it, blocks that are mostly links (menus, link lists, related articles, footers) are
 * furniture; inside it, only short runs of several short links (share and print bars) are.
 */
function markLinkFurniture(root: DomNode, found: Found[], weight: ReadonlyMap<DomNode, number>): (node: DomNode) => boolean {
  const total = [...childrenOf(root)].reduce((n, c) => n + (weight.get(c) ?? 0), 0);
  let main: DomNode | null = null;
  if (total > 0) {
    main = root;
    for (;;) {
      let heaviest: DomNode | null = null;
      for (const child of childrenOf(main)) if ((weight.get(child) ?? 0) > (heaviest ? (weight.get(heaviest) ?? 0) : 0)) heaviest = child;
      if (!heaviest || (weight.get(heaviest) ?? 0) < total * 0.98) break;
      main = heaviest;
    }
  }
  // The elements that hold the main region: a banner's name on one of them (a page-wide <div class="top">) is no banner's.
  const holdsMain = new Set<DomNode>();
  for (let n: DomNode | null = main; n; n = n.parent) holdsMain.add(n);
  const inside = new Set<DomNode>();
  if (main) {
    inside.add(main);
    walkTree(main, (node) => {
      inside.add(node);
      return isElement(node);
    });
  }
  // Banner-named elements that hold the article's title (<div class="head"><h1>…的通知</h1>): its title block, not the site's banner.
  const titleBlocks = new Set<DomElement>();
  for (const f of found) {
    if (f.block.kind === 'table' || f.linkShare >= 0.5 || !isTitleInBanner(f.block.text)) continue;
    const banner = bannerNamed(f.owner, holdsMain);
    if (banner) titleBlocks.add(banner);
  }
  // The downloads listed on after the first in the same element or list (<br> or <li> between them)
  // are the same list's; a link in a block of its own further on is not.
  const sameList = (a: Found | undefined, b: Found): boolean =>
    a !== undefined && a.owner !== null && b.owner !== null && (a.owner === b.owner || (a.owner.parent !== null && a.owner.parent === b.owner.parent));
  let download = false;
  found.forEach((f, k) => {
    const was = download;
    download = false;
    if (f.block.chrome) return;
    // A block in the same element as the text block before it (<p>s of one <div class="article">) is of its flow.
    const prev = found[k - 1];
    const box = f.owner?.parent;
    if (prev && !prev.block.chrome && prev.owner && f.owner && prev.owner !== f.owner && prev.owner.parent === box && box && isElement(box) && box.name !== 'body') {
      f.block.besideText = true;
    }
    const outside = main !== null && main !== root && f.owner !== null && !inside.has(f.owner);
    if (outside) f.block.outside = true;
    // A footer named otherwise than `footer` (<div class="bottom">), outside the region of sentences.
    if (outside && inFooterNamed(f.owner)) f.block.chrome = true;
    // So is a banner named otherwise than <header> (<div id="header">, class="top"), but for a title or a label set in it.
    else if (outside && !bannerMayHoldContent(f.block.kind, f.block.text)) {
      const banner = bannerNamed(f.owner, holdsMain);
      if (banner && !titleBlocks.has(banner)) f.block.chrome = true;
    }
    if (f.block.chrome || f.linkShare < 0.5) return;
    const shareBar = f.links >= 2 && f.longestLink <= 8;
    download = !shareBar && (isAttachmentDownload(f, found[k - 1]) || (was && (f.block.files?.length ?? 0) > 0 && sameList(found[k - 1], f)));
    if (shareBar || (outside && !download)) f.block.chrome = true;
  });
  // A region that narrowed to one paragraph (a page of one sentence) is read as the element around it.
  let region: DomNode | null = main;
  while (region && region !== root && isElement(region) && !REGION_ELEMENTS.has(region.name) && region.parent) region = region.parent;
  return (node) => {
    if (region === null || region === root) return true;
    for (let n: DomNode | null = node; n; n = n.parent) if (n === region) return true;
    return false;
  };
}

/** Elements that hold a region of a page rather than one paragraph of it. */
const REGION_ELEMENTS = new Set(['div', 'article', 'section', 'main', 'td', 'body', 'table', 'tbody', 'center', 'form']);

/** The label of a notice's attachments (附件：, 附件1：, 相关附件：, 附件下载：), at the start of a line. */
const ATTACHMENT_LABEL = /^\s*(?:相关)?附\s*件\s*(?:下载)?\s*[0-9一二三四五六七八九十]{0,3}\s*(?:[:：]|$)/;

/**
 * A download of the notice's attachment: a link to a document file, labelled as an attachment on
 * its line or on the line above it. Sites print it in a block of its own below the article (TRS's
 * <div class="fj">), outside the region of sentences, where other links are furniture.
 */
function isAttachmentDownload(f: Found, before: Found | undefined): boolean {
  if (!f.block.files?.length) return false;
  return ATTACHMENT_LABEL.test(f.block.text) || (before !== undefined && ATTACHMENT_LABEL.test(before.block.text) && before.block.text.trim().length <= 12);
}


/** The block's links to document files, with their visible text. */
function fileLinks(links: Iterable<DomElement>): NonNullable<Block['files']> {
  const out: NonNullable<Block['files']> = [];
  for (const a of links) {
    const href = a.attribs.href?.trim();
    if (!href || !DOCUMENT_HREF.test(href)) continue;
    let text = '';
    walkTree(a, (node) => {
      if (isText(node)) text += node.data;
      return true;
    });
    out.push({ text: text.replace(/\s+/g, ' ').trim(), href });
  }
  return out;
}

/**
 * The text of the page's <title> in <head>, kept apart from the blocks: it is no part of the text,
 * but may be the only place a notice's title is printed (a page whose body starts at the addressees).
 */
function pageTitle(root: DomNode, source: string): SourceDocument['pageTitle'] | null {
  let found: SourceDocument['pageTitle'] | null = null;
  walkTree(root, (node) => {
    if (found || !isElement(node)) return false;
    if (node.name === 'title') {
      // Read as a block's text is, each character anchored, so that the part of it read as a
      // notice's title (关于…的通知 of 关于…的通知 - 某区人民政府门户网站) is placed where it stands.
      const acc = new InlineText();
      for (const c of childrenOf(node)) if (isText(c)) visitText(c, source, acc);
      const read = acc.take();
      const start = node.startIndex ?? 0;
      if (read) found = { text: read.text.replace(/\s/g, ' '), anchors: read.anchors, start, end: node.endIndex === null ? start : node.endIndex + 1 };
      return false;
    }
    return node.name === 'html' || node.name === 'head';
  });
  return found;
}

/** The page metadata of <meta name="ArticleTitle|PubDate|ContentSource" content="…">, as a front-matter block. */
function metaBlock(root: DomNode): Block | null {
  const fields: NonNullable<Block['fields']> = [];
  walkTree(root, (node) => {
    if (!isElement(node)) return false;
    if (node.name === 'meta') {
      const key = node.attribs.name;
      const value = node.attribs.content;
      if (key !== undefined && value !== undefined && META_FIELDS.has(key.trim().toLowerCase())) {
        const start = node.startIndex ?? 0;
        fields.push({ key: key.trim(), value: value.trim(), start, end: node.endIndex === null ? start : node.endIndex + 1 });
      }
      return false;
    }
    // <meta> belongs in <head>; a page body is not searched.
    return node.name === 'html' || node.name === 'head';
  });
  if (fields.length === 0) return null;
  const acc = new AnchoredText();
  fields.forEach((f, k) => {
    if (k > 0) acc.append('\n', f.start);
    acc.append(`${f.key}: ${f.value}`, f.start);
  });
  return { kind: 'frontmatter', text: acc.text, anchors: acc.anchors, start: fields[0]!.start, end: fields[fields.length - 1]!.end, fields };
}

/** Elements that show content the page's text does not hold. */
const EMBEDDING = new Set(['iframe', 'embed', 'object', 'img']);

/**
 * The document a viewer shows (<iframe src="x.pdf">, a pdf.js viewer's ?file=x.pdf, <embed src>,
 * <object data>) or an image (<img src>), with where its element stands. A frame of a page (a map,
 * a video) is not a document.
 */
function embeddedContent(el: DomElement): NonNullable<SourceExtras['embeds']>[number] | null {
  const src = (el.name === 'object' ? el.attribs.data : el.attribs.src)?.trim();
  if (!src) return null;
  const start = el.startIndex ?? 0;
  const end = (el.endIndex ?? start) + 1;
  if (el.name === 'img') return { kind: 'image', src, start, end };
  const file = /[?&](?:file|url|src|path)=([^&#]+)/i.exec(src);
  let shown = src;
  if (file) {
    try {
      shown = decodeURIComponent(file[1]!);
    } catch {
      shown = file[1]!;
    }
  }
  return DOCUMENT_HREF.test(shown) ? { kind: 'document', src: shown, start, end } : null;
}
