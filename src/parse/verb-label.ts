/**
 * The duty verbs the genre writes right after a role's verb (牵头组织实施, 牵头抓总, 牵头负责, 配合实施,
 * 协助推进): what the units do, not which role they have. Longest first, so that 组织实施 is one verb.
 */
export const DUTY_AFTER_ROLE = '(?:组织实施|组织落实|负责实施|负责|抓总|实施|落实|推进|指导|组织|统筹|协调)';

/**
 * A verb of a role (牵头, 统筹 for the lead; 配合, 协助, 参与, 协同, 协办 for those taking part), with the
 * adverb written before it (共同, 均, 分别, 积极, 按职责分工 …), and one duty verb after it.
 */
const ROLE_THEN_DUTY = new RegExp(`^(.*?(?:牵头|统筹|配合|协助|参与|协同|协办))${DUTY_AFTER_ROLE}$`);

/**
 * How much of a clause's verb (folded and simplified, so one character for one of the text as
 * written) is its role label: the role's verb and the adverb before it, without the duty after it
 * (县商务局牵头组织实施 is labelled 牵头, 县财政局配合实施 配合, 区科技局、区教育局共同牵头负责 共同牵头). A role
 * label says who leads and who helps; the duty stays in the clause's text. Other verbs (负责实施,
 * 共同推进, 具体落实) are their label whole.
 */
function roleLabelLength(verb: string): number {
  const m = ROLE_THEN_DUTY.exec(verb);
  return m ? (m[1] as string).length : verb.length;
}

/** The role label of `verb` written at `at` in `text` (the text as written, the verb matched on its copy). */
export function roleLabelAt(text: string, at: number, verb: string): string {
  return text.slice(at, at + roleLabelLength(verb));
}

/** The role label of a verb, cut from the verb itself (牵头组织实施 → 牵头). */
export function roleLabelOf(verb: string): string {
  return verb.slice(0, roleLabelLength(verb));
}
