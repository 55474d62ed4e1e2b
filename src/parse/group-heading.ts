import { CHINESE_NUMERAL_CHARS } from '../text/chinese-numeral.js';

/**
 * An unnumbered heading that groups a plan's numbered tasks under a named, counted part of its
 * own: `【专项行动一】数字基础设施提升行动`, `专项行动二：数字产业培育行动`, `重点工程一　…`,
 * `行动1：…`. The genre's words for such a part end the name (行动, 工程, 专项, 任务 …); its own number
 * follows them, so it is no item of the plan's numbered lists, which stand under it.
 */
export interface GroupHeading {
  /** The name and number as written, brackets included (`【专项行动一】`, `专项行动二`). */
  label: string;
  /** The part's title after them (`数字基础设施提升行动`). */
  title: string;
}

/** The words a named group of tasks ends its name with (folded and simplified text: 行動, 專項 read so too). */
const WORD = '(?:行动|工程|专项|任务|计划|战役|专题|板块)';
const N = `(?:\\d{1,2}|[${CHINESE_NUMERAL_CHARS}]{1,3})`;
/** 【专项行动一】…, [重点工程2]…, 〔行动三〕…: the name and number in brackets of their own. */
const BRACKETED = new RegExp(`^(\\s*[【\\[〔] ?[\\u4e00-\\u9fff]{0,6}${WORD} ?${N} ?[】\\]〕][ :、]*)(.*)$`);
/** 专项行动二：…, 行动一、…, 重点工程一　…: the name and number, then a colon, a 、 or a space. */
const OPEN = new RegExp(`^(\\s*[\\u4e00-\\u9fff]{0,6}${WORD} ?${N}(?: ?[:、] ?| +))(.*)$`);
const GUARD = /行动|工程|专项|任务|计划|战役|专题|板块/;

/**
 * The group heading a line is (`match` the folded, simplified copy of `text`), or null. Only a
 * heading's shape: a title of words without the punctuation of prose, so that a task tagged with
 * its number (`任务一：加快5G网络建设。新建…（牵头单位：A）`) stays a task; whether the line stands
 * over items is the caller's to decide.
 */
export function groupHeading(text: string, match: string): GroupHeading | null {
  if (match.length > 60 || !GUARD.test(match.slice(0, 16))) return null;
  const m = BRACKETED.exec(match) ?? OPEN.exec(match);
  if (!m) return null;
  const title = (m[2] as string).trim();
  if (title.length < 2 || title.length > 40 || /[。,;:!?()【】]/.test(title)) return null;
  const head = m[1] as string;
  return {
    label: text.slice(0, head.length).trim().replace(/[\s:：、]+$/, ''),
    title: text.slice(head.length).trim(),
  };
}
