/**
 * A clause in brackets right after an item's title, before what the item says, as 工作要点 write
 * their items: 1.加快科技成果转化（区科技局牵头，各街道配合）。建设概念验证中心3家。
 *
 * Only where the bracket is placed is found here (in the folded copy): after the number, a short
 * title with no stop or comma of its own, the bracket, then a stop (or a comma) and the item's words. The caller
 * reads the bracket's inside as a clause; a bracket that reads as none ((试行), a second name) stays
 * the title's.
 */
export interface TitleClauseSpan {
  /** Where the bracket opens and closes (the closing bracket's index). */
  open: number;
  close: number;
}

/** The title before the bracket: a phrase of a few words, no sentence and no list. */
const MAX_TITLE = 40;

/** Who leads or helps, or a role label: what every clause in such a bracket names. */
const CLAUSE_WORD = /牵头|负责|配合|参与|协助|协同|落实|主责|单位:|部门:/;

export function titleClauseSpan(match: string, from: number): TitleClauseSpan | null {
  // Most items have no bracket near their start: the cheap test spares them the rest.
  const open = match.indexOf('(', from);
  if (open < 0 || open - from > MAX_TITLE + 4) return null;
  const title = match.slice(from, open).trim();
  if (title.length < 2 || /[。!?;:,、.()【】\[\]]/.test(title)) return null;
  const close = match.indexOf(')', open + 1);
  if (close < 0 || match.slice(open + 1, close).includes('(')) return null;
  const inside = match.slice(open + 1, close);
  if (!CLAUSE_WORD.test(inside)) return null;
  // The item's words follow after a stop: a bracket that ends the item is its trailing clause.
  const after = /^\s*[。;.,]\s*(\S)/.exec(match.slice(close + 1));
  if (!after) return null;
  return { open, close };
}
