import type { Position } from '../../model/types.js';
import type { Block } from '../../source/types.js';
import { findDocumentNumbers } from '../../text/document-number.js';
import { blockSpan } from '../block-span.js';
import type { Rule, RuleContext } from '../rule.js';

/** A title that announces a revision or repeal: …关于修订X的通知, 关于废止《X》的决定. */
const REVISING_TITLE = /关于(?:修订|修改|废止|废除|撤销)(.+?)的(?:通知|决定|批复|公告|通告|意见)$/;
/** Words that take a document out of force. 替代/代替 only count before a title: 代替原《X》. */
const REPEAL_WORD = /废止|停止执行|不再执行|同时失效|自行失效|予以撤销|不再施行|同时停止|同时作废|(?:代替|替代)(?=原?《)/g;
const CITED_TITLE = /《[^《》]+》/g;

/**
 * A notice that replaces or repeals another names it by its document number, so that the
 * document can be found and marked as no longer in force. A 《title》 repealed in a sentence
 * needs its number between the title and the word that repeals it (原《X》(号)同时废止); a
 * notice whose title says it revises or repeals a document must cite a number somewhere. The
 * number's form is document-number-format's concern.
 */
export const supersedesReference: Rule = {
  id: 'supersedes-reference',
  description: 'a notice that revises or repeals a document gives that document’s number, and not its own',
  defaultSeverity: 'error',
  check(ctx) {
    const doc = ctx.doc;
    const own = doc.metadata.documentNumber?.raw ?? doc.notice?.documentNumber?.raw ?? null;
    const titles = [doc.metadata.position, doc.notice?.titlePosition, doc.plan?.titlePosition].filter((p): p is Position => !!p);
    let repeals = false;
    for (const block of ctx.blocks) {
      if (titles.some((t) => t.start.offset <= block.start && block.end <= t.end.offset)) continue;
      const matched = ctx.match(block.text);
      for (const sentence of matched.matchAll(/[^。;]+[。;]?/g)) {
        if (checkSentence(ctx, block, matched, sentence.index, sentence.index + sentence[0].length)) repeals = true;
      }
    }
    for (const cited of doc.notice?.supersedes ?? []) {
      if (own && ctx.match(cited.raw) === ctx.match(own)) ctx.report(`the notice repeals its own number ${cited.raw}`, cited.position);
    }
    const title = doc.notice?.title ?? doc.metadata.title;
    const titleAt = doc.notice?.titlePosition ?? doc.metadata.fields.find((f) => f.key === 'title')?.position;
    const revised = title ? REVISING_TITLE.exec(ctx.match(title).replace(/\s+/g, '')) : null;
    // A repeal sentence has had its say; the title only matters when the text names nothing.
    if (revised && titleAt && !repeals && (doc.notice?.supersedes.length ?? 0) === 0) {
      ctx.report(`the notice revises or repeals ${revised[1]} but never gives that document's number`, titleAt);
    }
  },
};

/**
 * Checks the sentence `from`..`to` of a block, which may repeal a cited title; returns whether
 * it repeals one (with its number or without). `matched` is the block's match() copy.
 */
function checkSentence(ctx: RuleContext, block: Block, matched: string, from: number, to: number): boolean {
  const sentence = matched.slice(from, to);
  const cited = [...sentence.matchAll(CITED_TITLE)];
  if (cited.length === 0) return false;
  // A repeal word inside a cited title (《…替代行动的指导意见》) repeals nothing.
  const inTitle = (at: number): boolean => cited.some((c) => c.index < at && at < c.index + c[0].length);
  const word = [...sentence.matchAll(REPEAL_WORD)].find((w) => !inTitle(w.index));
  if (!word) return false;
  // The document repealed is the title just before the word, with only its number and an
  // adverb between (原《A》(号)同时废止), or just after it (废止原《A》). A title with more
  // in between is cited for another reason (根据《X办法》的规定,…同时废止).
  const wordEnd = word.index + word[0].length;
  const title =
    cited.findLast((c) => c.index < word.index && BETWEEN_TITLE_AND_WORD.test(sentence.slice(c.index + c[0].length, word.index))) ??
    cited.find((c) => c.index >= wordEnd && c.index - wordEnd <= 1);
  if (!title) return false;
  // 不再执行《X》中关于…的规定 sets aside a provision of X, which stays in force: no repeal of X.
  if (title.index > word.index && PART_OF_TITLE.test(sentence.slice(title.index + title[0].length))) return false;
  const [a, b] = title.index < word.index ? [title.index, word.index] : [word.index, title.index + title[0].length + NUMBER_LENGTH];
  if (findDocumentNumbers(sentence.slice(a, b)).length === 0) {
    const [start, end] = [from + title.index, from + title.index + title[0].length];
    ctx.report(`${block.text.slice(start, end)} is repealed without its document number`, blockSpan(ctx, block, start, end));
  }
  return true;
}

/**
 * What follows a title when only a part of it is meant: 《X》中关于…的规定, 《X》第五条, 《X》的有关条款.
 * (match() copy.)
 */
const PART_OF_TITLE = /^(?:\([^()]{0,40}\))?(?:中|的|第)[^。;]{0,60}?(?:规定|条款|内容|条|款|项|部分|要求|措施)/;

/** Room for a bracketed document number after a title: (国办发〔2019〕12号) and some. */
const NUMBER_LENGTH = 30;
/** What may stand between a repealed title and the word: its number, 文件, 自…起, 同时. (match() copy.) */
const BETWEEN_TITLE_AND_WORD = /^(?:\([^()]{0,40}\))?(?:等?文件|等)?,?(?:自[^,。;]{0,20}起)?(?:同时|即行|一并|自行|予以|均|亦|相应)*$/;
