/**
 * The kinds of body a role label names after its role word: 牵头单位, 配合部门, 实施机构; and, in a
 * bureau's own plan (工作要点, 任务分解表), its sections: 责任科室, 责任股室, 牵头处室, 配合处室, 责任部室.
 * One list, so that a label read in a clause is read as a table's column header and a wrapped
 * line's label too.
 */
export const ROLE_BODY = '(?:单位|部门|机构|机关|科室|股室|处室|部室)';

/** What a unit that guides or oversees the work does: 指导, 督导, 业务指导, 督促指导, 监督指导. */
export const GUIDE_WORD = '(?:业务|督促|监督)?(?:指导|督导)(?:监督)?';

/**
 * A role label as a clause writes it before its units, simplified: most name the kind of body
 * (牵头单位, 配合部门); a few are also written bare (牵头：A；参与：B).
 */
export const ROLE_LABEL_SOURCE =
  `(?:(?:牵头负责|主要负责|具体负责|牵头|主责|主办|参与|配合|协办|协助|协同|参加|责任|负责|实施|承办|落实|${GUIDE_WORD})(?:${ROLE_BODY}|主体)|牵头|主办|参与|配合|协办)`;
