import { type DomElement, type DomNode, childrenOf, isElement } from './html-dom.js';

/** A block as the copy finder weighs it: the element it stands in, its running text's weight and its text. */
export interface WeighedBlock {
  owner: DomElement | null;
  /** Han characters of running text (0 for a link, a label, a table). */
  weight: number;
  text: string;
}

/** The second copy of a page's article, set aside, and the blocks (by index) that stand in it. */
export interface ArticleCopy {
  kept: DomElement;
  copy: DomElement;
  blocks: number[];
}

/** The least share of the running text each copy holds: two halves of one page, not a quote in a sidebar. */
const COPY_SHARE = 0.3;

/**
 * A page that carries its article twice, one copy for wide screens and one for phones
 * (<div class="content-pc">…</div><div class="content-wap">…</div>, the style sheet showing one):
 * where the running text parts into two sibling elements that hold it in halves, sentence for
 * sentence the same. The first is the page's article; the second is found, to be set aside.
 * Only the elements on the way down to the text's region are weighed, once each.
 */
export function articleCopy(root: DomNode, blocks: readonly WeighedBlock[], weight: ReadonlyMap<DomNode, number>): ArticleCopy | null {
  // Two copies need two elements of running text at least.
  if (new Set(blocks.filter((b) => b.weight > 0 && b.owner).map((b) => b.owner)).size < 2) return null;
  let node: DomNode = root;
  let total = childrenOf(root).reduce((n, c) => n + (weight.get(c) ?? 0), 0);
  for (;;) {
    const heavy = childrenOf(node).filter((c): c is DomElement => isElement(c) && (weight.get(c) ?? 0) >= total * COPY_SHARE);
    const whole = heavy.find((c) => (weight.get(c) ?? 0) >= total * 0.98);
    if (whole) {
      node = whole;
      total = weight.get(whole) ?? 0;
      continue;
    }
    if (heavy.length < 2) return null;
    return copyAmong(node, heavy, blocks, weight);
  }
}

/** Two of the heavy children of `parent` that hold the same running text, the second set aside. */
function copyAmong(parent: DomNode, heavy: readonly DomElement[], blocks: readonly WeighedBlock[], weight: ReadonlyMap<DomNode, number>): ArticleCopy | null {
  const childOf = (el: DomElement | null): DomNode | null => {
    let n: DomNode | null = el;
    while (n && n.parent !== parent) n = n.parent;
    return n;
  };
  const texts = new Map<DomNode, string[]>(heavy.map((h) => [h, []]));
  const where = blocks.map((b) => childOf(b.owner));
  blocks.forEach((b, k) => {
    if (b.weight > 0) texts.get(where[k] as DomNode)?.push(b.text.replace(/\s+/g, ''));
  });
  for (let i = 0; i < heavy.length; i++) {
    for (let j = i + 1; j < heavy.length; j++) {
      const a = heavy[i]!;
      const b = heavy[j]!;
      if (weight.get(a) !== weight.get(b)) continue;
      const ta = texts.get(a)!;
      const tb = texts.get(b)!;
      if (ta.length === tb.length && ta.every((t, k) => t === tb[k])) {
        return { kept: a, copy: b, blocks: where.flatMap((w, k) => (w === b ? [k] : [])) };
      }
    }
  }
  return null;
}
