/**
 * What a unit's name looks like: one source for the clause reader (src/parse/responsibility.ts, which
 * takes a list for units only when each name ends as one does) and the validator's unit registry
 * (src/validate/unit-registry.ts, which takes the bodies each place names for itself by this shape,
 * on top of the departments it knows by name). A unit one reads, the other knows.
 *
 * Patterns are for folded and simplified text: the parse tests a traditional notice's simplified
 * copy, the registry its simplified keys (區體育場 is read as 区体育场).
 */

import { INSTITUTION_ENDINGS } from '../text/body-name-endings.js';
import { namesWorksBody } from './works-body-name.js';
import { isPlaceInstitution } from './place-institution.js';

/**
 * The zones, parks, funds, venues and streets a clause names as its units, as a label's list does
 * (金贸产业园, 区中关村科技园, 中新天津生态城, 区体育场, 二号桥街, 海河产业基金): a park of any kind
 * but the words that end so (家园, 校园, 花园); a 城 or 场 only of the kinds that name a body
 * (生态城, 科学城, 新城; 体育场, 机场), never 县城, 市场, 现场, 农贸市场; a 街 of a sub-district's name,
 * not a street of shops (商业街, 步行街); a fund of two characters or more.
 */
const ZONE_OR_VENUE_END =
  '[\\u4e00-\\u9fff](?<!家|校|花|菜|乐|田|庭|墓|陵|公)园|(?:生态|科学|科技|大学|新|产业|软件|航空|金融|数字|影视|物流|商贸)城|(?:体育|运动|机|养殖|屠宰|填埋)场|[\\u4e00-\\u9fff]{2}(?<!商业|步行|美食|特色|小吃|文化|大|老|古)街|[\\u4e00-\\u9fff]{2}基金';

/**
 * An office named for the work it carries out, right after its place (区实施办, 县创建办, 区推进办公室):
 * the office of a leading group, which each place sets up for its own campaign. Not after more words
 * (区新兴产业推进办公室), which name a body no place is known to have.
 */
const PLACE_WORK_OFFICE = /^(?:[\u4e00-\u9fff]{0,6}?[省市区县旗州盟镇乡])?(?:实施|推进|创建|创城|攻坚|指挥)(?:工作)?(?:办|办公室)$/;

/**
 * The bodies each place names for itself, so that no list can hold them: its zones, parks, venues,
 * funds and streets (ZONE_OR_VENUE_END), its villages and communities (某某村, 某某社区, 某嘎查), its
 * schools, farms and palaces (INSTITUTION_ENDINGS: 区第一中学, 国有林场), its health centres and central
 * hospitals (镇卫生院, 区中心医院), its banks (区农商银行, written 区农商行 too, whose branch 区农商银行某某支行 the registry reads as a known body's branch, and
 * 县农村信用合作联社; a branch by its ending alone might be one of a misspelt bank, 人民很行河东支行),
 * and the offices of its campaigns (PLACE_WORK_OFFICE). A 村 is no 农村 or 乡村 (市农业农村 is the start of
 * a bureau's name). Not a firm or group by its ending alone (水务集团,
 * 市集团 name no company in particular), nor any 医院 (市中级人民医院 is a slip for the court): the
 * registry reads those by kind after a place (县人民医院, 区城投集团, src/units/place-institution.ts).
 */
const OWN_NAMED_BODY_END = `(?:${ZONE_OR_VENUE_END}|(?<![农乡])村|社区|嘎查|学校|${INSTITUTION_ENDINGS.join('|')}|卫生院|中心医院|银行|农商行|信用(?:合作)?(?:联)?社)`;

/**
 * How a unit's name ends, for the clause reader: a body's ending (部, 委, 局, 人民政府, 管理办 …), a
 * bureau's own sections (人事科, 计划财务股), an association (科协, 作协), a broadcaster (电视台), a
 * place (镇, 苏木, 嘎查) or a collective (各地, 有关单位, 相关企业), or one of the bodies each place
 * names for itself (OWN_NAMED_BODY_END: its kinds that end otherwise than a body does are written out, the
 * others, 村, 卫生院, 银行, end so already; an alternation the reader tests on every name stays short). Never a bare 企业: the firms in general (企业配合) are no unit,
 * the ones a clause names are qualified (各企业, 相关企业, 重点企业).
 */
export const UNIT_NAME_END = new RegExp(
  `(?:部|委|局|厅|办|署|院|会|行|室|处|科|股|组|所|站|队|社|馆|府|司|团|中心|单位|部门|机构|机关|海关|街道|镇街|镇|乡|村|区|县|市|省|州|盟|旗|苏木|嘎查|各地|地区|方面|[\\u4e00-\\u9fff]企业|学校|高校|银行|联|[科作]协|(?:电视|广播|气象|电)台|${INSTITUTION_ENDINGS.join('|')}|${ZONE_OR_VENUE_END})$`,
);

const OWN_NAMED_BODY = new RegExp(`${OWN_NAMED_BODY_END}$`);
/** What opens a collective (各村, 有关企业), which stands for units and is no one body. */
const COLLECTIVE_START = /^(?:各|有关|相关|其他|其它|全体|所有)/;

/**
 * Whether `key` (a unit's key: folded, simplified) names one of the bodies each place names for
 * itself (OWN_NAMED_BODY_END), with a name of its own before the kind: 金贸产业园, 某某村, 镇卫生院, not
 * a bare 银行 or 公司, nor 各村; and the works a place names its bodies by (县粮库, 县职业中专: works-body-name.ts),
 * which the clause reader takes too, so that a unit one reads the other knows.
 */
export function isOwnNamedBody(key: string): boolean {
  if (key.length < 3 || COLLECTIVE_START.test(key)) return false;
  const m = OWN_NAMED_BODY.exec(key);
  return (m !== null && m.index >= 1) || (key.includes('办') && PLACE_WORK_OFFICE.test(key)) || namesWorksBody(key);
}

/**
 * How the name of an office ends, as opposed to a place (区, 县) or a kind of body (企业, 学校); a
 * people's organisation (市工商联, 市总工会, 市科协, 区红十字会), a station (市广播电视台, 市气象台;
 * not a 平台), the supply and marketing co-operative and the rural credit union (县供销社, 县供销合作社,
 * 市供销合作总社, 县联社; not any 合作社, 农民专业合作社 names the farmers' own), a court, a procuracy and the
 * archives (县人民法院, 县检察院, 县档案馆) lead their tasks as an office does.
 */
export const OFFICE_NAME_END =
  /(?:局|委|办|厅|部|署|中心|政府|管委会|街道|单位|部门|机关|公司|集团|工商联|妇联|残联|侨联|文联|社科联|工会|科协|红十字会|计生协|(?:电视|广播|气象|电)台|供销(?:合作)?(?:总|联)?社|联社|法院|检察院|档案馆)$/;

/**
 * A place written with its level word before a body's name: 区, 某市, 天津市河东区, 浦东新区, 青石镇,
 * 打浦桥街道, and the pastoral areas' 旗, 盟, 苏木 (a banner's township) and 嘎查 (its village). The
 * start of a body a place has of its own, for the clause reader and the unit registry alike.
 */
export const PLACE_WITH_LEVEL = /^(?:[\u4e00-\u9fff]{0,7}?(?:省|市|区|县|州|旗|盟|镇|乡|街道|苏木|嘎查)){1,3}$/;
export const isPlaceWithLevel = (prefix: string): boolean => PLACE_WITH_LEVEL.test(prefix);

/**
 * The work a department named for 城乡 (town and country) does, after that word (建设, 规划, the 建委 of
 * 住房城乡建委): by its first character where a slip may follow (住房和城乡建没局 is a bureau misspelt).
 */
const URBAN_RURAL_WORK = /^(?:建|[规規]|管理|[统統][筹籌]|[发發]展|一[体體]化|居民)/;

/**
 * Whether the 乡 that ends `prefix` is the 城乡 of a department's name, `rest` the name after it:
 * 住房和城乡|建设局, 住房城乡|建设委, 城乡|规划局 name no township, though a township may end so
 * (古城乡|人民政府). A place read there would cut the bureau in two (乡建设局).
 */
export function isUrbanRuralWord(prefix: string, rest: string): boolean {
  return /城[乡鄉]$/.test(prefix) && URBAN_RURAL_WORK.test(rest);
}

/**
 * A uniformed or enforcement team of a place, of any rank (县消防救援大队, 市消防救援支队, 县城管执法大队,
 * 县公安局交通警察大队, 省交通运输综合执法总队): its place with its level word first, then what it does.
 */
const PLACE_TEAM = /^(?:[\u4e00-\u9fff]{0,7}?(?:省|市|区|县|州|旗|盟|镇|乡|街道|苏木)){1,3}[\u4e00-\u9fff]{2,14}(?:总队|支队|大队|中队)$/;

/**
 * Whether a name (folded, simplified, without a second name in brackets) names one body in
 * particular by its shape, as an office does: what a clause without a label needs of one of its
 * names at least, so that words such as 全社会 or 企业 (which end as a place or a kind does) are no
 * clause's units. An office (OFFICE_NAME_END), a place's uniformed team (PLACE_TEAM), its hospitals,
 * venues and companies read by kind (县人民医院, 县中医院: src/units/place-institution.ts), or a body
 * it names for itself (青石社区, 镇卫生院, 县粮库: isOwnNamedBody).
 */
export function namesABodyByShape(name: string): boolean {
  if (OFFICE_NAME_END.test(name)) return true;
  if (name.endsWith('队')) return PLACE_TEAM.test(name);
  return isPlaceInstitution(name, isPlaceWithLevel) || isOwnNamedBody(name);
}
