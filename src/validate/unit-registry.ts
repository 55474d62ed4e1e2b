import { unitKey } from '../units/normalize-unit.js';
import { suggest } from '../units/suggest.js';
import { secondName } from '../units/second-name.js';
import { abbreviateUnit, placeFirst } from '../units/short-form.js';
import { PARTY_OWN_BODIES } from '../units/party-bodies.js';
import { isPublicServiceBody } from '../units/public-service-body.js';
import { isPlaceInstitution } from '../units/place-institution.js';
import { PLACE_WITH_LEVEL, isOwnNamedBody, isPlaceWithLevel, isUrbanRuralWord } from '../units/unit-name-shape.js';
import { MERGED_FIELDS, isMergedFields } from '../units/merged-fields.js';
import { RANKED_FIELDS, RANKED_STEMS, RANKS, isArmedPoliceUnit, rankFitsPlace, rankOf } from '../units/ranked-body.js';
import { ZONE_BODIES } from '../units/zone-bodies.js';
import { isPlaceholderUnit } from '../query/placeholder.js';
import { UnitMatcher } from '../query/unit-matcher.js';
import { keySimplifier } from '../text/simplify.js';

/**
 * Unit names seen in the project's fixtures, as written there. Projects add their own with
 * `units.known` in `.planrc.json`.
 */
export const BUILT_IN_UNITS: readonly string[] = [
  '区科技局', '区发展改革委', '区楼宇办', '区产促局', '金贸产业园', '区合作交流办', '区生态环境局',
  '区市场监管局', '区财政局', '区人社局', '区金融局', '区税务部门', '区司法局', '区政务服务办',
];

/**
 * Short names of the departments that every level of Chinese government has under the same
 * name (科技局, 财政局, 卫生健康委 …). Written after a place (区, 市, 河东区, 天津市) they name a
 * real department anywhere, so a notice from any district passes without a local list; a
 * misspelling (科枝局) does not match.
 */
const DEPARTMENT_STEMS: readonly string[] = [
  '人民政府', '政府', '人民政府办公室', '政府办公室', '政府办', '办公室', '街道办事处', '人大常委会', '政协',
  '发展改革委', '发改委', '发展和改革委员会', '发展和改革局', '发展改革局', '发改局', '教育局', '教委', '教育委员会',
  // Counties often join education and sports (县教体局), Tianjin's districts housing and construction (区住房建设委).
  '教体局', '教育体育局', '教育和体育局', '住房建设委', '住房和建设委员会',
  '科技局', '科委', '科学技术局', '科学技术委员会', '工业和信息化局', '工信局', '经信委', '经济和信息化委员会', '科技和工业信息化局', '科工信局',
  '经信局', '经济和信息化局', '工信委', '工业和信息化委员会', '人力资源社会保障局', '卫生健康委员会', '行政审批服务局', '数据资源局',
  '政务服务管理局', '政务服务和大数据管理局', '城乡建设局', '住房城乡建设局', '自然资源和规划局',
  '政务服务局', '营商环境建设局', '大数据发展局', '综合执法局', '城市管理和综合执法局', '文化广电和旅游局', '文化广电旅游局',
  '文广旅局', '文体旅局', '文化体育和旅游局', '经济发展局', '科学技术和工业信息化局', '农业农村和水利局', '交通运输委',
  '公安局', '公安分局', '民政局', '司法局', '财政局', '人社局', '人力社保局', '人力资源和社会保障局',
  '规划资源局', '自然资源局', '规划和自然资源局', '规划自然资源局', '规划和自然资源分局', '规划资源分局', '生态环境局', '生态环境分局', '环保局',
  '住房城乡建设委', '住建委', '住建局', '建委', '建设管理委', '建管委', '住房和城乡建设委员会', '住房和城乡建设局', '房管局', '住房保障局',
  '交通运输局', '交通局', '交通委', '水务局', '农业农村委', '农业农村局', '农委', '商务局', '商务委',
  '文化和旅游局', '文旅局', '文化旅游局', '卫生健康委', '卫健委', '卫生健康局', '卫生和健康委员会', '退役军人事务局', '退役军人局',
  '应急管理局', '应急局', '审计局', '国资委', '市场监管局', '市场监督管理局', '知识产权局', '体育局', '统计局',
  '医保局', '医疗保障局', '城市管理委', '城管委', '城管局', '城市管理局', '城管执法局', '绿化市容局',
  '金融局', '金融办', '金融工作局', '地方金融监管局', '税务局', '税务分局', '政务服务办', '政务服务中心', '行政审批局',
  '信访办', '合作交流办', '人防办', '民族宗教局', '民宗委', '档案局', '机关事务管理局', '机管局', '数据局', '大数据局', '大数据中心',
  '网信办', '宣传部', '组织部', '统战部', '政法委', '编办', '总工会', '团委', '妇联', '科协', '作协', '残联', '工商联', '红十字会',
  '人民银行', '粮食局', '林业局', '园林局', '气象局', '地震局', '烟草局', '邮政局', '供电公司',
  '融媒体中心', '投资促进局', '投促局', '投促办', '商务和投资促进局', '营商环境办', '双创办', '楼宇办', '产促局', '经济促进局',
  '办事处', '街道办', '管理办', '社区事务受理服务中心', '卫健局', '卫生局', '水利局', '能源局', '乡村振兴局', '广播电视局', '林业和草原局',
  // A province's departments are 厅 where a city's are 局 (省教育厅, 省工业和信息化厅).
  '教育厅', '科技厅', '科学技术厅', '工业和信息化厅', '工信厅', '经济和信息化厅', '经信厅', '公安厅', '民政厅', '司法厅', '财政厅',
  '人力资源社会保障厅', '人力资源和社会保障厅', '人社厅', '自然资源厅', '生态环境厅', '住房城乡建设厅', '住房和城乡建设厅', '住建厅',
  '交通运输厅', '水利厅', '农业农村厅', '商务厅', '文化和旅游厅', '文旅厅', '卫生健康厅', '退役军人事务厅', '应急管理厅', '审计厅',
  '通信管理局', '邮政管理局', '药品监管局', '药品监督管理局', '大数据管理局', '大数据发展管理局', '外办', '外事办', '台办', '侨办',
  // Names the validator flagged in notices although every place has them: development zones'
  // committees, Beijing's 园林绿化局, the 2018 grain reserve bureaus, the 2024 地方金融管理局, and the
  // centres, co-operatives and funds that counties and districts task as often as their bureaus.
  '管委会', '管理委员会', '园林绿化局', '粮食和物资储备局', '地方金融管理局', '地方金融监督管理局', '供销社', '供销合作社',
  '投资促进中心', '住房公积金管理中心', '公积金中心', '畜牧兽医中心',
  // The 2024 disease control bureaus, the civilisation offices, the press and internet offices a
  // propaganda or cyberspace department doubles as, and the traffic police of a public security bureau.
  '疾控局', '疾病预防控制局', '疾控中心', '疾病预防控制中心', '文明办', '精神文明建设办公室', '新闻出版局', '版权局', '电影局',
  '互联网信息办公室',
  // The fire, traffic police and law-enforcement bodies, whose rank follows the place's level (levelHas).
  ...RANKED_STEMS,
  // Bodies of national agencies that every city and county has: the statistics bureau's survey team
  // (国家统计局某某调查队, written 市调查队), the weather observatory, the tobacco monopoly bureau.
  '调查队', '气象台', '烟草专卖局',
  // The bureau that took in government services and data (广东 and its cities), the 政数局 query knows.
  '政务服务和数据管理局', '政务服务数据管理局', '政数局',
  // The people's organisations every level has beside the 妇联 and 残联 (归国华侨联合会, 文学艺术界联合会,
  // 社会科学界联合会, 贸促会), the petitions bureau (信访局, as most places now name their 信访办), the
  // archives (档案馆 beside 档案局), a province's 文物局, the building bureau some cities keep apart
  // (建设局, 省建设厅).
  '侨联', '文联', '社科联', '贸促会', '信访局', '档案馆', '文物局', '建设局', '建设厅', '住房公积金中心',
  // The centre every city and county trades public resources in, a government's inspection office
  // (政府督查室, 州委督查室).
  '公共资源交易中心', '督查室',
  // The pastoral areas' agriculture and animal husbandry bureaus (内蒙古's 旗农牧局, 盟农牧局, 自治区农牧厅),
  // and the centres of social security, employment, property registration and veterans every county
  // keeps beside its bureaus.
  '农牧局', '农牧业局', '农牧厅', '就业服务中心', '社会保险中心', '社保中心', '社会保险事业中心', '社会保险服务中心',
  '不动产登记中心', '退役军人服务中心',
  // The traditional medicine bureaus of provinces and cities (省中医药管理局, written 省中医药局; Tibetan medicine's,
  // 藏医药管理局, in Tibet and the Tibetan prefectures), and bureaus
  // some places keep where others have a commission or a larger department: the state assets bureau of
  // districts and counties (区国资局, 国有资产监督管理局) and Shenzhen's districts' 人力资源局.
  '中医药管理局', '中医药局', '藏医药管理局', '国资局', '国有资产监督管理局', '人力资源局',
  // A place's investment promotion agency where it is a statutory body (深圳市投资推广署, its districts').
  '投资推广署',
  // The investment promotion bureau a county, district or city keeps (县招商局), as a development zone
  // does (src/units/zone-bodies.ts); its other names are INVESTMENT_BODIES.
  '招商局',
  // Culture bureaus that took in the press and publication office, with tourism or before it (市文广新旅局,
  // the 文广新局 the 2018 reform made a 文旅局: FORMER_NAMES); a county's economy and commerce bureau (县经商局).
  '文广新旅局', '文化广电新闻出版旅游局', '文广新局', '文化广电新闻出版局', '经商局', '经济和商务局',
];

/**
 * The offices and academies provinces and cities keep beside their departments: of ports (省口岸办), of
 * telecommunications development (市通信发展办), of research (省农科院, 省地质院). Known, but offered for
 * no misspelling: a character apart they read as each other (农科院, 林科院, 社科院) or as another office of
 * the same kind (市通信管理办 is a slip for the 市通信管理局, no 市口岸管理办).
 */
const PROVINCIAL_BODIES: readonly string[] = [
  '口岸办', '口岸办公室', '口岸管理办公室', '口岸管理办', '通信发展办', '通信发展管理办公室', '通信发展管理办',
  '农科院', '农业科学院', '林科院', '林业科学院', '社科院', '社会科学院', '科学院', '地质院', '地质调查院',
];

/**
 * The other names a place gives its investment promotion body, a bureau or a centre (区招商合作局,
 * 市招商和投资促进局, 县招商服务中心): known in any notice, but offered for no misspelling outside a zone's
 * notice (where ZONE_BODIES offers them), as a character or two apart they read as other bodies
 * (区审批服务局 is no slip for a 招商服务局).
 */
const INVESTMENT_BODIES: readonly string[] = ['招商合作局', '招商服务局', '招商和投资促进局', '招商服务中心', '招商中心'];

/**
 * The branches of the post and the carriers a county has (区邮政分公司, 县电信分公司): known, but offered
 * for no misspelling, as a company's name a character apart (省电力公司, 县供排水公司) is another company.
 */
const CARRIER_STEMS: readonly string[] = ['邮政分公司', '邮政公司', '移动分公司', '电信分公司', '联通分公司', '铁塔分公司'];

/**
 * The agriculture bureau's stations a county or district tasks by their short names: village collectives'
 * accounts (农村经营管理站, 区经管站, 县农经站), farm machinery (农机站), techniques (农技站), plant protection
 * (植保站). Known, but offered for no misspelling: a character apart they name each other (县农机站 is no
 * slip for 县农经站).
 */
const AGRICULTURE_STATIONS: readonly string[] = [
  '经管站', '农经站', '农村经营管理站', '农村经济经营管理站', '经管中心', '农村经济经营管理中心',
  '农机站', '农机推广站', '农业机械化技术推广站', '农技站', '农技推广站', '农业技术推广站', '植保站', '植物保护站',
  // The centres most counties made of their stations (县农机中心, 县农业机械化服务中心, 县农技推广中心).
  '农机中心', '农机服务中心', '农业机械化服务中心', '农业机械化技术推广服务中心', '农技中心', '农技推广中心',
  '农业技术推广中心', '农业技术推广服务中心',
  // The rural credit union a county tasks by its short name (县联社, of 县农村信用合作联社).
  '联社',
  // The forestry station a county keeps under its forestry bureau (县林业站, 县林业工作站).
  '林业站', '林业工作站', '林业工作总站',
];

/**
 * Short forms some places write (浙江's 资规局, the 府办 of 市府办): known, but offered for no
 * misspelling, as a character apart they read as other words (資訊局 is no 资规局).
 */
const LOCAL_SHORT_FORMS: readonly string[] = ['资规局', '府办'];

/**
 * The offices of the standing leading groups and committees every district and county has
 * (议事协调机构: 双拥, 河长制, 禁毒, 爱国卫生, 安全生产, 国防动员 …), which notices task in their own
 * names. Known, but offered for no misspelling: their short names are a character apart from
 * each other and from other bodies' (纪工委, 残工委), so a guess among them would mislead.
 */
const LEADING_GROUP_OFFICES: readonly string[] = [
  '双拥办', '河长办', '林长办', '河湖长办', '禁毒办', '爱卫办', '安委办', '减灾办', '防汛办', '防指办', '综治办', '扫黑办',
  '食安办', '创文办', '创卫办', '国动办', '国防动员办', '老龄办', '招商办', '考核办', '督查办', '普法办', '妇儿工委', '残工委',
  // The social credit system's office (社会信用体系建设领导小组办公室).
  '信用办',
];

/** The names of bodies abolished by the 2018 reform or before it, which older notices still name (see FORMER_UNITS). */
const FORMER_NAMES: readonly string[] = [
  '国土资源部', '环境保护部', '环保部', '农业部', '文化部', '监察部', '卫生计生委', '质检总局', '工商总局', '食品药品监管总局',
  '安全监管总局', '新闻出版广电总局', '旅游局', '海洋局', '测绘地信局', '扶贫办', '法制办', '外专局', '保监会',
  '银监会', '食品药品监管局', '安监局', '质监局', '工商局', '国土局', '国土资源局', '规划局',
  '卫计委', '卫生计生局', '文广新局', '物价局',
];

/**
 * The State Council's departments and agencies, and the central bodies its notices name, in the
 * short forms those notices use (财政部, 人力资源社会保障部, 税务总局, 银保监会), besides those the
 * department stems already hold (发展改革委, 统计局, 网信办 …), including names
 * from before the 2018 reform that older notices carry (质检总局, 卫生计生委). They may also be
 * written with 国家, 中国, 国务院 or 中央 in front (国家发展改革委, 中国人民银行).
 */
const NATIONAL_UNITS: readonly string[] = [
  '外交部', '国防部', '教育部', '科技部', '工业和信息化部', '民委', '公安部', '安全部', '民政部', '司法部',
  '财政部', '人力资源社会保障部', '自然资源部', '生态环境部', '住房城乡建设部', '交通运输部', '水利部', '农业农村部', '商务部',
  '文化和旅游部', '退役军人事务部', '退役军人部', '应急管理部', '应急部', '审计署', '海关总署',
  '税务总局', '市场监管总局', '广电总局', '体育总局', '国际发展合作署', '参事室', '国管局', '港澳办', '研究室',
  '新闻办', '信访局', '粮食和储备局', '国防科工局', '移民局', '林草局', '铁路局',
  '民航局', '文物局', '中医药局', '疾控局', '矿山安监局', '煤矿安监局', '消防救援局', '外汇局', '药监局',
  '银保监会', '证监会', '金融监管总局', '金融监督管理总局', '新华社', '科学院', '中科院', '社科院', '工程院',
  '发展研究中心', '全国总工会', '共青团中央', '团中央', '全国妇联',
  '全国工商联', '红十字会总会', '最高人民法院', '最高人民检察院', '国铁集团', '国家电网', '铁路总公司', '开发银行', '进出口银行',
  '农业发展银行', '出口信用保险公司', '中央军委', '军委', '武警部队', '外汇管理局',
  // Before the 2018 reform (FORMER_NAMES), and the 编委办 some places still write.
  ...FORMER_NAMES, '编委办',
];
/**
 * Bodies the 2018 reform (or an earlier one) abolished: still known, as older notices name them, but
 * offered for no misspelling, as a correction must name a body there is (区招商局 is no slip for a 工商局,
 * merged into the 市场监管局). Likewise the bureaus they became before (环保局, 卫生局).
 */
const FORMER_UNITS: ReadonlySet<string> = new Set([...FORMER_NAMES, '环保局', '卫生局']);
const NATIONAL_PREFIX = /^(?:中华人民共和国|国家|中国|国务院|中央|中共中央)/;

/**
 * Bodies of a place's Party committee, written after the place and 委 (区委宣传部, 市委网信办),
 * and the committee itself (区委). Notices of every level name them beside the government's own.
 */
// Beyond the shared list: the committee itself and its office (区委, 区委办), its full-named 社会工作部,
// and the bodies a government may have too (督查室, 金融办, 工委s), known here but no key of their own.
// The rural work committee (农村工作委员会, 区委农工委) some committees keep beside their 农办.
// The working committee of the Party's organs directly under the level (省直机关工委, 市直属机关工委).
const PARTY_STEMS: readonly string[] = ['', '办公室', '办', ...PARTY_OWN_BODIES, '社会工作部', '金融办', '教育工委', '机关工委', '直机关工委', '直属机关工委', '直属机关工作委员会', '督查室', '农工委', '农村工作委员会'];
/**
 * The Party committee's bodies as notices also write them, without the committee: 人才办 beside
 * 科技局 and 财政局, 区老干部局. Not the committee itself nor its general office (区办 is no name).
 */
const PARTY_BODIES: readonly string[] = PARTY_STEMS.filter((s) => s.length >= 2 && s !== '办公室');
/** Bodies outside the government that notices also task: discipline inspection, courts, procuracies, legislature. */
const OTHER_STEMS: readonly string[] = [
  '纪委监委', '纪委', '监委', '人民法院', '法院', '人民检察院', '检察院', '人大', '人大办', '政协办',
  // A city's court is its intermediate court (市中级人民法院), a province's its higher court.
  '中级人民法院', '中级法院', '高级人民法院', '高级法院',
];
/** The Communist Youth League's committee of a place: 团区委, 团市委, 团县委. */
const YOUTH_LEAGUE = /^团[\u4e00-\u9fff]{0,6}?(?:省|市|区|县)委$/;

/**
 * A section of the bureau or department that issues the notice, named without it (人事科, 计划财务股,
 * 安全稳定股, a 厅's 人事处, 规划财务处): its own notices task its sections, and each names its own.
 */
const OWN_SECTION = /^(?!.*(?:省|市|区|县|镇|乡|办事处))[\u4e00-\u9fff]{2,8}(?:科|股|处)$/;

/** A place written before a department (区, 天津市河东区, 青石镇, 嘎查): the shared shape. */
const PLACE_PREFIX = PLACE_WITH_LEVEL;
const isPlacePrefix = isPlaceWithLevel;
/** A town or sub-district, which is a unit of its own: 打浦桥街道, 崇明镇, 某苏木, 某嘎查. */
const LOCAL_UNIT = /^[\u4e00-\u9fff]{1,7}(?:街道|镇|乡|苏木|嘎查)$/;
/**
 * An office of a town or sub-district (镇应急管理办公室, 青石镇经济发展办公室, 街道社区服务中心,
 * 镇平安办, 镇综合行政执法队): each town names its own, so no list can hold them. 城乡 is no 乡.
 */
const LOCAL_OFFICE = /^(?:[\u4e00-\u9fff]{0,7}?(?:街道|镇|(?<!城)乡|苏木|嘎查))[\u4e00-\u9fff]{2,10}(?:办公室|办|中心|所|站|队)$/;
/**
 * Bodies named by their place alone, without a level word: 南京海关, 青石消防救援站, and the
 * financial regulator's branches in their short forms (青川金融监管分局, 青川银保监分局).
 */
const PLACE_NAMED = /^[\u4e00-\u9fff]{1,8}(?:海关|消防救援站|金融监管分局|银保监分局)$/;
/**
 * The national financial regulators' offices in a province (or a city listed apart, 深圳, 大连), named by
 * their place without its level word in their short forms: 湖南证监局 (中国证监会湖南监管局), 湖南银保监局,
 * 湖南金融监管局 (国家金融监督管理总局湖南监管局), and before 2018 the 银监局 and 保监局. A place with a level
 * word is read as a standard department (市金融监管局 is the city's own), or not at all (区证监局).
 */
const REGULATOR_OFFICE = /^([\u4e00-\u9fff]{2,6}?)(?:证监局|银保监局|金融监管局|银监局|保监局)$/;
/**
 * The civil aviation administration's offices: its seven regional administrations (民航华东地区管理局) and
 * the supervision bureaus in the provinces under them (民航江苏监管局, 民航江苏安全监督管理局), named by
 * their region or place without its level word, 民航 in full or not (中国民用航空华东地区管理局).
 */
const CIVIL_AVIATION_OFFICE = /^(?:中国)?(?:民航|民用航空)(?:(?:华北|东北|华东|中南|西南|西北|新疆)地区管理局|([\u4e00-\u9fff]{2,6}?)(?:监管局|安全监督管理局))$/;
/**
 * A ranked body (src/units/ranked-body.ts) and what is written before it: a place with its level word,
 * whose level must fit the rank (省消防救援总队, not 省消防救援大队), or a place named without one
 * (青石消防救援大队), taken as written.
 */
/**
 * A place named without its level word, of two to six characters (青石, 南京): not one with a level word
 * (whose rank is checked), nor a body (县公按局交通警察大队 is a brigade of a misspelt bureau).
 */
const BARE_PLACE_NOT = /(?:省|市|区|县|州|旗|盟|镇|乡|街道|局|委|厅|部|署|院|队|所|站|处|科|办|会|中心)$/;
const isBarePlace = (place: string): boolean => place.length >= 2 && place.length <= 6 && !BARE_PLACE_NOT.test(place) && !isPlacePrefix(place);
const RANKED_BODY = new RegExp(`^([\\u4e00-\\u9fff]{1,8}?)(?:${RANKED_FIELDS.join('|')})(?:${RANKS.join('|')})$`);
/**
 * A branch of a state carrier or of the post, named by the carrier and its place: 中国移动双城分公司,
 * 中国电信某县分公司, 联通某区分公司, 中国邮政集团有限公司某市分公司. Each county has its own, so no list can hold them.
 */
const CARRIER_BRANCH = /^(?:中国)?(?:移动|电信|联通|铁塔|广电|邮政)(?:通信)?(?:集团)?(?:有限公司)?[\u4e00-\u9fff]{0,10}?分?公司$/;
/**
 * A place's state-owned group, the enterprise cities and counties task beside their bureaus (市水务集团,
 * 区城投集团, 某县交通投资集团有限公司): the place, then what it does, then 集团.
 */
const PLACE_GROUP = /^[\u4e00-\u9fff]{2,10}集团(?:有限(?:责任)?公司|股份有限公司)?$/;

/**
 * What a national body's local branch ends with: 人民银行河东支行, 人民银行某省分行, 市生态环境局南山分局,
 * 金融监管总局东湖监管分局 (a province's: 某某监管局), 外汇局某中心支局, 国家统计局某某调查队 (调查总队).
 */
const BRANCH = /^[\u4e00-\u9fff]{1,8}?(?:中心支行|支行|分行|监管分局|监管局|分局|中心支局|支局|调查总队|调查队)$/;
/**
 * 人行, the short name of the central bank (人民银行), at the start or after a place (人行青川市分行,
 * 市人行): a name with it is read as with the full name.
 */
const CENTRAL_BANK_SHORT = '人行';

/**
 * What a known body's own subordinate body ends with: 县公安局交通警察大队, 省公安厅交通警察总队, 其青石中队, 区市场监管局
 * 东湖市场监管所, 县林业局青石林业站, 区财政局预算科. Each body names its own, so no list can hold them.
 */
const SUBORDINATE = /^[\u4e00-\u9fff]{1,14}?(?:总队|大队|中队|支队|分队|派出所|所|站|科|处|中心)$/;
/**
 * The bodies that have such subordinate bodies: bureaus, commissions, departments, and the ranked
 * bodies' 总队, 支队 and 大队 (市消防救援支队特勤大队). Not a town: its offices are LOCAL_OFFICE.
 */
const HAS_SUBORDINATES = /(?:局|委|厅|部|署|院|总队|支队|大队)$/;
/** A branch that has branches of its own (某市税务局 / 某税务分局, 人民银行某省分行 / 某中心支行): a bureau or a branch. */
const BRANCH_OWNER = /(?:局|分行|中心支行|监管局|调查总队)$/;

/** A level word alone before a department: 区, 市, 县, 省, 州, 旗, 镇, 乡, 街道, 自治区. */
const LEVEL_WORD = /^(?:省|市|区|县|州|旗|盟|镇|乡|街道|苏木|自治区|自治州|自治县)$/;

/**
 * Whether `candidate` is another body of the same short kind as `name` rather than a slip in it:
 * two names of two characters after a level word (or none) that share only their last character
 * (侨联 and 妇联, 文联 and 残联, 侨办 and 台办): each of these is a body of its own, and a user who
 * wrote one did not mean the other.
 */
function sameKindOther(name: string, candidate: string): boolean {
  if (name.length !== candidate.length || name === candidate) return false;
  let diff = 0;
  for (let i = 0; i < name.length; i++) if (name[i] !== candidate[i]) diff++;
  const cut = name.length - 2;
  const place = name.slice(0, cut);
  return diff === 1 && (place === '' || LEVEL_WORD.test(place)) && name.slice(-1) === candidate.slice(-1) && place === candidate.slice(0, cut);
}

/** Collective names that stand for many units (各街道, 有关部门, 相关单位). */
const COLLECTIVE = /^(?:各|有关|相关|其他|全区|全市|全县|其它)|(?:各相关单位|有关单位|有关部门|相关部门|各单位|各部门)$/;

/**
 * The other forms a bureau (…局) takes: a city's bureau has 分局 in its districts (区自然资源分局),
 * and some places make it a commission (区文化旅游委). The stem itself must be right, so a
 * misspelt bureau stays unknown.
 */
function bureauVariants(stem: string): string[] {
  if (!stem.endsWith('局') || stem.endsWith('分局') || stem.length < 3) return [];
  const base = stem.slice(0, -1);
  return [`${base}分局`, `${base}委`];
}

/**
 * Portfolios that stand only joined with another in a bureau's name (武汉's 区水利和湖泊局, 区水务和湖泊局,
 * 县农业农村和畜牧水产局): each is a department's field, but no place has a bureau of it alone.
 */
const JOINED_ONLY_PORTFOLIOS: readonly string[] = ['湖泊', '畜牧', '水产', '畜牧水产', '渔业', '湿地', '海洋', '港口', '口岸', '人防', '人才'];
/** A bureau, commission or department (not a bureau's 分局), whose name may merge fields (科技创新局). */
const MERGED_BODY = /(?<!分)[局委厅]$/;
/**
 * A department's own centre, named by its portfolio (县医保中心, 县医疗保障服务中心, 区统计服务中心): the
 * public institution (事业单位) a bureau keeps for its services, often its second name (县医保局（县医保中心）).
 */
const PORTFOLIO_CENTRE = /^([\u4e00-\u9fff]{2,8}?)(?:服务|事务|保障|管理服务|事业发展|事业服务|发展服务)?中心$/;

/** A province's or autonomous region's place, whose departments are 厅 (省教育厅, 自治区财政厅). */
const PROVINCE = /(?:省|自治区)$/;
/** A body's administration committee, after what it administers (see #knownKey). */
const ZONE_ADMIN = /^(.+?)(?:管委会|管理委员会)$/;

/** A town's or sub-district's place, which has offices and stations, no bureau (镇民政局 is no body). */
const TOWN = /(?:镇|乡|街道|苏木|嘎查)$/;

/**
 * Whether a place of the level `place` ends with has the department `stem`: a 厅 is a province's
 * (市教育厅 and 区财政厅 are a level's name on the wrong body, 区财政局 and 省财政厅 are right), a
 * 局 is no town's, a ranked body's rank is its level's (省消防救援总队, 市消防救援支队, 县消防救援大队:
 * src/units/ranked-body.ts). The general office (办公厅) is every government's.
 */
function levelHas(place: string, stem: string): boolean {
  const rank = rankOf(stem);
  if (rank !== undefined) return rankFitsPlace(place, rank);
  if (stem.endsWith('厅') && !stem.endsWith('办公厅')) return PROVINCE.test(place);
  if (stem.endsWith('局') && TOWN.test(place)) return false;
  return true;
}

/**
 * The fields departments are named by: each bureau's, commission's or department's name without its
 * ending (科技 of 科技局, 医保 of 医保局), the parts of one joined with 和 (自然资源, 规划), and `extra`.
 */
function portfoliosOf(stems: Iterable<string>, extra: readonly string[]): Set<string> {
  const out = new Set(extra);
  for (const stem of stems) {
    if (!/[局委厅]$/.test(stem) || /分局$/.test(stem)) continue;
    const field = stem.slice(0, -1);
    if (field.length >= 2) out.add(field);
    for (const part of field.split('和')) if (part.length >= 2 && part !== field) out.add(part);
  }
  return out;
}

export interface UnitRegistryOptions {
  known?: readonly string[];
  aliases?: Readonly<Record<string, readonly string[]>>;
  simplify?: (text: string) => string;
  /** The notice's own places (documentPlaces), whose units may be written with them or without (青山区经信局). */
  places?: readonly string[];
  /** The unit names the notice writes, which declare second names (区科技局（区知识产权局）) and bare forms (科技局). */
  names?: Iterable<string>;
  /** Whether the notice is a development zone administration's (isZoneNotice), whose own bureaus are then known. */
  zone?: boolean;
  /** Writes a name offered as a suggestion in the notice's characters (noticeScript), for a traditional notice. */
  script?: (name: string) => string;
}

/**
 * The units the `unit-known` rule accepts, and the key under which two names denote the same
 * unit. The key is the one query and diff compare names by (UnitMatcher): `区科技局` and
 * `区科学技术局`, `区经信局` and the notice's `青山区经信局`, and a configured alias
 * (`河东区科学技术局`) count as one in a task.
 */
export class UnitRegistry {
  readonly #names: string[];
  readonly #keys = new Map<string, string>();
  readonly #matcher: UnitMatcher;
  readonly #stems: Set<string>;
  readonly #party: Set<string>;
  readonly #national: Set<string>;
  /** The names of the list in their short forms (see #short), which a full name is checked against. */
  readonly #shortNames: Set<string>;
  readonly #simplify: ((text: string) => string) | undefined;
  /** Names already judged, by key: a notice names the same units over and over. */
  readonly #known = new Map<string, boolean>();
  /** The notice's places as keys, after which a department may be offered (see suggestions). */
  readonly #places: Set<string>;
  /** The fields the departments are named by (科技 of 科技局, 规划 of 自然资源和规划局), as keys. */
  readonly #portfolios: Set<string>;
  /** The fields merged names are also built of (创新 of 科技创新局: src/units/merged-fields.ts), as keys. */
  readonly #mergedFields: Set<string>;
  /** The names the notice writes (options.names), offered first when known: a slip is likeliest of one's own names. */
  readonly #inputNames: string[];
  /** A zone administration's bodies (src/units/zone-bodies.ts) when the notice is one's, else none. */
  readonly #zoneBodies: Set<string>;
  /** How a suggestion is written: in the notice's characters (options.script), else as the lists write it. */
  readonly #script: ((name: string) => string) | undefined;

  constructor(options: UnitRegistryOptions = {}) {
    // Keyed through keySimplifier: a simplified 乾县 is not the converter's 干县.
    const simplify = options.simplify ? keySimplifier(options.simplify) : undefined;
    this.#simplify = simplify;
    this.#places = new Set((options.places ?? []).map((p) => this.#rawKey(p)));
    this.#matcher = new UnitMatcher({
      places: options.places ?? [],
      aliases: options.aliases ?? {},
      names: options.names ?? [],
      ...(simplify ? { simplify } : {}),
    });
    const names = [...BUILT_IN_UNITS, ...(options.known ?? [])];
    for (const [canonical, others] of Object.entries(options.aliases ?? {})) {
      names.push(canonical, ...others);
      const key = this.#rawKey(canonical);
      for (const other of others) this.#keys.set(this.#rawKey(other), key);
      this.#keys.set(key, key);
    }
    for (const name of names) if (!this.#keys.has(this.#rawKey(name))) this.#keys.set(this.#rawKey(name), this.#rawKey(name));
    this.#names = [...new Set(names)];
    // Each list also holds its names' short forms, so that a full name shortened by the same rules
    // is found in it whatever form the list writes.
    const withShort = (keys: string[]): Set<string> => new Set(keys.flatMap((k) => [k, this.#short(k)]));
    this.#stems = withShort([...DEPARTMENT_STEMS, ...OTHER_STEMS, ...PARTY_BODIES, ...LEADING_GROUP_OFFICES, ...PROVINCIAL_BODIES, ...CARRIER_STEMS, ...LOCAL_SHORT_FORMS, ...AGRICULTURE_STATIONS, ...INVESTMENT_BODIES, ...DEPARTMENT_STEMS.flatMap(bureauVariants)].map((s) => this.#rawKey(s)));
    this.#party = withShort(PARTY_STEMS.map((s) => this.#rawKey(`委${s}`)));
    this.#national = withShort(NATIONAL_UNITS.map((s) => this.#rawKey(s)));
    this.#shortNames = new Set(this.#names.map((n) => this.#short(this.#rawKey(n))));
    this.#portfolios = portfoliosOf(this.#stems, JOINED_ONLY_PORTFOLIOS.map((s) => this.#rawKey(s)));
    this.#mergedFields = new Set(MERGED_FIELDS.map((s) => this.#rawKey(s)));
    this.#inputNames = [...new Set(options.names ?? [])];
    this.#zoneBodies = withShort(options.zone ? ZONE_BODIES.map((s) => this.#rawKey(s)) : []);
    this.#script = options.script;
  }

  /**
   * Whether `rest`, what follows a place of the level `place` ends with, is a department named by the
   * fields it merges (科技创新局, 文体广电旅游局, 水利和湖泊局), or a department's own centre (医保中心): each
   * field must be one a department is named by, so a misspelt one (科枝创新局, 水利和胡泊局) stays unknown.
   */
  #portfolioBody(place: string, rest: string): boolean {
    if (rest.endsWith('中心')) {
      const centre = PORTFOLIO_CENTRE.exec(rest);
      return centre !== null && this.#portfolios.has(centre[1] as string);
    }
    return rest.length >= 4 && MERGED_BODY.test(rest) && levelHas(place, rest) && isMergedFields(rest.slice(0, -1), this.#isField);
  }

  /** Whether `word` is a field a merged department's name may hold (see #portfolioBody). */
  readonly #isField = (word: string): boolean => this.#portfolios.has(word) || this.#mergedFields.has(word);

  #rawKey(name: string): string {
    return unitKey(name, this.#simplify);
  }

  /**
   * A key in the short form query compares names by (abbreviateUnit): 区委网络安全和信息化委员会办公室
   * is the 区委网信办, 市人民政府国有资产监督管理委员会 the 市国资委. What query takes for one unit,
   * the validator must know under either name.
   */
  #short(key: string): string {
    return abbreviateUnit(placeFirst(key));
  }

  /** The key two names of the same unit share. */
  key(name: string): string {
    return this.#matcher.key(name);
  }

  isKnown(name: string): boolean {
    const k = this.#rawKey(name);
    const cached = this.#known.get(k);
    if (cached !== undefined) return cached;
    // A stand-in for whichever units it concerns (区安委会各成员单位, 市直有关部门) is no unit to look up:
    // query counts none of them, and the registry accepts them alike.
    const known = isPlaceholderUnit(name) || this.#isKnownKey(name, k);
    this.#known.set(k, known);
    return known;
  }

  /** Whether `k`, the key of `name`, names a known unit (isKnown, without its memory of names seen). */
  #isKnownKey(name: string, k: string): boolean {
    if (this.#knownKey(k)) return true;
    // 金贸产业园, 某某村, 镇卫生院, 区实施办: the bodies each place names for itself, read by the shape the
    // clause reader takes them by (src/units/unit-name-shape.ts), so that a unit one reads the other knows.
    // The whole name only: the start of another (市农业农村… of a bureau) goes on to a body of its own.
    if (isOwnNamedBody(k)) return true;
    const short = this.#short(k);
    if (short !== k && (this.#shortNames.has(short) || this.#knownKey(short))) return true;
    // A unit with its second name in brackets (区委组织部（区委人才办）) is known when both names are.
    const second = secondName(name);
    if (second) return this.isKnown(second.main) && this.isKnown(second.second);
    const bank = k.indexOf(CENTRAL_BANK_SHORT);
    if (bank >= 0 && !k.includes('人民银行') && (bank === 0 || PLACE_PREFIX.test(k.slice(0, bank)))) {
      return this.isKnown(`${k.slice(0, bank)}人民银行${k.slice(bank + CENTRAL_BANK_SHORT.length)}`);
    }
    // A branch of a known body (人民银行河东支行, 国家税务总局江南省税务局): the body, then a place's
    // branch, the place's own department, or a body of its own (县公安局交通警察大队). The body may
    // itself be a branch (国家税务总局某市税务局 / 第一税务分局): checked as a name of its own.
    for (let at = 3; at <= k.length - 2; at++) {
      const rest = k.slice(at);
      const parent = k.slice(0, at);
      const below = BRANCH.test(rest) || (SUBORDINATE.test(rest) && HAS_SUBORDINATES.test(parent)) || this.#placeSplits(rest).some((p) => this.#stems.has(rest.slice(p)));
      // A place's own bank (区农商银行) has branches as a known body has.
      if (below && (this.#knownKey(parent) || (BRANCH_OWNER.test(parent) && this.isKnown(parent)) || (/(?:银行|农商行)$/.test(parent) && isOwnNamedBody(parent)))) return true;
    }
    return false;
  }

  #knownKey(k: string): boolean {
    if (k.endsWith('局') && k.includes('监')) {
      const regulator = REGULATOR_OFFICE.exec(k);
      if (regulator && isBarePlace(regulator[1] as string)) return true;
    }
    if (k.includes('民')) {
      const aviation = CIVIL_AVIATION_OFFICE.exec(k);
      if (aviation && (aviation[1] === undefined || isBarePlace(aviation[1]))) return true;
    }
    // 临空产业园管委会, 某某科技城管理委员会: the administration of a park or a new town, named as the
    // clause reader takes the park by its shape (isOwnNamedBody).
    const admin = ZONE_ADMIN.exec(k);
    if (admin && /[园城]$/.test(admin[1] as string) && isOwnNamedBody(admin[1] as string)) return true;
    if (this.#keys.has(k) || this.#stems.has(k) || COLLECTIVE.test(k) || CARRIER_BRANCH.test(k) || LOCAL_UNIT.test(k) || LOCAL_OFFICE.test(k) || PLACE_NAMED.test(k) || YOUTH_LEAGUE.test(k) || OWN_SECTION.test(k)) return true;
    // 国家发展改革委, 中国人民银行: a national body is also a standard department with 国家 or 中国 in front.
    const national = k.replace(NATIONAL_PREFIX, '');
    // 中华人民共和国南京海关: a customs office, too, may be written with the state's name in front.
    // 国家电网 is a national body by its whole name, 国家 and all.
    if (this.#national.has(national) || this.#national.has(k) || (national !== k && (this.#stems.has(national) || PLACE_NAMED.test(national)))) return true;
    // 青石消防救援大队: a ranked body of a place named without its level word (with one, the rank is checked below).
    if (k.endsWith('队')) {
      const ranked = RANKED_BODY.exec(k);
      if (ranked && isBarePlace(ranked[1] as string)) return true;
      if (isArmedPoliceUnit(k, isPlacePrefix)) return true;
    }
    // 市燃气公司, 遵义供电局, 区12345热线办: a place's utilities and hotline office, read by kind.
    if (isPublicServiceBody(k, isPlacePrefix)) return true;
    // 县城投公司, 县图书馆, 县人民医院: a place's state-owned companies and public institutions, read by kind.
    if (isPlaceInstitution(k, isPlacePrefix)) return true;
    // 招商合作局, 区社会事业局, 经开区科技创新局: a zone's own bureaus in its own notice, bare or after a place (no town's).
    if (this.#zoneBodies.size > 0 && (this.#zoneBodies.has(k) || this.#placeSplits(k).some((at) => this.#zoneBodies.has(k.slice(at)) && !TOWN.test(k.slice(0, at))))) return true;

    return this.#placeSplits(k).some(
      (at) =>
        (this.#stems.has(k.slice(at)) && levelHas(k.slice(0, at), k.slice(at))) ||
        this.#party.has(k.slice(at)) ||
        (k.includes('集团') && PLACE_GROUP.test(k.slice(at))) ||
        this.#portfolioBody(k.slice(0, at), k.slice(at)),
    );
  }

  /**
   * Known names close to an unknown one, best first. None for a name that goes on from a known
   * one (人民银行河东支行, 国家发展改革委驻地机构): a branch or body of that unit, not a misspelling
   * of it. A single character more (区科技局局) is still read as a slip.
   */
  suggestions(name: string): string[] {
    const k = this.#rawKey(name);
    if (this.#extendsKnown(k)) return [];
    // A ranked body is always some place's (省消防救援总队): without its place it is offered to no name, as
    // its rank would be a guess at the level (综合行政执法队 is no 农业综合行政执法大队).
    // The notice's own names that are known, at the name's own place, come first: 区审比局 is likelier a slip
    // for the 区审批局 the notice names than for a 区审计局 it does not. Not one of another place or level: a
    // slip keeps its place, and the level's rules stand (市教育厅 is not offered the notice's 省教育厅).
    const at = this.#placeSplits(k)[0] ?? 0;
    const samePlace = (c: string): boolean => c.slice(0, at) === k.slice(0, at) && (this.#placeSplits(c)[0] ?? 0) === at;
    const ownNames = this.#inputNames.filter((n) => {
      const c = this.#rawKey(n);
      return c !== k && samePlace(c) && this.isKnown(n);
    });
    const own = new Set(ownNames.map((n) => this.#rawKey(n)));
    const candidates = new Set([...ownNames, ...this.#names, ...DEPARTMENT_STEMS.filter((s) => rankOf(s) === undefined), ...NATIONAL_UNITS, ...(this.#zoneBodies.size > 0 ? ZONE_BODIES : [])]);
    // The same place with each standard department: 区科枝局 → 区科技局. Not a department the rest
    // of the name ends with after more words (市通信管理办 is no 市管理办): that names the kind of
    // body, and place and kind together are no unit anyone wrote.
    // Only after a level word or a place of the notice: a name that merely ends in a level's
    // character (区公园城市局, 基层政权和社区建设科) has no place to put a department after, and
    // 区公园城市版权局 is no body. Each offer must itself be a known name at that level (区住建司 is
    // not offered 区住建厅), and a different body of the same kind (市侨联 → 市妇联) is no offer.
    const levels: string[] = [];
    for (const at of this.#placeSplits(k)) {
      const place = k.slice(0, at);
      if (!LEVEL_WORD.test(place) && !this.#places.has(place)) continue;
      levels.push(place);
      const rest = k.slice(at);
      for (const stem of DEPARTMENT_STEMS) {
        if (rest.endsWith(stem) && rest.length - stem.length > 1) continue;
        // A ranked body's long name is offered for a slip in it, not for a fragment it holds (市市场监 is no
        // 市市场监管综合执法大队).
        if (Math.abs(rest.length - stem.length) > 1 && rankOf(stem) !== undefined) continue;
        if (levelHas(place, stem) && !sameKindOther(rest, stem)) candidates.add(place + stem);
      }
      // In a zone's notice its own bureaus are offered too (区招商合做局 → 区招商合作局).
      if (this.#zoneBodies.size > 0 && !TOWN.test(place)) for (const body of ZONE_BODIES) candidates.add(place + body);
    }
    // Compared as keys, so that a traditional 區科枝局 is one character from 区科技局.
    // Nor the department without the place it is written with: that place has no such body (市教育厅 is
    // not offered 教育厅, only 市教育局).
    const placeOnly = (c: string): boolean => c.length < k.length && k.endsWith(c) && PLACE_PREFIX.test(k.slice(0, k.length - c.length));
    // Nor a department, bare, that the name's own level has none of: 省消防救援大队 is not offered a
    // 消防救援支队 (a city's), only its province's 总队.
    const otherLevel = (c: string): boolean => this.#stems.has(c) && levels.some((place) => !levelHas(place, c));
    const ranked = suggest(k, candidates, Infinity, { containedSlack: 1 }).filter((c) => {
      const ck = this.#rawKey(c);
      return !sameKindOther(k, ck) && !placeOnly(ck) && !otherLevel(ck) && !this.#former(ck);
    });
    const preferred = [...ranked.filter((c) => own.has(this.#rawKey(c))), ...ranked.filter((c) => !own.has(this.#rawKey(c)))];
    // Offered in the notice's script: 區科枝局 is offered 區科技局, as the notice writes its units.
    const offered = this.#onePerUnit(preferred).slice(0, 3);
    const script = this.#script;
    return script ? [...new Set(offered.map((c) => (ownNames.includes(c) ? c : script(c))))] : offered;
  }

  /**
   * The names of `ranked` less those of a unit already offered: a second spelling of one (its
   * short form is the same), or a department without its place when it is offered with it
   * (通信管理局 beside 市通信管理局).
   */
  #onePerUnit(ranked: readonly string[]): string[] {
    const shorts = ranked.map((c) => this.#short(this.#rawKey(c)));
    const placed = (bare: string): boolean =>
      shorts.some((other) => other.length > bare.length && other.endsWith(bare) && PLACE_PREFIX.test(other.slice(0, other.length - bare.length)));
    const seen = new Set<string>();
    const out: string[] = [];
    ranked.forEach((c, i) => {
      const short = shorts[i] as string;
      if (seen.has(short) || placed(short)) return;
      seen.add(short);
      out.push(c);
    });
    return out;
  }

  /** Whether `key` names an abolished body (FORMER_UNITS), bare or after a place: no correction to offer. */
  #former(key: string): boolean {
    if (FORMER_UNITS.has(key)) return true;
    return this.#placeSplits(key).some((at) => FORMER_UNITS.has(key.slice(at)));
  }

  /** Whether `key` is a known name of three characters or more followed by two or more others. */
  #extendsKnown(key: string): boolean {
    // 县住房和城乡建没局 goes on from no township 县住房和城乡: it is a slip in a bureau's name.
    for (let end = 3; end <= key.length - 2; end++) if (this.#knownKey(key.slice(0, end)) && !isUrbanRuralWord(key.slice(0, end), key.slice(end))) return true;
    return false;
  }

  /** Offsets where a place prefix of `key` ends (区|科技局 → 1; not 县住房和城乡|建设局, see isUrbanRuralWord). */
  #placeSplits(key: string): number[] {
    const out: number[] = [];
    for (let at = 1; at < key.length; at++) if (PLACE_PREFIX.test(key.slice(0, at)) && !isUrbanRuralWord(key.slice(0, at), key.slice(at))) out.push(at);
    return out;
  }
}
