import type { OutlineNode, Part, PlanDocument } from '../model/types.js';
import { walk } from '../parse/outline.js';
import { diffEntities, type EntityDiff } from './diff-entities.js';
import { afterTitle, proseField, valueField, type CompareContext } from './fields.js';
import type { ArticleEntity } from './types.js';

/** The whole text of an item: its own paragraphs, then each sub-item with its marker. */
function fullText(node: OutlineNode): string {
  const parts = [node.text];
  // Enumerations inside a paragraph (一是…；二是…) are in that paragraph's text already.
  walk(node.children, (child) => {
    if (!child.inline) parts.push(`${child.label}${child.text}`);
  });
  return parts.filter(Boolean).join('\n');
}

/** An article's text without the bracketed heading it starts with (第二条（实施年限）): that is its title. */
function withoutHeading(text: string, title: string): string {
  const body = text.trimStart();
  for (const head of [`（${title}）`, `(${title})`]) if (title && body.startsWith(head)) return body.slice(head.length).trim();
  return text;
}

/** The articles (第N条) of a regulation, wherever they stand in its outline (under 章 or not). */
export function collectArticles(doc: PlanDocument): ArticleEntity[] {
  const out: ArticleEntity[] = [];
  walk(doc.outline, (node) => {
    if (node.kind === 'article') {
      out.push({ number: node.number, label: node.label, title: node.title, text: withoutHeading(fullText(node), node.title), position: node.position });
    }
  });
  return out;
}

/** The plan's parts that are not articles: a regulation's top-level 第N条 are compared as articles only. */
export function partsBesideArticles(doc: PlanDocument): Part[] {
  const articles = new Set(doc.outline.filter((n) => n.kind === 'article').map((n) => n.position.start.offset));
  return (doc.plan?.parts ?? []).filter((p) => !articles.has(p.position.start.offset));
}

const body = (a: ArticleEntity): string => afterTitle(a.text, a.title);

/**
 * Regulations (办法, 条例) have articles rather than tasks. They are aligned like tasks, by content
 * not number, so an article removed makes the later ones `renumbered` rather than all modified.
 */
export function diffArticles(oldDoc: PlanDocument, newDoc: PlanDocument, ctx: CompareContext): EntityDiff {
  return diffEntities(
    collectArticles(oldDoc),
    collectArticles(newDoc),
    {
      kind: 'article',
      align: {
        keys: [
          (a) => `${ctx.key(a.title)}\u0001${ctx.key(body(a))}`,
          (a) => ctx.key(a.title) || null,
          (a) => ctx.key(body(a)) || null,
        ],
        similarity: (a) => a.text,
      },
      fields: [proseField('title', (a) => a.title), proseField('text', body)],
      number: valueField('number', (a) => a.number),
      entity: (a) => a,
      position: (a) => a.position,
    },
    ctx,
  );
}
