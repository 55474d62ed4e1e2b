import type { OutlineNode, Part, PlanDocument } from '../model/types.js';
import { walk } from '../parse/outline.js';
import type { Alignment } from './align.js';
import { diffEntities, type EntityDiff } from './diff-entities.js';
import { afterTitle, proseField, valueField, type CompareContext, type FieldRule } from './fields.js';
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
  walk(doc.outline, (node, ancestors) => {
    if (node.kind === 'article') {
      // The chapter (第二章) or other top-level item it stands in, if any.
      const top = ancestors[0];
      out.push({
        number: node.number,
        label: node.label,
        title: node.title,
        text: withoutHeading(fullText(node), node.title),
        chapter: top ? `${top.label}${top.label && top.title ? ' ' : ''}${top.title}` : null,
        position: node.position,
        ...(top ? { chapterOffset: top.position.start.offset } : {}),
      });
    }
  });
  return out;
}

/**
 * Whether an article stands in another chapter: its old chapter's counterpart (by the alignment
 * of the parts, so a renamed or renumbered chapter is still the same chapter) is not its new one.
 */
function chapterRule(oldParts: readonly Part[], newParts: readonly Part[], parts: Alignment): FieldRule<ArticleEntity> {
  const counterpart = new Map(parts.pairs.map(([i, j]) => [i, j]));
  const indexOf = (list: readonly Part[], a: ArticleEntity): number =>
    a.chapterOffset === undefined ? -1 : list.findIndex((p) => p.position.start.offset === a.chapterOffset);
  return {
    name: 'chapter',
    compare(a, b) {
      const i = indexOf(oldParts, a);
      const j = indexOf(newParts, b);
      const same = i === -1 || j === -1 ? a.chapter === b.chapter || (i === -1 && j === -1) : counterpart.get(i) === j;
      return same ? null : { old: a.chapter, new: b.chapter };
    },
  };
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
export function diffArticles(
  oldDoc: PlanDocument,
  newDoc: PlanDocument,
  chapters: { old: readonly Part[]; new: readonly Part[]; alignment: Alignment },
  ctx: CompareContext,
): EntityDiff {
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
        similarity: (a) => ctx.key(a.text),
      },
      fields: [proseField('title', (a) => a.title), proseField('text', body)],
      placement: chapterRule(chapters.old, chapters.new, chapters.alignment),
      number: valueField('number', (a) => a.number),
      entity: ({ chapterOffset: _offset, ...a }) => a,
      position: (a) => a.position,
    },
    ctx,
  );
}
