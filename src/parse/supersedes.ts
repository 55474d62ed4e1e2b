import type { DocumentNumber, Position } from '../model/types.js';
import { findDocumentNumbers, toDocumentNumber } from '../text/document-number.js';
import type { Item, ParseContext } from './context.js';
import { isClosingStatement } from './plan.js';
import { markTitles, OPENS_LIST, repealedIn } from './repeal-sentence.js';

/** An entry of a list that OPENS_LIST opens, on a paragraph of its own: 1.《A》(号); / (一)原《A》(号)。 (match() copy.) */
const LIST_ENTRY = /^\s*(?:\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\))?\s*原?《[^《》]+》\s*\([^()]+\)\s*[。;,]?\s*$/;

/**
 * The repeals in some items, sentence by sentence, with their positions; and the entries of a
 * list a paragraph opens (下列文件同时废止： / 1.《A》（号）；), each on a paragraph of its own.
 */
export function repealsIn(ctx: ParseContext, items: readonly Item[]): Array<DocumentNumber & { position: Position }> {
  const out: Array<DocumentNumber & { position: Position }> = [];
  let listed = false;
  for (const item of items) {
    const titled = markTitles(item.match);
    if (listed && LIST_ENTRY.test(titled)) {
      for (const found of findDocumentNumbers(item.text, item.match).filter((n) => !/《[^》]*$/.test(titled.slice(0, n.index)))) {
        out.push({ ...toDocumentNumber(found), position: ctx.spanPosition(item, found.index, found.index + found.raw.length) });
      }
      continue;
    }
    listed = OPENS_LIST.test(item.match);
    for (const { number } of repealedIn(item.text, item.match)) {
      if (number) out.push({ ...toDocumentNumber(number), position: ctx.spanPosition(item, number.index, number.index + number.raw.length) });
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
