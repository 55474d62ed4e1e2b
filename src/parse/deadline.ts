import { arabicYears } from '../text/date.js';

/**
 * When a task is due, as its responsibility clause states it: under a label (完成时限：2023年底前,
 * 时间节点：持续推进) or bare before or after the units (2023年6月底前完成，A负责 / A牵头，持续推进).
 * All patterns run on the folded, simplified copy of the clause; the deadline is cut from the text
 * as written.
 */

/**
 * A month or a day, in digits or in numerals (6月, 六月, 十二月; 15日, 十五日, 三十日): the copy
 * patterns run on has its years in digits already (see arabicYears), but a month or day in numerals
 * may take more or fewer places than in digits, and is read where it stands.
 */
const MONTH = '(?:\\d{1,2}|十[一二]?|[一二三四五六七八九])';
const DAY = '(?:\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';

/**
 * A deadline that comes round again (每年底前完成, 每年12月底前, 每季度末, 每月10日前): the period and
 * a point in it, never the bare 每年 of a sentence (每年开展两次).
 */
const RECURRING = `每(?:个)?(?:年度?|半年|季度|月)(?:(?:${MONTH} ?月)?(?:${DAY} ?日)?(?:[上中下]旬|底|末)?(?:前|以前|之前)|${MONTH} ?月(?:${DAY} ?[日号])?(?:[上中下]旬|底|末)?|[上中下]旬|底|末)(?:完成|报送)?`;
/**
 * A term that stands for no date but for how long the work goes on: open-ended (长期坚持, 持续推进),
 * standing (常态化推进), or by the year (逐年推进, 分年度实施).
 */
const STANDING = '长期坚持|长期推进|持续推进|持续实施|持续开展|常态化(?:推进|开展|实施|落实)?|(?:逐年|分年度)(?:推进|实施|落实|完成)|长期|持续';
/**
 * A date within the year without the year (年底前, 今年底前, 本年度内, 6月底前, 6月30日前, 上半年,
 * 三季度末前), as an annual 工作要点 writes its deadlines: its year is the plan's, which the deadline
 * as written leaves unsaid. With the words of completion after it (完成, 推进), but nothing else:
 * 年内完成改造 is what the task says.
 */
/**
 * Words that the work is rolled out everywhere (全面推开, 全面推行, 全面铺开): the step a pilot leads up
 * to, and as much a completion as 完成 or 建成.
 */
export const ROLLED_OUT = '推开|推行|铺开';
const IN_THE_YEAR = `(?:(?:今|本|当|明)?年度?(?:底|末|内|中)|(?:今年|本年度?|当年|明年)?(?:${MONTH} ?月(?:${DAY} ?[日号])?(?:[上中下]旬|底|末|份)?|[上下]半年|第?[一二三四1-4]季度(?:末|底)?))`;
const YEARLESS = `(?:${IN_THE_YEAR}(?:前|以前|之前|内|止)?|全年(?=持续|推进|实施|开展))(?:(?:全面|基本|初步|持续)?(?:完成|建成|实现|落实到位|到位|见效|推进|实施|开展|启动|${ROLLED_OUT}))?`;
/** A span of years (2023—2025年), the first year written with no 年. */
const YEARS_SPAN = '(?:\\d{4} ?[—~至-] ?)?';
/**
 * A deadline written without a label: a date with what follows it, a span of years, a recurring
 * date, or a standing term.
 */
const BARE_DEADLINE = `(?:${YEARS_SPAN}\\d{4} ?年[^,;:]{0,20}|${RECURRING}|${STANDING}|${YEARLESS})`;
/** Words of resolve before a deadline after a clause's units (，力争2024年底前完成): no part of the deadline. */
const DUE_ADVERB = '力争|确保|争取|务必';
/** Bare deadlines before the units of a clause, with their separators. */
const LEADING_DEADLINE = new RegExp(`^(?:\\s*${BARE_DEADLINE}[,;]\\s*)+`);
/**
 * Bare deadlines after the units of a clause, with their separators: a stop or comma, or spaces alone
 * after a word, as a line set out in columns writes it (区商务局负责　　2024年底前).
 */
const TRAILING_DEADLINE = new RegExp(`(?:(?:[,;。]|(?<=[\\u4e00-\\u9fff)])\\s)\\s*(?:${DUE_ADVERB})?${BARE_DEADLINE}[。.]?|\\s*\\(\\s*${BARE_DEADLINE}\\s*\\)[。.]?)+$`);

/**
 * Labels of a clause's deadline part (完成时限, 时间节点, 实施时间, 进度安排 …), standing where a key
 * can start: at the start of the clause or after a separator, or after the full stop of the
 * clause's sentence (牵头单位：A。完成时限：2025年底前). 完成时限 and 完成时间, whole, may also follow
 * the last unit with nothing between (…各乡镇人民政府完成时限：…), as two lines of a PDF joined.
 */
const DEADLINE_LABEL = /(?<=^|[;,\s。])[\u4e00-\u9fff]{0,4}(?:时限|时间|期限|节点|进度)(?:要求|安排)?\s*:\s*|(?<=[\u4e00-\u9fff)])(?:完成|办结)(?:时限|时间)\s*:\s*|【[\u4e00-\u9fff]{0,4}(?:时限|时间|期限|节点|进度)(?:要求|安排)?】\s*:?\s*/g;

/** What every deadline, labelled or bare, holds at least one of. */
const MAY_HOLD_DEADLINE = /[时期节进每年月季]|\d{4}|长期|持续|常态/;

/** Whether a text may hold a bare deadline (a year, 每年…, 长期, 持续推进, 常态化): a test that spares most lines the patterns. */
export const mayHoldBareDeadline = (match: string): boolean =>
  /\d{4}|每[个年半季月]|长期|持续|常态|逐年|分年度|年度?[底末内中]|[\d一二三四五六七八九十]月|季度|半年|全年/.test(withDigitYears(match));

/**
 * The copy with this century's years in numerals written in digits (二〇二四年 → 2024年, offsets
 * kept), for the patterns, which read years in digits. Such a year always has a zero in it: most
 * clauses, without one, are spared the rewriting.
 */
function withDigitYears(folded: string): string {
  return /[〇零○O]/.test(folded) ? arabicYears(folded) : folded;
}

/** Another keyed part after the deadline (责任单位:…, 牵头领导:…) ends it. */
const NEXT_KEY = /(?:[;,]|\s)\s*[\u4e00-\u9fff]{2,6}:|【[\u4e00-\u9fff]{2,6}】/;

export interface FoundDeadline {
  /** The deadline as written. */
  text: string;
  /** Where the whole part (label, value and its separator) starts and ends in the clause. */
  from: number;
  to: number;
  /** Whether it stands under a label (完成时限：…) rather than bare. */
  labelled: boolean;
}

/** The deadline a clause states, if any, with the span it takes in the clause. */
export function findDeadline(text: string, folded: string): FoundDeadline | null {
  // 二〇二四年底前完成 is due as 2024年底前完成 is: the patterns read years in digits, offsets kept.
  const match = withDigitYears(folded);
  // Most clauses name no deadline: one cheap test spares them the patterns.
  if (!MAY_HOLD_DEADLINE.test(match)) return null;
  DEADLINE_LABEL.lastIndex = 0;
  const labelled = DEADLINE_LABEL.exec(match);
  if (labelled) {
    const start = labelled.index + labelled[0].length;
    const rest = match.slice(start);
    const next = NEXT_KEY.exec(rest);
    let end = start + (next ? next.index : rest.length);
    while (end > start && /[\s;,。.]/.test(match[end - 1] as string)) end--;
    if (end > start) {
      let from = labelled.index;
      // The separator before the part goes with it, so the units before end cleanly.
      while (from > 0 && /[\s;,。]/.test(match[from - 1] as string)) from--;
      let to = next ? start + next.index : match.length;
      // First in the clause: the separator after it goes instead, so the units start cleanly.
      if (from === 0) while (to < match.length && /[\s;,]/.test(match[to] as string)) to++;
      return { text: text.slice(start, end), from, to, labelled: true };
    }
  }
  const leading = LEADING_DEADLINE.exec(match);
  if (leading) {
    const value = leading[0].replace(/[,;\s]+$/, '').trim();
    const at = match.indexOf(value);
    return { text: text.slice(at, at + value.length), from: 0, to: leading[0].length, labelled: false };
  }
  const trailing = TRAILING_DEADLINE.exec(match);
  if (trailing) {
    const part = trailing[0];
    let value = part.replace(/^[,;。\s]+/, '').replace(/^(?:力争|确保|争取|务必)/, '').replace(/[。.]$/, '').trim();
    // 区商务局（2023年底前完成）: a deadline in brackets after the last unit, the brackets no part of it.
    if (value.startsWith('(')) value = value.slice(1).replace(/\)$/, '').trim();
    const at = trailing.index + part.indexOf(value);
    return { text: text.slice(at, at + value.length), from: trailing.index, to: match.length, labelled: false };
  }
  return null;
}

/**
 * A date a task is due by, as a sentence of its own writes it: 2024年6月底前, 2025年前, 2024年12月31日前,
 * 2024年第三季度, 2024—2025年. Only dates: a sentence that goes on after one (2024年全市完成投资…) is
 * what the task says.
 */
const DUE_DATE =
  `(?:\\d{4} ?年? ?[—~至-] ?)?\\d{4} ?年(?:${MONTH} ?月(?:${DAY} ?日)?)?(?:[上下]半年|第?[一二三四1-4]季度|[上中下]旬|年?底|年?末|年中)?(?:前|以前|之前|止)?`;
/** What may follow the date: the verb of completion (2024年6月底前完成, 2025年底前基本建成, 2025年底前全面推开). */
const DUE_VERB = `(?:全面|基本|初步|逐步)?(?:完成|建成|实现|落实到位|落实|到位|见效|启动|开工|${ROLLED_OUT})`;
/**
 * A step of a schedule: a date (2024年6月底前完成, 2024年6月底前启动), a date the work starts from and
 * goes on after (2024年起持续推进, 2024年开始实施), a recurring date, a standing term or a date in the year.
 */
const DUE_STEP = `(?:${DUE_DATE}(?:${DUE_VERB}|(?:起|开始)?(?:${STANDING})|(?:起|开始)(?:实施|推进|开展|执行)?)?|${RECURRING}|${STANDING}|${YEARLESS})`;
/** A sentence of up to three such steps (2024年启动，持续推进; 2024年底前启动，2025年底前完成). */
const BARE_DUE_SENTENCE = new RegExp(`^${DUE_STEP}(?:\\s*[,;、]\\s*${DUE_STEP}){0,2}$`);

/**
 * Whether a sentence says nothing but when the task is due: bare (2024年6月底前完成, 长期坚持) or under
 * its label (完成时限：2024年6月底前), alone or in brackets ((2024年6月底前完成)). Returns where the
 * deadline's value stands in it, or null. `match` is the folded, simplified copy of the sentence,
 * without the stop after it.
 */
export function deadlineSentence(folded: string): { from: number; to: number } | null {
  const match = withDigitYears(folded);
  let from = 0;
  let to = match.length;
  if (match.startsWith('(') && match.endsWith(')')) {
    from = 1;
    to -= 1;
  }
  while (from < to && /\s/.test(match[from] as string)) from++;
  while (to > from && /[\s。.]/.test(match[to - 1] as string)) to--;
  const body = match.slice(from, to);
  if (body.length === 0 || body.length > 40) return null;
  if (BARE_DUE_SENTENCE.test(body)) return { from, to };
  const due = findDeadline(body, body);
  if (!due || !due.labelled || due.from !== 0 || due.to !== body.length) return null;
  const at = body.lastIndexOf(due.text);
  return at < 0 ? null : { from: from + at, to: from + at + due.text.length };
}

/**
 * How often the work is done, as a bracket of its own after a task's clause writes it (（每年开展）,
 * （每季度调度一次）, （每月至少通报1次）): when, but no date a task is due by, so no deadline (每年开展两次
 * in a sentence is what the task says). The bracket stays in the task's text.
 */
const FREQUENCY_NOTE = /^每(?:个)?(?:年度?|半年|季度|月|周|旬)(?:至少)?(?:开展|组织|调度|通报|召开|举办|实施|检查|报送|更新|评估|考核|督导|督查|推进|部署)?(?:[一二两三四五六七八九十\d]{1,2}(?:次|轮|批))?(?:以上)?$/;

/** Whether a bracket's inside (folded) only says how often the work is done (see FREQUENCY_NOTE). */
export const isFrequencyNote = (inside: string): boolean => inside.length <= 16 && FREQUENCY_NOTE.test(inside.trim().replace(/[。.]$/, ''));
