/**
 * Figures in a goal paragraph that state the terms of a policy, not a target: what a measure grants
 * (对首次认定的企业给予20万元奖励, 按实际投资额的10%给予补助，最高不超过100万元, 按每人1500元给予补助)
 * and how a 考核办法 scores (完成目标任务的得满分20分，每少1亿元扣2分，最高加5分). Plans state both beside
 * their targets (到2026年，全区高新技术企业达到600家。对…给予…), so the clauses that hold them are set
 * aside, whole, from the goal reader and from the report of unread targets.
 */

/** A sentence that grants: 给予, 予以, or a subsidy paid at a rate (按…补助) or to a standard (补贴标准为). */
const GRANTS = /给予|予以|按[^,，。;；]{0,24}?(?:奖励|补助|补贴|资助|奖补|补偿)|(?:奖励|补助|补贴|资助|奖补)(?:标准)?(?:为|最高|每)/;
/**
 * A clause of a granting sentence that states its terms: the grant itself, the rate it is paid at
 * (按…的10%, 按每人1500元), its cap (最高不超过100万元, 最多, 封顶) or an amount per head or per unit.
 * A clause without these (全区新增就业1.2万人) stays a target in a granting sentence.
 */
const GRANT_TERM = /给予|予以|奖励|补助|补贴|资助|奖补|贴息|补偿|按(?!期|时|计划|要求|规定|程序)|最高|最多|封顶|上限|每(?:人|户|家|个|名|项|台|套|吨|亩|平方米|千瓦|辆|张|件|床|只|头)/;
/**
 * A score: a figure in 分 after a word of scoring (得20分, 得满分20分, 扣2分, 加5分, 满分为20分, 分值10分).
 * Not a score reached as a target (满意度测评得分达到90分), whose verb stands before the figure, nor a
 * change of one (满意度增加5分).
 */
const SCORE = /(?:得|扣|(?<![增参追叠])加|减|(?<![累合共])计|记|满分|分值|赋分|权重)(?:满分)?(?:为|是)? ?\d+(?:\.\d+)? ?分(?![钟之贝])/;
/** The step a score is counted by, opening a clause of a scoring sentence: 每少1亿元, 每超过1个百分点. */
const SCORE_STEP = /^\s*每(?:少|多|超|低|高|增|减|降|提|差|欠|下降|上升|完成)/;

/** The characters a paragraph must hold for any clause to be a term: a cheap test before the patterns. */
const HINT = /[给予补奖资按分]/;

/**
 * The clauses of a paragraph that state a policy's terms, as spans [from, to) of it. `match` is the
 * paragraph's folded copy (or one of the same length).
 */
export function policyTermSpans(match: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!HINT.test(match)) return out;
  const sentence = /[^。;；!?！？]+/g;
  for (let s = sentence.exec(match); s; s = sentence.exec(match)) {
    const grants = GRANTS.test(s[0]);
    const scores = SCORE.test(s[0]);
    if (!grants && !scores) continue;
    const clause = /[^,，:：]+/g;
    for (let c = clause.exec(s[0]); c; c = clause.exec(s[0])) {
      const term = (grants && GRANT_TERM.test(c[0])) || (scores && (SCORE.test(c[0]) || SCORE_STEP.test(c[0])));
      if (term) out.push([s.index + c.index, s.index + c.index + c[0].length]);
    }
  }
  return out;
}

/** Whether the offset lies in one of the spans. */
export function inSpans(spans: ReadonlyArray<readonly [number, number]>, at: number): boolean {
  return spans.some(([from, to]) => at >= from && at < to);
}
