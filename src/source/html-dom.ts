/**
 * The little of the parsed HTML tree the adapter reads, typed structurally so that no module
 * depends on the parser's own types. Nodes come from cheerio's htmlparser2 backend
 * (`cheerio/slim`), which records where each node starts and ends in the source.
 */

export interface DomNode {
  type: string;
  parent: DomNode | null;
  /** Offset of the node's first character in the source. */
  startIndex: number | null;
  /** Offset of the node's last character in the source (inclusive). */
  endIndex: number | null;
}

export interface DomElement extends DomNode {
  name: string;
  attribs: Record<string, string>;
  children: DomNode[];
}

export interface DomText extends DomNode {
  data: string;
}

export function isElement(node: DomNode): node is DomElement {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function isText(node: DomNode): node is DomText {
  return node.type === 'text';
}

export function childrenOf(node: DomNode): DomNode[] {
  return (node as Partial<DomElement>).children ?? [];
}

/** Parses HTML with source offsets on every node; the parser is iterative, so depth is no risk. */
export async function parseHtml(text: string): Promise<DomNode> {
  const { load } = await import('cheerio/slim');
  // `xml` carries htmlparser2's own options; xmlMode false keeps HTML parsing rules.
  const $ = load(text, { xml: { xmlMode: false, decodeEntities: true, withStartIndices: true, withEndIndices: true } });
  return $.root()[0] as unknown as DomNode;
}

/** Visits every node below `root` in document order, without recursion; `enter` may skip a subtree by returning false. */
export function walkTree(root: DomNode, enter: (node: DomNode) => boolean | void, exit?: (node: DomNode) => void): void {
  const stack: Array<{ node: DomNode; leaving: boolean }> = [];
  const kids = childrenOf(root);
  for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i] as DomNode, leaving: false });
  while (stack.length > 0) {
    const frame = stack.pop() as { node: DomNode; leaving: boolean };
    if (frame.leaving) {
      exit?.(frame.node);
      continue;
    }
    if (enter(frame.node) === false) continue;
    stack.push({ node: frame.node, leaving: true });
    const children = childrenOf(frame.node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as DomNode, leaving: false });
  }
}

/**
 * Whether the page hides an element: the `hidden` attribute or an inline display:none / visibility:hidden.
 * An element that holds running text under visibility:hidden alone is the article a script shows once
 * the page has loaded (WeChat's <div id="js_content" style="visibility: hidden;">), not hidden
 * UI: a menu, a tooltip or a template hidden so holds labels and links, not sentences.
 */
export function isHidden(el: DomElement): boolean {
  if ('hidden' in el.attribs) return true;
  const style = el.attribs.style;
  if (style === undefined || !/(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style)) return false;
  return /(?:^|;)\s*display\s*:\s*none\b/i.test(style) || !holdsRunningText(el);
}

const runningText = new WeakMap<DomElement, boolean>();

/** Sentences an article has at the least: two full stops and 40 Han characters outside links. */
function holdsRunningText(el: DomElement): boolean {
  const known = runningText.get(el);
  if (known !== undefined) return known;
  let han = 0;
  let stops = 0;
  walkTree(el, (node) => {
    if (isText(node)) {
      const text = (node as DomText).data;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x4e00 && c <= 0x9fff) han++;
        else if (c === 0x3002 || c === 0xff01 || c === 0xff1f) stops++;
      }
      return false;
    }
    return isElement(node) && node.name !== 'a' && node.name !== 'script' && node.name !== 'style';
  });
  const holds = han >= 40 && stops >= 2;
  runningText.set(el, holds);
  return holds;
}

/** A non-negative integer attribute (rowspan, colspan, start), or the fallback. */
export function intAttr(el: DomElement, name: string, fallback: number): number {
  const raw = el.attribs[name];
  if (raw === undefined) return fallback;
  const n = Number.parseInt(raw.trim(), 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

/**
 * The weight each element holds in its subtree: the weights given to some elements (the blocks'
 * owners), added up from them to the root. Weighing a page's running text this way is how the main
 * region and a second copy of the article are found.
 */
export function subtreeWeights(root: DomNode, owned: Iterable<readonly [DomElement | null, number]>): Map<DomNode, number> {
  const weight = new Map<DomNode, number>();
  for (const [owner, w] of owned) if (w > 0 && owner) weight.set(owner, (weight.get(owner) ?? 0) + w);
  walkTree(
    root,
    (node) => isElement(node),
    (node) => {
      const w = weight.get(node);
      if (w && node.parent) weight.set(node.parent, (weight.get(node.parent) ?? 0) + w);
    },
  );
  return weight;
}
