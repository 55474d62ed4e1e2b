import type { Position } from '../../model/types.js';
import { repealedIn, titledNumbersIn } from '../../parse/repeal-sentence.js';
import { blockSpan } from '../block-span.js';
import type { Rule } from '../rule.js';

/** What a title may do to a document: 修订, 废止 …, or several at once (废止和修改, 修改、废止). */
const REVISING = '(?:修订|修改|废止|废除|撤销)';

/** A title that announces a revision or repeal: …关于修订X的通知, 关于废止《X》的决定, 关于废止和修改X的决定. */
const REVISING_TITLE = new RegExp(`关于${REVISING}(?:[和、及与]${REVISING})*(.+?)的(?:通知|决定|批复|公告|通告|意见)$`);

/**
 * A title that names no one document but a set of them (部分市政府规范性文件, 若干规章, 一批政策文件):
 * any document the text cites with its number is one of them. A 《title》 in it names one.
 */
const DOCUMENT_SET = /^(?!.*《)(?:部分|若干|一批|有关|相关|\d+件|[一二三四五六七八九十]+件)[^《》]*(?:文件|规章|办法|措施|政策)$/;

/**
 * A notice that replaces or repeals another names it by its document number, so that the
 * document can be found and marked as no longer in force. A 《title》 repealed in a sentence
 * (as the parser reads repeals: 原《X》(号)同时废止, 废止《X》(号)) needs its number after it; a
 * notice whose title says it revises or repeals a document must cite a number somewhere: in a
 * repeal, or after that document's 《title》 (现对《X》(号)作如下修改, where an amendment takes
 * nothing out of force). The number's form is document-number-format's concern, but a repealed
 * document's number mistyped in its year (（河东政办函〔202〕18号）同时废止, 〔20211〕, 〔2O21〕) is
 * reported here too: such a number names no document, and the repeal reads as if none were given.
 */
export const supersedesReference: Rule = {
  id: 'supersedes-reference',
  description: 'a notice that revises or repeals a document gives that document’s number (with a year of four digits), and not its own',
  defaultSeverity: 'error',
  check(ctx) {
    const doc = ctx.doc;
    const own = doc.metadata.documentNumber ?? doc.notice?.documentNumber ?? null;
    const titles = [doc.metadata.position, doc.notice?.titlePosition, doc.plan?.titlePosition].filter((p): p is Position => !!p);
    let repeals = false;
    const numbered: string[] = [];
    for (const block of ctx.blocks) {
      if (titles.some((t) => t.start.offset <= block.start && block.end <= t.end.offset)) continue;
      const match = ctx.match(block.text);
      numbered.push(...titledNumbersIn(block.text, match).map((c) => bare(match.slice(c.title.index, c.title.index + c.title.text.length))));
      for (const { title, number, malformed } of repealedIn(block.text, match)) {
        repeals = true;
        if (malformed) {
          // A year that is no year names no document: the repeal cannot be traced, as with no number at all.
          const at = blockSpan(ctx, block, malformed.index, malformed.index + malformed.raw.length);
          ctx.report(`${title ? `${title.text} is repealed with the number` : `a document is repealed by the number`} "${malformed.raw}", whose year "${malformed.year}" is not four digits: the number names no document`, at);
        } else if (title && !number) {
          const at = blockSpan(ctx, block, title.index, title.index + title.text.length);
          ctx.report(`${title.text} is repealed without its document number`, at);
        }
      }
    }
    for (const cited of doc.notice?.supersedes ?? []) {
      // By agency, year and serial: 青政办发[2024]12号 in the wrong brackets is still the notice's own 青政办发〔2024〕12号.
      if (own && sameNumber(ctx.match(cited.agency), cited.year, cited.serial, ctx.match(own.agency), own.year, own.serial)) {
        ctx.report(`the notice repeals its own number ${cited.raw}`, cited.position);
      }
    }
    const title = doc.notice?.title ?? doc.metadata.title;
    const titleAt = doc.notice?.titlePosition ?? doc.metadata.fields.find((f) => f.key === 'title')?.position;
    const revised = title ? REVISING_TITLE.exec(ctx.match(title).replace(/\s+/g, '')) : null;
    // A repeal sentence has had its say; the title only matters when the text names nothing.
    if (revised && titleAt && !repeals && (doc.notice?.supersedes.length ?? 0) === 0 && !revisedNumbered(revised[1]!, numbered)) {
      ctx.report(`the notice revises or repeals ${revised[1]} but never gives that document's number`, titleAt);
    }
  },
};

function sameNumber(agency: string, year: number | null, serial: number | null, ownAgency: string, ownYear: number | null, ownSerial: number | null): boolean {
  return agency.replace(/\s+/g, '') === ownAgency.replace(/\s+/g, '') && year !== null && year === ownYear && serial !== null && serial === ownSerial;
}

/** A document title without its marks (《》, 「」, <> …) and spaces, for comparing titles written in different places. */
function bare(title: string): string {
  return title.replace(/[《》「」『』〈〉“”<>\s]/g, '');
}

/**
 * Whether a document the title revises (关于修改《X》的通知, 关于修订X的通知) is cited with its number
 * in the text; of a set the title names (关于修改部分规范性文件的决定), any document cited with its
 * number. A title cited with or without its years (《X(2023—2025年)》 for X) is the same document;
 * the shorter must be long enough to be a title and not a word (办法) of one.
 */
function revisedNumbered(revised: string, numbered: readonly string[]): boolean {
  if (DOCUMENT_SET.test(revised)) return numbered.length > 0;
  const inTitle = [...revised.matchAll(/《([^《》]+)》/g)].map((m) => bare(m[1]!));
  const names = inTitle.length > 0 ? inTitle : [bare(revised)];
  const same = (a: string, b: string): boolean => Math.min(a.length, b.length) >= 6 && (a.includes(b) || b.includes(a));
  return names.some((name) => numbered.some((cited) => same(name, cited)));
}
