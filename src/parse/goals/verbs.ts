/**
 * The verbs of a target sentence: those that put a level after them (达到, 控制在, 压缩至 …), those whose
 * object follows the figure (新建, 培育 …), those of an amount saved (节约, 减少 …), and the changes an
 * indicator may end with (增长, 下降 …), shared by every reader of targets.
 */


/** Verbs that put a target figure after them: X达到N. */
export const VERBS = [
  '提高到', '提高至', '提升到', '提升至', '增长到', '增加到', '增加至', '下降到', '下降至', '降低到', '降低至', '控制在', '保持在', '保持',
  '稳定在', '达到', '实现', '突破', '超过', '不低于', '不少于', '不超过', '高于', '低于', '增至', '降至', '达',
  // A revision's new level (由180亿元调整为200亿元, 上调至200亿元).
  '调整为', '调整到', '调整至', '调增至', '调增到', '调增为', '上调至', '上调到', '上调为', '调减至', '调减到', '下调至', '下调到', '下调为',
  // Verbs of reducing to a ceiling: 企业开办时间压缩至1个工作日以内.
  '压缩至', '压缩到', '缩短至', '缩短到', '缩减至', '缩减到', '减少到', '减少至', '压减至', '压减到', '降到', '减至',
  // Ceilings: 失业率不超过3.5%, 能耗不高于0.35吨标准煤, 最高不超过….
  '不高于', '不大于', '不多于', '不超', '最高不超过', '最多不超过',
  // Verbs of growing to a level: 龙头企业发展到60家, 示范社规模扩大至120家, 壮大到, 上升至.
  '发展到', '发展至', '扩大到', '扩大至', '壮大到', '壮大至', '拓展到', '拓展至', '增长至', '上升到', '上升至',
  // A gap or a ratio narrowed to a ceiling: 城乡居民人均可支配收入比缩小至1.8以内.
  '缩小到', '缩小至',
  // 超 alone before a figure (力争超1000亿元) is 超过; before the noun it sorts (营收超10亿元企业) it
  // names a kind, and the figure is passed over (see partOfName).
  '超',
];

/** VERBS the longest first, so that the verb a subject ends with is read whole (不超过, not 超过). */
export const VERBS_LONGEST_FIRST = [...VERBS].sort((a, b) => b.length - a.length);

/**
 * Verbs of holding before a bound verb (控制在不超过3.5%, 保持在不低于90%): the bound is the
 * target's qualifier, and neither is part of the subject.
 */
export const HOLDING_VERBS = ['控制在', '保持在', '稳定在', '保持'];

// The longer verb first: 保持在 is read whole, not as 保持 with 在 left over.
export const HOLDING = new RegExp(`(?:${HOLDING_VERBS.join('|')}) ?$`);

/** How a level is held, before the verb of holding: 稳定保持, 持续保持在, 始终控制在. */
export const HOLDING_ADVERB = /(?:稳定|持续|始终|继续|长期|一直) ?$/;

/** Verbs whose object follows the figure: 新建2家市级重点实验室. */
export const VERB_FIRST = [
  // 新 before a verb of creation (新培育, 新建成): the longer form first, so that 新建成 is not read as 新建.
  '新建成', '新培育', '新引进', '新认定', '新创建', '新改建', '新打造', '新组建',
  // 建设改造县级物流配送中心2个、乡镇商贸中心10个: a pair of verbs is one verb, shared whole by a peer after 、
  // (before either verb alone).
  '新建改造', '建设改造', '改造提升',
  '新建', '新增', '建成', '建设', '培育', '引进', '招引', '打造', '创建', '认定', '完成', '推动建设', '培养', '组建', '建立', '改造',
  // 每个乡镇至少办好1所公办中心幼儿园: running one well makes a count of what is run, as building does.
  '办好', '建好', '办成',
];

/** Verbs of an amount saved or cut (节约能源5万吨, 减少二氧化碳排放12万吨); see SAVING. */
export const SAVING_VERBS = ['节约', '节省', '减少', '削减', '减排', '压减', '压缩', '缩减', '降低', '淘汰', '关停', '化解'];

/**
 * What a figure in Chinese numerals must stand right after: a target verb (达到五十家), a verb of
 * creation (新增三个), or a change (增长百分之十, 提高两个百分点) — read then as a change in digits is.
 */
export const CHINESE_FIGURE_VERBS = [...VERBS, ...VERB_FIRST, '增长', '提高', '提升', '下降', '降低', '增加', '减少', '净增', '净减'];

/** The change a subject is measured by, at the end of an indicator: 增加值年均增长 → 增加值. */
export const CHANGE_TAIL = /(?:年均|平均|每年)?(?:净增加|净增|净减少|净减|增长|增速|增幅|提高|提升|下降|降低|增加|减少)(?:率)?$/;

/** An indicator that is only a change (增长, 下降, 净增 …), whose subject stands in the clause before. */
export const CHANGE_ONLY = /^(?:年均|平均|每年)?(?:净增加|净增|净减少|净减|增长|增速|增幅|提高|提升|下降|降低|增加|减少)(?:率)?$/;

/** An average annual change at the end of an indicator: 旅游总收入年均增长, 年平均增速. */
const ANNUAL_CHANGE = /(?:年均|年平均|平均每年)(?:增长|增速|增幅|提高|提升|下降|降低|增加|减少)(?:率)?$/;

/**
 * Whether a target is an average annual change (年均增长10%, or 增长 after 年均 set aside as its
 * qualifier): a rate over years, a target without a verb or a year framing it.
 */
export function isAnnualChange(indicator: string, qualifiers: readonly string[]): boolean {
  return ANNUAL_CHANGE.test(indicator) || (qualifiers.includes('年均') && CHANGE_TAIL.test(indicator));
}

/** A change named at the end of an indicator (森林覆盖率提高, 能耗下降): the value is by how much. */
export const CHANGE_END = /(?:净增|净减|增长|提高|提升|下降|降低|增加|减少)$/;

/** An indicator that names the change its value measures (能耗下降, 森林覆盖率提高). */
export function isChangeIndicator(indicator: string): boolean {
  return CHANGE_END.test(indicator);
}
