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

/** Whether the page hides an element: the `hidden` attribute or an inline display:none / visibility:hidden. */
export function isHidden(el: DomElement): boolean {
  if ('hidden' in el.attribs) return true;
  const style = el.attribs.style;
  return style !== undefined && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style);
}

/** A non-negative integer attribute (rowspan, colspan, start), or the fallback. */
export function intAttr(el: DomElement, name: string, fallback: number): number {
  const raw = el.attribs[name];
  if (raw === undefined) return fallback;
  const n = Number.parseInt(raw.trim(), 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}
