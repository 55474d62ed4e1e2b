/**
 * The public utilities and service bodies every city and county has and notices task beside its
 * bureaus: the power supplier (市供电公司, 遵义供电局, 国网遵义供电公司, 贵州电网有限责任公司遵义供电局), gas,
 * water and heat (市燃气公司, 区燃气集团, 县自来水公司, 市水务集团有限公司, 市热力公司), the carriers'
 * local companies (市移动公司, 县电信公司), the buses (区公交公司), and the 12345 hotline's office (区12345热线办, 市便民服务热线办,
 * 市政务服务热线中心). Each place has its own, so no list can hold them: they are read by kind.
 *
 * Keys are tested (folded and, for a traditional notice, simplified), so 區供電局 and 市燃氣公司 are
 * read as 区供电局 and 市燃气公司.
 */

/** A company's legal ending: 公司, 分公司, 有限公司, 有限责任公司, 股份有限公司, 集团 and its own company. */
const COMPANY = '(?:分?公司|有限(?:责任)?公司|股份有限公司|集团(?:有限(?:责任)?公司|股份有限公司)?)';
/**
 * The power supplier, which the southern grid calls a bureau (供电局) and the state grid a company
 * (供电公司), with its local stations (县供电所), and the province's grid company (广东电网公司, 国网天津市电力公司).
 */
const POWER = `(?:供电(?:局|分局|所|${COMPANY})|电力${COMPANY}|电网${COMPANY})`;
/** Gas, water, heat, the carriers and the buses, each a company or group, and the waterworks (县自来水厂, 县污水处理厂). */
const SUPPLY = `(?:(?:燃气|天然气|供水|自来水|水务|供排水|排水|热力|供热|移动|电信|联通|铁塔|广电网络|公交)${COMPANY}|(?:自来水|供水|净水|污水处理)厂)`;
/** How a hotline office ends: 热线办, 热线办公室, 热线管理中心, 热线服务中心. */
const HOTLINE_OFFICE = '(?:办|办公室|管理办公室|管理办|中心|管理中心|服务中心)';
/** What a hotline is called before 热线: 政务服务, 便民服务, 政务服务便民, 市民服务, 政府. */
const HOTLINE_NAME = '(?:政务服务|便民服务|市民服务|政府|政务)?(?:便民)?(?:服务)?';
/** The 12345 hotline, named by its number (with or without an office: 12345热线, 12345政务服务便民热线) or by its office alone. */
const HOTLINE = `(?:12345${HOTLINE_NAME}热线${HOTLINE_OFFICE}?|${HOTLINE_NAME}热线${HOTLINE_OFFICE})`;

/** The kind of body a name ends with, and where its place begins to end. */
const KIND = new RegExp(`(?:(${POWER})|${SUPPLY}|(${HOTLINE}))$`);
/** A cheap test before KIND: what every kind holds. */
const KIND_WORD = /供电|电力|电网|燃气|天然气|水|热|移动|电信|联通|铁塔|广电|公交/;

/**
 * The grid a power supplier belongs to, written before its place: 国网, 国家电网, 南方电网, 贵州电网有限责任公司,
 * and the grid's provincial company (国网浙江省电力有限公司杭州供电公司).
 */
const GRID_OWNER = /^(?:国网|国家电网(?:有限公司)?|(?:中国)?南方电网(?:有限责任公司)?|南网|[\u4e00-\u9fff]{2,3}?(?:省|自治区)?电网(?:有限(?:责任)?公司)?)(?:[\u4e00-\u9fff]{2,4}?(?:省|市|自治区)?电力(?:有限(?:责任)?)?公司)?/;

/**
 * A place named without its level word, as the utilities name theirs (遵义供电局, 国网某供电公司): two
 * to four characters, or 某 in a notice made anonymous.
 */
const BARE_PLACE = /^(?:某|[\u4e00-\u9fff]{2,4})$/;
/**
 * Words a task's text puts before a kind of body, which no place starts with (加强燃气公司, 协调供电局,
 * 当地供电公司, 辖区燃气公司, though 辖区 ends like a district): what is to be done, and the words for a
 * place not named. Not 全 or 本, which start places (全州县, 本溪).
 */
const NOT_A_PLACE = /^(?:加强|协调|配合|督促|指导|会同|联系|组织|推动|支持|协助|负责|牵头|做好|抓好|落实|推进|强化|完善|确保|保障|开展|实施|建立|健全|依托|通过|利用|引导|鼓励|要求|各|有关|相关|其他|其它|该|当地|属地|辖区|地方|所属|所在|各地|沿线|周边)/;

/**
 * Whether `key` (a unit's key) names a public utility or service body of a place: its kind after
 * a place (`isPlace` tells a place with its level word: 市, 遵义市播州区), a place without its level
 * word, or nothing for a hotline's office (12345热线办: a government office, as 科技局 is). A utility
 * without a place (燃气公司, 水务集团) is no company in particular and stays unknown.
 */
export function isPublicServiceBody(key: string, isPlace: (prefix: string) => boolean): boolean {
  if (!KIND_WORD.test(key)) return false;
  const m = KIND.exec(key);
  if (!m) return false;
  let place = key.slice(0, m.index);
  if (place === '') return m[2] !== undefined;
  if (m[1] !== undefined) {
    const owner = GRID_OWNER.exec(place);
    if (owner) {
      place = place.slice(owner[0].length);
      // 国网天津市电力公司: the grid's provincial company itself.
      if (place === '') return true;
    }
  }
  return !NOT_A_PLACE.test(place) && (isPlace(place) || BARE_PLACE.test(place));
}
