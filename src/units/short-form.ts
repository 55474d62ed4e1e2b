/**
 * Built-in rules for the full and short names of government units (全称 ↔ 简称).
 *
 * Notices name a unit by its short form (区科技局), other documents and users by its full one
 * (区科学技术局). Rather than listing names, these rules rewrite the common full-name stems and
 * suffixes to their usual short form, so both spellings reach the same key. They are applied to
 * a copy used for comparison only; names are always shown as written.
 */

import { PARTY_OWN_BODIES } from './party-bodies.js';

/**
 * The bodies of a Party committee that notices write with the committee (区委宣传部, 市委网信办) as
 * often as without (区宣传部, 市网信办), in their short forms: those the government has none of,
 * so that the name without 委 can be no other unit. The committee's own office (区委办) and the
 * offices both the committee and the government have (区委督查室, 区政府督查室) are not among them.
 */
// Beyond the shared list: the short forms only a key needs to reach (社工部, 文明办, 党史办, 依法治区办).
const PARTY_BODIES = [...PARTY_OWN_BODIES, '社工部', '文明办', '党史研究室', '党史办', '依法治[省市区县旗州盟]办'].join('|');
/** 委 between a level word and one of PARTY_BODIES: 区委组织部, whose key is 区组织部. */
const PARTY_BODY_COMMITTEE = new RegExp(`(?<=[省市区县旗州盟])委(?=${PARTY_BODIES})`, 'g');

/** Full-name stems and the short form notices use; the optional 和 covers both official spellings. */
const STEMS: ReadonlyArray<readonly [RegExp, string]> = [
  // People's organisations (人民团体) go by short forms of their own: 区残疾人联合会 is the 区残联.
  // Before 科学技术: a 科学技术协会 is a 科协, not a 科技局.
  [/残疾人联合会/g, '残联'],
  [/妇女联合会/g, '妇联'],
  [/工商业联合会/g, '工商联'],
  [/文学艺术界联合会/g, '文联'],
  [/社会科学界(?:联合会|联)/g, '社科联'],
  [/归国华侨联合会/g, '侨联'],
  [/科学技术协会/g, '科协'],
  [/计划生育协会/g, '计生协'],
  [/关心下一代工作委员会/g, '关工委'],
  // A 科学技术委员会 (Shanghai's districts) is a 科委; a 科学技术局 a 科技局.
  [/科(?:学技术|技)委员会/g, '科委'],
  // An 经济委员会 (Shanghai's districts again) is an 经委, as its 科学技术委员会 is a 科委.
  [/经济委员会/g, '经委'],
  [/科学技术/g, '科技'],
  // 人民政府 is always shortened to 政府 (区人民政府 is the 区政府); a department the name puts
  // under it (市人民政府国有资产监督管理委员会) is shortened further below (GOVERNMENT_DEPARTMENT).
  [/人民政府/g, '政府'],
  // So are a court and a procuracy (区人民法院 is the 区法院, 市中级人民法院 the 市中级法院, 区人民检察院 the
  // 区检察院): notices write both, a task's clause and a copy line the short form.
  [/人民(?=法院|检察院)/g, ''],
  [/发展和?改革/g, '发改'],
  [/人力资源和?社会保障/g, '人社'],
  // 人力社保局 is a third spelling some governments write for the 人社局.
  [/人力社保/g, '人社'],
  [/市场监督管理/g, '市场监管'],
  // 市监局 is the other usual short form of a 市场监管局 (区市监局); 市场监管总局 keeps its name.
  [/市场监管(?=局)/g, '市监'],
  // Chongqing writes its 住房和城乡建设委员会 as the 住房城乡建委.
  [/住房和?城乡建设|住房城乡建(?=委)/g, '住建'],
  [/工业和?信息化/g, '工信'],
  // Chongqing's districts write their 经济和信息化委员会 as the 经济信息委: 经济信息 is 经信 before a
  // department's ending only (an 经济信息中心 is an institution of its own).
  [/经济和?信息化|经济信息(?=委|局|厅)/g, '经信'],
  // A bureau that took in science and industry (科技和工业信息化局) goes by 科工信局, as its parts
  // (科技, 工信) go by theirs: after both are shortened.
  [/科技和?工信/g, '科工信'],
  // Since the 2018 reform a government has one department for culture and tourism, named after
  // what else it took in (广电, 体育); 文旅局 is the usual short name of each, as 文广旅局 and
  // 文体旅局 are of theirs. 文化广电局 or 文化体育局 without 旅游 is another department and keeps its name.
  // The parts come in any order (文化旅游广电体育局, the 文旅广体局 of many counties).
  [/文化(?:和?(?:广电|广播电视|体育|新闻出版))*和?旅游(?:和?(?:广电|广播电视|体育|新闻出版))*/g, '文旅'],
  // The short parts: 文广旅局, 文体旅局, and 旅 written out (文体旅游局, 文体广电旅游局 of many counties).
  [/文(?:体|广电?)*旅游?(?:体|广电?)*(?=局|委)/g, '文旅'],
  [/卫生和?健康/g, '卫健'],
  [/医疗保障/g, '医保'],
  [/网络安全和?信息化委员会办公室/g, '网信办'],
  // The offices of a Party committee's commissions go by short forms of their own (区委编办,
  // 区委深改办, 区委农办), which the generic 委员会/办公室 suffixes below would not give.
  [/机构编制委员会办公室/g, '编办'],
  [/全面深化改革委员会办公室/g, '深改办'],
  [/财经委员会办公室/g, '财经办'],
  [/外事工作委员会办公室/g, '外办'],
  [/农村工作(?:领导小组)?办公室/g, '农办'],
  [/网络安全和?信息化/g, '网信'],
  [/人民防空/g, '人防'],
  [/林业和?草原/g, '林草'],
  [/粮食和?物资储备/g, '粮储'],
  // A 供销合作社 (some are formally a 供销合作社联合社, 供销合作联社, 供销联社, a city's 供销合作总社) is the 供销社.
  [/供销(?:合作社联合社|合作联社|合作总社|合作社|总社|联社)/g, '供销社'],
  // Before 交通运输 and the 管理局 suffix: a 交通管理局 is the traffic police (交管局), not the 交通局.
  [/交通管理/g, '交管'],
  [/规划和?自然资源/g, '规划资源'],
  // The other order is another department's name in some places (自然资源和规划局, the 自规局);
  // a 自然资源局 alone keeps its name.
  [/自然资源和?规划/g, '自规'],
  // Their own short forms, by the same two orders: the 规自局 (规自委) is the 规划和自然资源局 (Beijing's
  // 规划和自然资源委员会), Zhejiang's 资规局 the 自然资源和规划局. Only before a department's ending.
  [/规自(?=局|委|分局)/g, '规划资源'],
  [/资规(?=局|分局)/g, '自规'],
  // A place's investment promotion body (投资促进局, 投资促进中心) goes by 投促 (区投促局), whatever it is.
  [/投资促进/g, '投促'],
  // A place has one bureau of administrative approval, the 行政审批局 of some places and the 行政审批服务局
  // of others; notices shorten either to the 审批局.
  [/行政审批(?:服务)?(?=局|分局)/g, '审批'],
  // The business environment bureau (营商环境建设局, Liaoning's 营商环境建设监督局, 营商环境局) is the 营商局.
  [/营商环境(?:建设)?(?:监督)?(?=局)/g, '营商'],
  // Merged bureaus go by the first characters of each part: 教育体育局 is the 教体局,
  // 民族宗教事务局 the 民宗局; a 综合行政执法局 drops 行政 (综合执法局).
  [/教育和?体育/g, '教体'],
  [/民族和?宗教(?:事务)?/g, '民宗'],
  [/综合行政执法/g, '综合执法'],
  [/国有资产监督管理/g, '国资'],
  // A state assets bureau is named 国有资产管理局 as often (some counties' and districts'): the 国资局.
  [/国有资产管理(?=局|分局)/g, '国资'],
  [/退役军人事务/g, '退役军人'],
  [/应急管理/g, '应急'],
  [/城市管理/g, '城管'],
  [/交通运输/g, '交通'],
  // A 政务服务和数据管理局 (a 政务服务数据管理局, a 政务服务和大数据管理局) is the 政数局; before 政务服务管理,
  // which it is not, and before the data bureaus below, of which it is none.
  [/政务服务和?大?数据管理/g, '政数'],
  // A place has one data bureau, whatever it is called: the 大数据局 (大数据发展管理局, 大数据管理局) and
  // the 数据资源局 (数据资源管理局) that most places renamed 数据局 in the 2023 reform are that 数据局.
  // Only a bureau: a 大数据中心 is a public institution of its own, and a bureau that took in data
  // with another field (科技和大数据局) keeps its name.
  [/(?<!和)大?数据(?:资源)?(?:发展)?(?:管理)?(?=局|分局)/g, '数据'],
  [/政务服务管理/g, '政务服务'],
  // A 政务服务管理办公室 (Jiangsu's cities and counties) is written the 政务办 as often as the 政务服务办.
  [/政务(?=办(?:公室)?$)/, '政务服务'],
  // Words that many units' names shorten alike: 广播电视 (the 广电局), 药品监督管理 (the 药监局),
  // 交通警察 (the 交警支队), 消防救援 (the 消防支队), 中国人民银行 (人民银行, the 人行), and the
  // 监督管理 of any other regulator (a 金融监督管理局 is the 金融监管局), after the stems above
  // that shorten it otherwise (市场监管, 国资).
  [/广播电视/g, '广电'],
  [/食品药品监督管理/g, '食药监'],
  [/药品监督管理/g, '药监'],
  [/交通警察/g, '交警'],
  [/消防救援/g, '消防'],
  [/(?:中国)?人民银行/g, '人行'],
  [/监督管理(?=局|委|分局)/g, '监管'],
  // The full names of Party committee bodies that notices write short (区委统战部, 区委文明办, 区委人才办,
  // 区委政研室), before the generic suffixes below would give 区委统一战线工作部 a short form of its own.
  [/统一战线工作部/g, '统战部'],
  [/社会工作部/g, '社工部'],
  // The office is written with its committee and without (区精神文明建设办公室, 区精神文明建设办).
  [/精神文明建设(?:指导)?(?:委员会)?办(?:公室)?/g, '文明办'],
  [/人才工作领导小组办公室/g, '人才办'],
  [/政策研究室/g, '政研室'],
  // Bodies of a Party committee are written with its 委 and without: the 省委网信办 is the 省网信办,
  // the 市委政法委 the 市政法委, the 区委编办 the 区编办, the 区委文明办 the 区文明办.
  [PARTY_BODY_COMMITTEE, ''],
];

/**
 * Full suffixes and their short form: 发展改革委员会 → 发展改革委, 政务服务办公室 → 政务服务办,
 * 开发区管理委员会 → 开发区管委会. 管理 (and 发展管理) before 局 is the word short names drop:
 * the 机关事务管理局 is the 机关事务局, the 大数据发展管理局 the 大数据局.
 */
const SUFFIXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/管理委员会$/, '管委会'],
  // 工作 is dropped with the rest of the full suffix: the 金融工作办公室 (金融工作办) is the 金融办,
  // the 教育工作委员会 the 教育工委.
  [/工作委员会$/, '工委'],
  [/委员会$/, '委'],
  [/工作办(?:公室)?$/, '办'],
  [/办公室$/, '办'],
  [/(?:发展)?管理局$/, '局'],
];

/**
 * A department written under its government (市政府国资委, 区政府金融办) is that department
 * (市国资委): 政府 after the level word, before a name that ends as a department does. The
 * government's own office (市政府办公室, 省政府办公厅) keeps it, and so do words that start with
 * 政府 (政府采购, 政府投资, 政府性基金, 政府和社会资本合作).
 */
const GOVERNMENT_DEPARTMENT = /^(.{0,8}?[省市区县旗州盟])政府(?!办|采购|投资|性|和|信息|债)(?=.+(?:委|局|办|室)$)/;

/**
 * Names that hold their place inside rather than in front: 共青团河东区委员会 and its short form
 * 团区委 are the Youth League committee of the district, written here place first (河东区团委,
 * 区团委) so that the document's place names can be stripped from them as from any other name.
 */
const PLACE_INSIDE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:共青团|团)([\u4e00-\u9fff]{0,8}?(?:省|市|[区區]|[县縣]|旗|州|盟))(?:委员会|委員會|委)$/, '$1团委'],
];

/**
 * 中共 (中国共产党) before a place's Party committee or one of its bodies (中共南湖区委宣传部): the
 * Party's name, which the short form leaves out (区委宣传部). Only before a level word and 委, so
 * that 中共中央 (a national body, see the validator's national units) keeps it.
 */
const PARTY_NAME = /^(?:中国共产党|中共)(?=[\u4e00-\u9fff]{0,8}?[省市区县旗州盟]委)/;

/**
 * 国家税务总局 before a place's tax bureau (国家税务总局西城区税务局): the tax system's name in front,
 * which notices leave out (区税务局). Only before a place's 税务局, so that the 国家税务总局 itself
 * keeps its name.
 */
const TAX_SYSTEM = /^国家税务总局(?=[\u4e00-\u9fff]{1,10}?[省市区县旗州盟]税务局$)/;

/**
 * A unit name with the place it holds inside moved to its front (团区委 → 区团委), and without the
 * Party's name before a Party committee (中共南湖区委宣传部 → 南湖区委宣传部) or the tax system's
 * before a tax bureau (国家税务总局西城区税务局 → 西城区税务局); others as they are.
 */
export function placeFirst(name: string): string {
  if (name.startsWith('中')) name = name.replace(PARTY_NAME, '');
  else if (name.startsWith('国家税务总局')) name = name.replace(TAX_SYSTEM, '');
  for (const [inside, front] of PLACE_INSIDE) if (inside.test(name)) return name.replace(inside, front);
  return name;
}

/**
 * All the places of a level named by their government or street office (各街道办事处, 各镇人民政府,
 * 各县（市、区）人民政府, 各地级以上市人民政府): the places themselves (各街道, 各镇, 各县市区, 各地级以上市), as notices write them just as
 * often for the same bodies. Another organ of theirs (各镇党委, 各街道党工委) stays a unit of its own.
 */
const EACH_PLACE_OFFICE = /^(各[\u4e00-\u9fff]{0,4}?(?:街道|社区|[镇乡村区县市旗州盟街]))(?:办事处|政府)$/;

/**
 * A named 街道 by its office (粤海街道办事处, 粤海街道办) and a named town or township by its government
 * (青石镇人民政府, 青石镇政府, 白沙乡政府): the place itself (粤海街道, 青石镇), as notices write both for
 * one body, as they write 各街道 for 各街道办事处. Applied after 人民政府 is shortened to 政府. A bare
 * 街道办事处 or 镇政府 (a place's own, its name stripped) is its level alone, as the place would be.
 * Another organ of the place (青石镇党委, 粤海街道党工委) stays a unit of its own.
 */
const NAMED_PLACE_OFFICE = /^((?:某|[\u4e00-\u9fff]{2,8}?)?(?:街道|[镇鎮乡鄉]))(?:办事处|辦事處|办|辦|政府)$/;

/**
 * The departments a place has one of, named a commission in some places and a bureau in others
 * (the 发展改革委 of most, the 发展改革局 of Guangdong's districts; Chongqing's 经信委, others' 经信局):
 * keyed as the commission, since no place has both. Not every 委 is a 局's other name: a Party
 * committee's 审计委 or 金融委 is another body than the government's 审计局 or 金融局.
 */
const BUREAU_OR_COMMISSION = /(?<=发改|经信|工信|卫健|商务|农业农村|住建)局$/;

/**
 * So is the science department: the 科委 (科学技术委员会) that Beijing's and Shanghai's districts still
 * write, the 科技局 of others, keyed as the commission. Only the department of science alone, after its
 * level word or at the start (区科技局, 科技局): a bureau that joined science to another field (旗农牧和科技局)
 * keeps its name, and a Party committee's 科技委 (区委科技委员会) is neither.
 */
const SCIENCE_BUREAU = /(?<=^|[省市区县旗州盟])科技局$/;

/**
 * And the state assets department: the 国资委 (国有资产监督管理委员会) of most places, the 国资局 (国有资产监督管理局,
 * 国有资产管理局) some districts and counties keep instead, keyed as the commission. Only the department alone,
 * after its level word or at the start: a bureau that joined it to another field (区财政国资局) keeps its name, and
 * a 国资中心 or 国资办 (a centre or an office under the finance bureau, beside a 国资委 in some places) is another body.
 */
const STATE_ASSETS_BUREAU = /(?<=^|[省市区县旗州盟])国资局$/;

/** The short form of a unit name under the built-in rules (already folded and stripped of places). */
export function abbreviateUnit(name: string): string {
  let out = name;
  for (const [full, short] of STEMS) out = out.replace(full, short);
  for (const [full, short] of SUFFIXES) out = out.replace(full, short);
  out = out.replace(BUREAU_OR_COMMISSION, '委');
  if (out.endsWith('科技局')) out = out.replace(SCIENCE_BUREAU, '科委');
  else if (out.endsWith('国资局')) out = out.replace(STATE_ASSETS_BUREAU, '国资委');
  if (out.startsWith('各')) out = out.replace(EACH_PLACE_OFFICE, '$1');
  else if (out.endsWith('政府') || out.includes('办') || out.includes('辦')) out = officeOfPlace(out);
  return out.replace(GOVERNMENT_DEPARTMENT, '$1');
}

/** See NAMED_PLACE_OFFICE: 街道 takes its 办事处 (办), a 镇 or 乡 its 政府. */
function officeOfPlace(name: string): string {
  const m = NAMED_PLACE_OFFICE.exec(name);
  if (!m) return name;
  const place = m[1] as string;
  const office = name.slice(place.length);
  return place.endsWith('街道') === (office !== '政府') ? place : name;
}
