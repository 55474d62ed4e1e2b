/**
 * The kinds of body a role label names after its role word: 牵头单位, 配合部门, 实施机构; and, in a
 * bureau's own plan (工作要点, 任务分解表), its sections: 责任科室, 责任股室, 牵头处室, 配合处室, 责任部室.
 * One list, so that a label read in a clause is read as a table's column header and a wrapped
 * line's label too.
 */
export const ROLE_BODY = '(?:单位|部门|机构|机关|科室|股室|处室|部室)';
