/**
 * The lead phrase a paragraph of the safeguards part may open with, as plans write their
 * safeguards without numbers, one a paragraph, the phrase often set in bold or another face
 * (加强组织领导。成立…; **强化资金保障。**…; <p><strong>加强督查考核。</strong>…</p>, which the
 * adapters read as the same words): a short phrase of what to do, ended by 。, with the paragraph's
 * words after it. Such a phrase titles the safeguard its paragraph is.
 */

/** The longest lead phrase (加强组织领导，强化统筹协调 is 13). */
const MAX_PHRASE = 20;

/**
 * How a sentence that is no lead phrase opens: a subject or a scope (各部门要…, 区财政局…, 本方案…,
 * 以上任务…) or a preposition (对…, 按照…, 通过…). A lead phrase opens with what to do.
 */
const NOT_A_LEAD = /^(?:各|本|要|该|此|其|对|在|如|凡|由|为|从|以上|上述|通过|按照|根据|依据|围绕|结合|针对|[省市区县乡镇村州盟旗]|街道|社区|我)/;

/** Words that make the phrase a sentence about who does what (区财政局负责资金保障, 各部门要高度重视). */
const DUTY = /负责|牵头|配合|参与|协助|要求各|务必|必须|应当/;

/** Where the lead phrase ends (its 。, in the matching copy), or -1 when the paragraph opens with none. */
export function leadPhraseEnd(match: string): number {
  const stop = match.indexOf('。');
  if (stop < 2 || stop > MAX_PHRASE + 2) return -1;
  const phrase = match.slice(0, stop).trim();
  if (phrase.length < 2 || phrase.length > MAX_PHRASE) return -1;
  // A phrase is words, perhaps two joined by a comma (加强组织领导，强化统筹协调): no clause, list, figure or label.
  if (/[;:()《》\d]/.test(phrase) || NOT_A_LEAD.test(phrase) || DUTY.test(phrase)) return -1;
  // The paragraph goes on after it: a phrase alone on its line is a heading, not a safeguard's lead.
  return match.slice(stop + 1).trim().length >= 4 ? stop : -1;
}
