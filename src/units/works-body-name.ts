/**
 * The bodies a place runs that its notices name by their works rather than as offices: plants, mines,
 * stores, stations of observation, seed farms and secondary schools (县污水处理厂, 县自来水厂, 县水泥厂,
 * 某某煤矿, 县粮库, 县储备粮库, 中储粮某县直属库, 县地震台, 县原种场, 县良种繁育场, 县职业中专, 省某某监狱),
 * and the carriers, state companies and services of order a place calls by their short names (县移动,
 * 县电信, 县邮政, 县城管).
 * A label's list reads any of them (配合单位：县污水处理厂); a verbal clause, which has no label to say
 * that its words are units, reads them by this shape beside UNIT_NAME_END's, so that 县教育局牵头，
 * 县职业中专配合 names the school as 配合单位：县职业中专 does.
 *
 * The evidence is the kind at the end, after a place or a proper name (two characters or more before
 * it): words of a kind that names things or spots rather than bodies stay out — a market or site
 * (市场, 农贸市场, 现场, 广场), a platform or stage (平台, 舞台), a store of data (数据库, 项目库,
 * 人才库) — as do a town's words with no kind (县城, 县域). Text is folded and, for a traditional notice,
 * simplified (縣污水處理廠 is tested as 县污水处理厂).
 */

/** The kinds of works a body is named for by a word of two characters (监狱, 中专, 职专, 卫专). */
const WORKS_WORD = '监狱|(?:中|职|卫|技|师)专';
/** The kinds named by one character, after a word of what the works make, keep or watch (水泥厂, 煤矿, 粮库, 地震台, 原种场). */
const WORKS_END =
  '厂|矿' +
  // A store of grain, oil or water, not one of data, projects or people.
  '|(?<!数据|信息|资源|人才|项目|专家|案例|知识|素材|题|词|图)库' +
  // A station of observation or broadcast (地震台, 气象台, 水文台), not a platform, stage or counter.
  '|(?<!平|舞|阳|窗|前|后|柜|站|灶|讲|擂|看|烟|展|吧)台' +
  // A farm or yard (原种场, 良种繁育场, 种猪场), not a market, site, square, hall or car park.
  '|(?<!市|现|广|会|赛|考|战|立|职|商|剧|球|操|道|官|排|登|出|入|在|上|下|主|农贸|停车)场';

/** A name of such works: a place or a proper name before the kind, three characters at least (县职专, 县粮库, 某某煤矿). */
const WORKS_BODY = new RegExp(`^(?:[\\u4e00-\\u9fff]{1,16}(?:${WORKS_WORD})|[\\u4e00-\\u9fff]{2,16}(?:${WORKS_END}))$`);

/** The carriers, state companies and the services of order by their short names (县移动, 县城管), only after a place written with its level word (县移动, 市电信). */
const SHORT_NAMED = /^[\u4e00-\u9fff]{0,6}?[省市区县旗州盟](?:电信|移动|联通|邮政|烟草|供电|石油|石化|广电|铁塔|城管|公安|交警|消防)$/;

/** A cheap test before the patterns: the last character every one of them ends with. */
const LAST = /[厂矿狱专库台场信动通政草电油化塔管安警防]$/;

/** Whether a name (folded, simplified, without a second name in brackets) is one of a place's works or companies by its shape. */
export function namesWorksBody(name: string): boolean {
  return LAST.test(name) && (WORKS_BODY.test(name) || SHORT_NAMED.test(name));
}
