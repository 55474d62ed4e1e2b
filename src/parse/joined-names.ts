import { JOINED_NAME_END } from '../text/body-name-endings.js';

/**
 * Where 和/及/与 between the names of a list joins two units (区科技局和团区委), and where the word is
 * the first character of a place's own name (和平区, 和田地区, 和龙市) and so part of a unit's name.
 */

/**
 * Places whose names open with a character that is also a conjunction: 和平 (Tianjin's district,
 * Guangdong's county), 和田, 和顺, 和政, 和龙, 和硕, 和静, 和林格尔, 和布克赛尔, and the places with 及/与
 * (none known) or 以及 (none). Known ones only: a place read off a list of units cannot be told from
 * its structure when a unit after it has a two-character name (中国银行和平支行).
 * 和县 is left out on purpose: 市财政局和县财政局 (the city's and the county's bureau) is how a
 * notice names two levels, far more often than Anhui's 和县.
 */
const PLACE_AFTER_HE = /^(?:平|田|顺|順|政|龙|龍|硕|碩|静|靜|林格尔|林格爾|布克赛尔|布克賽爾)/;

/**
 * A place name of one character and a level after the conjunction (和X区, 与X县, 及X市): no district,
 * city or prefecture has a one-character name, so the conjunction is the place's first character.
 * Not after a word that goes before a level in a unit's name: 各区, 驻区, 团区委, 全市, 本区.
 */
const ONE_CHARACTER_PLACE = /^(?![各驻駐团團全本该該辖轄])[\u4e00-\u9fff](?:[区區市州旗盟县縣]|地[区區])/;

/** Whether the conjunction `word` before `after` is the first character of a place's name. */
export function opensPlaceName(word: string, after: string): boolean {
  if (word === '和' && PLACE_AFTER_HE.test(after)) return true;
  return word.length === 1 && ONE_CHARACTER_PLACE.test(after);
}

/**
 * The start of a unit's name, right after a conjunction: a level (区, 市, 县 …), a collective (各,
 * 有关, 相关, 其他, 驻区单位), or the youth league's committee (团区委, 团市委 of any level).
 */
const NAME_START = /^(?:[区區市县縣省州镇鎮乡鄉各有相其驻駐]|[团團][省市区县區縣]委)/;

/**
 * How a whole name of a body ends (区税务局, 天津大学, 国网天津河西供电公司, 中国人民银行河西支行):
 * the body endings (with the offices and sections, 督查室, 规划财务处, and 科协, 党校, as BODY_NAME_END
 * has them), and the kinds of school and firm a list names beside offices.
 */
const WHOLE_NAME_END = JOINED_NAME_END;
/** An organ named without its place (党委和政府): the same place's, one name with what is before it. */
const BARE_ORGAN = /^(?:人民)?(?:政府|党委|黨委|党工委|黨工委)$/;

/**
 * Whether the conjunction `word` that follows a whole name joins it to the unit named by `after`
 * (the rest of the list's item): where `after` starts as a name does, or is a whole name of three
 * characters or more, and is not a place whose name the word opens.
 */
export function joinsNames(word: string, after: string): boolean {
  if (opensPlaceName(word, after)) return false;
  if (NAME_START.test(after)) return true;
  return after.length >= 3 && WHOLE_NAME_END.test(after) && !BARE_ORGAN.test(after);
}

/**
 * Whether a conjunction that opens a list's item (、和区财政局, 以及各街道) is a word to leave out: 以及
 * always; 和/及/与 only before the start of a name, and never where it opens a place's (和平区科技局).
 */
export function dropsOpeningConjunction(word: string, after: string): boolean {
  if (word === '以及') return true;
  // 和县 is Anhui's county where no name stands before the word to make it "and the county's".
  if (word === '和' && /^[县縣]/.test(after)) return false;
  return !opensPlaceName(word, after) && NAME_START.test(after);
}
