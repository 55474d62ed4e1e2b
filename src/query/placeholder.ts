import { fold } from '../text/fold.js';

/**
 * The level a placeholder may be of: 区, 市级, the bodies directly under a government, 市直,
 * 省直属, 县直机关 (省直有关单位, 市直机关各部门), and those of its government or Party committee,
 * 区政府, 区人民政府, 区委 (区政府各部门, 区政府直属各单位, 区委各部门), of a town's too (镇各部门). Simplified and traditional.
 */
const LEVEL = '(?:[区區市县縣省州镇鎮乡鄉](?:[级級]|(?:(?:人民)?政府)?直[属屬]?(?:机关|機關)?|(?:人民)?政府|委)?)';

/**
 * The kind of department a placeholder names (市直各执法部门, 各行业主管部门, 有关职能部门): whichever of
 * that kind a task concerns, no unit of its own. Only words that say what a department does, never
 * a field (各级财政部门 names the finance departments, one per level).
 */
const KIND = '(?:(?:行政|[综綜]合)?[执執]法|[职職]能|(?:行[业業]|[业業][务務])?主管|[监監]管|[责責]任)';

/**
 * Words that turn "departments" into a stand-in for whichever ones it concerns: 有关部门,
 * 各有关单位, 其他相关部门, 区级各部门, 市直各部门. Simplified and traditional.
 */
const PLACEHOLDER = new RegExp(
  `^全?${LEVEL}?(?:各[级級])?(?:各|其他|其它)?(?:有[关關]|相[关關])?${KIND}?(?:部[门門]|[单單]位|委办局|委辦局|成[员員][单單]位|机构|機構)(?:[和及与與](?:部[门門]|[单單]位)|[(（](?:部[门門]|[单單]位)[)）])?$`,
);
/**
 * What makes the words a stand-in: 各, 有关, 相关, 直 (市直部门: all the city's own departments), or
 * 全 (全区部门: every department of the district).
 */
const QUALIFIER = /各|其他|其它|有[关關]|相[关關]|^[区區市县縣省州]直|^全/;

/**
 * The members of a committee or leading group, named through it: 区安委会各成员单位, 市乡村振兴领导小组
 * 成员单位. Whichever units sit on it, never a unit of its own.
 */
const MEMBERS = /^\S{2,24}?各?成[员員][单單]位$/;

/**
 * Whether a unit name is a placeholder rather than a unit: 有关部门, 区各有关部门, 相关单位,
 * 市直有关部门. Tasks keep such names as written; counting them as a department would put
 * "有关部门" on a workload list beside the real units. 各街道办事处 names real units and is not one.
 */
export function isPlaceholderUnit(name: string): boolean {
  const bare = fold(name).replace(/\s+/g, '');
  return (PLACEHOLDER.test(bare) && QUALIFIER.test(bare)) || MEMBERS.test(bare);
}
