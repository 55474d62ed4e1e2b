import { parseDate } from './date.js';

/**
 * How the name of a body that signs a notice ends: a government, its office, a committee, a
 * bureau or a department (湖州市吴兴区民政局, 某区人民政府办公室, 中共某县委员会, 某街道办事处).
 */
const SIGNING_BODY_END = /(?:人民政府|政府|办公室|办公厅|办事处|委员会|管委会|领导小组|局|厅|委|办|中心|院)$/;

/** A body's name alone on its line: Han characters (brackets allowed), none of the words of a group a clause names. */
const BODY_NAME = /^[\u4e00-\u9fff（）()]{4,40}$/;

/**
 * Whether `line` names an issuing body and nothing else, with a day's date alone on the line
 * `under` it: a notice's signature over its date. A text's wrap never cuts a paragraph so that its
 * last piece is a whole body's name right above a date line; such a line is the signature, never
 * the rest of the line before it (附件：某某工作要点 | 某区民政局 | 2024年2月27日).
 */
export function signsAboveDate(line: string, under: string | undefined): boolean {
  if (under === undefined || !BODY_NAME.test(line) || !SIGNING_BODY_END.test(line) || /^(?:各|有关|相关|其他)/.test(line)) return false;
  return under.length <= 20 && parseDate(under) !== null;
}
