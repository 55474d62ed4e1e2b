import { findDocumentNumbers, findMalformedNumbers, type FoundDocumentNumber, type MalformedDocumentNumber } from '../text/document-number.js';

/**
 * Words that take a document out of force, as they end a list opening (下列文件同时废止：) too.
 * The parser's repeals and the supersedes-reference rule read them from here, so both know the
 * same set.
 */
const TAKES_OUT_OF_FORCE = '废止|废除|停止执行|不再执行|同时失效|自行失效|宣布失效|予以撤销|不再施行|同时停止|同时作废';

/**
 * A repeal word in a sentence. 替代/代替 only count before a title (代替原《X》): alone they are
 * ordinary prose (替代能源).
 */
const REPEAL_WORD = new RegExp(`${TAKES_OUT_OF_FORCE}|(?:代替|替代)(?=原?《)`, 'g');

/**
 * Documents pointed to ahead and named as documents: 以下3件规范性文件, 下列政府规章, 以下4件 (the count
 * standing for them). No comma, bracket or title between, so that 符合以下条件的, … and (以下简称…) are
 * no such list. A list heading written without its colon (对以下4件规范性文件予以废止, over 1.《X》(号))
 * is told by this. (match() copy.)
 */
export const POINTED_DOCUMENTS = '(?:以下(?!简称)|下列)[^。;,:《》()]{0,16}?(?:文件|规章|[\\d一二三四五六七八九十两]件)';

/**
 * A paragraph that opens a list of repealed documents: 下列文件同时废止：, 以下文件停止执行：, and with the
 * word first, 决定废止下列规范性文件：, 现废止以下5件文件：; without the colon only when the documents are
 * pointed to (对以下4件规范性文件予以废止, 下列文件予以宣布失效), since 《X》(号)同时废止 ending a
 * paragraph names its own document. (match() copy.)
 */
export const OPENS_LIST = new RegExp(
  `(?:(?:${TAKES_OUT_OF_FORCE})(?:如下)?|(?:废止|废除|停止执行|不再执行|撤销)(?:以下|下列)[^。;:《》]{0,16}(?:文件|规章))\\s*:\\s*$` +
    `|(?:${POINTED_DOCUMENTS}[^。;,:《》]{0,10}(?:${TAKES_OUT_OF_FORCE})(?:如下)?|(?:废止|废除|停止执行|不再执行|撤销|宣布失效)${POINTED_DOCUMENTS})\\s*:?\\s*$`,
);

/**
 * A relative clause that describes the document after it by who issued it and when: 此前印发的《X》,
 * 我市2021年出台的《X》, 市政府办公室2021年印发的《X》, 自2019年起施行的《X》. It names the document
 * the sentence goes on to repeal, as 原 does; one that opens with a ground (根据/按照…印发的《X》) is
 * no such clause. (match() copy.)
 */
const DESCRIBED_AS = '(?!\\s*(?:根据|按照|依据|依照|参照|对照|针对|结合))[^。;,:、《》()“”]{0,30}?(?:印发|出台|制定|制发|发布|下发|颁布|颁发|公布|转发|实施|施行|通过|修订)的';

/**
 * What may stand between a repealed document and the word after it, once titles and bracketed
 * numbers are taken out: the bracket closing the number, more documents in the list
 * (、《B》(号), 和, 及, each perhaps described: 、此前制定的《B》), 等3个文件, 自…起, 从即日起,
 * 于2025年5月1日, 同时. A provision (第六条, 部分条款, 中…的规定) is not among them: 《X》(号)第六条不再执行 sets one article aside and X stays in force. (match() copy.)
 */
const FILLER_AFTER = new RegExp(
  `^(?:[\\s)、,;和及与]|以及|原|(?:[、,;和及与]|以及)\\s*${DESCRIBED_AS}|等\\d*[件个份项]?(?:规范性)?(?:文件)?|文件|(?:自|从)[^,。;()《》]{0,20}起|于[\\d年月日底]{2,14}起?|同时|即行|一并|自行|予以|均|亦|相应|即日起)*$`,
);

/**
 * What may stand before a document repealed by a word after it (its 《title》 and bracket taken
 * off): the start of the sentence (or of the article, 第五条), clause or list item, the list
 * before it, 原, 自…起, and the 将/把/对 that brings the document forward (现决定将《X》予以废止,
 * 决定对《X》予以废止; not 针对《X》); each also with a clause that describes the document (此前印发的《X》,
 * see DESCRIBED_AS). 根据《X》(号) and 按照《X》(号) cite a document as the ground. (match() copy.)
 */
const LIST_STARTS = new RegExp(
  `(?:^\\s*(?:第[一二三四五六七八九十百零〇\\d]+条|\\([一二三四五六七八九十\\d]{1,3}\\))?|[。;,:、]|和|及|原|起|[将把]|(?:^|[,;。]|决定|现)\\s*对|\\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、)\\s*(?:${DESCRIBED_AS})?\\s*$`,
);

/**
 * Between the word and a document after it: 废止《A》(号)、《B》(号), 下列文件同时废止:1.《A》(号);2.…,
 * 废止下列规范性文件:(一)《A》(号), and a clause describing the document (废止市政府2019年印发的《A》(号)).
 */
const FILLER_BEFORE = new RegExp(
  `^(?:[\\s(、,;:和及与]|以及|原|${DESCRIBED_AS}|(?:下列|以下)[^,。;:]{0,16}?(?:文件|规章)|\\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、|\\([一二三四五六七八九十\\d]{1,3}\\))*$`,
);

/**
 * What may follow a document repealed by a word before it: the end of the sentence, or the next
 * document of the list. (号)第五条 or 《X》中关于…的规定 is a provision set aside; (号)部分条款与本办法
 * 不一致的 is another statement. (match() copy.)
 */
const LIST_GOES_ON = /^\)?(?:等\d*[件个份项]?(?:规范性)?(?:文件)?)?(?:[。;,]?\s*$|(?:[、;,]|和|及|以及)\s*(?:\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\))?原?《)/;

/**
 * The document a notice replaces, named without title marks by 原 or 该 and its kind, right before
 * its bracketed number (原实施方案（号）同时废止, 原方案（号）不再执行, 该文件（号）): no title, but the
 * document the number stands for, as 原《X》 is. A bare phrase with no 原 or 该 may be the ground
 * (根据某方案（号）), and is not so read. (match() copy.)
 */
const OLD_DOCUMENT = /(?:原|该)[^\s,。;:、()《》“”「」]{0,24}?(?:方案|办法|意见|通知|规定|细则|计划|规划|措施|文件|决定|要点|规则|纲要|通告|公告|政策)\s*$/;

/** A 《title》 or a bracketed aside: taken out before the words between are looked at. */
const TITLE_OR_BRACKETS = /《[^《》]*》|\([^()]*\)/g;

/** Replaces titles and bracketed asides with nothing, so that only the words between remain. */
function withoutTitles(text: string): string {
  return text.replace(TITLE_OR_BRACKETS, '');
}

/**
 * A copy of `match` with every document title written in other marks shown as a 《title》, of the
 * same length, so that the repeal reader knows one set of marks: 〈X〉 (the single title mark) when
 * it stands in no 《》, and 「X」, 『X』, “X” (quotation marks, which Taiwan and Hong Kong notices and
 * some mainland ones put round a title) only when a document number follows (「X」(号), “X”(号)),
 * since a quoted phrase with no number may be any word (「一刀切」停止執行). So too <X>, the title
 * marks typed as angle brackets (half or full width, ＜X＞, folded alike), when X starts with a
 * character: `<` is also a comparison (<35微克, a<b), which no title with its number after it is.
 * 《》 inside a title so marked become 〈〉, as a title nested in a title is written.
 */
export function markTitles(match: string): string {
  if (!/[「『〈“<]/.test(match)) return match;
  const numbers = findDocumentNumbers(match, match);
  const spans: Array<{ start: number; end: number; other: boolean }> = [];
  for (const m of match.matchAll(/《[^《》]*》|「[^「」]*」|『[^『』]*』|〈[^〈〉]*〉|“[^“”]*”|<(?=[\u4e00-\u9fff])[^<>《》]{1,80}>/g)) {
    spans.push({ start: m.index, end: m.index + m[0].length, other: m[0][0] !== '《' });
  }
  // Only the outermost marks count: 《关于〈X〉的决定》 is one title, and so is 「关于《X》的通知」.
  const outer = spans.filter((s) => !spans.some((o) => o !== s && o.start <= s.start && s.end <= o.end));
  let out = match;
  for (const s of outer) {
    if (!s.other) continue;
    const open = match[s.start]!;
    const quoted = open !== '〈';
    if (quoted && !numbers.some((n) => n.index >= s.end && /^\s*\(?\s*$/.test(match.slice(s.end, n.index)))) continue;
    const inner = match.slice(s.start + 1, s.end - 1).replace(/《/g, '〈').replace(/》/g, '〉');
    out = `${out.slice(0, s.start)}《${inner}》${out.slice(s.end)}`;
  }
  return out;
}

/** A document a sentence repeals. Offsets are in the sentence. */
export interface RepealedDocument {
  /** Its 《title》, brackets included, or null when only its number is cited (青政发〔2018〕21号文件同时废止). */
  title: { index: number; text: string } | null;
  /** Its number, or null when the sentence names the document by title alone. */
  number: FoundDocumentNumber | null;
  /**
   * The number cited for it whole but for a mistyped year (（河东政办函〔202〕18号）), which is no
   * number (`number` is null) yet no title given alone either; present only then.
   */
  malformed?: MalformedDocumentNumber;
}

/** A document cited in a sentence, from its title (or number) to the end of its number (or title and bracket). */
interface Cited extends RepealedDocument {
  start: number;
  end: number;
}

/**
 * The documents a sentence cites: each number with the title just before it (《X》(号), 号文件),
 * and each title that has no number after it (《X》, 《X》(a number written so loosely it is none));
 * a number mistyped in its year (〔202〕) stands where a number would, kept as `malformed`.
 */
function citedIn(text: string, match: string, titles: readonly RegExpExecArray[]): Cited[] {
  const inTitle = (at: number): boolean => titles.some((t) => t.index < at && at < t.index + t[0].length);
  /** The citation of the number at `at`: from the title just before it, or the old document its kind names, or itself. */
  const citing = (at: number): { title: Cited['title']; start: number } => {
    const lead = /(《[^《》]*》)?\s*\(?$/.exec(match.slice(0, at))!;
    const title = lead[1] ? { index: lead.index, text: text.slice(lead.index, lead.index + lead[1].length) } : null;
    // 原实施方案(号): the old document named by its kind, before its bracketed number, starts the citation.
    const named = !title && lead[0].includes('(') ? OLD_DOCUMENT.exec(match.slice(0, lead.index)) : null;
    return { title, start: named ? named.index : at - lead[0].length };
  };
  const numbered = findDocumentNumbers(text, match)
    .filter((n) => !inTitle(n.index))
    .map((n): Cited => ({ ...citing(n.index), number: n, end: n.index + n.raw.length }));
  const malformed = findMalformedNumbers(text, match).filter((n) => !inTitle(n.index));
  const titledOnly = titles.flatMap((t): Cited[] => {
    const end = t.index + t[0].length;
    const bracket = /^\s*\([^()《》]*\)/.exec(match.slice(end))?.[0] ?? '';
    // A number inside the bracket after the title is its number, cited a little apart: (2019年修订,青政发〔2019〕1号).
    const numberedAt = (c: Cited): boolean => c.title?.index === t.index || (c.start >= end && c.end <= end + bracket.length);
    if (numbered.some(numberedAt)) return [];
    const mistyped = malformed.find((n) => n.index >= end && n.index + n.raw.length <= end + bracket.length);
    return [{ title: { index: t.index, text: text.slice(t.index, end) }, number: null, ...(mistyped ? { malformed: mistyped } : {}), start: t.index, end: end + bracket.length }];
  });
  // 河东政办函〔202〕18号文件同时废止, 原方案(…〔202〕18号): a mistyped number no title's bracket holds.
  const untitled = malformed
    .filter((n) => !titledOnly.some((c) => c.malformed === n))
    .map((n): Cited => ({ ...citing(n.index), number: null, malformed: n, end: n.index + n.raw.length }));
  return [...numbered, ...titledOnly, ...untitled].sort((a, b) => a.start - b.start);
}

/**
 * The documents a paragraph cites by 《title》 with their number after it (《X》(号)), whatever the
 * sentence does with them: the supersedes-reference rule reads a revised document's number here,
 * as 现对《X》(号)作如下修改 amends X and takes nothing out of force. `match` is the paragraph's
 * match() copy, as long as `text`; offsets are in the paragraph.
 */
export function titledNumbersIn(text: string, folded: string): Array<{ title: { index: number; text: string }; number: FoundDocumentNumber }> {
  const match = markTitles(folded);
  return citedIn(text, match, [...match.matchAll(/《[^《》]*》/g)]).flatMap(({ title, number }) => (title && number ? [{ title, number }] : []));
}

/**
 * The documents a sentence repeals: 原《X》(号)同时废止, 《A》(号)、《B》(号)停止执行, 废止《X》(号),
 * 现决定将《X》予以废止, with their number or without. A document counts when only its list and
 * adverbs stand between it and the word; one cited for another reason (根据《X》(号)), or that
 * only loses a provision (《X》(号)第六条不再执行, 不再执行《X》中关于…的规定), does not. `match`
 * is the sentence's match() copy, as long as `text`.
 */
export function repealedDocuments(text: string, folded: string): RepealedDocument[] {
  const match = markTitles(folded);
  const titles = [...match.matchAll(/《[^《》]*》/g)];
  const inTitle = (at: number): boolean => titles.some((t) => t.index < at && at < t.index + t[0].length);
  const words = [...match.matchAll(REPEAL_WORD)].filter((w) => !inTitle(w.index));
  if (words.length === 0) return [];
  return citedIn(text, match, titles)
    .filter(({ start, end }) => {
      const after = words.find((w) => w.index >= end);
      if (after && LIST_STARTS.test(match.slice(0, start)) && FILLER_AFTER.test(withoutTitles(match.slice(end, after.index)))) return true;
      const before = words.findLast((w) => w.index + w[0].length <= start);
      if (!before || !LIST_GOES_ON.test(match.slice(end))) return false;
      return FILLER_BEFORE.test(withoutTitles(match.slice(before.index + before[0].length, start)));
    })
    .map(({ title, number, malformed }) => ({ title, number, ...(malformed ? { malformed } : {}) }));
}

/**
 * The documents a paragraph repeals, sentence by sentence, with offsets in the paragraph.
 * `match` is its match() copy, as long as `text`.
 */
export function repealedIn(text: string, match: string): RepealedDocument[] {
  return [...match.matchAll(/[^。]+。?/g)].flatMap((s) =>
    repealedDocuments(text.slice(s.index, s.index + s[0].length), s[0]).map(({ title, number, malformed }) => ({
      title: title && { ...title, index: s.index + title.index },
      number: number && { ...number, index: s.index + number.index },
      ...(malformed ? { malformed: { ...malformed, index: s.index + malformed.index } } : {}),
    })),
  );
}
