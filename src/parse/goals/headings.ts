/**
 * Where a plan states its targets: goal headings (工作目标, 2024年主要预期目标, 中期目标（2026—2027年）)
 * and the year they give, paragraphs labelled with their targets (主要指标：…), and the sentence of a
 * paragraph of aims from which its targets begin (到2027年，…).
 */
import { arabicYears } from '../../text/date.js';
import { TARGET_YEAR_LEAD } from './target-year.js';

/** Item titles under which a plan states its targets (工作目标, 主要目标, 目标任务 …). */
export function isGoalHeading(title: string): boolean {
  return /目标|指标/.test(title) && title.length <= 20;
}

/**
 * A year at the start of a goal heading: 2024年主要预期目标, 一、2024年目标; not one in brackets
 * (主要指标（以2023年为基数）), which HEADING_PERIOD reads when it is all they say.
 */
const HEADING_OPENING_YEAR = /^[^\d(（]{0,8}?((?:19|20)\d{2}) ?年(?![\d度])/;

/**
 * A year or a period at the start of a goal heading (2024—2025年目标) or in brackets after its
 * words (近期目标（2025年）, 中期目标（2026—2027年）, 远期目标（到2035年）): the year it ends with.
 */
const HEADING_PERIOD =
  /^\D{0,8}?(?:(?:19|20)\d{2}) ?年? ?[—–\-~～至到] ?((?:19|20)\d{2}) ?年|[(（] ?(?:到|至)? ?(?:(?:19|20)\d{2} ?年? ?[—–\-~～至到] ?)?((?:19|20)\d{2}) ?年(?:底|末)?(?:前|以前)? ?[)）]/;

/**
 * The year a goal heading's targets are for: the year it opens with (一、2024年主要预期目标), or the
 * end of the period it names (（二）中期目标（2026—2027年）: 2027); undefined if it names none. `title`
 * is the heading's folded copy with years in digits.
 */
export function goalHeadingTitleYear(title: string): number | undefined {
  if (!isGoalHeading(title)) return undefined;
  const period = HEADING_PERIOD.exec(title);
  if (period) return Number(period[1] ?? period[2]);
  const opening = HEADING_OPENING_YEAR.exec(title);
  return opening ? Number(opening[1]) : undefined;
}

/** Paragraphs that state targets under a label of their own: `具体指标：…`, `主要目标：…`. */
export function isGoalParagraph(match: string): boolean {
  return /^.{0,8}(?:目标|指标)[:：]/.test(match.trim());
}

/**
 * 2025年全市食品安全工作的总体要求是：… — a year's aims under a label of their own, opening a
 * sentence; the label may stand after a few words of subject, unlike isGoalParagraph's.
 */
const LABELLED_YEAR_AIMS = /^\d{4} ?年[^。;；:,，]{0,24}?(?:总体要求|总体目标|主要目标|工作目标|目标任务|发展目标)(?:是|为)?[:：]/;

/**
 * A sentence that opens with its target year: 到2027年，…, 力争到2025年底…, 力争2024年，…, 到“十四五”末…,
 * also after a short clause of effort (通过三年努力，到2027年，…).
 */
const TARGET_YEAR_SENTENCE = new RegExp(
  `^(?:通过[^。;；,，]{1,12}(?:努力|攻坚|建设|行动)[,，] ?)?(?:${TARGET_YEAR_LEAD}\\d{4} ?年|(?:力争|争取)?(?:到|至) ?[“"]?十[一二三四五]五[”"]?(?:期|时期)?末)`,
);

/** The characters TARGET_YEAR_SENTENCE can start with. */
const YEAR_OPENING_FIRST = '通力争到至';

/**
 * Where a paragraph of aims begins to state targets: the offset of its first sentence that opens
 * with a year's labelled aims (2025年…总体要求是：) or, with `yearOpening`, with a target year
 * (到2027年，…); -1 if none does. The sentences before it (以习近平…为指导，坚持…) guide, they set
 * no targets, and their figures are none. `match` is the paragraph's folded copy.
 */
export function targetStatementStart(match: string, yearOpening: boolean): number {
  const text = arabicYears(match);
  // The goal test runs on every paragraph: a cheap test before the regexes.
  if ((!text.includes('年') && !text.includes('五')) || (!yearOpening && !text.includes(':') && !text.includes('：'))) return -1;
  const sentence = /[^。;；]+/g;
  for (let s = sentence.exec(text); s; s = sentence.exec(text)) {
    const lead = s[0].length - s[0].trimStart().length;
    const opening = s[0].slice(lead);
    // By its first character a sentence can open neither way (most do not): no pattern needs trying.
    const first = opening.charCodeAt(0);
    const digit = first >= 0x30 && first <= 0x39;
    if (!digit && !(yearOpening && YEAR_OPENING_FIRST.includes(opening[0] ?? ''))) continue;
    if (LABELLED_YEAR_AIMS.test(opening) || (yearOpening && TARGET_YEAR_SENTENCE.test(opening))) return s.index + lead;
  }
  return -1;
}
