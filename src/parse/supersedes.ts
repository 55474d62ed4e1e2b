import type { DocumentNumber, Position } from '../model/types.js';
import { findDocumentNumbers, toDocumentNumber, type FoundDocumentNumber } from '../text/document-number.js';
import type { Item, ParseContext } from './context.js';
import { isClosingStatement } from './plan.js';

/**
 * Words that take a document out of force. 替代/代替 only count before a title (代替原《X》):
 * alone they are ordinary prose (替代能源).
 */
const REPEAL_WORD = /废止|废除|停止执行|不再执行|同时失效|自行失效|予以撤销|不再施行|同时停止|同时作废|(?:代替|替代)(?=原?《)/g;

/**
 * What may stand between a repealed number and the word after it, once titles and bracketed
 * numbers are taken out: the bracket closing the number, more documents in the list
 * (、《B》(号), 和, 及), 等3个文件, 自…起, 从即日起, 于2025年5月1日, 同时. A provision (第六条, 部分条款, 中…的规定) is not
 * among them: 《X》(号)第六条不再执行 sets one article aside and X stays in force. (match() copy.)
 */
const FILLER_AFTER = /^(?:[\s)、,;和及与]|以及|原|等\d*[件个份项]?(?:规范性)?(?:文件)?|文件|(?:自|从)[^,。;()《》]{0,20}起|于[\d年月日底]{2,14}起?|同时|即行|一并|自行|予以|均|亦|相应|即日起)*$/;

/**
 * What may stand before a document repealed by a word after it (its 《title》 and bracket taken
 * off): the start of the sentence (or of the article, 第五条), clause or list item, the list
 * before it, 原, 自…起. 根据《X》(号) and 按照《X》(号) cite a document as the ground. (match() copy.)
 */
const LIST_STARTS = /(?:^\s*(?:第[一二三四五六七八九十百零〇\d]+条|\([一二三四五六七八九十\d]{1,3}\))?|[。;,:、]|和|及|原|起|\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、)\s*$/;

/** Between the word and a number after it: 废止《A》(号)、《B》(号), 下列文件同时废止:1.《A》(号);2.…. */
const FILLER_BEFORE = /^(?:[\s(、,;:和及与]|以及|原|下列文件|以下文件|\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、)*$/;

/**
 * What may follow a number repealed by a word before it: the end of the sentence, or the next
 * document of the list. (号)第五条 or (号)中关于…的规定 is a provision set aside; (号)部分条款与本办法
 * 不一致的 is another statement. (match() copy.)
 */
const LIST_GOES_ON = /^\)?(?:等\d*[件个份项]?(?:规范性)?(?:文件)?)?(?:[。;,]?\s*$|(?:[、;,]|和|及|以及)\s*(?:\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、)?原?《)/;

/** A 《title》 or a bracketed aside: taken out before the words between are looked at. */
const TITLE_OR_BRACKETS = /《[^《》]*》|\([^()]*\)/g;

/** Replaces titles and bracketed asides with nothing, so that only the words between remain. */
function withoutTitles(text: string): string {
  return text.replace(TITLE_OR_BRACKETS, '');
}

/**
 * The document numbers a sentence repeals: 原《X》(号)同时废止, 《A》(号)、《B》(号)停止执行,
 * 废止《X》(号). A number counts when only its list and adverbs stand between it and the word;
 * a number cited for another reason (根据《X》(号)), or whose document only loses a provision
 * (《X》(号)第六条不再执行), does not. `match` is the sentence's match() copy, as long as `text`.
 */
export function repealedNumbers(text: string, match: string): FoundDocumentNumber[] {
  const titles = [...match.matchAll(/《[^《》]*》/g)];
  const inTitle = (at: number): boolean => titles.some((t) => t.index < at && at < t.index + t[0].length);
  const words = [...match.matchAll(REPEAL_WORD)].filter((w) => !inTitle(w.index));
  if (words.length === 0) return [];
  return findDocumentNumbers(text, match).filter((n) => {
    if (inTitle(n.index)) return false;
    const end = n.index + n.raw.length;
    const after = words.find((w) => w.index >= end);
    const head = match.slice(0, n.index).replace(/(?:《[^《》]*》)?\s*\(?$/, '');
    if (after && LIST_STARTS.test(head) && FILLER_AFTER.test(withoutTitles(match.slice(end, after.index)))) return true;
    const before = words.findLast((w) => w.index + w[0].length <= n.index);
    if (!before || !LIST_GOES_ON.test(match.slice(end))) return false;
    return FILLER_BEFORE.test(withoutTitles(match.slice(before.index + before[0].length, n.index)));
  });
}

/** A paragraph that opens a list of repealed documents: 下列文件同时废止：, 以下文件停止执行：. (match() copy.) */
const OPENS_LIST = /(?:废止|废除|停止执行|不再执行|同时失效|自行失效|不再施行)(?:如下)?:\s*$/;

/** An entry of such a list, on a paragraph of its own: 1.《A》(号); / (一)原《A》(号)。 (match() copy.) */
const LIST_ENTRY = /^\s*(?:\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\))?\s*原?《[^《》]+》\s*\([^()]+\)\s*[。;,]?\s*$/;

/**
 * The repeals in some items, sentence by sentence, with their positions; and the entries of a
 * list a paragraph opens (下列文件同时废止： / 1.《A》（号）；), each on a paragraph of its own.
 */
export function repealsIn(ctx: ParseContext, items: readonly Item[]): Array<DocumentNumber & { position: Position }> {
  const out: Array<DocumentNumber & { position: Position }> = [];
  let listed = false;
  for (const item of items) {
    if (listed && LIST_ENTRY.test(item.match)) {
      for (const found of findDocumentNumbers(item.text, item.match).filter((n) => !/《[^》]*$/.test(item.match.slice(0, n.index)))) {
        out.push({ ...toDocumentNumber(found), position: ctx.spanPosition(item, found.index, found.index + found.raw.length) });
      }
      continue;
    }
    listed = OPENS_LIST.test(item.match);
    for (const s of item.match.matchAll(/[^。]+。?/g)) {
      const original = item.text.slice(s.index, s.index + s[0].length);
      for (const found of repealedNumbers(original, s[0])) {
        const from = s.index + found.index;
        out.push({ ...toDocumentNumber(found), position: ctx.spanPosition(item, from, from + found.raw.length) });
      }
    }
  }
  return out;
}

/** An item's own marker, which a closing article carries before its statement (第五条　本办法自…). */
const LEADING_MARKER = /^\s*(?:第[一二三四五六七八九十百零〇\d]+条|[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+[.、])\s*/;

/** Whether a sentence of the item says when the document takes effect (本办法自…起施行). */
function closes(item: Item): boolean {
  return item.match.split('。').some((s) => isClosingStatement(s.replace(LEADING_MARKER, '')));
}

/**
 * Where a document states its own repeals after the notice: from the last paragraph that says
 * when it takes effect (本措施自…施行。《X》(号)同时废止。 / 第五条　本办法自…施行,…停止执行) to
 * the end, with the article just before it when both are articles (第二十条 …废止。第二十一条 本办法
 * 自…施行。); without such a statement, the last paragraph. Repeals in the tasks above are work to
 * be done, not done by this document. `items` are the paragraphs after the notice body, in order.
 */
export function closingRegion(items: readonly Item[]): readonly Item[] {
  const prose = items.filter((it) => it.block.kind !== 'table');
  if (prose.length === 0) return [];
  let at = prose.findLastIndex(closes);
  if (at < 0) return prose.slice(-1);
  const article = (it: Item | undefined): boolean => !!it && /^\s*第[一二三四五六七八九十百零〇\d]+条/.test(it.match);
  if (at > 0 && article(prose[at]) && article(prose[at - 1])) at -= 1;
  return prose.slice(at);
}
