import { parseDate } from './date.js';

/**
 * How the name of a body that issues or signs a notice ends: a government, its office, a
 * committee, a bureau or a department (湖州市吴兴区民政局, 某区人民政府办公室, 中共某县委员会, 某街道办事处),
 * a 盟's or 地区's government (锡林郭勒盟行政公署), a 人大's standing committee (某县人大常委会),
 * a people's organisation (某市总工会, 某县妇女联合会) or a district office (某区公所).
 */
const BODY_END = /(?:人民政府|政府|办公室|办公厅|办事处|委员会|管委会|常委会|领导小组|公署|联合会|工会|公所|局|厅|委|办|中心|院)$/;

/** A body's name: Han characters (brackets allowed), as a line of its own gives it. */
const BODY_NAME = /^[\u4e00-\u9fff（）()]{4,40}$/;

/** Whether `name` is the whole name of one body, not a group a clause names (各乡镇人民政府, 有关部门). */
export function isBodyName(name: string): boolean {
  return BODY_NAME.test(name) && BODY_END.test(name) && !/^(?:各|有关|相关|其他)/.test(name);
}

/**
 * Whether `line` names an issuing body and nothing else, with a day's date alone on the line
 * `under` it: a notice's signature over its date. A text's wrap never cuts a paragraph so that its
 * last piece is a whole body's name right above a date line; such a line is the signature, never
 * the rest of the line before it (附件：某某工作要点 | 某区民政局 | 2024年2月27日).
 */
export function signsAboveDate(line: string, under: string | undefined): boolean {
  return under !== undefined && under.length <= 20 && isBodyName(line) && parseDate(under) !== null;
}
