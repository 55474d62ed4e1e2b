/**
 * A count of a whole place's things, before what they are and what they do: 全区100家企业完成清洁生产
 * 审核, 全市2000家中小企业上云用云, 推动全县300家规上企业实现数字化转型. The figure is the target (how
 * many of them do it); the words after it name what is counted, and belong in its indicator with
 * the scope (全区企业完成清洁生产审核), not the scope alone.
 */

/** A whole place, perhaps after a verb of prompting that is the government's, not the target's. */
const SCOPE_ALONE = /^(?:推动|推进|引导|鼓励|支持|带动|促进|组织|帮助)?((?:全|本|我)(?:省|市|区|县|镇|乡|街道|州|旗)|辖区内?)$/;
/** What is counted and what it does, to the clause's end: words only, no figure, no more clauses. */
const COUNTED_REST = /^[\u4e00-\u9fff“”"]{2,40}$/;

/**
 * For a figure whose subject is `subject` (the words before it, after any verb or lead) and whose
 * clause goes on with `after` (after the figure and its bound): where the scope starts in `subject`
 * (past a verb of prompting), or null when this is not such a count.
 */
export function scopeCountStart(subject: string, after: string): number | null {
  // Runs on every figure without a verb: a cheap test before the regexes.
  if (subject.length < 2 || subject.length > 6 || after.length < 2) return null;
  const m = SCOPE_ALONE.exec(subject);
  if (!m || !COUNTED_REST.test(after)) return null;
  return subject.length - (m[1] as string).length;
}

/**
 * A whole place and the count of its things opening a subject, which the clause says all of do
 * something (全县23个行政村集体经济收入全部达到10万元以上; the count is passed over as a figure, see
 * isScopeCount in goals.ts): the count is no part of the name, and 全部 before the verb is the
 * target's qualifier. Counts with a unit of things only.
 */
const SCOPE_AND_COUNT = /^((?:全|本|我)(?:省|市|区|县|镇|乡|街道|州|旗)|辖区内?)\d+ ?(?:个|家|所|名|户|座|条|处|位|项)(?=[\u4e00-\u9fff])/;

/**
 * In a target's `subject`: where the scope ends, where the words after the count start, and the
 * length of a 全部 that ends it (0 if none). Null when the subject opens with no scope and count.
 */
export function scopeCountInSubject(subject: string): { scopeEnd: number; countEnd: number; all: number } | null {
  if (!/\d/.test(subject)) return null;
  const m = SCOPE_AND_COUNT.exec(subject);
  if (!m) return null;
  const all = subject.endsWith('全部') && subject.length - m[0].length > 2 ? 2 : 0;
  return { scopeEnd: (m[1] as string).length, countEnd: m[0].length, all };
}
