import type { PlanDocument } from '../model/types.js';
import { fold } from '../text/fold.js';
import { isUrbanRuralWord } from '../units/unit-name-shape.js';

/**
 * Administrative level words that end a place name, simplified and traditional. Longer ones
 * first, so that 自治区 is not read as a place ending in 区. A township's notice (青石镇人民政府,
 * 白沙街道办事处) has its place too: 青石镇安监站 is the 镇安监站 it names.
 */
const LEVEL = '(?:自治[区區]|自治州|自治[县縣]|自治旗|特别行政[区區]|特別行政[区區]|省|市|[区區]|[县縣]|旗|州|盟|[镇鎮]|[乡鄉]|街道)';
/** The peoples' names of an autonomous place, before its 自治 level: 恩施土家族苗族 (see LEADING_PLACE). */
const ETHNIC_NAME = '[\\u4e00-\\u9fff]{2,16}?族(?=自治)';

/**
 * One place name at the start of a text: two to six characters and a level word (天津市, 河东区).
 * One-character names (沛县) are rare and would let words like 城市 pass for places; 某 (某区,
 * 某市) is the place of a notice made anonymous, as templates and examples are.
 */
const LEADING_PLACE = new RegExp(`^(?:某|[\\u4e00-\\u9fff]{2,6}?|${ETHNIC_NAME})${LEVEL}`);

/**
 * The place names a document is issued for, read from the start of its issuer and titles:
 * `天津市河东区人民政府办公室` gives 天津市 and 河东区. A unit name that starts with one of them
 * (`河东区科学技术局`) is the same unit as the short form the notice itself uses (`区科技局`).
 *
 * Reading them from the document, rather than stripping anything that looks like a place,
 * keeps `高新区管委会` and `开发区管委会` apart.
 */
export function documentPlaces(doc: PlanDocument): string[] {
  const heads = [doc.metadata.issuer, doc.metadata.title, doc.notice?.title, ...(doc.notice?.signatories ?? []), doc.plan?.title];
  const places = new Set<string>();
  for (const head of heads) {
    if (!head) continue;
    let rest = fold(head).replace(/\s+/g, '');
    for (;;) {
      const zone = ZONE.exec(rest);
      if (zone) {
        for (const name of zoneNames(zone)) places.add(name);
        rest = rest.slice(zone[0].length);
        continue;
      }
      const m = LEADING_PLACE.exec(rest);
      // 某县住房和城乡建设局: the issuer's own bureau follows its place, no township.
      if (!m || isUrbanRuralWord(m[0], rest.slice(m[0].length))) break;
      places.add(m[0]);
      const short = autonomousShortName(m[0]);
      if (short) places.add(short);
      rest = rest.slice(m[0].length);
    }
  }
  return [...places];
}

/**
 * The peoples an autonomous prefecture, county or banner is named for (恩施土家族苗族自治州), longer
 * names first where one starts another (土家 before 土, 维吾尔 before nothing shorter).
 */
const PEOPLES =
  '(?:蒙古|维吾尔|維吾爾|土家|布依|朝鲜|朝鮮|哈尼|哈萨克|哈薩克|傈僳|拉祜|东乡|東鄉|纳西|納西|景颇|景頗|柯尔克孜|柯爾克孜|达斡尔|達斡爾|仫佬|布朗|撒拉|毛南|仡佬|锡伯|錫伯|阿昌|普米|塔吉克|乌孜别克|烏孜別克|鄂温克|鄂溫克|德昂|保安|裕固|独龙|獨龍|鄂伦春|鄂倫春|怒|回|藏|苗|彝|壮|壯|满|滿|侗|瑶|瑤|白|傣|黎|佤|畲|水|羌|土)族';
const AUTONOMOUS = new RegExp(`^([\\u4e00-\\u9fff]{2,4}?)(?:${PEOPLES})+自治([州县縣旗])$`);

/**
 * The short name an autonomous prefecture, county or banner goes by, its place without its peoples
 * and 自治 (恩施州 for 恩施土家族苗族自治州, 融水县 for 融水苗族自治县); null for any other place. An
 * autonomous region is called by its place alone (广西), which is no unit's prefix to strip.
 */
function autonomousShortName(place: string): string | null {
  if (!place.includes('自治')) return null;
  const m = AUTONOMOUS.exec(place);
  return m ? `${m[1] as string}${m[2] as string}` : null;
}

/**
 * A development zone named by its city and kind, in full or short: 长沙经济技术开发区, 长沙经开区,
 * 襄阳高新技术产业开发区, 襄阳高新区 (simplified or traditional). Its notices name their bureaus
 * without it (经济发展局), and people with it, in either form, or by the kind alone (高新区经济发展局).
 */
const ZONE = /^([\u4e00-\u9fff]{2,6}?)((?:[经經][济濟][技][术術]|[经經][济濟]|[高][新][技][术術](?:[产產][业業])?)[开開][发發][区區]|[经經][开開][区區]|[高][新][区區])/;

/** The names a zone goes by (see ZONE): as written, its city with the kind's short form, and that form alone. */
function zoneNames(zone: RegExpExecArray): string[] {
  const kind = zone[2] as string;
  const short = kind.startsWith('高') ? '高新区' : '经开区';
  return [zone[0], `${zone[1] as string}${short}`, short];
}

/**
 * The level word a place ends with (区 for 河东区), as the notice writes it before its own units: an
 * autonomous prefecture's, county's or banner's without 自治 (恩施土家族苗族自治州 names 州人社局), the
 * region's with it (广西壮族自治区 names 自治区人社厅).
 */
export function placeLevel(place: string): string {
  const level = new RegExp(`${LEVEL}$`).exec(place)?.[0] ?? '';
  return /^自治[州县縣旗]$/.test(level) ? level.slice(2) : level;
}

/** Words that start with a level word's character: 市场监管局, 市政工程局, 区域发展办. */
const WORD_AFTER_PLACE = /^(?:市场|市政|市容|市民|区域|县域|镇域|乡村|乡镇)/;

/**
 * Removes the leading place names of a unit name, keeping the level word of the last one:
 * `天津市河东区科学技术局` → `区科学技术局`, `天津市科学技术局` → `市科学技术局`. A name that is
 * nothing but places is kept whole.
 */
export function stripPlaces(name: string, places: readonly string[]): string {
  if (places.length === 0) return name;
  const longestFirst = [...places].sort((a, b) => b.length - a.length);
  let rest = name;
  let level = '';
  for (;;) {
    const place = longestFirst.find((p) => rest.startsWith(p) && rest.length > p.length);
    if (!place) break;
    rest = rest.slice(place.length);
    level = placeLevel(place);
  }
  // The short form keeps the level word (区科技局), unless the name already starts with it
  // (河东区区委组织部). 市场 and 市政 are words, not a level: 江宁市市场监管局 → 市市场监管局.
  return level && !(rest.startsWith(level) && !WORD_AFTER_PLACE.test(rest)) ? level + rest : rest;
}
