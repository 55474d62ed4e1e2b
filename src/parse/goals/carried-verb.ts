/**
 * 新建数字化车间30个，智能工厂8家: a target after a comma that names only a thing and its count, with
 * no verb of its own, is made by the verb of creation the target right before opened with, as one
 * joined on with 、 is (clause-goals.ts): 新建智能工厂 either way, so that punctuation alone never
 * moves a goal's name. The scope before that verb and a 累计 with it are the later target's too
 * (全旗累计创建A15个，B40个: 全旗创建B, 累计).
 */
import { VERB_FIRST, SAVING_VERBS } from './verbs.js';

const SCOPE = /^(?:(?:全|本|我)[省市区县州旗盟镇乡]|全域)/;
const CREATION = new RegExp(`^(?:${[...VERB_FIRST].sort((a, b) => b.length - a.length).join('|')})`);
/**
 * Verbs of doing that a target after a comma may have of its own, anywhere in its words (走访服务企业
 * 3000家次, 三年累计培育…, 新打机井50口): of reach (惠及居民6万户), of saving, of creation, and the work
 * of a plan's targets. A subject holding one is left as written: the comma may start a new deed, and a
 * name read wrong is worse than one read short.
 */
const DEEDS = [
  '惠及', '惠民', '带动', '覆盖', '辐射', '服务', '受益', '吸纳', '涉及', '解决', ...SAVING_VERBS, ...VERB_FIRST,
  '走访', '开展', '举办', '举行', '组织', '培训', '实施', '推广', '发放', '帮扶', '扶持', '铺设', '安装', '种植', '植树', '造林',
  '回收', '处理', '检测', '办理', '设立', '评选', '认证', '提供', '开通', '落实', '签约', '签订', '投放', '申报', '获得', '纳入',
  '转移', '流转', '整治', '修复', '治理', '清理', '拆除', '搬迁', '收储', '征收', '吸引', '接待', '召开', '出台', '制定', '编制',
  '发展', '扩大', '储备', '谋划', '招商', '争取', '争创', '申创', '遴选', '命名', '选树', '表彰', '奖励', '补贴', '资助', '支持',
  '提升', '扩建', '改建', '更新', '升级', '维修', '修缮', '推动', '促进', '带领', '打通', '联通', '接入', '上云', '入驻', '落户',
];
const OWN_VERB = new RegExp(`${DEEDS.join('|')}|^新?[打挖修栽种植铺]|^[\u4e00-\u9fff]{0,3}年|累计`);
/** A grade alone (省级以上, 国家级): a part at that grade of the target before, read by words.ts's siblingGrade. */
const GRADE_ALONE = /^[^\d]{1,4}[级級](?:及以上|以上)?$/;
/** A subject that names a measure of its own (总投资, 覆盖率, 产值 …): a level, made by no verb of creation. */
const OWN_MEASURE = /[率例重数量积值额度入模次价资费]$/;
/** Units of a rate or a share: never a count of things made. */
const RATE_UNIT = /^(?:%|％|‰|个百分点|百分点|倍)$/;

/** The scope and verb of creation an indicator opens with (全区新建, 新建), or null. */
export function creationLead(indicator: string): { scope: string; verb: string } | null {
  const scope = SCOPE.exec(indicator)?.[0] ?? '';
  const verb = CREATION.exec(indicator.slice(scope.length))?.[0];
  return verb && indicator.length > scope.length + verb.length ? { scope, verb } : null;
}

/**
 * Whether a target's own words (`own`, folded) are a thing alone that a verb of creation before it
 * may make: no deed, scope, years, grade alone or measure of its own, and a count, not a rate.
 */
export function takesCarriedVerb(own: string, unit: string | null): boolean {
  return own.length >= 2 && !SCOPE.test(own) && !GRADE_ALONE.test(own) && !OWN_VERB.test(own) && !OWN_MEASURE.test(own) && unit !== null && unit !== '' && !RATE_UNIT.test(unit) && !/\d/.test(own);
}
