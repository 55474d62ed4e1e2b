/**
 * A count of a whole place's things, before what they are and what they do: 全区100家企业完成清洁生产
 * 审核, 全市2000家中小企业上云用云, 推动全县300家规上企业实现数字化转型. The figure is the target (how
 * many of them do it); the words after it name what is counted, and belong in its indicator with
 * the scope (全区企业完成清洁生产审核), not the scope alone.
 */

/**
 * A whole place, perhaps after a verb of prompting that is the government's, not the target's
 * (group 1), or after a verb of doing whose object the counted things are (完成全县100个行政村光纤改造,
 * group 2: it stays in the indicator).
 */
const SCOPE_ALONE = /^(?:(推动|推进|引导|鼓励|支持|带动|促进|组织|帮助)|(完成|实现|建成|改造|提升|打造|创建|培育|覆盖))?((?:全|本|我)(?:省|市|区|县|镇|乡|街道|州|旗)|辖区内?)$/;
/** What is counted and what it does, to the clause's end: words only, no figure, no more clauses. */
const COUNTED_REST = /^[\u4e00-\u9fff“”"]{2,40}$/;
/** A figure in numerals (突破千亿元, 一百个): the clause has a target of its own besides the count. */
const NUMERAL_FIGURE = /[〇零一二两三四五六七八九十百千万亿]+(?:[万亿]|个|家|所|名|户|座|条|处|位|项|元|吨|人|倍|强)|百分之/;
/**
 * What a count's things do when the count is a target: something done to them or by them, which
 * can be counted as it is done (完成清洁生产审核, 上云用云, 实现数字化转型). Not what a place merely
 * has or how it fares (26万人口享有…, 饮水安全得到保障, 引领作用进一步增强).
 */
const DOING = /完成|实现|建成|达到|达标|通过|开展|纳入|上云|用云|接入|改造|转型|认定|创建|获评|获得|进入|参与|应用|部署|开通|建立|配备|入驻|上市|挂牌|评为|实施|取得|安装|更新|升级|搬迁|退出|关停|整治/;
const DESCRIBING = /进一步|得到|享有|享受|作用|不断|持续|明显|显著|更加|日益|逐步/;
/** A rank after a verb of reaching (进入全国前100强, 跻身全省前10名). */
export const RANK_REACHED = /(?<=(?:进入|跻身|位列|位居|迈入|入围)(?:全国|全省|全市|全球|世界|中国|行业)?)前\d+(?:强|名|位)/;
/** A unit that counts things or people, not a magnitude alone (26万 of 26万农村人口). */
export const COUNTER_WORDS = '个|家|所|名|户|座|条|处|位|项|人|村|镇|园|栋|间';
const COUNTER = new RegExp(`^(?:[万千])?(?:${COUNTER_WORDS})$`);

/**
 * For a figure in `unit` whose subject is `subject` (the words before it, after any verb or lead)
 * and whose clause goes on with `after` (after the figure and its bound): where the indicator
 * starts in `subject` (past a verb of prompting), or null when this is not such a count.
 */
export function scopeCountStart(subject: string, after: string, unit: string): number | null {
  // Runs on every figure without a verb: a cheap test before the regexes.
  if (subject.length < 2 || subject.length > 6 || after.length < 2) return null;
  const m = SCOPE_ALONE.exec(subject);
  if (!m || !COUNTER.test(unit)) return null;
  // 全县3家企业进入全国前100强: a rank the counted things reach is what they do, no figure of its own.
  const words = after.replace(RANK_REACHED, '前强');
  if (!COUNTED_REST.test(words) || NUMERAL_FIGURE.test(words)) return null;
  // 26万人口: the unit's 人 is the first half of a word that goes on.
  if (unit.endsWith('人') && after.startsWith('口')) return null;
  // With a verb of doing before the scope, the words after the count are its object; else they
  // must say what the counted things do.
  if (m[2] === undefined && (!DOING.test(after) || DESCRIBING.test(after))) return null;
  return m[1] !== undefined ? m[1].length : 0;
}

/**
 * A count right after a whole place (or a verb of prompting and one), before words only: how many
 * things the place has, whether or not scopeCountStart makes it a target. When it does not (全县26万
 * 人口享有…, 全市3个国家级开发区引领作用进一步增强, 目前，全区80家企业完成…), the count is no target;
 * the scope alone would be no indicator for it either.
 */
export function isScopeCountAlone(subject: string, after: string): boolean {
  if (subject.length < 2 || subject.length > 6 || after.length < 2) return false;
  const m = SCOPE_ALONE.exec(subject);
  return m !== null && m[2] === undefined && COUNTED_REST.test(after);
}

/**
 * A whole place and the count of its things opening a subject, which the clause says all of do
 * something (全县23个行政村集体经济收入全部达到10万元以上; the count is passed over as a figure, see
 * isScopeCount in figures.ts): the count is no part of the name, and 全部 before the verb is the
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
