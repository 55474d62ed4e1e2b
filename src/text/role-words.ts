/**
 * The kinds of body a role label names after its role word: 牵头单位, 配合部门, 实施机构; and, in a
 * bureau's own plan (工作要点, 任务分解表), its sections: 责任科室, 责任股室, 牵头处室, 配合处室, 责任部室.
 * One list, so that a label read in a clause is read as a table's column header and a wrapped
 * line's label too.
 */
export const ROLE_BODY = '(?:单位|部门|机构|机关|科室|股室|处室|部室)';

/** What a unit that guides or oversees the work does: 指导, 督导, 业务指导, 督促指导, 监督指导. */
export const GUIDE_WORD = '(?:业务|督促|监督)?(?:指导|督导)(?:监督)?';

/*
 * The role words a label opens with, by the role they give its units. One list for the labels of
 * clauses (牵头责任单位：A；配合责任单位：B), of tasks tables' columns and of wrapped clause lines, so
 * that a variant added here is read in all of them.
 */

/** Who leads: 牵头单位, 主办单位, 牵头责任单位, 主要责任单位, 牵头责任部门, 牵头负责单位. */
export const LEAD_WORD = '(?:牵头负责|牵头责任|主要负责|主要责任|牵头|主责|主办)';

/**
 * A word written before a role label's role word that is part of the label (第一责任单位,
 * 协同责任单位, 具体落实单位, 其他配合单位, 直接责任单位): it is never a unit, and it may say the role
 * when the role word does not (a 责任 or 落实 unit that is 第一 or 主体 leads; one that is 协同 or
 * 相关 takes part). A word that is neither names no role and leaves the role word's (具体, 直接).
 */
export const LEAD_QUALIFIER = '(?:第一|首要|主体|主要|牵头|主责|主办|主管|共同牵头)';
export const PART_QUALIFIER = '(?:配合|参与|协同|协办|协助|协作|会办|会同|参加|支持|相关|有关|其他|其它|次要)';

/**
 * The words that qualify a label without saying a role: the 具体 of 具体落实单位, the 直接 of 直接责任单位,
 * and the 政策兑现 of a 若干措施's 政策兑现责任单位 (what the unit answers for, not a unit).
 */
const PLAIN_QUALIFIER = '(?:具体|直接|(?:政策)?(?:兑现|受理))';
const ANY_QUALIFIER = `(?:${LEAD_QUALIFIER}|${PART_QUALIFIER}|${PLAIN_QUALIFIER})`;
// Qualifiers may come in twos (其他相关责任单位): the first says the role.
const LEADING_QUALIFIER = new RegExp(`^${LEAD_QUALIFIER}${ANY_QUALIFIER}?$`);
const TAKING_PART_QUALIFIER = new RegExp(`^${PART_QUALIFIER}${ANY_QUALIFIER}?$`);
const KNOWN_QUALIFIER = new RegExp(`^${ANY_QUALIFIER}{1,2}$`);

/** Whether a word before a role word is one the genre qualifies labels with (see LEAD_QUALIFIER). */
export const isKnownQualifier = (word: string): boolean => KNOWN_QUALIFIER.test(word);

/** Whether a qualifier read before a role word (see LEAD_QUALIFIER) says the role itself. */
export function qualifierRole(qualifier: string): 'lead' | 'participant' | null {
  if (LEADING_QUALIFIER.test(qualifier)) return 'lead';
  if (TAKING_PART_QUALIFIER.test(qualifier)) return 'participant';
  return null;
}

/**
 * Who takes part: 配合单位, 参与单位, 协办单位, and the genre's other wordings, 支持单位, 协作单位,
 * 参加单位, 配合责任单位, 协同配合单位, 其他责任单位, 相关单位 (not the 各相关单位 or 及相关单位 of an
 * addressee line, a list's end rather than a label), 会办单位; and the units that coordinate, oversee or keep
 * in touch with the work beside those doing it: 协调单位, 督办单位, 督查单位, 监督单位, 联系单位.
 */
export const PART_WORD =
  '(?:协同配合|配合责任|其他责任|配合|参与|协办|会办|协助|协同|协作|参加|支持|会同|协调|督办|督查|监督|联系|(?<![各及和与等有])相关)';

/**
 * Who is responsible, leading jointly unless a lead is also named: 责任单位, 负责部门, 实施单位, and
 * as a body that carries the work is also written, 责任主体, 实施主体; and the units that do it on
 * the ground, 具体负责单位, 具体实施单位, 具体落实单位 (the 具体 is the label's, never a unit); and
 * the body in charge of the field, 主管部门. A 若干措施 names, under each measure, the department
 * that pays the support out or takes the applications (兑现部门, 受理部门): the one answering for it.
 */
export const DUTY_WORD = '(?:(?:具体)?(?:负责|实施|落实|承办)|责任|主管|兑现|受理)';

/** What may follow a role word as the body it names: 单位 … or 主体 (实施主体, 责任主体). */
export const ROLE_BODY_OR_SUBJECT = `(?:${ROLE_BODY}|主体)`;

/**
 * The role words a clause also writes bare, without the kind of body (牵头：A；参与：B；协同：C；
 * 督导：D), as a task table heads its unit columns under a spanning 责任单位 (牵头 | 配合, 主责 | 协同).
 * The later ones stand apart only, never at the end of a word (政策协同：, 业务指导：, 资金支持： open a
 * sentence, not a clause).
 */
export const BARE_ROLE_WORD = '(?:牵头|主办|主责|参与|配合|协办|(?<![\\u4e00-\\u9fff])(?:协同|协助|协作|督导|指导|督办|支持|会办))';

/**
 * A role label as a clause writes it before its units, simplified: most name the kind of body
 * (牵头单位, 配合部门); a few are also written bare (BARE_ROLE_WORD).
 */
export const ROLE_LABEL_SOURCE =
  `(?:(?:${LEAD_WORD}|${PART_WORD}|${DUTY_WORD}|${GUIDE_WORD})${ROLE_BODY_OR_SUBJECT}|${BARE_ROLE_WORD})`;

/**
 * A task table's column of leading units: 牵头单位 and its variants, or 责任单位 / 负责部门 / 责任主体 /
 * 实施主体, 承办单位 (beside 协办单位), 落实单位, 具体落实单位 (a column of those responsible is the lead
 * column when no column names a lead). 实施单位 is left out: it heads the column of a project list,
 * where a row is no task.
 */
export const LEAD_COLUMN_SOURCE = `(?:${LEAD_WORD}|责任|负责|承办|(?:具体)?落实)${ROLE_BODY_OR_SUBJECT}|实施主体`;
/** A task table's column of units taking part: 配合单位, 支持单位, 协同配合单位 … */
export const PART_COLUMN_SOURCE = `${PART_WORD}${ROLE_BODY}`;
