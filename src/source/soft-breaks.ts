import { SENTENCE_END, type Wrap, type WrapLine, findWrap, linesApart, numberOrDate, wrapsInto } from './line-wrap.js';
import { matchMarker } from '../text/markers.js';
import { isHeaderLabelName } from '../text/header-labels.js';

/**
 * The wrap width of a Markdown text's paragraphs, measured on their lines as the text adapter
 * measures a text's (see line-wrap's findWrap): each paragraph's lines as its soft breaks part them,
 * a blank line after each paragraph. Null when none of them is hard-wrapped.
 */
export function softBreakWrap(paragraphs: readonly string[]): Wrap | null {
  const lines: WrapLine[] = [];
  for (const p of paragraphs) {
    for (const line of p.split('\n')) lines.push({ text: line.trim() });
    lines.push({ text: '' });
  }
  return findWrap(lines);
}

/**
 * The soft line breaks (indices of `\n` in a paragraph's text) that part lines of their own, as a
 * text written one paragraph a line and saved as .md has them (各…： | 现将…执行。 | 某县人民政府办公室 |
 * 2024年5月6日 | （此件公开发布）): where the text adapter would not join the two lines (see
 * wrapsInto) and the first ends a sentence or a line of its own (a date, a number, a header's
 * field: 发布日期：2023年6月15日 | 关于印发…的通知), or the two stand apart whatever the width (a
 * signature over its date, an item, a field). A break inside a
 * sentence (…培育产业，到 | 2025年…) is the writer's wrap: Markdown joins it, as it means to.
 */
export function softBreakCuts(text: string, wrap: Wrap | null): number[] {
  const cuts: number[] = [];
  const breaks: number[] = [];
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) breaks.push(nl);
  if (breaks.length === 0) return cuts;
  const lineAt = (k: number): WrapLine => ({ text: text.slice(k === 0 ? 0 : breaks[k - 1]! + 1, k < breaks.length ? breaks[k] : text.length).trim() });
  let prev = lineAt(0);
  let next = lineAt(1);
  for (let k = 0; k < breaks.length; k++) {
    const after = k + 2 <= breaks.length ? lineAt(k + 2) : undefined;
    if (prev.text.length > 0 && next.text.length > 0 && !lettered(next.text)) {
      // A header's field is a line of its own even when its value is mostly Latin (索引号：11500105MB1A23456X/…).
      const field = headerField(prev.text);
      if ((field || !latinProse(prev.text)) && !wrapsInto(prev, next, wrap, false, after)) {
        if (field || SENTENCE_END.test(prev.text) || numberOrDate(prev) || headerField(next.text) || linesApart(prev, next, after)) cuts.push(breaks[k]!);
      }
    }
    prev = next;
    if (after) next = after;
  }
  return cuts;
}

/** A header's label before its colon, letter-spaced or not (发布日期：, 有 效 性：, 索　引　号:). */
const FIELD_LABEL = /^([\u4e00-\u9fff](?:[ \u3000\u00a0]{0,3}[\u4e00-\u9fff]){1,7})[ \u3000\u00a0]*[:：]/;

/**
 * A header's field with its value on one line (发布日期：2023年6月15日, 有 效 性：有效): a line of its
 * own in a notice's header, as the text adapter keeps it; the title under the header is no rest of
 * its value. Only the labels a header uses (see header-labels), so that a clause's label in prose
 * (主要任务：…) joins its soft-wrapped rest as Markdown means.
 */
function headerField(line: string): boolean {
  if (!line.includes('：') && !line.includes(':')) return false;
  const m = FIELD_LABEL.exec(line);
  return m !== null && m[0].length < line.length && isHeaderLabelName(m[1]!.replace(/[ \u3000\u00a0]/g, ''));
}

/** A line opening with a letter's marker (c. 继续推进): the Markdown adapter's lettered lists cut those, in order only. */
function lettered(line: string): boolean {
  return matchMarker(line)?.kind === 'latin';
}

/**
 * A line of mostly Latin words (an English note, a README): Markdown's own prose, wrapped anywhere,
 * after `;` or `:` as after a word. The lines of a Chinese notice are read as a text's.
 */
function latinProse(line: string): boolean {
  let latin = 0;
  let han = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
  }
  return latin > han;
}
