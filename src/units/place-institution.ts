/**
 * The public institutions and state-owned companies every county, banner, district and city has
 * and its notices task beside its bureaus: the investment and financing companies (县城投公司,
 * 市城投集团, 区国投公司, 县交投公司, 市国有资本投资运营有限公司, 县国有资产经营公司), the public cultural
 * venues (县文化馆, 县图书馆, 县博物馆, 市美术馆, 县少年宫), the public hospitals (县人民医院, 县中医院,
 * 县妇幼保健院), the emergency centre (市120急救指挥中心) and the broadcaster (县广播电视台). Each place has its own, so no list can hold them:
 * they are read by kind.
 *
 * Unlike a utility (遵义供电局), such a body is known only after a place written with its level word
 * (县, 旗, 区, 市, 镇, 苏木 …): without one, 建设图书馆 or 组建城投公司 reads as a task's words as
 * well as a name. Keys are tested (folded and, for a traditional notice, simplified), so 縣圖書館 is
 * read as 县图书馆.
 */

/** A company's legal ending: 公司, 分公司, 有限公司, 有限责任公司, 股份有限公司, 集团 and its own company. */
const COMPANY = '(?:分?公司|有限(?:责任)?公司|股份有限公司|集团(?:有限(?:责任)?公司|股份有限公司)?)';
/**
 * What an investment company does, as its name says it: a short form ending in 投 (城投, 国投, 交投,
 * 建投, 产投, 文旅投, 城建投), or the long forms (城市建设投资, 国有资本投资运营, 国有资产经营, 国资运营),
 * then what it adds (发展, 控股, 建设, 开发).
 */
const INVESTMENT =
  `(?:[\\u4e00-\\u9fff]{1,3}投|(?:城市建设|城乡建设|城乡发展|城建|交通|建设|产业|工业|农业|水利|文化旅游|文旅|旅游|科技|金融|发展|国有资本|国有)?投资(?:运营|经营|开发|建设|发展|管理)?|国有资产(?:经营|运营|管理)|国有资本(?:投资)?运营|国资(?:经营|运营)?|城市发展|城发)` +
  `(?:发展|控股|建设|开发|经营)?${COMPANY}`;
/** The public cultural venues (公共文化设施) a place runs, and its children's and young people's palaces. */
const CULTURE = '(?:文化馆|图书馆|博物馆|美术馆|科技馆|纪念馆|群众艺术馆|群艺馆|非遗馆|体育馆|文化艺术中心|少年宫|青少年宫|青少年活动中心|妇女儿童活动中心)';
/**
 * The public hospitals a place runs, its emergency medical centre (市120急救指挥中心, 县急救中心, 市紧急医疗救援中心)
 * and its broadcaster.
 */
const HOSPITAL = '(?:人民医院|中医院|中医医院|中西医结合医院|妇幼保健院|妇幼保健计划生育服务中心|(?:120)?(?:急救|紧急医疗救援)(?:指挥)?中心|广播电视台|电视台)';

/** The kind in full: what stands after the place. */
const KIND = new RegExp(`^(?:${INVESTMENT}|${CULTURE}|${HOSPITAL})$`);
/** A cheap test before KIND: what every kind holds. */
const KIND_WORD = /投|国资|国有|城发|馆|宫|活动中心|艺术中心|医院|保健|急救|救援|电视台/;

/**
 * Whether `key` (a unit's key) names a public institution or state-owned company of a place: its kind
 * after a place with a level word (`isPlace`: 县, 某旗, 遵义市播州区). One of no place (图书馆, 城投公司)
 * is no body in particular and stays unknown.
 */
export function isPlaceInstitution(key: string, isPlace: (prefix: string) => boolean): boolean {
  if (!KIND_WORD.test(key)) return false;
  // Every split a place could end at: a place may hold a level's character inside (市中区), so the
  // first is not always the one.
  for (let at = 1; at <= key.length - 3; at++) if (KIND.test(key.slice(at)) && isPlace(key.slice(0, at))) return true;
  return false;
}
