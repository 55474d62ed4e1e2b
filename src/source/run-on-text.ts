import { sourceOffset } from './anchors.js';
import type { Block, SourceDocument } from './types.js';
import { HEADER_LABELS } from '../text/header-labels.js';
import { parseNumeral } from '../text/chinese-numeral.js';
import { findDocumentNumbers } from '../text/document-number.js';
import type { MetadataValues } from '../model/types.js';

/** Shorter than this, a one-block text is a title or a fragment, not a notice run together. */
const MIN_LENGTH = 100;

const HAN_LABELS = Object.keys(HEADER_LABELS)
  .filter((k) => /^[\u4e00-\u9fff]+$/.test(k))
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A space of any width, as pages set them (en spaces too): where a break stood, or inside a spaced-out label. */
const GAP = '[ \\t\\u3000\\u2000-\\u200a]';
const GAPS = new RegExp(GAP, 'g');

/**
 * A header label and its colon, anywhere (索引号：…发文字号：…成文日期：…); pages space a short label's
 * characters out to the width of the longer ones (索 引 号, 有 效 性).
 */
const LABEL = new RegExp(`(${HAN_LABELS.replace(/(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])/g, `${GAP}*`)})${GAP}*[:：] *`, 'g');

/**
 * A spaced-out label run on from the page's furniture before it (…区政府办公室文件名   称：) matches
 * a longer label (文件名称) that takes in the furniture's last characters; the label proper is the part
 * spaced out (名   称). The offset of the label's start within the match.
 */
function spacedLabelStart(label: string): number {
  if (!SPACE.test(label)) return 0;
  let at = 0;
  while (at + 1 < label.length && /[\u4e00-\u9fff]/.test(label[at + 1] as string)) at++;
  const rest = label.slice(at).replace(GAPS, '');
  return at > 0 && rest in HEADER_LABELS ? at : 0;
}

/** The forms a header value of a known key takes, from its start: what follows it is no part of it. */
const VALUE_SHAPE: Partial<Record<keyof MetadataValues, RegExp>> = {
  writtenDate: /^(?:\d{4} *[年./-] *\d{1,2} *[月./-] *\d{1,2} *日?|[〇零○OＯ0０一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)(?: *\d{1,2}:\d{2}(?::\d{2})?)?/,
  indexNumber: /^[0-9A-Za-z/_-]{6,}/,
  validity: /^(?:现行有效|部分有效|部分失效|已废止|已失效|已修改|有效|失效|废止)/,
};
VALUE_SHAPE.publishedDate = VALUE_SHAPE.writtenDate;
// An issuing body's name ends with what such names end with; the shortest that does (the title's
// own issuer, the same name, often follows at once).
VALUE_SHAPE.issuer = /^[^\s。，：:]{2,30}?(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|局|厅)/;
VALUE_SHAPE.title = /^[^。；：:]{2,150}?的(?:通知|意见|决定|通报|批复|函|公告|通告)/;

/** The end of a notice's title: 关于…的通知 (or 意见, 决定 …), or a forwarding title's 的通知. */
const TITLE_END = /(?:关于|印发|转发)[^。；：:]{2,150}?的(?:通知|意见|决定|通报|批复|函|公告|通告)/;
/** How long the document number a text opens with is (某政办发〔2024〕7号…), as the number reader finds it; 0 for none. */
function numberAtStart(text: string): number {
  const found = findDocumentNumbers(text)[0];
  return found && found.index === 0 ? found.raw.length : 0;
}
// Spaces may stand where the breaks were (lines joined by a space when the page's text was taken).
const ADDRESSEES = /^[ \t\u3000]*各[^。；;：:]{1,80}[：:]/;
/** What an item that runs on in the line follows: a sentence's end, a clause's close, a colon. */
const BEFORE_ITEM = new Set(['。', '；', ';', '：', ':', '）', ')', '」', '”', '！', '？']);
/** A name after a sentence's end, then a date: the notice's signature over its date. */
const SIGNED = /[。！][ \t\u3000]*([^。，；：:、《》（）()\s]{2,40}?(?:政府|办公室|办公厅|局|委员会|委|厅|办|院|中心))[ \t\u3000]*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?![起前后至止内以开到，。、])/d;
/** The notice's disclosure note under its date: （此件主动公开）, (此件公开发布). */
const DISCLOSURE = /^[ \t\u3000]*[（(]此件[^（）()]{2,8}[）)]/;
/** The words a plan's part titles end with (工作目标, 主要任务, 保障措施 …). */
const PART_TITLE = /^[\u4e00-\u9fff]{0,8}(?:目标|任务|措施|要求|举措|保障|原则|思路|重点|机制|行动)/;
const CHINESE_MARK = /[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|(?<!\d)\d{1,2}[.、．](?=[\u4e00-\u9fff])/g;

/**
 * Where a notice written without any line break (a page's text taken whole, its breaks lost) is cut
 * into the lines it had: before the header (after the page's furniture) and after its last value, at the end of its shape (a date, a document
 * number, an index number, an issuer's name); after the title (关于…的通知) and a document number
 * under it; after the addressees (各…：); around the signature and its date after the notice's last
 * sentence; around the plan's title the notice cites (《…》) where it stands again after a sentence
 * or that date; before each part (一、 二、, counting up) and each （一） （二） under it that follows a
 * sentence's end, a closing bracket or a part's short title, and after a part's title run into its
 * first sentence. The items run on inside a part (1.…。2.…) are the parser's, as in any line.
 */
export function runOnCuts(t: string): number[] {
  const cuts: number[] = [];
  const header = headerSpan(t);
  let p = header?.end ?? 0;
  // Each field a line of its own, as the page showed them: a header line holding several is read as one value.
  if (header) cuts.push(...header.fields, header.end);
  const title = TITLE_END.exec(t.slice(p, p + 200));
  if (title) {
    p += title.index + title[0].length;
    if (p < t.length) cuts.push(p);
    const number = numberAtStart(t.slice(p, p + 40));
    if (number > 0) {
      p += number;
      cuts.push(p);
    }
  }
  const addressees = ADDRESSEES.exec(t.slice(p, p + 100));
  if (addressees) {
    p += addressees[0].length;
    cuts.push(p);
  }
  const cited = /《([^《》]{4,60})》/.exec(t.slice(p));
  // The notice's signature and date after its last sentence (…贯彻执行。某区人民政府办公室2024年5月20日).
  const signed = SIGNED.exec(t.slice(p, p + 2000));
  let dated = -1;
  if (signed?.indices) {
    const name = p + (signed.indices[1] as [number, number])[0];
    const date = p + (signed.indices[2] as [number, number])[0];
    dated = p + (signed.indices[2] as [number, number])[1];
    cuts.push(name, date, dated);
    // （此件主动公开） under the date is a line of its own.
    const disclosure = DISCLOSURE.exec(t.slice(dated, dated + 20));
    if (disclosure) {
      dated += disclosure[0].length;
      cuts.push(dated);
    }
  }
  if (cited) {
    // The plan's title stands again where the plan starts: after a sentence, the date or the
    // disclosure under it, not where the notice's text cites it once more (原《…》).
    let again = t.indexOf(cited[1] as string, p + cited.index + cited[0].length);
    while (again > 0 && !(BEFORE_ITEM.has(t[again - 1] as string) || spacedAfter(t, again, dated))) again = t.indexOf(cited[1] as string, again + 1);
    if (again > 0) {
      cuts.push(again);
      p = again + (cited[1] as string).length;
      cuts.push(p);
    }
  }
  let part = 1;
  let sub = 1;
  // Where the last part or （一） cut was made: its short title may run into what follows.
  let heading = -1;
  CHINESE_MARK.lastIndex = p;
  for (let m = CHINESE_MARK.exec(t); m; m = CHINESE_MARK.exec(t)) {
    const at = m.index;
    // The first item of a run goes on a heading's short title at once (一、重点任务1.培育…), and so does
    // an item numbered on from the group before ((二)培育产业集群2.壮大…); the parser cuts the rest of
    // the run (…。（牵头单位：…）3.…) as in any line.
    if (/^\d/.test(m[0])) {
      // A group's title may hold a comma between its two halves (（一）紧抓产业建设，打造新引擎1.…).
      if (heading >= 0 && at - heading <= 40 && !/[。；：;:]/.test(t.slice(heading, at))) cuts.push(at);
      continue;
    }
    const paren = m[0].endsWith('、') === false;
    const ordinal = parseNumeral(m[0].replace(/[、（()）]/g, ''));
    const afterTitle = heading >= 0 && at - heading <= 24 && !/[。，；：,;:]/.test(t.slice(heading, at));
    // A part right after a line cut already (the date under the signature, the plan's title) starts a line too.
    if (!(at === p || cuts.includes(at) || BEFORE_ITEM.has(t[at - 1] as string) || SPACE.test(t[at - 1] ?? '') || (paren && afterTitle))) continue;
    if (!paren && ordinal === part) {
      part++;
      sub = 1;
      heading = at;
      cuts.push(at);
      // A part's title run into its first sentence (一、工作目标到2025年，…): cut after the title's last word.
      const title = PART_TITLE.exec(t.slice(at + m[0].length, at + m[0].length + 14));
      if (title && !/^[。，；：、,.;:（(]/.test(t.slice(at + m[0].length + title[0].length))) cuts.push(at + m[0].length + title[0].length);
    } else if (paren && ordinal === sub) {
      sub++;
      heading = at;
      cuts.push(at);
      // A group's title run into a sentence of targets (（二）工作目标到2025年，…): cut after the title's
      // last word. Only before a year, since a group's title is as often the first words of its sentence.
      const title = PART_TITLE.exec(t.slice(at + m[0].length, at + m[0].length + 14));
      if (title && /^(?:到|至)?(?:19|20)\d{2}年/.test(t.slice(at + m[0].length + title[0].length))) cuts.push(at + m[0].length + title[0].length);
    }
  }
  annexCuts(t, p, cuts);
  return [...new Set(cuts)].filter((c) => c > 0 && c < t.length).sort((a, b) => a - b);
}

/**
 * The annex after the plan's last sentence (…。附件：标题): a line of its own, and where the annex
 * itself follows under its label and the same title (附件：标题附件标题…), that label and title too.
 */
function annexCuts(t: string, from: number, cuts: number[]): void {
  for (let at = t.indexOf('附件', from); at > 0; at = t.indexOf('附件', at + 2)) {
    let before = at - 1;
    while (before > 0 && SPACE.test(t[before] as string)) before--;
    if (!BEFORE_ITEM.has(t[before] as string)) continue;
    cuts.push(at);
    const repeated = REPEATED_ANNEX_TITLE.exec(t.slice(at, at + 200));
    if (repeated) {
      const end = at + repeated[0].length;
      cuts.push(at + repeated[0].lastIndexOf('附件'), end - (repeated[1] as string).length, end);
    }
    return;
  }
}

/** A space or a tab: in a text without breaks, where one stood. */
const SPACE = new RegExp(GAP);
/** 附件：标题附件标题: the attachment line, then the annex under its label and the same title. */
const REPEATED_ANNEX_TITLE = new RegExp(`^附件[:：]?${GAP}*([^。；;，,：:]{4,60}?)${GAP}*附件[:：]?${GAP}*\\1`);

/** Whether `at` is `from`, or only spaces stand between them. */
function spacedAfter(t: string, at: number, from: number): boolean {
  return from >= 0 && at >= from && /^[ \t\u3000]*$/.test(t.slice(from, at));
}

/** How far into a text the page's furniture above a header may reach (a date widget, links, a breadcrumb). */
const CHROME_BEFORE_HEADER = 300;

/**
 * The header that opens a text: where its first label starts and where it ends, after its last
 * label's value, cut at the value's shape; null when there is none. Page furniture may stand before
 * it (the page's date widget and breadcrumb, run into the header's first label), when two labels
 * at least follow each other there.
 */
function headerSpan(t: string): { start: number; end: number; fields: number[] } | null {
  LABEL.lastIndex = 0;
  const first = LABEL.exec(t);
  if (!first || first.index > CHROME_BEFORE_HEADER) return null;
  let last = first;
  const fields = [first.index + spacedLabelStart(first[1] as string)];
  for (let m = LABEL.exec(t); m; m = LABEL.exec(t)) {
    // The next field follows the value before it at once; a label far on is in the text.
    if (m.index - (last.index + last[0].length) > 60) break;
    last = m;
    fields.push(m.index + spacedLabelStart(m[1] as string));
  }
  if (first.index > 0 && fields.length < 2) return null;
  const start = fields[0] as number;
  const key = HEADER_LABELS[(last[1] as string).replace(GAPS, '')] ?? null;
  const valueAt = last.index + last[0].length;
  const rest = t.slice(valueAt, valueAt + 60);
  const length = key === 'documentNumber' ? numberAtStart(rest) : (key ? VALUE_SHAPE[key]?.exec(rest)?.[0].length : 0) ?? 0;
  return length > 0 ? { start, end: valueAt + length, fields } : null;
}

/** A block's text from `from` to `to`, its anchors and span following it. */
function sliceBlock(block: Block, from: number, to: number): Block {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(block.text[a] as string)) a++;
  while (b > a && /\s/.test(block.text[b - 1] as string)) b--;
  const anchors = [
    { text: 0, source: sourceOffset(block.anchors, a) },
    ...block.anchors.filter((x) => x.text > a && x.text < b).map((x) => ({ text: x.text - a, source: x.source })),
  ];
  const start = sourceOffset(block.anchors, a);
  const end = b > a ? sourceOffset(block.anchors, b - 1) + 1 : start;
  const { bullet: _bullet, lead: _lead, ...rest } = block;
  return { ...rest, text: block.text.slice(a, b), anchors, start, end };
}

/**
 * A text whose content is a single long paragraph (a notice whose line breaks were all lost) is
 * cut where its lines were (see runOnCuts), and said so in a warning: read whole, its header's
 * last field would take in the title, the notice and every item.
 */
export function splitRunOnText(blocks: Block[], problems: SourceDocument['problems'], unmarkedHtml = false): Block[] {
  let only = -1;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k] as Block;
    if (b.chrome || b.kind === 'frontmatter') continue;
    if (only >= 0 || b.kind !== 'paragraph') return blocks;
    only = k;
  }
  const block = blocks[only];
  if (!block || block.text.length < MIN_LENGTH) return blocks;
  const cuts = runOnCuts(block.text);
  if (cuts.length === 0) return blocks;
  const bounds = [0, ...cuts, block.text.length];
  const pieces = bounds.slice(1).map((to, k) => sliceBlock(block, bounds[k] as number, to)).filter((b) => b.text.trim().length > 0);
  problems.push({
    ruleId: 'text-unbroken',
    severity: 'warning',
    message: `${unmarkedHtml ? 'the page has no markup, so its line breaks count for nothing and the notice is one paragraph' : 'the notice is one paragraph with no line breaks'}; it was read in ${pieces.length} lines, cut after its header, title and addressees and around its numbered parts`,
    offset: block.start,
  });
  return [...blocks.slice(0, only), ...pieces, ...blocks.slice(only + 1)];
}
